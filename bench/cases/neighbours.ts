/**
 * neighbours: what two `for(;;){}` spinners and a legal 300 ms busy-waiter cost 15 healthy plugins
 * sharing the pool (same default 1000 ms deadline for all). Two phases in one run, same load (10
 * dispatches in flight, for a fixed time): the healthy plugins alone, then with the hostile three.
 * The circuit breaker is effectively off in both phases, so the spinners keep running (the worst
 * case: in production they are quarantined after five timeouts). Reported per healthy call: the
 * latency its caller saw (durationMs), its queue wait, and failures; the ratio shows the interference.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Outcome } from '../../src/index.ts';
import type { BenchCase, Metrics } from '../lib/case.ts';
import type { BenchContext } from '../lib/context.ts';
import { openEngine } from '../lib/engine.ts';
import { HEALTHY, writeNeighbourhood } from '../lib/neighbourhood.ts';
import { round, summarize } from '../lib/stats.ts';

const IN_FLIGHT = 10;

async function phase(ctx: BenchContext, hostile: boolean, seconds: number): Promise<Metrics> {
  const root = mkdtempSync(path.join(tmpdir(), 'corral-bench-neighbours-'));
  writeNeighbourhood(root, hostile);
  // Default scheduling and pool: what a user gets.
  const engine = await openEngine({ pluginsDir: root, tolerateFailures: true, concurrentCallsPerWorker: 256 });
  try {
    ctx.progress(`neighbours: ${hostile ? 'with 2 spinners + a 300 ms plugin' : 'healthy plugins alone'}, ${IN_FLIGHT} dispatches in flight for ${seconds} s`);
    const healthy: Outcome[] = [];
    const until = performance.now() + seconds * 1000;
    let dispatches = 0;
    const driver = async () => {
      while (performance.now() < until) {
        const result = await engine.dispatch('classify', { text: `dispatch ${dispatches++}` });
        for (const outcome of result.results) if (HEALTHY.includes(outcome.pluginId)) healthy.push(outcome);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, driver));
    const ok = healthy.filter((o) => o.status === 'ok');
    const errors: Record<string, number> = {};
    for (const o of healthy) if (o.status === 'error') errors[`${o.error.type}${o.error.reason ? `/${o.error.reason}` : ''}`] = (errors[`${o.error.type}${o.error.reason ? `/${o.error.reason}` : ''}`] ?? 0) + 1;
    const firstFailure = healthy.find((o) => o.status === 'error');
    if (firstFailure !== undefined) ctx.progress(`neighbours: first healthy failure ${JSON.stringify(firstFailure)}`);
    const latency = summarize(ok.map((o) => o.durationMs));
    const queue = summarize(ok.map((o) => o.queueMs));
    return {
      dispatches,
      healthy_calls: healthy.length,
      healthy_failed: healthy.length - ok.length,
      healthy_errors: errors,
      p50_ms: round(latency.p50),
      p99_ms: round(latency.p99),
      queue_p99_ms: round(queue.p99),
    };
  } finally {
    await engine.close();
    rmSync(root, { recursive: true, force: true });
  }
}

export const neighboursCase: BenchCase = {
  name: 'neighbours',
  async run(ctx) {
    const seconds = ctx.pick(8, 3);
    const alone = await phase(ctx, false, seconds);
    const beside = await phase(ctx, true, seconds);
    const ratio = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? round(a / b, 2) : null);
    return {
      cases: {
        neighbours: {
          in_flight: IN_FLIGHT,
          alone,
          beside,
          healthy_failed: beside.healthy_failed,
          p50_ratio: ratio(beside.p50_ms, alone.p50_ms),
          p99_ratio: ratio(beside.p99_ms, alone.p99_ms),
        },
      },
    };
  },
};
