/**
 * invoke_warm vs floor_invoke: sequential warm calls of the same `classify` function, once through
 * engine.invoke and once through a bare piscina worker with a warm isolate (bench/floor). Both pools
 * have one thread and the same concurrency; the two are measured in alternating rounds so drift
 * (CPU frequency, GC, noisy neighbours) hits both equally.
 */
import type { BenchCase } from '../lib/case.ts';
import { assertOk, openEngine } from '../lib/engine.ts';
import { makePlugins } from '../lib/plugins.ts';
import { latencyUs, sampleAsync } from '../lib/stats.ts';
import { BENCH_PLUGIN_SOURCE, SMALL_INPUT } from '../lib/workloads.ts';
import { createFloorPool } from '../floor/floor-pool.ts';

export const invokeCase: BenchCase = {
  name: 'invoke',
  async run(ctx) {
    const rounds = ctx.pick(10, 4);
    const perRound = ctx.pick(1000, 400);
    const set = makePlugins(1, { prefix: 'invoke' });
    const id = set.ids[0] as string;
    const engine = await openEngine({ plugins: set.dirs, poolSize: 1 });
    const floor = await createFloorPool({ size: 1, concurrentTasksPerWorker: 4, source: BENCH_PLUGIN_SOURCE });
    try {
      const callEngine = async () => {
        const outcome = await engine.invoke(id, 'classify', SMALL_INPUT);
        assertOk(outcome);
      };
      const callFloor = () => floor.call('classify', SMALL_INPUT);
      const engineSamples: number[] = [];
      const floorSamples: number[] = [];
      for (let round = 0; round < rounds; round++) {
        ctx.progress(`invoke: round ${round + 1}/${rounds} (${perRound} calls each, engine then floor)`);
        engineSamples.push(...(await sampleAsync(callEngine, round === 0 ? 500 : 50, perRound)));
        floorSamples.push(...(await sampleAsync(callFloor, round === 0 ? 500 : 50, perRound)));
      }
      return {
        cases: { invoke_warm: latencyUs(engineSamples), floor_invoke: latencyUs(floorSamples) },
        notes: { floor_invoke: 'bench/floor/floor-worker.ts: piscina task + deserialize + applySync(copy, timeout) + ivm.Callback + serialize; same pool size (1) and concurrency (4) as the engine' },
      };
    } finally {
      await engine.close();
      await floor.close();
      set.remove();
    }
  },
};
