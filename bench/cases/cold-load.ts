/**
 * cold_load: the cost of bringing one plugin from its folder to a callable warm isolate, without the
 * pool's start-up (spawning worker threads is paid once per engine, not per plugin).
 *
 * Method: a running engine (poolSize 1, pool already warm) registers plugin folders one at a time
 * with engine.register(dir); each sample is that call's wall time: manifest read + validate +
 * integrity check + store record + the worker building the isolate (new Isolate + context +
 * bootstrap + compile + evaluate + init). p50/p99 over the samples.
 *
 * Cross-check (`amortized_ms`): wall time of createEngine with 1+K plugins minus createEngine with
 * 1 plugin, divided by K (pool start-up cancels out): what a host loading many plugins at start-up
 * waits per plugin when the loads run concurrently.
 */
import type { BenchCase } from '../lib/case.ts';
import { openEngine } from '../lib/engine.ts';
import { makePlugins } from '../lib/plugins.ts';
import { latencyMs, round } from '../lib/stats.ts';

async function timeCreate(dirs: string[]): Promise<number> {
  const start = performance.now();
  const engine = await openEngine({ plugins: dirs, poolSize: 1 });
  const elapsed = performance.now() - start;
  const failed = engine.plugins().filter((p) => p.state !== 'active');
  await engine.close();
  if (failed.length > 0) throw new Error(`cold_load: ${failed.length} plugins failed to load: ${failed[0]?.error?.message}`);
  return elapsed;
}

export const coldLoadCase: BenchCase = {
  name: 'cold-load',
  async run(ctx) {
    const count = ctx.pick(300, 100);
    const set = makePlugins(count + 1, { prefix: 'cold' });
    try {
      // The first folder starts the engine (and its worker); the rest are registered one by one.
      const engine = await openEngine({ plugins: set.dirs.slice(0, 1), poolSize: 1 });
      const samples: number[] = [];
      try {
        ctx.progress(`cold-load: registering ${count} plugins one at a time into a running engine`);
        for (const dir of set.dirs.slice(1)) {
          const start = performance.now();
          const status = await engine.register(dir);
          samples.push(performance.now() - start);
          if (status.state !== 'active') throw new Error(`cold_load: ${status.id} is ${status.state}: ${status.error?.message}`);
        }
      } finally {
        await engine.close();
      }

      const extra = ctx.pick(100, 40);
      const reps = ctx.pick(3, 1);
      const perPlugin: number[] = [];
      for (let r = 0; r < reps; r++) {
        ctx.progress(`cold-load: amortized cross-check ${r + 1}/${reps} (createEngine with 1 vs ${1 + extra} plugins)`);
        const one = await timeCreate(set.dirs.slice(0, 1));
        const many = await timeCreate(set.dirs.slice(0, 1 + extra));
        perPlugin.push((many - one) / extra);
      }
      perPlugin.sort((a, b) => a - b);
      return {
        cases: { cold_load: { ...latencyMs(samples), amortized_ms: round(perPlugin[Math.floor(perPlugin.length / 2)] as number), samples: count } },
        notes: {
          cold_load:
            'p50/p99: engine.register(dir) into a running engine (read+validate+integrity+store+isolate+init), one at a time; amortized_ms = (createEngine(1+K) - createEngine(1)) / K',
        },
      };
    } finally {
      set.remove();
    }
  },
};
