import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { captureLogger, tempDir, writePlugin } from '../helpers.ts';

const GLOBALS_PLUGIN = String.raw`
export default {
  async classify(input, ctx) {
    const enc = new TextEncoder().encode('héllo 😀');
    const into = new Uint8Array(4);
    const url = new URL('../b/c?x=1&y=two words#frag', 'https://user:pw@Example.COM:8443/a/');
    url.searchParams.append('z', 'é&=');
    const params = new URLSearchParams({ a: '1', b: 'x y' });
    params.sort();
    const order = [];
    setTimeout((tag) => order.push(tag), 5, 'late');
    setTimeout(() => order.push('early'), 0);
    const cancelled = setTimeout(() => order.push('cancelled'), 1);
    clearTimeout(cancelled);
    queueMicrotask(() => order.push('microtask'));
    let ticks = 0;
    await new Promise((resolve) => { const id = setInterval(() => { if (++ticks === 3) { clearInterval(id); resolve(); } }, 1); });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const random = crypto.getRandomValues(new Uint32Array(4));
    const clone = structuredClone({ d: new Date(5), m: new Map([['k', new Set([1])]]), r: /a/gi, b: new Uint8Array([1, 2]), cyc: null });
    let cloneError = null;
    try { structuredClone({ f() {} }); } catch (e) { cloneError = e.name; }
    const t0 = performance.now();
    return {
      encoded: Array.from(enc),
      decoded: new TextDecoder().decode(enc),
      decodedStream: new TextDecoder().decode(enc.subarray(0, 9), { stream: true }),
      encodeInto: new TextEncoder().encodeInto('aé€', into),
      fatal: (() => { try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); return 'no'; } catch (e) { return e.name; } })(),
      b64: [btoa('hello\u00ff'), atob('aGVsbG//'), (() => { try { btoa('€'); return 'no'; } catch (e) { return e.name; } })()],
      url: { href: url.href, host: url.host, pathname: url.pathname, search: url.search, hash: url.hash, origin: url.origin, q: url.searchParams.get('y') },
      badUrl: (() => { try { new URL('nope'); return 'parsed'; } catch (e) { return e.name; } })(),
      canParse: [URL.canParse('https://a.b'), URL.canParse('::')],
      params: params.toString(),
      order,
      ticks,
      randomLooksRandom: random.some((n) => n !== 0),
      uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()),
      clone: { date: clone.d.getTime(), map: clone.m.get('k').has(1), regex: String(clone.r), bytes: Array.from(clone.b) },
      cloneError,
      now: typeof t0 === 'number' && t0 >= 0 && Number.isInteger(t0),
      headers: new Headers({ 'X-A': '1', 'x-a': '2' }).get('x-a'),
      noNode: [typeof process, typeof require, typeof Buffer, typeof WebAssembly, typeof setImmediate],
      evalWorks: eval('1 + 1') + new Function('return 1')(),
    };
  },
};
`;

describe('web-standard globals inside the isolate', () => {
  let engine: Engine;
  const capture = captureLogger();

  beforeAll(async () => {
    const root = await tempDir();
    await writePlugin(root, { id: 'globals', limits: { timeoutMs: 5000 } }, GLOBALS_PLUGIN);
    await writePlugin(root, { id: 'top-level-timer' }, `setTimeout(() => {}, 1);\nexport default { classify() { return 1; } };`);
    await writePlugin(root, { id: 'no-codegen' }, `export default { classify() { try { return new Function('return 1')(); } catch (e) { return e.name + ': ' + e.message; } } };`);
    engine = await createEngine({
      pluginsDir: root,
      poolSize: 1,
      logger: capture.logger,
      lifecycle: { retry: { baseMs: 1000, capMs: 1000, maxAttempts: 0 } },
      security: { codeGenerationOverrides: { 'no-codegen': 'deny' } },
    });
  });
  afterAll(async () => {
    await engine.close();
  });

  it('provides TextEncoder/Decoder, atob/btoa, URL, timers, crypto, structuredClone and nothing from Node', async () => {
    const outcome = await engine.invoke('globals', 'classify', {});
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ status: 'ok' });
    const v = (outcome as { value: Record<string, unknown> }).value;
    expect(v.encoded).toEqual([...Buffer.from('héllo 😀')]);
    expect(v.decoded).toBe('héllo 😀');
    expect(v.decodedStream).toBe('héllo '); // the half emoji waits for more bytes
    expect(v.encodeInto).toEqual({ read: 2, written: 3 });
    expect(v.fatal).toBe('TypeError');
    expect(v.b64).toEqual([Buffer.from('hello\u00ff', 'latin1').toString('base64'), Buffer.from('aGVsbG//', 'base64').toString('latin1'), 'InvalidCharacterError']);
    const expectedUrl = new URL('../b/c?x=1&y=two words#frag', 'https://user:pw@Example.COM:8443/a/');
    expectedUrl.searchParams.append('z', 'é&=');
    expect(v.url).toEqual({ href: expectedUrl.href, host: expectedUrl.host, pathname: expectedUrl.pathname, search: expectedUrl.search, hash: '#frag', origin: expectedUrl.origin, q: 'two words' });
    expect(v.badUrl).toBe('TypeError');
    expect(v.canParse).toEqual([true, false]);
    expect(v.params).toBe('a=1&b=x+y');
    expect(v.order).toEqual(['microtask', 'early', 'late']);
    expect(v.ticks).toBe(3);
    expect(v).toMatchObject({ randomLooksRandom: true, uuid: true, cloneError: 'DataCloneError', now: true, headers: '1, 2', evalWorks: 3 });
    expect(v.clone).toEqual({ date: 5, map: true, regex: '/a/gi', bytes: [1, 2] });
    expect(v.noNode).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('refuses timers outside a call (module top level): the plugin does not load', () => {
    expect(engine.plugin('top-level-timer')).toMatchObject({ state: 'failed' });
    expect(JSON.stringify(engine.plugin('top-level-timer'))).toContain('only available while a plugin call runs');
  });

  it('disables code generation from strings for plugins the host denies it', async () => {
    await expect(engine.invoke('no-codegen', 'classify', {})).resolves.toMatchObject({
      status: 'ok',
      value: expect.stringContaining('EvalError: code generation from strings'),
    });
  });
});
