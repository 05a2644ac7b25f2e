import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { tempDir, writePlugin } from '../helpers.ts';

let engines: Engine[] = [];
afterEach(async () => {
  await Promise.all(engines.map((e) => e.close()));
  engines = [];
});

async function start(root: string, extra: Parameters<typeof createEngine>[0] = {}) {
  const engine = await createEngine({ pluginsDir: root, poolSize: 1, ...extra });
  engines.push(engine);
  return engine;
}

describe('recovery with exponential backoff', () => {
  it('retries a plugin whose init fails twice, then serves it', async () => {
    const root = await tempDir();
    // init counts its attempts in ctx.state (persisted in SQLite), failing the first two.
    await writePlugin(
      root,
      { id: 'flaky', permissions: ['state'] },
      `export default {
        init(ctx) {
          const attempt = (ctx.state.get('attempts') ?? 0) + 1;
          ctx.state.set('attempts', attempt);
          if (attempt < 3) throw new Error('dependency not ready (attempt ' + attempt + ')');
        },
        classify(input, ctx) { return 'ready after ' + ctx.state.get('attempts'); },
      };`,
    );
    const engine = await start(root, { lifecycle: { retry: { baseMs: 40, capMs: 200, maxAttempts: 5 } } });
    const first = engine.plugin('flaky');
    expect(first).toMatchObject({ state: 'failed', error: { message: expect.stringContaining('attempt 1') }, retry: { attempts: 1, exhausted: false } });
    expect(Date.parse(first.retry!.nextRetryAt!)).toBeGreaterThan(Date.now() - 1000);
    await expect.poll(() => engine.plugin('flaky').state, { timeout: 3000, interval: 20 }).toBe('active');
    expect(engine.plugin('flaky')).toMatchObject({ error: null, retry: null });
    await expect(engine.invoke('flaky', 'classify', {})).resolves.toMatchObject({ status: 'ok', value: 'ready after 3' });
    const path = engine.plugin('flaky').transitions.map((t) => t.to);
    expect(path.filter((s) => s === 'failed')).toHaveLength(2);
  });

  it('gives up after maxAttempts and says so', async () => {
    const root = await tempDir();
    await writePlugin(root, { id: 'broken' }, 'export default { init() { throw new Error("never"); }, classify() {} };');
    const engine = await start(root, { lifecycle: { retry: { baseMs: 10, capMs: 20, maxAttempts: 2 } } });
    await expect.poll(() => engine.plugin('broken').retry?.exhausted, { timeout: 3000, interval: 20 }).toBe(true);
    expect(engine.plugin('broken')).toMatchObject({ state: 'failed', retry: { attempts: 2, nextRetryAt: null, exhausted: true } });
  });
});

describe('circuit breaker', () => {
  it('opens after consecutive failures, half-opens after the cool-down and closes on a good probe', async () => {
    const root = await tempDir();
    await writePlugin(root, { id: 'fragile' }, 'export default { classify(input) { if (input.fail) throw new Error("down"); return "up"; } };');
    await writePlugin(root, { id: 'bystander' }, 'export default { classify(input) { if (input.fail) throw new Error("also down"); return "fine"; } };');
    const engine = await start(root, {
      lifecycle: { breaker: { consecutiveFailures: 3, errorRateThreshold: 1, windowSize: 20, minCalls: 20, cooldownMs: 150, maxCooldownMs: 1000 } },
    });
    for (let i = 0; i < 3; i++) await engine.invoke('fragile', 'classify', { fail: true });
    expect(engine.plugin('fragile').breaker).toMatchObject({ state: 'open', trips: 1 });
    // Another plugin's failures never count against this one, and vice versa.
    expect(engine.plugin('bystander').breaker.state).toBe('closed');
    const skipped = await engine.dispatch('classify', { fail: false });
    expect(skipped.results.find((o) => o.pluginId === 'fragile')).toMatchObject({ status: 'error', error: { type: 'unavailable', reason: 'circuit_open' } });
    expect(skipped.results.find((o) => o.pluginId === 'bystander')).toMatchObject({ status: 'ok' });
    expect(engine.plugin('fragile').unavailableReason).toBe('circuit_open');

    await new Promise((r) => setTimeout(r, 170));
    expect(engine.plugin('fragile').breaker.state).toBe('half_open');
    // A failing probe reopens with a longer cool-down.
    await expect(engine.invoke('fragile', 'classify', { fail: true })).resolves.toMatchObject({ error: { type: 'error' } });
    const reopened = engine.plugin('fragile').breaker;
    expect(reopened).toMatchObject({ state: 'open', trips: 2 });
    expect(Date.parse(reopened.retryAt!) - Date.parse(reopened.openedAt!)).toBe(300);

    await new Promise((r) => setTimeout(r, 320));
    await expect(engine.invoke('fragile', 'classify', {})).resolves.toMatchObject({ status: 'ok', value: 'up' });
    expect(engine.plugin('fragile').breaker.state).toBe('closed');
  });

  it('does not trip on caller mistakes', async () => {
    const root = await tempDir();
    await writePlugin(
      root,
      { id: 'strict' },
      'export default { classify(input) { const e = new Error("input.text: expected a string"); e.name = "InvalidInputError"; throw e; } };',
    );
    const engine = await start(root, { lifecycle: { breaker: { consecutiveFailures: 2, errorRateThreshold: 1, windowSize: 10, minCalls: 10, cooldownMs: 1000, maxCooldownMs: 1000 } } });
    for (let i = 0; i < 5; i++) {
      await expect(engine.invoke('strict', 'classify', {})).resolves.toMatchObject({ error: { type: 'invalid_input', message: 'input.text: expected a string' } });
    }
    expect(engine.plugin('strict').breaker.state).toBe('closed');
  });
});

