/**
 * scaling: how latency and memory grow with the number of plugins (fresh process per size: load
 * time, RSS, dispatch fan-out to all of them) and with the input size (engine.invoke of `echo`
 * with 1 KB / 100 KB / 1 MB inputs, next to the floor for the same payload).
 */
import type { BenchCase, Metrics } from '../lib/case.ts';
import type { BenchContext } from '../lib/context.ts';
import { assertOk, openEngine } from '../lib/engine.ts';
import { makePlugins } from '../lib/plugins.ts';
import { runProbe } from '../lib/probe.ts';
import { latencyUs, sampleAsync } from '../lib/stats.ts';
import { BENCH_PLUGIN_SOURCE, inputOfSize } from '../lib/workloads.ts';
import { createFloorPool } from '../floor/floor-pool.ts';

const INPUT_SIZES: ReadonlyArray<[string, number]> = [
  ['1KB', 1024],
  ['100KB', 100 * 1024],
  ['1MB', 1000 * 1000],
];

async function byPluginCount(ctx: BenchContext): Promise<Metrics[]> {
  const poolSize = Math.max(2, ctx.cpus);
  const counts = ctx.pick([1, 10, 100, 500], [1, 10, 100, 500]);
  const rows: Metrics[] = [];
  for (const count of counts) {
    // Aim for roughly the same wall time per size.
    const iterations = Math.max(10, Math.min(ctx.pick(1000, 200), Math.round(ctx.pick(30_000, 6000) / count)));
    ctx.progress(`scaling: fresh process with ${count} plugins, ${iterations} fan-outs`);
    rows.push(await runProbe<Metrics>('fleet-probe.ts', { count, poolSize, iterations, warmDispatches: 3 }));
  }
  return rows;
}

async function byInputSize(ctx: BenchContext): Promise<Metrics[]> {
  const set = makePlugins(1, { prefix: 'size' });
  const id = set.ids[0] as string;
  const engine = await openEngine({ plugins: set.dirs, poolSize: 1 });
  const floor = await createFloorPool({ size: 1, concurrentTasksPerWorker: 4, source: BENCH_PLUGIN_SOURCE });
  const rows: Metrics[] = [];
  try {
    for (const [label, bytes] of INPUT_SIZES) {
      const input = inputOfSize(bytes);
      const iterations = Math.max(30, Math.round(ctx.pick(400_000, 100_000) / Math.sqrt(bytes)));
      ctx.progress(`scaling: input ${label}, ${iterations} invokes (engine and floor)`);
      const engineSamples = await sampleAsync(
        async () => assertOk(await engine.invoke(id, 'echo', input)),
        Math.ceil(iterations / 5),
        iterations,
      );
      const floorSamples = await sampleAsync(() => floor.call('echo', input), Math.ceil(iterations / 5), iterations);
      rows.push({ input: label, bytes, invoke: latencyUs(engineSamples), floor: latencyUs(floorSamples) });
    }
  } finally {
    await engine.close();
    await floor.close();
    set.remove();
  }
  return rows;
}

export const scalingCase: BenchCase = {
  name: 'scaling',
  async run(ctx) {
    return { scaling: { plugins: await byPluginCount(ctx), input_size: await byInputSize(ctx) } };
  },
};
