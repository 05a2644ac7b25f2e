/**
 * What a plugin's failure looks like to the caller, through real isolates: any thrown value is
 * described faithfully (never "[object Object]"), an Error names where the plugin's own code created
 * it (and nothing of the host), and a global the sandbox lacks says what to use instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine, type ErrorOutcome, type Outcome } from '../../src/index.ts';
import { tempDir, writePlugin } from '../helpers.ts';

const THROWER = String.raw`export default {
  classify(input) {
    switch (input.kind) {
      case 'object': throw { code: 42 };
      case 'nested': throw { code: 42, detail: { list: [1, 'two', null], big: 10n, fn() {}, sym: Symbol('s'), gone: undefined } };
      case 'cycle': { const a = { id: 'a' }; a.self = a; a.list = [a, { back: a }]; throw a; }
      case 'shared': { const s = { x: 1 }; throw { a: s, b: s }; }
      case 'huge': throw { text: 'x'.repeat(100000), more: Array.from({ length: 100000 }, (_, i) => i) };
      case 'wide': { const o = {}; for (let i = 0; i < 100000; i++) o['k' + i] = { i }; throw o; }
      case 'string': throw 'str';
      case 'empty-string': throw '';
      case 'number': throw 42;
      case 'nan': throw NaN;
      case 'null': throw null;
      case 'undefined': throw undefined;
      case 'symbol': throw Symbol('why');
      case 'bigint': throw 10n;
      case 'boolean': throw false;
      case 'array': throw [1, [2, 3]];
      case 'function': throw function helper() {};
      case 'map': throw new Map([[1, 2]]);
      case 'class': { class Oops { constructor() { this.why = 'custom'; } } throw new Oops(); }
      case 'to-json': throw { toJSON() { return { safe: true }; } };
      case 'to-json-throws': throw { toJSON() { throw new Error('no'); }, toString() { return 'still described'; } };
      case 'rejects': return Promise.reject({ code: 7 });
      case 'rejects-undefined': return Promise.reject();
      case 'error-like': throw { name: 'InvalidInputError', message: 'a plain object with a message' };
      default: return 'ok';
    }
  },
};
`;

// Line numbers matter: the expectations below name them.
const LOCATED = String.raw`function inner(text) {
  throw new TypeError('bad ' + text);
}
export default {
  classify(input, ctx) {
    if (input.kind === 'direct') inner(input.text);
    if (input.kind === 'async') return Promise.resolve().then(function later() { throw new RangeError('later'); });
    if (input.kind === 'timer') return new Promise((_, reject) => setTimeout(function onTimer() { reject(new Error('from a timer')); }, 1));
    if (input.kind === 'state') return ctx.state.get('x');
    if (input.kind === 'read-stack') { const e = new Error('read first'); if (!e.stack.includes('classify')) return 'no stack'; throw e; }
    if (input.kind === 'eval') return eval('throw new Error("from eval")');
    if (input.kind === 'fetch') return fetch('https://example.com/');
    if (input.kind === 'global-fetch') return globalThis.fetch('https://example.com/');
    if (input.kind === 'typeof-fetch') return [typeof fetch, typeof globalThis.fetch, 'fetch' in globalThis];
    if (input.kind === 'require') return require('fs');
    if (input.kind === 'caught-fetch') { try { fetch('x'); } catch (e) { return e.name + ': ' + e.message; } }
    return 'ok';
  },
};
`;

// A plugin that formats stacks its own way; Corral must not run that formatter (it might loop or lie).
const FORMATTER = String.raw`export default {
  classify(input) {
    Error.prepareStackTrace = () => { while (true) {} };
    throw new Error('formatted by corral, not by the plugin');
  },
};
`;

let engine: Engine;
let root: string;

beforeAll(async () => {
  root = await tempDir();
  const limits = { timeoutMs: 2000, memoryMb: 32 };
  await writePlugin(root, { id: 'thrower', limits }, THROWER);
  await writePlugin(root, { id: 'located', limits }, LOCATED);
  await writePlugin(root, { id: 'formatter', limits: { timeoutMs: 500, memoryMb: 32 } }, FORMATTER);
  await writePlugin(root, { id: 'top-level', limits }, 'const port = 5432;\nthrow new Error(`cannot reach db:${port}`);\nexport default { classify() { return 1; } };\n');
  await writePlugin(root, { id: 'top-level-fetch', limits }, "const config = fetch('https://example.com/config.json');\nexport default { classify() { return config; } };\n");
  await writePlugin(root, { id: 'init-throws', limits }, 'export default {\n  init() {\n    throw new Error(`no migration`);\n  },\n  classify() { return 1; },\n};\n');
  // Every call here fails on purpose: keep the breaker from quarantining the plugins.
  const breaker = { consecutiveFailures: 1000, errorRateThreshold: 1, windowSize: 1000, minCalls: 1000 };
  engine = await createEngine({ pluginsDir: root, poolSize: 1, lifecycle: { breaker, retry: { baseMs: 60_000, capMs: 60_000, maxAttempts: 0 } } });
});
afterAll(async () => {
  await engine?.close();
});

function failed(outcome: Outcome): ErrorOutcome['error'] {
  expect(outcome.status, JSON.stringify(outcome)).toBe('error');
  return (outcome as ErrorOutcome).error;
}

describe('a thrown non-Error is described by its type and value', () => {
  const cases: Array<[kind: string, message: string]> = [
    ['object', 'plugin threw a non-Error object: {"code":42}'],
    ['nested', 'plugin threw a non-Error object: {"code":42,"detail":{"list":[1,"two",null],"big":"10n","fn":"[Function: fn]","sym":"Symbol(s)"}}'],
    ['cycle', 'plugin threw a non-Error object: {"id":"a","self":"[Circular]","list":["[Circular]",{"back":"[Circular]"}]}'],
    ['shared', 'plugin threw a non-Error object: {"a":{"x":1},"b":{"x":1}}'],
    ['string', 'plugin threw a string, not an Error: "str"'],
    ['empty-string', 'plugin threw a string, not an Error: ""'],
    ['number', 'plugin threw a number, not an Error: 42'],
    ['nan', 'plugin threw a number, not an Error: NaN'],
    ['null', 'plugin threw null (not an Error)'],
    ['undefined', 'plugin threw undefined (not an Error)'],
    ['symbol', 'plugin threw a symbol, not an Error: Symbol(why)'],
    ['bigint', 'plugin threw a bigint, not an Error: 10n'],
    ['boolean', 'plugin threw a boolean, not an Error: false'],
    ['array', 'plugin threw a non-Error array: [1,[2,3]]'],
    ['function', 'plugin threw a function, not an Error: [Function: helper]'],
    ['map', 'plugin threw a non-Error Map object: {}'],
    ['class', 'plugin threw a non-Error Oops object: {"why":"custom"}'],
    ['to-json', 'plugin threw a non-Error object: {"safe":true}'],
    ['rejects', 'plugin threw a non-Error object: {"code":7}'],
    ['rejects-undefined', 'plugin threw undefined (not an Error)'],
  ];

  it.each(cases)('%s → %s', async (kind, message) => {
    const error = failed(await engine.invoke('thrower', 'classify', { kind }));
    expect(error).toEqual({ type: 'error', name: 'NonErrorThrown', message });
  });

  it('a huge or very wide value is cut to a bounded preview', async () => {
    for (const kind of ['huge', 'wide']) {
      const error = failed(await engine.invoke('thrower', 'classify', { kind }));
      expect(error.name).toBe('NonErrorThrown');
      expect(error.message.startsWith(kind === 'huge' ? 'plugin threw a non-Error object: {"text":"xxxx' : 'plugin threw a non-Error object: {"k0":{"i":0},"k1":{"i":1}')).toBe(true);
      expect(error.message.length).toBeLessThan(1100);
      expect(error.message.endsWith('…')).toBe(true);
    }
  });

  it('a toJSON that throws falls back to the value as a string; an object with a message is an error', async () => {
    expect(failed(await engine.invoke('thrower', 'classify', { kind: 'to-json-throws' }))).toEqual({
      type: 'error',
      name: 'NonErrorThrown',
      message: 'plugin threw a non-Error object: still described',
    });
    expect(failed(await engine.invoke('thrower', 'classify', { kind: 'error-like' }))).toEqual({
      type: 'invalid_input',
      name: 'InvalidInputError',
      message: 'a plain object with a message',
    });
  });
});

describe('an Error names where the plugin created it', () => {
  const ownFramesOnly = (stack: string | undefined) => {
    expect(stack).toBeDefined();
    for (const line of (stack as string).split('\n')) expect(line).toMatch(/^at (?:[\w.<> ]+ \()?index\.js:\d+:\d+\)?$/);
  };

  it('the innermost frame of its own module, with its own frames as the stack', async () => {
    const error = failed(await engine.invoke('located', 'classify', { kind: 'direct', text: 'input' }));
    expect(error).toEqual({
      type: 'error',
      name: 'TypeError',
      message: 'bad input',
      location: 'index.js:2:9',
      stack: 'at inner (index.js:2:9)\nat classify (index.js:6:34)',
    });
  });

  it('after an await and in a timer callback', async () => {
    expect(failed(await engine.invoke('located', 'classify', { kind: 'async' }))).toMatchObject({ name: 'RangeError', location: 'index.js:7:88', stack: 'at later (index.js:7:88)' });
    const timer = failed(await engine.invoke('located', 'classify', { kind: 'timer' }));
    expect(timer).toMatchObject({ message: 'from a timer', location: 'index.js:8:106' });
    ownFramesOnly(timer.stack);
  });

  it('an error the sandbox raised (ctx.state without the permission) points at the plugin line that caused it, with no sandbox frames', async () => {
    const error = failed(await engine.invoke('located', 'classify', { kind: 'state' }));
    expect(error).toMatchObject({ type: 'permission_denied', name: 'PermissionDeniedError', location: 'index.js:9:44' });
    ownFramesOnly(error.stack);
    expect(JSON.stringify(error)).not.toMatch(/corral:|bootstrap|node:|\/workers\/|\/src\//);
  });

  it('a stack the plugin already read, and eval’d code (reported at the eval call)', async () => {
    expect(failed(await engine.invoke('located', 'classify', { kind: 'read-stack' }))).toMatchObject({ message: 'read first', location: 'index.js:10:50' });
    expect(failed(await engine.invoke('located', 'classify', { kind: 'eval' }))).toMatchObject({ message: 'from eval', location: 'index.js:11:39' });
  });

  it("never runs the plugin's own Error.prepareStackTrace (here an endless loop) to find it", async () => {
    const error = failed(await engine.invoke('formatter', 'classify', {}));
    expect(error).toEqual({
      type: 'error',
      name: 'Error',
      message: 'formatted by corral, not by the plugin',
      location: 'index.js:4:11',
      stack: 'at classify (index.js:4:11)',
    });
  });
});

describe('globals the sandbox does not have', () => {
  it('fetch(...) says to use ctx.fetch with the network permission; typeof fetch stays "undefined"', async () => {
    const error = failed(await engine.invoke('located', 'classify', { kind: 'fetch' }));
    expect(error).toMatchObject({ type: 'error', name: 'ReferenceError', location: expect.stringMatching(/^index\.js:12:\d+$/) });
    expect(error.message).toBe(
      'fetch is not defined: there is no global fetch in the sandbox: use ctx.fetch(url, init), with "network" in plugin.json\'s permissions and the host in allowedHosts',
    );
    const viaGlobal = failed(await engine.invoke('located', 'classify', { kind: 'global-fetch' }));
    expect(viaGlobal).toMatchObject({ name: 'TypeError', message: expect.stringMatching(/^globalThis\.fetch is not a function: there is no global fetch in the sandbox: use ctx\.fetch/) });
    await expect(engine.invoke('located', 'classify', { kind: 'typeof-fetch' })).resolves.toMatchObject({ status: 'ok', value: ['undefined', 'undefined', false] });
  });

  it('require says to bundle with corral build', async () => {
    expect(failed(await engine.invoke('located', 'classify', { kind: 'require' })).message).toBe(
      'require is not defined: there is no require in the sandbox: import packages and bundle them into one module with `corral build`',
    );
  });
});

describe('a plugin that fails to load', () => {
  it('says where its top-level code or init hook threw, and what a missing global is', () => {
    expect(engine.plugin('top-level').error).toMatchObject({ code: 'CORRAL_ERR_PLUGIN_LOAD', message: expect.stringMatching(/module evaluation failed: cannot reach db:5432 \(at index\.js:2:7\)$/) });
    expect(engine.plugin('init-throws').error).toMatchObject({ message: expect.stringMatching(/init failed: no migration \(at index\.js:3:11\)$/) });
    expect(engine.plugin('top-level-fetch').error?.message).toMatch(/module evaluation failed: fetch is not defined: there is no global fetch in the sandbox: use ctx\.fetch\(url, init\).* \(at index\.js:1:\d+\)$/);
  });
});

describe('in either isolation mode', () => {
  it.each(['thread', 'process'] as const)('%s: the same description and location', async (mode) => {
    const other = await createEngine({ plugins: [`${root}/located`, `${root}/thrower`], poolSize: 1, isolation: { mode } });
    try {
      expect(failed(await other.invoke('located', 'classify', { kind: 'direct', text: 'x' }))).toMatchObject({ location: 'index.js:2:9', stack: 'at inner (index.js:2:9)\nat classify (index.js:6:34)' });
      expect(failed(await other.invoke('thrower', 'classify', { kind: 'object' })).message).toBe('plugin threw a non-Error object: {"code":42}');
    } finally {
      await other.close();
    }
  });
});