describe('health', () => {
  it('combines the health hook with runtime signals and keeps a history', async () => {
    const root = await tempDir();
    await writePlugin(
      root,
      { id: 'db-backed' },
      `export default {
        health() { return { status: 'degraded', message: 'replica lagging', dependencies: { postgres: 'healthy', replica: 'degraded' } }; },
        classify(input) { if (input.fail) throw new Error('query failed'); return 'ok'; },
      };`,
    );
    await writePlugin(root, { id: 'plain' }, 'export default { classify() { return 1; } };');
    const engine = await start(root, { lifecycle: { health: { intervalMs: 0, timeoutMs: 100, windowMs: 60_000, degradedErrorRate: 0.1, unhealthyErrorRate: 0.5, historyRetention: 3 } } });

    expect(engine.health('plain')).toMatchObject({ status: 'unknown' });
    await engine.invoke('plain', 'classify', {});
    expect(engine.health('plain')).toMatchObject({ status: 'healthy', signals: { calls: 1, errors: 0 } });

    const report = await engine.checkHealth('db-backed');
    expect(report).toMatchObject({
      status: 'degraded',
      reasons: ['health hook reports degraded: replica lagging'],
      hook: { status: 'degraded', dependencies: { postgres: 'healthy', replica: 'degraded' } },
    });
    expect(report.hook!.durationMs).toBeLessThan(100);

    for (let i = 0; i < 4; i++) await engine.invoke('db-backed', 'classify', { fail: true });
    const failing = await engine.checkHealth('db-backed');
    expect(failing.status).toBe('unhealthy');
    expect(failing.reasons).toContain('error rate 100% over the last 4 calls');
    expect(failing.signals.p50Ms).not.toBeNull();

    for (let i = 0; i < 3; i++) await engine.checkHealth('db-backed');
    const history = engine.healthHistory('db-backed');
    expect(history).toHaveLength(3); // bounded retention
    expect(history[0]).toMatchObject({ status: 'unhealthy' });
  });

  it('treats a health hook that hangs as unhealthy within its short deadline', async () => {
    const root = await tempDir();
    await writePlugin(root, { id: 'hangs' }, 'export default { health() { return new Promise(() => {}); }, classify() { return 1; } };');
    const engine = await start(root, { lifecycle: { health: { intervalMs: 0, timeoutMs: 50, windowMs: 60_000, degradedErrorRate: 0.1, unhealthyErrorRate: 0.5, historyRetention: 10 } } });
    const started = performance.now();
    const report = await engine.checkHealth('hangs');
    expect(performance.now() - started).toBeLessThan(500);
    expect(report).toMatchObject({ status: 'unhealthy', hook: { status: 'unhealthy', message: expect.stringContaining('timeout') } });
  });
});
