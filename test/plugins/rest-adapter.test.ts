/**
 * The REST adapter against a real HTTP server (node:http on loopback), through the engine (real
 * isolates, the real network permission and private-network opt-in). Results are compared with the
 * dialect's reference evaluator over the server's whole dataset: what the API filters itself and
 * what the adapter applies afterwards must add up to the same answer.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import * as odata from '../../plugins/shared/odata/index.js';
import { METRIC, SAMPLE_ROWS } from '../engines/metrics-rows.ts';
import { captureLogger } from '../helpers.ts';
import { filterText } from './odata-arbitraries.ts';
import { pluginPath } from './helpers.ts';

const TOKEN = 'rest-adapter-test-token-0123456789';
const requests: Array<{ url: string; authorization: string | undefined }> = [];
let server: Server;
let engine: Engine;
let scratch: string;
let lines: () => Array<Record<string, unknown>>;

/** The API: rows under data.items with its own field names; filters by service/code and the range. */
function answer(url: URL): { status: number; body: string } {
  if (url.pathname === '/api/v1/metrics/broken/samples') return { status: 500, body: 'database is down' };
  if (url.pathname === '/api/v1/metrics/garbled/samples') return { status: 200, body: '<html>not json' };
  if (url.pathname !== `/api/v1/metrics/${METRIC}/samples`) return { status: 404, body: '{"error":"no such metric"}' };
  const service = url.searchParams.get('service');
  const code = url.searchParams.get('code');
  const items = SAMPLE_ROWS.filter((r) => (service === null || r.job === service) && (code === null || r.status === code)).map((r) => ({
    service: r.job,
    code: r.status,
    instance: r.instance,
    path: r.path,
    value: r.value,
    ts: r.timestamp,
  }));
  return { status: 200, body: JSON.stringify({ data: { items } }) };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ url: req.url ?? '', authorization: req.headers.authorization });
    const { status, body } = answer(url);
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  scratch = await mkdtemp(path.join(tmpdir(), 'corral-rest-'));
  const dir = path.join(scratch, 'rest-adapter');
  await cp(pluginPath('rest-adapter', ''), dir, { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(dir, 'plugin.json'), 'utf8'));
  manifest.config = { ...manifest.config, baseUrl: base, apiToken: TOKEN };
  await writeFile(path.join(dir, 'plugin.json'), JSON.stringify(manifest));
  const captured = captureLogger('debug');
  lines = captured.lines;
  // 127.0.0.1 is private: the admin opts in explicitly, as for webhook-notifier.
  engine = await createEngine({ plugins: [dir], poolSize: 1, logger: captured.logger, security: { allowPrivateNetwork: ['127.0.0.1'] } });
});

afterAll(async () => {
  await engine?.close();
  server?.close();
  await rm(scratch, { recursive: true, force: true });
});

const fieldType = (name: string) => ({ job: 'string', instance: 'string', path: 'string', status: 'string', value: 'number', timestamp: 'datetime' } as Record<string, odata.FieldType>)[name];
const expected = (query: Record<string, unknown>) => odata.applyQuery(SAMPLE_ROWS as unknown as odata.Row[], odata.normalizeQuery(query), { fieldType });

async function run(query: Record<string, unknown>) {
  const outcome = await engine.invoke('rest-adapter', 'query', { query });
  if (outcome.status !== 'ok') throw new Error(`${JSON.stringify(query)}: ${outcome.error.type}: ${outcome.error.message}`);
  return outcome.value as { '@odata.count': number; value: odata.Row[] };
}

const ids = (rows: odata.Row[]) => rows.map((r) => r.instance).sort();

describe('rest-adapter on a real HTTP API', () => {
  it('gives the reference answer for generated filters, whatever part the API filtered', async () => {
    await fc.assert(
      fc.asyncProperty(filterText(), async (filter) => {
        expect(ids((await run({ metric: METRIC, filter })).value), filter).toEqual(ids(expected({ metric: METRIC, filter }).value));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('sends eq on mapped fields and the range to the API, and applies the rest itself', async () => {
    const t = await engine.invoke('rest-adapter', 'translate-query', { query: { metric: METRIC, filter: "job eq 'api' and status eq 500 and not contains(path, 'x')", from: '2026-01-01T00:00:00Z', top: 2 } });
    expect(t.status === 'ok' && t.value).toMatchObject({
      method: 'GET',
      server: { service: 'api', code: '500', start: '2026-01-01T00:00:00.000Z', limit: '1000' },
      client: ['$filter', '$top'],
    });
    expect((t.status === 'ok' && (t.value as { url: string }).url)).toMatch(/\/api\/v1\/metrics\/http_requests_in_flight\/samples\?service=api&code=500&start=2026-01-01T00%3A00%3A00.000Z&limit=1000$/);
  });

  it('keeps rows without the field for ne and not (OData), ordering and paging after the filter', async () => {
    const query = { metric: METRIC, filter: "job ne 'api'", orderby: 'value desc, instance asc', skip: 2, top: 5, count: true };
    const result = await run(query);
    const want = expected(query);
    const key = (rows: odata.Row[]) => rows.map((r) => [r.instance, r.job ?? null, r.value]);
    expect(key(result.value)).toEqual(key(want.value));
    expect(result['@odata.count']).toBe(want.total);
  });

  it('sends the token as a header and never shows it in outcomes or logs', async () => {
    await run({ metric: METRIC, filter: "job eq 'api'" });
    expect(requests.at(-1)!.authorization).toBe(`Bearer ${TOKEN}`);
    const failed = await engine.invoke('rest-adapter', 'query', { query: { metric: 'broken' } });
    expect(JSON.stringify(failed)).not.toContain(TOKEN);
    expect(JSON.stringify(lines())).not.toContain(TOKEN);
  });

  it.each([
    ['broken', 'the REST API answered 500 for GET'],
    ['garbled', "is not JSON"],
    ['missing', 'the REST API answered 404'],
  ])('a %s API is an error outcome naming what went wrong', async (metric, fragment) => {
    const outcome = await engine.invoke('rest-adapter', 'query', { query: { metric } });
    expect(outcome.status).toBe('error');
    expect(outcome.status === 'error' && outcome.error.message).toContain(fragment);
  });

  it('refuses what it cannot do, naming it', async () => {
    const outcome = await engine.invoke('rest-adapter', 'translate-query', { query: '$metric=x&$search=timeout' });
    expect(outcome.status === 'error' && outcome.error).toMatchObject({ type: 'invalid_input', message: expect.stringContaining('$search is not supported by the REST adapter') });
  });

  it('translate-result maps a response already in hand', async () => {
    const response = { data: { items: [{ service: 'a', value: 2 }, { service: null, value: 5 }] } };
    const outcome = await engine.invoke('rest-adapter', 'translate-result', { response, query: { filter: "job ne 'a'" } });
    expect(outcome.status === 'ok' && outcome.value).toEqual({ '@odata.context': '$metadata#Metrics', '@odata.count': 1, value: [{ job: null, value: 5 }] });
  });
});
