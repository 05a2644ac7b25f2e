import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { ThreadPool } from '../../src/engine/worker-pool.ts';
import { SqliteStore } from '../../src/storage/sqlite-store.ts';
import { captureLogger, tempDir } from '../helpers.ts';
import { callTask, ECHO_SOURCE, spec, valueOf } from './pool-fixtures.ts';

// Thread isolation. Terminating a worker thread that holds isolated-vm isolates is NOT safe (it
// aborted the process with `IsolateEnvironment::GetCurrent(): Assertion environment != nullptr`
// under vitest, and hung it standalone), so worker deaths are tested in process isolation
// (process-isolation.test.ts); here the pool only detects and reports a stuck worker.
const pools: ThreadPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(check: () => boolean, timeoutMs = 8000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(10);
  }
}

describe('worker faults (thread isolation)', () => {
  it('a worker blocked in native code past its deadline is reported (pool degraded) while the other worker keeps serving; it recovers', async () => {
    const dir = await tempDir();
    const store = new SqliteStore(dir);
    const capture = captureLogger('warn');
    const pool = new ThreadPool({ size: 2, maxQueue: 100, concurrentCallsPerWorker: 1, logger: capture.logger, stuckAfterMs: 300 });
    pools.push(pool);
    const writer = spec('writer', 'export default { classify(input, ctx) { ctx.state.set("k", input.v); return ctx.state.get("k"); } };', {
      permissions: ['state'],
      state: { dbPath: store.location, quotaBytes: 1 << 20 },
    });
    const echo = spec('echo', ECHO_SOURCE);
    expect(valueOf(await pool.call(callTask(writer, { v: 1 }), writer))).toBe(1);
    // Another connection holds SQLite's write lock: ctx.state.set waits in native code (busy timeout 5 s).
    const locker = new DatabaseSync(store.location);
    locker.exec("PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; INSERT INTO plugin_state (plugin_id, key, value, bytes, updated_at) VALUES ('x', 'y', '1', 1, 'now')");
    const stuck = pool.call(callTask(writer, { v: 2 }, 100), writer);
    await until(() => pool.health().status === 'degraded');
    expect(capture.lines().find((l) => l.event === 'pool.worker.stuck')).toMatchObject({ thread_id: expect.any(Number) });
    // The other worker is unaffected.
    expect(valueOf(await pool.call(callTask(echo, { n: 1 }), echo))).toEqual({ n: 1 });
    locker.exec('ROLLBACK');
    locker.close();
    // Once the native wait returns, the call finishes (late) and the worker is healthy again.
    expect(['ok', 'error']).toContain((await stuck).kind);
    await until(() => pool.health().status === 'ok');
    expect(valueOf(await pool.call(callTask(writer, { v: 3 }), writer))).toBe(3);
    store.close();
  }, 20_000);
});
