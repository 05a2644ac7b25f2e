import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { captureLogger, tempDir, writePlugin } from '../helpers.ts';
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
  isolation: { mode: 'process' as const, maxRestarts: 3, restartBaseMs: 100, restartCapMs: 1000, stableMs: 60_000, ...overrides },
  poolSize: 2,
});

describe('process isolation (pool in a supervised child process)', () => {
  it('serves the same embedding and HTTP API; a killed child crashes only the calls in flight, restarts, reloads the plugins', async () => {
    const api = await startApi({ plugins: writeReliabilityPlugins, engine: processIsolation() });
    try {
      const { engine } = api;
      const first = await engine.dispatch('classify', { text: 'hi', ms: 10 });
      expect(first.results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
      expect(await engine.invoke('keeper', 'remember', { key: 'a', value: 1 })).toMatchObject({ status: 'ok', value: 1 });
      const health = engine.poolHealth();
      expect(health).toMatchObject({ isolation: 'process', status: 'ok', restarts: 0 });
      const pid = health.pid as number;
      expect(pid).not.toBe(process.pid);

      // A fan-out in flight (slow sleeps 1.5 s) when the pool process dies.
      const inFlight = engine.dispatch('classify', { text: 'x', ms: 1500 });
      await sleep(200);
      process.kill(pid, 'SIGKILL');
      const crashed = await inFlight;
      expect(crashed.results.map((r) => (r.status === 'ok' ? 'ok' : r.error.type))).toEqual(['crashed', 'crashed', 'crashed']);
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

  it('gives up after maxRestarts quick deaths (native crash signals): calls are unavailable and /readyz says why', async () => {
    const api = await startApi({ plugins: writeReliabilityPlugins, engine: processIsolation({ maxRestarts: 1 }) });
    try {
      const { engine } = api;
      process.kill(engine.poolHealth().pid as number, 'SIGSEGV');
      await until(() => engine.poolHealth().status !== 'ok');
      const during = await engine.invoke('echo', 'classify', { n: 1 });
      expect(during).toMatchObject({ status: 'error', error: { type: 'unavailable', reason: 'pool_restarting' } });
      const refused = await api.call('POST', '/api/v1/plugins/echo/invoke/classify', { body: { input: {} } });
      if (engine.poolHealth().status !== 'ok') {
        expect(refused.status).toBe(503);
        expect(refused.headers.get('retry-after')).toBeTruthy();
      }
      await until(() => engine.poolHealth().status === 'ok');
      process.kill(engine.poolHealth().pid as number, 'SIGABRT');
      await until(() => engine.poolHealth().status === 'failed');
      expect(await engine.invoke('echo', 'classify', { n: 2 })).toMatchObject({ status: 'error', error: { type: 'unavailable', reason: 'pool_failed' } });
      const ready = await api.call('GET', '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.json).toMatchObject({ detail: expect.stringContaining('worker pool failed'), pool: { status: 'failed', restarts: 1 } });
      expect(api.logs().some((l) => l.event === 'pool.process.failed')).toBe(true);
      // A pool that gave up is a liveness failure: the orchestrator should restart the process.
      expect((await api.call('GET', '/healthz')).status).toBe(503);
    } finally {
      await api.close();
    }
  });

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
