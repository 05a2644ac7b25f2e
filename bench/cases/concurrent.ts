/**
 * concurrent_1000: 1000 engine.invoke calls started in the same tick (default maxQueue), counted
 * ok/failed with p99 time-to-outcome. Then 10,000 at once against an engine whose maxQueue is 1000:
 * the overflow must fail fast as `overloaded`, the rest succeed, and RSS must stay bounded.
 */
import type { BenchCase } from '../lib/case.ts';
import { openEngine } from '../lib/engine.ts';
import { makePlugins } from '../lib/plugins.ts';
import { latencyMs, round } from '../lib/stats.ts';
import type { Outcome } from '../../src/index.ts';
import { SMALL_INPUT } from '../lib/workloads.ts';

const MiB = 1024 * 1024;

async function burst(call: () => Promise<Outcome>, count: number): Promise<{ outcomes: Outcome[]; latencies: number[]; peakRssMb: number }> {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  const latencies = new Array<number>(count);
  const start = performance.now();
  const outcomes = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const outcome = await call();
      latencies[i] = performance.now() - start;
      return outcome;
    }),
  );
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { outcomes, latencies, peakRssMb: peak / MiB };
}

function countByType(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) {
    const key = o.status === 'ok' ? 'ok' : o.error.type;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export const concurrentCase: BenchCase = {
  name: 'concurrent',
  async run(ctx) {
    const poolSize = Math.max(2, ctx.cpus);
    const set = makePlugins(1, { prefix: 'burst' });
    const id = set.ids[0] as string;
    try {
      const engine = await openEngine({ plugins: set.dirs, poolSize });
      let first;
      try {
        for (let i = 0; i < 200; i++) await engine.invoke(id, 'classify', SMALL_INPUT);
        ctx.progress('concurrent: 1000 calls in flight');
        first = await burst(() => engine.invoke(id, 'classify', SMALL_INPUT), 1000);
      } finally {
        await engine.close();
      }
      const counts = countByType(first.outcomes);

      const maxQueue = 1000;
      const small = await openEngine({ plugins: set.dirs, poolSize, maxQueue });
      let second;
      try {
        for (let i = 0; i < 200; i++) await small.invoke(id, 'classify', SMALL_INPUT);
        ctx.progress(`concurrent: 10,000 calls at once, maxQueue ${maxQueue}`);
        const rssBefore = process.memoryUsage.rss() / MiB;
        second = { ...(await burst(() => small.invoke(id, 'classify', SMALL_INPUT), 10_000)), rssBefore };
      } finally {
        await small.close();
      }
      const counts2 = countByType(second.outcomes);
      return {
        cases: {
          concurrent_1000: {
            ok: counts.ok ?? 0,
            failed: 1000 - (counts.ok ?? 0),
            p99_ms: latencyMs(first.latencies).p99_ms,
            errors: Object.fromEntries(Object.entries(counts).filter(([k]) => k !== 'ok')),
            peak_rss_mb: round(first.peakRssMb, 1),
            queued_10000: {
              max_queue: maxQueue,
              ok: counts2.ok ?? 0,
              overloaded: counts2.overloaded ?? 0,
              other_errors: 10_000 - (counts2.ok ?? 0) - (counts2.overloaded ?? 0),
              p99_ms: latencyMs(second.latencies).p99_ms,
              rss_before_mb: round(second.rssBefore, 1),
              peak_rss_mb: round(second.peakRssMb, 1),
            },
          },
        },
      };
    } finally {
      set.remove();
    }
  },
};
