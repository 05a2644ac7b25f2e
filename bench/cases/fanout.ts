/** fanout_10 / fanout_50: sequential engine.dispatch of `classify` to 10 and 50 warm plugins. */
import type { BenchCase, Metrics } from '../lib/case.ts';
import type { BenchContext } from '../lib/context.ts';
import { openEngine } from '../lib/engine.ts';
import { makePlugins } from '../lib/plugins.ts';
import { latencyUs, sampleAsync } from '../lib/stats.ts';
import { SMALL_INPUT } from '../lib/workloads.ts';

export async function measureFanout(ctx: BenchContext, count: number, iterations: number, poolSize: number): Promise<Metrics> {
  const set = makePlugins(count, { prefix: `fan${count}` });
  const engine = await openEngine({ pluginsDir: set.root, poolSize, concurrentCallsPerWorker: 256 });
  try {
    const dispatch = async () => {
      const result = await engine.dispatch('classify', SMALL_INPUT);
      if (result.stats.failed > 0 || result.stats.plugins !== count) {
        throw new Error(`fan-out to ${count} plugins: ${result.stats.ok} ok, ${result.stats.failed} failed ${JSON.stringify(result.stats.errors)}`);
      }
    };
    ctx.progress(`fanout: ${count} plugins, ${iterations} dispatches`);
    // Warm-up also builds each plugin's isolate in every worker the calls land on.
    const samples = await sampleAsync(dispatch, Math.max(20, Math.ceil(iterations / 5)), iterations);
    return { ...latencyUs(samples), plugins: count, pool_size: poolSize };
  } finally {
    await engine.close();
    set.remove();
  }
}

export const fanoutCase: BenchCase = {
  name: 'fanout',
  async run(ctx) {
    const poolSize = Math.max(2, ctx.cpus);
    return {
      cases: {
        fanout_10: await measureFanout(ctx, 10, ctx.pick(2000, 500), poolSize),
        fanout_50: await measureFanout(ctx, 50, ctx.pick(600, 150), poolSize),
      },
    };
  },
};
