import { afterEach, describe, expect, it } from 'vitest';
import { ThreadPool } from '../../src/engine/worker-pool.ts';
import { callTask, ECHO_SOURCE, silentLogger, spec, valueOf } from '../reliability/pool-fixtures.ts';

// Exclusive work (plugins on probation, suspects) keeps the last thread for trusted plugins, but
// only while one of theirs wants it: a pool too small to give every new plugin a thread of its own
// must still run them, one after the other.
const pools: ThreadPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe('the scheduler in small pools', () => {
  it('runs new plugins on a one-thread pool (the reserved thread is lent while nothing trusted waits)', async () => {
    const pool = new ThreadPool({ size: 1, spareThreads: 0, maxQueue: 100, concurrentCallsPerWorker: 16, logger: silentLogger, stuckAfterMs: 5000 });
    pools.push(pool);
    const plugins = ['a', 'b', 'c'].map((id) => spec(id, ECHO_SOURCE));
    // All three are new (probation) and called at once: they take turns on the only thread.
    const replies = await Promise.all(plugins.flatMap((p) => [1, 2].map((n) => pool.call(callTask(p, { id: p.id, n }), p))));
    expect(replies.map(valueOf)).toEqual(plugins.flatMap((p) => [1, 2].map((n) => ({ id: p.id, n }))));
    // Trusted after three clean calls, they then share the thread.
    for (let round = 0; round < 2; round++) for (const p of plugins) valueOf(await pool.call(callTask(p, { round }), p));
    expect(Object.values(pool.trust())).toEqual(['trusted', 'trusted', 'trusted']);
  });
});
