/**
 * memory_per_plugin: RSS growth per warm plugin with poolSize 1. Two fresh processes, one with 1
 * plugin and one with 101, every plugin called once, RSS read after GC:
 * (rss(101) - rss(1)) / 100. Fresh processes keep other cases' garbage out of the difference.
 */
import type { BenchCase } from '../lib/case.ts';
import { runProbe } from '../lib/probe.ts';
import { round } from '../lib/stats.ts';

interface FleetProbeResult {
  rss_warm_mb: number;
}

const EXTRA = 100;

export const memoryCase: BenchCase = {
  name: 'memory',
  async run(ctx) {
    const reps = ctx.pick(2, 1);
    const perPlugin: number[] = [];
    let last = { one: 0, many: 0 };
    for (let r = 0; r < reps; r++) {
      ctx.progress(`memory: fresh processes with 1 and ${1 + EXTRA} plugins (${r + 1}/${reps})`);
      const one = await runProbe<FleetProbeResult>('fleet-probe.ts', { count: 1, poolSize: 1, iterations: 0, warmDispatches: 1 });
      const many = await runProbe<FleetProbeResult>('fleet-probe.ts', { count: 1 + EXTRA, poolSize: 1, iterations: 0, warmDispatches: 1 });
      perPlugin.push((many.rss_warm_mb - one.rss_warm_mb) / EXTRA);
      last = { one: one.rss_warm_mb, many: many.rss_warm_mb };
    }
    perPlugin.sort((a, b) => a - b);
    return {
      cases: {
        memory_per_plugin: {
          mb: round(perPlugin[Math.floor((perPlugin.length - 1) / 2)] as number, 2),
          rss_1_plugin_mb: last.one,
          [`rss_${1 + EXTRA}_plugins_mb`]: last.many,
        },
      },
    };
  },
};
