/**
 * What a plugin returns leaves as JSON (the HTTP API, the CLI), so it is either plain JSON, normalised
 * the way JSON.stringify spells it (Date → ISO string, undefined keys dropped, holes → null), or that
 * plugin's outcome is `invalid_output` naming the path of the first value JSON cannot carry (a BigInt,
 * a Map, a Set, a cycle, NaN...). One such plugin never breaks the dispatch it is part of: the others'
 * results are untouched, the API answers 200 and the CLI prints JSON with its documented exit code.
 * Real isolates (thread and process isolation), a real server, the real CLI.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine, type Outcome } from '../../src/index.ts';
import { startApi, TOKEN_BY_ROLE, TOKENS, type Api } from '../http/harness.ts';
import { runCorral, tempDir, writePlugin } from '../helpers.ts';

/** id → [the returned expression, the expected outcome]. */
const CASES: Record<string, [string, { value?: unknown; type?: string; message?: string | RegExp }]> = {
  fine: ['{ label: "fine", score: 0.5, tags: ["a"], nested: { ok: true, none: null } }', { value: { label: 'fine', score: 0.5, tags: ['a'], nested: { ok: true, none: null } } }],
  bigint: ['{ stats: { total: 10n } }', { type: 'invalid_output', message: 'value.stats.total: BigInt cannot be sent as JSON (return a number or a string)' }],
  map: ['{ index: new Map([["a", 1]]) }', { type: 'invalid_output', message: /^value\.index: a Map cannot be sent as JSON/ }],
  set: ['{ tags: new Set(["a"]) }', { type: 'invalid_output', message: /^value\.tags: a Set cannot be sent as JSON/ }],
  cycle: ['(() => { const node = { id: 1, children: [] }; node.children.push({ parent: node }); return { node }; })()', { type: 'invalid_output', message: /^value\.node\.children\[0\]\.parent: a cycle/ }],
  nan: ['{ scores: [1, NaN] }', { type: 'invalid_output', message: /^value\.scores\[1\]: NaN cannot be sent as JSON/ }],
  infinity: ['{ "odd key": -Infinity }', { type: 'invalid_output', message: /^value\["odd key"\]: -Infinity cannot be sent as JSON/ }],
  'top-level-map': ['new Map()', { type: 'invalid_output', message: /^value: a Map/ }],
  typed: ['{ bytes: new Uint8Array([1, 2]) }', { type: 'invalid_output', message: /^value\.bytes: a Uint8Array cannot be sent as JSON/ }],
  regexp: ['{ pattern: /x/g }', { type: 'invalid_output', message: /^value\.pattern: a RegExp/ }],
  'error-object': ['{ failure: new Error("no") }', { type: 'invalid_output', message: /^value\.failure: an Error object/ }],
  boxed: ['[new String("s")]', { type: 'invalid_output', message: /^value\[0\]: a boxed string/ }],
  'bad-date': ['{ at: new Date(NaN) }', { type: 'invalid_output', message: 'value.at: an invalid Date cannot be sent as JSON' }],
  date: ['{ at: new Date(0) }', { value: { at: '1970-01-01T00:00:00.000Z' } }],
  undefineds: ['{ gone: undefined, kept: 1, list: [undefined, 2] }', { value: { kept: 1, list: [null, 2] } }],
  holes: ['(() => { const a = [1]; a[3] = 4; return a; })()', { value: [1, null, null, 4] }],
  'negative-zero': ['{ z: -0 }', { value: { z: 0 } }],
  'null-prototype': ['Object.assign(Object.create(null), { a: 1 })', { value: { a: 1 } }],
  'class-instance': ['new (class Point { constructor() { this.x = 1; } })()', { value: { x: 1 } }],
  'shared-not-cyclic': ['(() => { const s = { v: 1 }; return { a: s, b: [s] }; })()', { value: { a: { v: 1 }, b: [{ v: 1 }] } }],
  'proto-key': ['JSON.parse(\'{"__proto__": {"polluted": true}}\')', { value: JSON.parse('{"__proto__": {"polluted": true}}') }],
  nothing: ['undefined', { value: undefined }],
  // JSON text far larger than its copy: a sparse array, and one node shared 2^22 times over.
  'sparse-huge': ['(() => { const a = []; a[50_000_000] = 1; return a; })()', { type: 'payload_too_large', message: /as JSON; the limit is/ }],
  'shared-explosion': ['(() => { let n = [1]; for (let i = 0; i < 22; i++) n = [n, n]; return n; })()', { type: 'payload_too_large', message: /as JSON; the limit is/ }],
};

async function writeCases(root: string, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const [expression] = CASES[id] as (typeof CASES)[string];
    await writePlugin(root, { id }, `export default { classify(input, ctx) { return ${expression}; } };`);
  }
}

