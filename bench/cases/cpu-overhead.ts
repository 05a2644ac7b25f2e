/**
 * cpu_overhead: the same ~10 ms CPU-bound kernel run natively (in this thread) and as a plugin via
 * engine.invoke (caller-observed wall time, so it includes the whole call path). Runs alternate.
 */
import type { BenchCase } from '../lib/case.ts';
import { calibrateRounds } from '../lib/calibrate.ts';
import { assertOk, openEngine } from '../lib/engine.ts';
import { makePlugins } from '../lib/plugins.ts';
import { round, summarize } from '../lib/stats.ts';
import { nativeKernel } from '../lib/workloads.ts';

export const cpuOverheadCase: BenchCase = {
  name: 'cpu',
  async run(ctx) {
    const rounds = calibrateRounds(10);
    const samples = ctx.pick(60, 20);
    const kernel = nativeKernel();
    const set = makePlugins(1, { prefix: 'cpu' });
    const id = set.ids[0] as string;
    const engine = await openEngine({ plugins: set.dirs, poolSize: 1 });
    try {
      let expected = 0;
      for (let i = 0; i < 10; i++) {
        expected = kernel(rounds);
        const outcome = await engine.invoke<{ hash: number }>(id, 'cpu', { rounds });
        assertOk(outcome);
        if (outcome.status === 'ok' && outcome.value.hash !== expected) throw new Error('cpu kernel: plugin and native disagree');
      }
      ctx.progress(`cpu: ${samples} alternating runs of a ${rounds}-round kernel`);
      const native: number[] = [];
      const corral: number[] = [];
      // The isolate's own CPU time per call: separates "runs slower" from "waits for a core/wake-up".
      const isolateCpu: number[] = [];
      for (let i = 0; i < samples; i++) {
        let start = performance.now();
        kernel(rounds);
        native.push(performance.now() - start);
        start = performance.now();
        const outcome = await engine.invoke(id, 'cpu', { rounds });
        corral.push(performance.now() - start);
        assertOk(outcome);
        isolateCpu.push(outcome.cpuMs);
      }
      const nativeMs = summarize(native).p50;
      const corralMs = summarize(corral).p50;
      return {
        cases: {
          cpu_overhead: {
            native_ms: round(nativeMs),
            corral_ms: round(corralMs),
            overhead_pct: round(((corralMs - nativeMs) / nativeMs) * 100, 2),
            isolate_cpu_ms: round(summarize(isolateCpu).p50),
            rounds,
          },
        },
      };
    } finally {
      await engine.close();
      set.remove();
    }
  },
};
