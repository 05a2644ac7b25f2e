/**
 * throughput vs floor_throughput: closed-loop saturation with many calls in flight (2 workers, or
 * the CPU count), engine.invoke against the bare piscina + applySync floor, alternating rounds.
 */
import type { BenchCase } from '../lib/case.ts';
import { assertOk, openEngine } from '../lib/engine.ts';
import { makePlugins } from '../lib/plugins.ts';
import { round, saturate } from '../lib/stats.ts';
import { BENCH_PLUGIN_SOURCE, SMALL_INPUT } from '../lib/workloads.ts';
import { createFloorPool } from '../floor/floor-pool.ts';

const IN_FLIGHT = 64;

export const throughputCase: BenchCase = {
  name: 'throughput',
  async run(ctx) {
    const poolSize = Math.max(2, ctx.cpus);
    const rounds = ctx.pick(3, 2);
    const durationMs = ctx.pick(2500, 1000);
    const set = makePlugins(1, { prefix: 'throughput' });
    const id = set.ids[0] as string;
    const engine = await openEngine({ plugins: set.dirs, poolSize });
    const floor = await createFloorPool({ size: poolSize, concurrentTasksPerWorker: 4, source: BENCH_PLUGIN_SOURCE });
    try {
      const callEngine = async () => {
        const outcome = await engine.invoke(id, 'classify', SMALL_INPUT);
        assertOk(outcome);
      };
      const callFloor = () => floor.call('classify', SMALL_INPUT);
      const engineRates: number[] = [];
      const floorRates: number[] = [];
      for (let r = 0; r < rounds; r++) {
        ctx.progress(`throughput: round ${r + 1}/${rounds} (${IN_FLIGHT} in flight, ${poolSize} workers, ${durationMs} ms each)`);
        engineRates.push(await saturate(callEngine, IN_FLIGHT, 300, durationMs));
        floorRates.push(await saturate(callFloor, IN_FLIGHT, 300, durationMs));
      }
      // Median of rounds: one unlucky round (GC, neighbour) should not decide the ratio.
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
      return {
        cases: {
          throughput: { ops_per_s: round(median(engineRates), 0), pool_size: poolSize, in_flight: IN_FLIGHT },
          floor_throughput: { ops_per_s: round(median(floorRates), 0), pool_size: poolSize, in_flight: IN_FLIGHT },
        },
      };
    } finally {
      await engine.close();
      await floor.close();
      set.remove();
    }
  },
};
