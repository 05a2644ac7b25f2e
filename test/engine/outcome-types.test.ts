/**
 * An outcome's type says what the host observed, never what the plugin wrote: a plugin throwing
 * `RangeError('Array buffer allocation failed')`, an Error named TimeoutError with isolated-vm's own
 * "Script execution timed out." or "Isolate was disposed during execution" gets `error`, from a
 * capability, a promise, a timer, its module's top level or its init hook, while a real refused
 * allocation, a real heap blow-up and a real spin still get `memory_limit` and `timeout`. The three
 * types corral/sdk lets a plugin choose by name stay what it chose, beside the host's own checks that
 * produce them. Real isolates, thread and process isolation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine, type Outcome } from '../../src/index.ts';
import { captureLogger, tempDir, writePlugin } from '../helpers.ts';

const SPOOFER = String.raw`
function named(name, message) { const e = new Error(message); e.name = name; return e; }
const SPOOFS = {
  'allocation-message': () => new RangeError('Array buffer allocation failed'),
  'typed-array-message': () => new RangeError('Invalid typed array length: 4294967296'),
  'buffer-length-message': () => new RangeError('Invalid array buffer length'),
  'timeout-name': () => named('TimeoutError', 'Script execution timed out.'),
  'timeout-message': () => new Error('Script execution timed out.'),
  'disposed': () => new Error('Isolate was disposed during execution'),
  'already-disposed': () => new Error('Isolate is already disposed'),
  'memory-name': () => named('MemoryLimitError', 'the plugin exceeded its heap limit; its isolate was disposed and will be rebuilt'),
  'crash-name': () => named('CrashedError', 'the isolate failed'),
  'output-name': () => named('InvalidOutputError', 'bad output'),
  'unavailable-name': () => named('UnavailableError', 'disabled'),
  // A real RangeError from the ArrayBuffer constructor, its message rewritten afterwards.
  'rewritten-real': () => { try { new ArrayBuffer(-1); } catch (e) { e.message = 'Array buffer allocation failed'; return e; } },
};
export default {
  classify(input, ctx) {
    switch (input.how) {
      case 'throw': throw SPOOFS[input.spoof]();
      case 'reject': return Promise.reject(SPOOFS[input.spoof]());
      case 'timer': return new Promise(() => setTimeout(() => { throw SPOOFS[input.spoof](); }, 1));
      // The spoof thrown from inside the real constructor, by a length's valueOf.
      case 'value-of': return new ArrayBuffer({ valueOf() { throw SPOOFS[input.spoof](); } });
      case 'typed-value-of': return new Float64Array({ length: { valueOf() { throw SPOOFS[input.spoof](); } } });
      default: return 'ok';
    }
  },
};`;

const REAL = String.raw`
import { InvalidInputError } from './sdk.js';
export default {
  classify(input, ctx) {
    switch (input.kind) {
      case 'array-buffer': return new ArrayBuffer(2 ** 31).byteLength;
      case 'typed-array': { const keep = []; for (;;) keep.push(new Float64Array(1 << 20)); }
      case 'subclass': { class Big extends Uint8Array {} return new Big(2 ** 31).length; }
      case 'caught-rethrown': { try { return new Uint8Array(2 ** 31).length; } catch (e) { throw e; } }
      case 'fill': return [].fill.call({ length: 1e12 }, 0);
      case 'heap': { const keep = []; for (let i = 0; ; i++) keep.push({ i, s: 'x'.repeat(64) + i }); }
      case 'spin': for (;;) {}
      case 'never': return new Promise(() => {});
      case 'sdk-invalid-input': throw new InvalidInputError('input.text: expected a string');
      case 'named-permission': { const e = new Error('cannot reach the upstream'); e.name = 'PermissionDeniedError'; throw e; }
      case 'named-quota': { const e = new Error('my own rate limit'); e.name = 'QuotaExceededError'; throw e; }
      case 'host-permission': return ctx.state.get('x');
      case 'transparent': {
        class Bytes extends Uint8Array { first() { return this[0]; } }
        const b = new Bytes([7, 8]);
        const sliced = new Uint8Array([1, 2, 3]).slice(1);
        return [
          new Uint8Array(2).constructor === Uint8Array, new ArrayBuffer(4).constructor === ArrayBuffer, sliced instanceof Uint8Array,
          sliced.constructor === Uint8Array, Array.from(sliced).join(), b.first(), b instanceof Bytes, b instanceof Uint8Array,
          b.slice(1) instanceof Bytes, Float64Array.from([1.5]).length, Uint8Array.BYTES_PER_ELEMENT, Uint8Array.name,
          Object.getPrototypeOf(Uint8Array).name, new ArrayBuffer(8).slice(2).byteLength, new ArrayBuffer(8, { maxByteLength: 16 }).resizable,
          Object.prototype.toString.call(new Int32Array(1)), ArrayBuffer.isView(new DataView(new ArrayBuffer(2))),
        ];
      }
      default: return 'ok';
    }
  },
};`;

const SDK_SHIM = "export class InvalidInputError extends Error { constructor(m) { super(m); this.name = 'InvalidInputError'; } }";

const SPOOFS = ['allocation-message', 'typed-array-message', 'buffer-length-message', 'timeout-name', 'timeout-message', 'disposed', 'already-disposed', 'memory-name', 'crash-name', 'output-name', 'unavailable-name', 'rewritten-real'];

function errorOf(outcome: Outcome): { type: string; name?: string; message: string } {
  expect(outcome.status, JSON.stringify(outcome)).toBe('error');
  return (outcome as Extract<Outcome, { status: 'error' }>).error;
}

describe.each(['thread', 'process'] as const)('outcome types come from what the host observed (%s isolation)', (isolation) => {
  let engine: Engine;
  const capture = captureLogger();

  beforeAll(async () => {
    const root = await tempDir();
    await writePlugin(root, { id: 'spoofer' }, SPOOFER);
    // An import the bundler would inline: the sandbox has no imports, so the SDK class is pasted in.
    await writePlugin(root, { id: 'real', limits: { timeoutMs: 5000, memoryMb: 32 } }, REAL.replace("import { InvalidInputError } from './sdk.js';", SDK_SHIM));
    await writePlugin(root, { id: 'spinner', limits: { timeoutMs: 300 } }, REAL.replace("import { InvalidInputError } from './sdk.js';", SDK_SHIM));
    await writePlugin(root, { id: 'top-level-timeout' }, "throw new Error('Script execution timed out.');\nexport default { classify() { return 1; } };");
    await writePlugin(root, { id: 'top-level-allocation' }, "throw new RangeError('Array buffer allocation failed');\nexport default { classify() { return 1; } };");
    await writePlugin(root, { id: 'init-timeout' }, "export default { init() { const e = new Error('Script execution timed out.'); e.name = 'TimeoutError'; throw e; }, classify() { return 1; } };");
    engine = await createEngine({
      pluginsDir: root,
      poolSize: 1,
      isolation,
      logger: capture.logger,
      lifecycle: { retry: { baseMs: 60_000, capMs: 60_000, maxAttempts: 0 }, breaker: { consecutiveFailures: 10_000, minCalls: 10_000 }, health: { intervalMs: 0 } },
    });
  });
  afterAll(() => engine?.close());

  it.each(['throw', 'reject', 'timer'])('a spoofed name or message thrown (%s) is error, with the plugin\'s own name and message', async (how) => {
    for (const spoof of SPOOFS) {
      const outcome = await engine.invoke('spoofer', 'classify', { how, spoof });
      const error = errorOf(outcome);
      expect(error.type, `${how}/${spoof}: ${JSON.stringify(outcome)}`).toBe('error');
      expect(error.message, spoof).not.toMatch(/^allocation outside the heap failed|ran past its|isolate failed:/);
    }
  });

  it('a spoofed allocation failure thrown from inside the real constructor (a length\'s valueOf) is error', async () => {
    for (const how of ['value-of', 'typed-value-of']) {
      const error = errorOf(await engine.invoke('spoofer', 'classify', { how, spoof: 'allocation-message' }));
      expect(error, how).toMatchObject({ type: 'error', name: 'RangeError', message: 'Array buffer allocation failed' });
    }
  });

  it('a real refused allocation is memory_limit, however it was made or rethrown', async () => {
    for (const kind of ['array-buffer', 'typed-array', 'subclass', 'caught-rethrown', 'fill']) {
      const error = errorOf(await engine.invoke('real', 'classify', { kind }));
      expect(error.type, `${kind}: ${JSON.stringify(error)}`).toBe('memory_limit');
    }
  });

  it('the guarded constructors behave as V8\'s own', async () => {
    await expect(engine.invoke('real', 'classify', { kind: 'transparent' })).resolves.toMatchObject({
      status: 'ok',
      value: [true, true, true, true, '2,3', 7, true, true, true, 1, 1, 'Uint8Array', 'TypedArray', 6, true, '[object Int32Array]', true],
    });
  });

  it('a real heap blow-up is memory_limit and a real spin or hang is timeout', async () => {
    expect(errorOf(await engine.invoke('real', 'classify', { kind: 'heap' })).type).toBe('memory_limit');
    expect(errorOf(await engine.invoke('spinner', 'classify', { kind: 'spin' }))).toMatchObject({ type: 'timeout', message: expect.stringContaining('300 ms deadline') });
    expect(errorOf(await engine.invoke('spinner', 'classify', { kind: 'never' }))).toMatchObject({ type: 'timeout' });
    await expect(engine.invoke('real', 'classify', { kind: 'ok' })).resolves.toMatchObject({ status: 'ok', value: 'ok' });
  });

  it('the names corral/sdk documents choose their types; the host\'s own checks produce the same ones', async () => {
    expect(errorOf(await engine.invoke('real', 'classify', { kind: 'sdk-invalid-input' }))).toMatchObject({ type: 'invalid_input', name: 'InvalidInputError' });
    expect(errorOf(await engine.invoke('real', 'classify', { kind: 'named-permission' }))).toMatchObject({ type: 'permission_denied', message: 'cannot reach the upstream' });
    expect(errorOf(await engine.invoke('real', 'classify', { kind: 'named-quota' }))).toMatchObject({ type: 'quota_exceeded', message: 'my own rate limit' });
    expect(errorOf(await engine.invoke('real', 'classify', { kind: 'host-permission' }))).toMatchObject({
      type: 'permission_denied',
      message: expect.stringContaining('requires the "state" permission'),
    });
  });

  it('a load failure says what happened: a spoofed timeout or allocation at top level or in init is an error', () => {
    const failure = (id: string) => {
      const status = engine.plugin(id);
      expect(status.state, id).toBe('failed');
      return String(status.error?.message);
    };
    expect(failure('top-level-timeout')).toContain('module evaluation failed: Script execution timed out.');
    expect(failure('top-level-timeout')).not.toContain('deadline');
    expect(failure('top-level-allocation')).toContain('module evaluation failed: Array buffer allocation failed');
    expect(failure('init-timeout')).toContain('init failed: Script execution timed out.');
    expect(failure('init-timeout')).not.toContain('deadline');
  });

  it('a real init spin is still a timeout', async () => {
    // Its own engine: a spinning init holds a thread for its whole deadline.
    const root = await tempDir();
    await writePlugin(root, { id: 'init-spin' }, 'export default { init() { for (;;) {} }, classify() { return 1; } };');
    const spinning = await createEngine({ pluginsDir: root, poolSize: 1, isolation, limits: { initTimeoutMs: 300 }, lifecycle: { retry: { baseMs: 60_000, capMs: 60_000, maxAttempts: 0 } } });
    try {
      expect(spinning.plugin('init-spin').error?.message).toMatch(/init failed: the plugin ran past its 300 ms deadline/);
    } finally {
      await spinning.close();
    }
  });
});