function expectCase(id: string, outcome: Outcome | undefined): void {
  const [, expected] = CASES[id] as (typeof CASES)[string];
  if (expected.type === undefined) {
    expect(outcome, id).toMatchObject({ pluginId: id, status: 'ok' });
    expect((outcome as { value: unknown }).value, id).toStrictEqual(expected.value);
  } else {
    expect(outcome, id).toMatchObject({ pluginId: id, status: 'error', error: { type: expected.type } });
    const message = (outcome as { error: { message: string } }).error.message;
    if (typeof expected.message === 'string') expect(message, id).toBe(expected.message);
    else expect(message, id).toMatch(expected.message as RegExp);
  }
}

describe.each(['thread', 'process'] as const)('plugin outputs are JSON (%s isolation)', (isolation) => {
  let engine: Engine;
  beforeAll(async () => {
    const root = await tempDir();
    await writeCases(root, Object.keys(CASES));
    engine = await createEngine({ pluginsDir: root, poolSize: 2, isolation, lifecycle: { breaker: { consecutiveFailures: 10_000, minCalls: 10_000 }, health: { intervalMs: 0 } } });
  });
  afterAll(() => engine?.close());

  it.each(Object.keys(CASES))('%s', async (id) => {
    expectCase(id, await engine.invoke(id, 'classify', {}));
  });

  it('one dispatch over all of them: every outcome its own, the result serialisable as it stands', async () => {
    const result = await engine.dispatch('classify', {});
    for (const id of Object.keys(CASES)) expectCase(id, result.results.find((o) => o.pluginId === id));
    expect(() => JSON.stringify(result)).not.toThrow();
    const okIds = Object.entries(CASES).filter(([, [, e]]) => e.type === undefined).map(([id]) => id);
    expect(result.stats).toMatchObject({ ok: okIds.length, failed: Object.keys(CASES).length - okIds.length });
  });
});

const DISPATCHED = ['bigint', 'map', 'set', 'cycle', 'fine'];

describe('a dispatch over HTTP with unserialisable outputs (real server, execute token)', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({ plugins: (root) => writeCases(root, DISPATCHED), server: { tokens: TOKENS } });
  });
  afterAll(() => api?.close());

  it('answers 200: the fine plugin ok, the others invalid_output naming the path', async () => {
    const response = await api.call('POST', '/api/v1/capabilities/classify/dispatch', { token: TOKEN_BY_ROLE['plugins:execute'], body: { input: {} } });
    expect(response.status, response.text).toBe(200);
    const byId = Object.fromEntries((response.json.results as Outcome[]).map((o) => [o.pluginId, o]));
    for (const id of DISPATCHED) expectCase(id, byId[id]);
    expect(response.json.stats).toMatchObject({ plugins: 5, ok: 1, failed: 4 });
    // Invoking the BigInt plugin alone is a 200 with its outcome too.
    const single = await api.call('POST', '/api/v1/plugins/bigint/invoke/classify', { token: TOKEN_BY_ROLE['plugins:execute'], body: { input: {} } });
    expect(single.status, single.text).toBe(200);
    expectCase('bigint', single.json);
  });
});

describe('corral dispatch / invoke with unserialisable outputs (the real CLI)', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempDir();
    await writeCases(root, DISPATCHED);
  });

  it('dispatch prints the result as JSON and exits 0 (one plugin succeeded), no stack trace', async () => {
    const { code, stdout, stderr } = await runCorral(['dispatch', 'classify', '--plugins', root, '--input', '{}', '--pool-size', '1']);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code, stderr).toBe(0);
    const result = JSON.parse(stdout);
    const byId = Object.fromEntries((result.results as Outcome[]).map((o) => [o.pluginId, o]));
    for (const id of DISPATCHED) expectCase(id, byId[id]);
  });

  it('dispatch exits 3 when every plugin failed, still printing the JSON result', async () => {
    const failing = await tempDir();
    await writeCases(failing, ['bigint', 'map']);
    const { code, stdout, stderr } = await runCorral(['dispatch', 'classify', '--plugins', failing, '--input', '{}', '--pool-size', '1']);
    expect(code, stderr).toBe(3);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(stdout).results.map((o: Outcome) => o.status)).toEqual(['error', 'error']);
  });

  it('invoke prints the invalid_output outcome, one line on stderr, exit 3', async () => {
    const { code, stdout, stderr } = await runCorral(['invoke', path.join(root, 'bigint'), 'classify', '--input', '{}']);
    expect(code, stderr).toBe(3);
    expectCase('bigint', JSON.parse(stdout));
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^corral: .*invalid_output/);
    expect(await readFile(path.join(root, 'bigint', 'index.js'), 'utf8')).toContain('10n');
  });
});
