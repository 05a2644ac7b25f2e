import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { Outcome } from 'corral';
import { breakPoolChildStarts, captureLogger, tempDir, writePlugin } from '../helpers.ts';
import { startApi } from '../http/harness.ts';
import { writeReliabilityPlugins } from './pool-fixtures.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(20);
  }
}

const processIsolation = (overrides: Record<string, number> = {}) => ({
  isolation: { mode: 'process' as const, restartBaseMs: 100, restartCapMs: 1000, stableMs: 60_000, ...overrides },
  poolSize: 2,
});

const label = (o: Outcome) => (o.status === 'ok' ? 'ok' : `${o.error.type}/${o.error.reason ?? ''}`);

describe('process isolation (pool in a supervised child process)', () => {
  it('is the default; a killed child crashes only the calls in flight (bystanders: pool_crash), restarts, reloads the plugins', async () => {
    const api = await startApi({ plugins: writeReliabilityPlugins, engine: { poolSize: 2, isolation: { restartBaseMs: 100 } } });
    try {
      const { engine } = api;
      const first = await engine.dispatch('classify', { text: 'hi', ms: 10 });
      expect(first.results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
      expect(await engine.invoke('keeper', 'remember', { key: 'a', value: 1 })).toMatchObject({ status: 'ok', value: 1 });
      const health = engine.poolHealth();
      expect(health).toMatchObject({ isolation: 'process', status: 'ok', restarts: 0 });
      expect(engine.poolRecovery()).toMatchObject({ consecutiveFailures: 0, startFailures: 0, probation: [] });
      const pid = health.pid as number;
      expect(pid).not.toBe(process.pid);

      // A fan-out in flight (slow sleeps 1.5 s) when the pool process is killed from outside. Each call
      // is answered on its own, so echo and upper keep their answers; slow had answered `ok` in this
      // child before, so it is a bystander, not blamed.
      const inFlight = engine.dispatch('classify', { text: 'x', ms: 1500 });
      await sleep(200);
      process.kill(pid, 'SIGKILL');
      const crashed = await inFlight;
      expect(crashed.results.map((r) => r.pluginId)).toEqual(['echo', 'slow', 'upper']);
      expect(crashed.results.map(label)).toEqual(['ok', 'crashed/pool_crash', 'ok']);
      expect(engine.poolRecovery()?.lastCrash).toMatchObject({ reason: expect.stringContaining('SIGKILL'), blamed: [] });
      // The host keeps answering its API while the child is down.
      expect((await api.call('GET', '/healthz')).status).toBe(200);
      expect((await api.call('GET', '/api/v1/plugins/status')).status).toBe(200);

      await until(() => engine.poolHealth().status === 'ok');
      expect(engine.poolHealth()).toMatchObject({ restarts: 1, lastFailure: { reason: expect.stringContaining('SIGKILL') } });
      expect(engine.poolHealth().pid).not.toBe(pid);
      const after = await engine.dispatch('classify', { text: 'back', ms: 5 });
      expect(after.results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
      expect(await engine.invoke('keeper', 'remember', { key: 'b', value: 2 })).toMatchObject({ status: 'ok', value: 2 });
      const invoked = await api.call('POST', '/api/v1/plugins/upper/invoke/classify', { body: { input: { text: 'http' } } });
      expect(invoked.json).toMatchObject({ status: 'ok', value: 'HTTP' });
      const ready = await api.call('GET', '/readyz');
      expect(ready.status).toBe(200);
      expect(ready.json.pool).toMatchObject({ isolation: 'process', status: 'ok', restarts: 1 });
      expect(api.logs().some((l) => l.event === 'pool.process.exit')).toBe(true);
      expect(api.logs().some((l) => l.event === 'pool.process.restarted')).toBe(true);
    } finally {
      await api.close();
    }
  });

  it('never gives up: killed over and over, it keeps coming back with capped backoff; meanwhile calls are unavailable/pool_restarting', async () => {
    const api = await startApi({ plugins: writeReliabilityPlugins, engine: processIsolation({ restartBaseMs: 50, restartCapMs: 200 }) });
    try {
      const { engine } = api;
      const delays: number[] = [];
      for (let kill = 1; kill <= 5; kill++) {
        await until(() => engine.poolHealth().status === 'ok', 15_000);
        process.kill(engine.poolHealth().pid as number, kill % 2 === 0 ? 'SIGSEGV' : 'SIGKILL');
        await until(() => engine.poolHealth().status !== 'ok');
        const down = { ...engine.poolHealth(), ...engine.poolRecovery() };
        // Children that came up and died are not "cannot recover": restarting, never failed.
        expect(down).toMatchObject({ status: 'restarting', consecutiveFailures: kill, startFailures: 0, nextRestartAt: expect.any(String) });
        delays.push(Date.parse(down.nextRestartAt as string) - Date.parse(down.lastFailure?.at as string));
        expect(await engine.invoke('echo', 'classify', { kill })).toMatchObject({ status: 'error', error: { type: 'unavailable', reason: 'pool_restarting' } });
        const refused = await api.call('POST', '/api/v1/plugins/echo/invoke/classify', { body: { input: {} } });
        if (engine.poolHealth().status !== 'ok') expect(refused.status).toBe(503);
        if (kill === 1) expect((await api.call('GET', '/readyz')).status).toBe(503);
        expect((await api.call('GET', '/healthz')).status).toBe(200);
      }
      // 50, 100, then capped at 200 (timer precision: a few ms either way).
      expect(delays.map((d) => Math.round(d / 50) * 50)).toEqual([50, 100, 200, 200, 200]);
      await until(() => engine.poolHealth().status === 'ok', 15_000);
      expect(engine.poolHealth()).toMatchObject({ status: 'ok', restarts: 5 });
      const after = await engine.dispatch('classify', { text: 'alive', ms: 5 });
      expect(after.results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
      expect((await api.call('GET', '/readyz')).status).toBe(200);
      expect(api.logs().some((l) => l.event === 'pool.process.failed')).toBe(false);
    } finally {
      await api.close();
    }
  }, 60_000);

  it("reads 'failed' when children cannot come up at all, keeps retrying, and recovers once they can", async () => {
    const api = await startApi({ plugins: writeReliabilityPlugins, engine: processIsolation({ restartBaseMs: 50, restartCapMs: 200, failedAfterStartFailures: 3 }) });
    // Every new child now dies before it is ready.
    const restore = breakPoolChildStarts();
    try {
      const { engine } = api;
      process.kill(engine.poolHealth().pid as number, 'SIGKILL');
      await until(() => engine.poolHealth().status === 'failed', 20_000);
      const failed = engine.poolHealth();
      expect(engine.poolRecovery()?.startFailures).toBeGreaterThanOrEqual(3);
      expect(await engine.invoke('echo', 'classify', {})).toMatchObject({ status: 'error', error: { type: 'unavailable', reason: 'pool_failed', message: expect.stringContaining('keeps retrying') } });
      const ready = await api.call('GET', '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.json).toMatchObject({ pool: { status: 'failed' } });
      expect(api.logs().some((l) => l.event === 'pool.process.failed')).toBe(true);
      // Still retrying in the background.
      await until(() => engine.poolHealth().restarts > failed.restarts, 5000);

      restore();
      await until(() => engine.poolHealth().status === 'ok', 20_000);
      expect(engine.poolHealth()).toMatchObject({ status: 'ok' });
      expect(engine.poolRecovery()).toMatchObject({ startFailures: 0 });
      expect(await engine.invoke('echo', 'classify', { n: 1 })).toMatchObject({ status: 'ok', value: { echoed: { n: 1 } } });
      expect((await api.call('GET', '/readyz')).status).toBe(200);
    } finally {
      restore();
      await api.close();
    }
  }, 60_000);

  it('blames the plugin that kills the child (caused_crash by its second crash at the latest) and never the healthy plugins in flight beside it', async () => {
    const root = await tempDir();
    // Every plugin has the same limits and deadline (roomy enough that on a loaded machine the bomb's
    // fatal out-of-memory, not its deadline, ends its calls).
    const limits = { memoryMb: 16, timeoutMs: 5000 };
    // The fatal V8 out-of-memory of test/fixtures/hostile-fatal/memory-map-bomb, under a shared capability.
    await writePlugin(root, { id: 'memory-map-bomb', capabilities: ['classify'], limits }, 'export default { classify() { const m = new Map(); for (let i = 0; ; i++) m.set(i, { i }); } };');
    await writePlugin(root, { id: 'echo', capabilities: ['classify'], limits }, 'export default { classify(input) { return input; } };');
    await writePlugin(root, { id: 'words', capabilities: ['classify'], limits }, 'export default { classify(input) { return String(input.n).split(""); } };');
    // Legal, slower than the bomb takes to die: in flight (never answered) at a crash, like the bomb.
    const sleeper = 'export default { async classify(input) { await new Promise((r) => setTimeout(r, 700)); return input.n; } };';
    await writePlugin(root, { id: 'a-sleeper', capabilities: ['classify'], limits }, sleeper);
    await writePlugin(root, { id: 'z-sleeper', capabilities: ['classify'], limits }, sleeper);
    const capture = captureLogger('warn');
    const { createEngine } = await import('corral');
    // A blamed crash opens the bomb's breaker at once; a short cool-down lets its half-open probes crash the child again.
    const lifecycle = { breaker: { cooldownMs: 300, maxCooldownMs: 300 } };
    const engine = await createEngine({ pluginsDir: root, logger: capture.logger, lifecycle, ...processIsolation({ restartBaseMs: 50, restartCapMs: 200 }) });
    try {
      const seen = new Map<string, string[]>();
      let bombCrashes = 0;
      const giveUpAt = Date.now() + 80_000;
      for (let round = 0; bombCrashes < 4 && Date.now() < giveUpAt; round++) {
        await until(() => engine.poolHealth().status === 'ok', 15_000);
        // Every other round two dispatches in flight, so healthy calls also queue behind the bomb inside the child.
        const dispatches = await Promise.all(round % 2 === 0 ? [engine.dispatch('classify', { n: round })] : [engine.dispatch('classify', { n: round }), engine.dispatch('classify', { n: -round })]);
        for (const result of dispatches) {
          for (const outcome of result.results) seen.set(outcome.pluginId, [...(seen.get(outcome.pluginId) ?? []), label(outcome)]);
        }
        bombCrashes = (seen.get('memory-map-bomb') ?? []).filter((l) => l.startsWith('crashed/')).length;
      }
      const bomb = (seen.get('memory-map-bomb') ?? []).filter((l) => l.startsWith('crashed/'));
      expect(bomb.length).toBeGreaterThanOrEqual(4);
      // Its first crash may be ambiguous (a sleeper was in flight too); from the second on it is blamed.
      expect(bomb.slice(1).every((l) => l === 'crashed/caused_crash'), JSON.stringify(bomb)).toBe(true);
      // Blamed once, it is refused until its cool-down ends instead of taking the child down again.
      expect(seen.get('memory-map-bomb')).toContain('unavailable/circuit_open');
      for (const id of ['echo', 'words', 'a-sleeper', 'z-sleeper']) {
        const outcomes = seen.get(id) ?? [];
        expect(outcomes.filter((l) => l.startsWith('crashed/')).every((l) => l === 'crashed/pool_crash'), `${id}: ${JSON.stringify(outcomes)}`).toBe(true);
        // The sleepers share threads with the bomb's synchronous loop (head-of-line blocking is the scheduler's issue).
        if (!id.endsWith('sleeper')) expect(outcomes).toContain('ok');
      }
      // The test is only worth something if healthy plugins were in flight, unanswered, at a crash
      // too (what blaming "whoever was in flight" would get wrong).
      const exits = capture.lines().filter((l) => l.event === 'pool.process.exit');
      expect(exits.some((l) => (l.suspects as string[]).some((id) => id !== 'memory-map-bomb')), JSON.stringify(exits.map((l) => l.suspects))).toBe(true);
      const blamed = capture.lines().filter((l) => l.event === 'pool.process.crash_attributed').flatMap((l) => l.plugin_ids as string[]);
      expect(new Set(blamed)).toEqual(new Set(['memory-map-bomb']));
      expect(engine.poolRecovery()?.lastCrash).toMatchObject({ reason: expect.stringMatching(/SIGABRT|SIGTRAP|code 134/), blamed: ['memory-map-bomb'] });
      // The host never noticed beyond the outcomes.
      expect(process.memoryUsage().rss).toBeGreaterThan(0);
    } finally {
      await engine.close();
    }
  }, 120_000);

  it('kills a child whose resident memory passes isolation.maxRssMb (memory outside the V8 heaps) and comes back', async () => {
    const root = await tempDir();
    // Each call keeps 8 MB more of touched ArrayBuffer memory, within the plugin's own 64 MB limit;
    // three such plugins on two worker threads hold far more than the child's cap.
    const hoarder = 'const kept = []; export default { classify() { if (kept.length < 7) { const b = new Uint8Array(8 * 1024 * 1024); b.fill(7); kept.push(b); } return kept.length; } };';
    for (const id of ['hoard-a', 'hoard-b', 'hoard-c']) await writePlugin(root, { id, capabilities: ['classify'], limits: { memoryMb: 64 } }, hoarder);
    await writePlugin(root, { id: 'echo', capabilities: ['echo'], limits: { memoryMb: 64 } }, 'export default { echo(input) { return input; } };');
    const capture = captureLogger('warn');
    const { createEngine } = await import('corral');
    const maxRssMb = 320;
    const engine = await createEngine({ pluginsDir: root, logger: capture.logger, ...processIsolation({ maxRssMb, rssCheckIntervalMs: 50 }) });
    const hostRssBefore = process.memoryUsage().rss;
    try {
      expect(engine.poolRecovery()).toMatchObject({ maxRssMb });
      for (let i = 0; i < 60 && engine.poolHealth().restarts === 0; i++) {
        await engine.dispatch('classify', {});
        await sleep(30);
      }
      await until(() => engine.poolHealth().restarts >= 1);
      const health = engine.poolHealth();
      expect(health.lastFailure?.reason).toMatch(/exceeded isolation\.maxRssMb \(\d+ MB resident > 320 MB\); killed/);
      const event = capture.lines().find((l) => l.event === 'pool.process.rss_exceeded');
      expect(event).toMatchObject({ max_rss_mb: maxRssMb });
      expect(event?.rss_mb as number).toBeGreaterThanOrEqual(maxRssMb);
      // The memory was the child's: the host did not grow with it.
      expect(process.memoryUsage().rss - hostRssBefore).toBeLessThan(100 * 1024 * 1024);
      await until(() => engine.poolHealth().status === 'ok');
      expect(await engine.invoke('echo', 'echo', { back: true })).toMatchObject({ status: 'ok', value: { back: true } });
      await until(() => engine.poolRecovery()?.rssMb !== undefined);
      expect(engine.poolRecovery()?.rssMb as number).toBeLessThan(maxRssMb);
    } finally {
      await engine.close();
    }
  }, 60_000);

  it('a worker stuck in native code past its deadline takes only the pool process down; the host restarts it', async () => {
    const root = await tempDir();
    await writePlugin(root, { id: 'writer', capabilities: ['classify'], permissions: ['state'], limits: { timeoutMs: 200 } }, 'export default { classify(input, ctx) { ctx.state.set("k", input.v); return ctx.state.get("k"); } };');
    const capture = captureLogger('warn');
    const { createEngine } = await import('corral');
    const engine = await createEngine({ pluginsDir: root, logger: capture.logger, ...processIsolation(), limits: { hostGraceMs: 200, initTimeoutMs: 500 } });
    try {
      expect(await engine.invoke('writer', 'classify', { v: 1 })).toMatchObject({ status: 'ok', value: 1 });
      // Another connection holds SQLite's write lock: ctx.state.set waits in native code (busy timeout 5 s).
      const locker = new DatabaseSync(engine.storeLocation);
      locker.exec("PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; INSERT INTO plugin_state (plugin_id, key, value, bytes, updated_at) VALUES ('x', 'y', '1', 1, 'now')");
      const started = Date.now();
      const stuck = await engine.invoke('writer', 'classify', { v: 2 });
      expect(stuck).toMatchObject({ status: 'error', error: { type: expect.stringMatching(/^(timeout|crashed)$/) } });
      await until(() => engine.poolHealth().restarts === 1, 5000);
      locker.exec('ROLLBACK');
      locker.close();
      expect(Date.now() - started).toBeLessThan(4000);
      expect(capture.lines().some((l) => l.event === 'pool.worker.stuck')).toBe(true);
      await until(() => engine.poolHealth().status === 'ok');
      // A fresh pool process warms up first (workers start, the plugin is loaded again): with this
      // plugin's 200 ms deadline the first calls may time out waiting for a worker on a busy machine.
      let after = await engine.invoke('writer', 'classify', { v: 3 });
      for (let i = 0; i < 20 && after.status !== 'ok'; i++) {
        expect(after, JSON.stringify(after)).toMatchObject({ error: { type: 'timeout' } });
        await sleep(100);
        after = await engine.invoke('writer', 'classify', { v: 3 });
      }
      expect(after, JSON.stringify(after)).toMatchObject({ status: 'ok', value: 3 });
    } finally {
      await engine.close();
    }
  });
});
