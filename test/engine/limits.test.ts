import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { captureLogger, FIXTURES } from '../helpers.ts';

describe('payload limits, ctx and plugin logs', () => {
  let engine: Engine;
  const capture = captureLogger();

  beforeAll(async () => {
    engine = await createEngine({
      pluginsDir: path.join(FIXTURES, 'limits'),
      poolSize: 1,
      logger: capture.logger,
      limits: { maxInputBytes: 10_000, maxLogLinesPerCall: 20 },
    });
  });
  afterAll(async () => {
    await engine.close();
  });

  it('rejects input above the host-wide cap before fan-out', async () => {
    await expect(engine.dispatch('echo', { size: 1, pad: 'y'.repeat(20_000) })).rejects.toMatchObject({
      code: 'CORRAL_ERR_PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('10000'),
    });
  });

  it('applies a plugin\'s lower input cap to that plugin only', async () => {
    const r = await engine.dispatch('echo', { size: 10, pad: 'y'.repeat(1000) });
    const byId = Object.fromEntries(r.results.map((o) => [o.pluginId, o]));
    expect(byId['small-input']).toMatchObject({ status: 'error', error: { type: 'payload_too_large', message: expect.stringContaining('at most 500') } });
    expect(byId['sized-output']).toMatchObject({ status: 'ok', value: 'x'.repeat(10) });
  });

  it('fails an output above the plugin\'s cap with payload_too_large', async () => {
    await expect(engine.invoke('sized-output', 'echo', { size: 5000 })).resolves.toMatchObject({
      status: 'error',
      error: { type: 'payload_too_large', message: expect.stringContaining('limit is 2000') },
    });
    await expect(engine.invoke('sized-output', 'echo', { size: 100 })).resolves.toMatchObject({ status: 'ok' });
  });

  it('passes a copy of the input and a frozen ctx with the plugin\'s own config', async () => {
    const input = { size: 1, when: new Date('2026-01-01T00:00:00Z'), tags: new Set(['a']) };
    const outcome = await engine.invoke('echo', 'echo', input);
    // The input is a structured-clone copy (Date and Set arrive as such); the output is JSON (a Date an ISO string).
    expect(outcome).toMatchObject({
      status: 'ok',
      value: {
        input: { size: 1, when: '2026-01-01T00:00:00.000Z', tags: ['a'] },
        kinds: { size: 'Number', when: 'Date', tags: 'Set' },
        pluginId: 'echo',
        version: '1.0.0',
        capability: 'echo',
        greeting: 'hello',
        configFrozen: true,
      },
    });
  });

  it('routes console and ctx.log to the host logger tagged with the plugin id', () => {
    const lines = capture.lines().filter((l) => l.event === 'plugin.log' && l.plugin_id === 'echo');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 30, msg: expect.stringContaining('echo called with {"size":1') }),
        expect.objectContaining({ level: 40, msg: 'warned 42' }),
      ]),
    );
  });

  it('keeps at most maxLogLinesPerCall lines of a chatty call and counts the rest', async () => {
    const before = capture.lines().length;
    await expect(engine.invoke('chatty', 'echo', {})).resolves.toMatchObject({ status: 'ok', value: 'done' });
    const lines = capture.lines().slice(before).filter((l) => l.plugin_id === 'chatty');
    expect(lines.filter((l) => l.event === 'plugin.log')).toHaveLength(20);
    expect(lines.find((l) => l.event === 'plugin.log.dropped')).toMatchObject({ dropped: 480 });
  });
});
