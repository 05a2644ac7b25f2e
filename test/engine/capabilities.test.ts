import path from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, defineCapability, timeoutEnvName, type Engine, type MajorityResult } from '../../src/index.ts';
import { FIXTURES } from '../helpers.ts';

const classify = defineCapability({
  name: 'classify',
  input: z.object({ text: z.string().min(1) }),
  output: z.object({ label: z.string(), words: z.number().int() }),
  timeoutMs: 400,
  merge: 'majority',
});

describe('host-defined capabilities', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await createEngine({
      pluginsDir: path.join(FIXTURES, 'fanout'),
      poolSize: 2,
      capabilities: [classify, defineCapability({ name: 'shout', output: z.string().max(5), merge: 'first' })],
      priorities: { thrower: -10, 'word-count': -5 },
      env: { [timeoutEnvName('shout')]: '250' },
    });
  });
  afterAll(async () => {
    await engine.close();
  });

  it('rejects input that fails the schema before any plugin runs, naming the field', async () => {
    await expect(engine.dispatch('classify', { text: 42 })).rejects.toMatchObject({
      code: 'CORRAL_ERR_INVALID_INPUT',
      message: expect.stringMatching(/input\.text: .*string/),
    });
    await expect(engine.invoke('word-count', 'classify', {})).rejects.toMatchObject({ code: 'CORRAL_ERR_INVALID_INPUT' });
  });

  it('rejects input that cannot be copied into a sandbox', async () => {
    const noSchema = await engine.dispatch('nothing-declares-this', { ok: true });
    expect(noSchema.results).toEqual([]);
    await expect(engine.dispatch('untyped', { fn: () => 1 })).rejects.toMatchObject({ code: 'CORRAL_ERR_INVALID_INPUT' });
  });

  it('orders by priority first, then by id', async () => {
    const r = await engine.dispatch('classify', { text: 'a b c d' });
    expect(r.results.slice(0, 3).map((o) => o.pluginId)).toEqual(['thrower', 'word-count', 'awaiter']);
  });

  it('validates each output against the contract, failing only that plugin', async () => {
    const r = await engine.dispatch('shout', { text: 'much too long' });
    expect(r.results).toEqual([
      expect.objectContaining({ pluginId: 'shouter', status: 'error', error: expect.objectContaining({ type: 'invalid_output', message: expect.stringContaining('output: ') }) }),
    ]);
    expect(r.merged).toBeNull();
    const ok = await engine.dispatch('shout', { text: 'hi' });
    expect(ok.merged).toBe('HI!');
  });

  it('merges by majority vote over deep-equal values', async () => {
    const r = await engine.dispatch<unknown, MajorityResult<unknown>>('classify', { text: 'calm' });
    // Seven fixtures answer {label:'fine', words:0}; word-count and shouter differ.
    expect(r.merged).toEqual({ value: { label: 'fine', words: 0 }, votes: 7, total: 9 });
  });

  it('caps every plugin deadline with the capability ceiling, overridable from env', async () => {
    const capped = await createEngine({
      pluginsDir: path.join(FIXTURES, 'fanout'),
      poolSize: 1,
      capabilities: [defineCapability({ name: 'classify', timeoutMs: 60 })],
    });
    const fromEnv = await createEngine({
      pluginsDir: path.join(FIXTURES, 'fanout'),
      poolSize: 1,
      capabilities: [defineCapability({ name: 'classify', timeoutMs: 60 })],
      env: { CORRAL_PLUGIN_TIMEOUT_CLASSIFY_MS: '40' },
    });
    try {
      // looper's own limit is 150 ms: the capability ceiling wins, and env overrides the definition.
      const a = await capped.invoke('looper', 'classify', { text: 'boom' });
      expect(a).toMatchObject({ status: 'error', error: { type: 'timeout', message: expect.stringContaining('60 ms') } });
      const b = await fromEnv.invoke('looper', 'classify', { text: 'boom' });
      expect(b).toMatchObject({ status: 'error', error: { type: 'timeout', message: expect.stringContaining('40 ms') } });
    } finally {
      await Promise.all([capped.close(), fromEnv.close()]);
    }
  });

  it('supports custom merge functions and reports their failure as a host error', async () => {
    const custom = await createEngine({
      pluginsDir: path.join(FIXTURES, 'fanout'),
      poolSize: 1,
      capabilities: [
        defineCapability<{ text: string }, { words: number }, number>({
          name: 'classify',
          merge: (values) => values.reduce((sum, v) => sum + (v.words > 0 ? v.words : 0), 0),
        }),
        defineCapability({ name: 'shout', merge: () => { throw new Error('merge exploded'); } }),
      ],
    });
    try {
      const r = await custom.dispatch('classify', { text: 'one two three' }, { plugins: ['word-count', 'shouter'] });
      expect(r.merged).toBe(3);
      await expect(custom.dispatch('shout', { text: 'x' })).rejects.toMatchObject({ code: 'CORRAL_ERR_MERGE_FAILED', message: expect.stringContaining('merge exploded') });
    } finally {
      await custom.close();
    }
  });

  it('strict mode rejects capabilities the host has not defined', async () => {
    const strict = await createEngine({ pluginsDir: path.join(FIXTURES, 'fanout'), poolSize: 1, strictCapabilities: true, capabilities: [classify] });
    try {
      await expect(strict.dispatch('shout', { text: 'x' })).rejects.toMatchObject({ code: 'CORRAL_ERR_UNKNOWN_CAPABILITY' });
      await expect(strict.dispatch('classify', { text: 'x y' }, { plugins: ['word-count'] })).resolves.toMatchObject({ stats: { ok: 1 } });
    } finally {
      await strict.close();
    }
  });

  it('rejects malformed definitions and invalid env ceilings', async () => {
    expect(() => defineCapability({ name: 'Bad Name' })).toThrow(/name: expected a capability name/);
    expect(() => defineCapability({ name: 'x', timeoutMs: -1 })).toThrow(/timeoutMs/);
    await expect(
      createEngine({ pluginsDir: path.join(FIXTURES, 'fanout'), capabilities: [classify], env: { CORRAL_PLUGIN_TIMEOUT_CLASSIFY_MS: 'soon' } }),
    ).rejects.toMatchObject({ code: 'CORRAL_ERR_INVALID_ENV', message: expect.stringContaining('CORRAL_PLUGIN_TIMEOUT_CLASSIFY_MS') });
    await expect(createEngine({ pluginsDir: path.join(FIXTURES, 'fanout'), capabilities: [classify, classify] })).rejects.toMatchObject({
      code: 'CORRAL_ERR_INVALID_CAPABILITY',
    });
  });
});
