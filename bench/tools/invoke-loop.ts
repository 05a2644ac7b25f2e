/**
 * A profiling target, not a case: sequential engine.invoke in a loop for --cpu-prof.
 *   node --no-node-snapshot --cpu-prof --cpu-prof-dir=/tmp/prof bench/tools/invoke-loop.ts [calls] [engine|floor] [inFlight]
 * `floor` loops over the floor pool instead, for a side-by-side profile; inFlight > 1 (with 2
 * workers) profiles the host at saturation, as the throughput case runs it.
 */
import { assertOk, openEngine } from '../lib/engine.ts';
import { makePlugins } from '../lib/plugins.ts';
import { BENCH_PLUGIN_SOURCE, SMALL_INPUT } from '../lib/workloads.ts';
import { createFloorPool } from '../floor/floor-pool.ts';

const calls = Number(process.argv[2] ?? 20_000);
const useFloor = process.argv[3] === 'floor';
const inFlight = Number(process.argv[4] ?? 1);
const poolSize = inFlight > 1 ? 2 : 1;

async function loop(call: () => Promise<unknown>): Promise<void> {
  let left = calls;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (left-- > 0) await call();
    }),
  );
}
const set = makePlugins(1, { prefix: 'prof' });
const id = set.ids[0] as string;
if (useFloor) {
  const floor = await createFloorPool({ size: poolSize, concurrentTasksPerWorker: 4, source: BENCH_PLUGIN_SOURCE });
  const start = performance.now();
  await loop(() => floor.call('classify', SMALL_INPUT));
  process.stderr.write(`floor: ${(((performance.now() - start) / calls) * 1000).toFixed(1)} us/call\n`);
  await floor.close();
} else {
  const engine = await openEngine({ plugins: set.dirs, poolSize });
  const start = performance.now();
  await loop(async () => assertOk(await engine.invoke(id, 'classify', SMALL_INPUT)));
  process.stderr.write(`engine: ${(((performance.now() - start) / calls) * 1000).toFixed(1)} us/call\n`);
  await engine.close();
}
set.remove();
