/**
 * The hostile-plugin suite: every folder under test/fixtures/hostile is a real plugin trying to escape,
 * crash or exhaust the host, with its expected outcome in expect.json. Each attack is dispatched
 * together with a healthy canary plugin, which must keep answering correctly; afterwards nothing was
 * written outside the test's temp dir and the process's memory is back near its baseline.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { EXAMPLE_PLUGINS, FIXTURES, tempDir } from '../helpers.ts';

const HOSTILE = path.join(FIXTURES, 'hostile');
const MARKER = path.join(tmpdir(), 'corral-hostile-pwned');

interface Expectation {
  /** The outcome type, or the acceptable ones when the race between two guards decides (e.g. heap vs deadline). */
  type: string | string[];
  value?: unknown;
}

const cases = readdirSync(HOSTILE, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'canary')
  .map((entry) => ({ id: entry.name, expect: JSON.parse(readFileSync(path.join(HOSTILE, entry.name, 'expect.json'), 'utf8')) as Expectation }));

function startServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    switch (req.url) {
      case '/ok':
        res.end('{"ok":true}');
        return;
      case '/secret':
        res.end('SECRET');
        return;
      case '/redirect-private':
        res.writeHead(302, { location: `http://localhost:${port}/secret` }).end();
        return;
      case '/redirect-metadata':
        res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
        return;
      case '/redirect-away':
        res.writeHead(301, { location: 'http://evil.example/collect' }).end();
        return;
      case '/huge':
        res.end(Buffer.alloc(4 * 1024 * 1024, 120));
        return;
      default:
        res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('hostile plugins', () => {
  let engine: Engine;
  let server: Server;
  let input: Record<string, unknown>;
  let baselineRss = 0;

  beforeAll(async () => {
    server = await startServer();
    const port = (server.address() as AddressInfo).port;
    input = { n: 7, base: `http://127.0.0.1:${port}`, localhost: `http://localhost:${port}`, port };
    engine = await createEngine({
      pluginsDir: HOSTILE,
      dataDir: await tempDir('corral-hostile-'),
      poolSize: 2,
      limits: { maxFetchBytesPerCall: 1024 * 1024, hostGraceMs: 5000 },
      lifecycle: { retry: { baseMs: 1000, capMs: 1000, maxAttempts: 0 }, health: { intervalMs: 0 }, breaker: { consecutiveFailures: 1000, minCalls: 1000 } },
      // The redirect fixtures start at the admin-approved 127.0.0.1; everything else private stays blocked.
      security: { allowPrivateNetwork: ['127.0.0.1'], codeGenerationOverrides: { 'codegen-denied': 'deny', 'codegen-denied-indirect': 'deny' } },
    });
    for (let i = 0; i < 20; i++) await engine.invoke('canary', 'attack', input);
    baselineRss = process.memoryUsage().rss;
  });

  afterAll(async () => {
    await engine?.close();
    server?.close();
  });

  it('has at least 40 hostile fixtures, none of them under the default plugins/ folder', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const examples = new Set(readdirSync(EXAMPLE_PLUGINS));
    for (const { id } of cases) expect(examples.has(id)).toBe(false);
  });

  it.each(cases)('$id → $expect.type, and the canary still answers', async ({ id, expect: expected }) => {
    for (let round = 0; round < 2; round++) {
      const result = await engine.dispatch('attack', input, { plugins: [id, 'canary'] });
      const byId = Object.fromEntries(result.results.map((o) => [o.pluginId, o]));
      const outcome = byId[id];
      if (expected.type === 'ok') {
        expect(outcome, JSON.stringify(outcome)).toMatchObject({ status: 'ok' });
        if ('value' in expected) expect(outcome).toMatchObject({ value: expected.value });
      } else {
        expect(outcome, JSON.stringify(outcome)).toMatchObject({ status: 'error' });
        expect([expected.type].flat(), JSON.stringify(outcome)).toContain((outcome as { error: { type: string } }).error.type);
      }
      expect(byId.canary, JSON.stringify(byId.canary)).toMatchObject({ status: 'ok', value: { double: 14, ok: true, cloned: 2 } });
    }
    expect(existsSync(MARKER)).toBe(false);
  });

  it('runs every attack at once beside the canary', async () => {
    const result = await engine.dispatch('attack', input);
    const canary = result.results.find((o) => o.pluginId === 'canary');
    expect(canary).toMatchObject({ status: 'ok', value: { double: 14 } });
    for (const { id, expect: expected } of cases) {
      const outcome = result.results.find((o) => o.pluginId === id);
      // Side by side, a plugin may also lose its isolate to a neighbour's rebuild (crashed) or wait (timeout).
      if (outcome?.status === 'error') expect([...[expected.type].flat(), 'crashed', 'timeout']).toContain(outcome.error.type);
    }
  });

  it('keeps the host healthy: no escape marker, memory back near its baseline', async () => {
    for (let i = 0; i < 20; i++) await expect(engine.invoke('canary', 'attack', input)).resolves.toMatchObject({ status: 'ok' });
    expect(existsSync(MARKER)).toBe(false);
    // Memory bombs disposed their isolates: the process keeps at most a bounded working set more.
    const grown = process.memoryUsage().rss - baselineRss;
    expect(grown).toBeLessThan(384 * 1024 * 1024);
  });
});
