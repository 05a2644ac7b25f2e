/**
 * health_check: engine.checkHealth(id) on a warm plugin whose `health` hook answers at once: the
 * hook call through the pool plus the engine's health bookkeeping (window stats, history store).
 */
import type { BenchCase } from '../lib/case.ts';
import { openEngine } from '../lib/engine.ts';
import { makePlugins } from '../lib/plugins.ts';
import { latencyMs, sampleAsync } from '../lib/stats.ts';

export const healthCheckCase: BenchCase = {
  name: 'health',
  async run(ctx) {
    const set = makePlugins(1, { prefix: 'health' });
    const id = set.ids[0] as string;
    const engine = await openEngine({ plugins: set.dirs, poolSize: 1 });
    try {
      const check = (engine as unknown as { checkHealth?: (id: string) => Promise<{ status: string }> }).checkHealth;
      if (typeof check !== 'function') {
        return { cases: { health_check: null }, notes: { health_check: 'skipped: the engine has no engine.checkHealth(id) yet' } };
      }
      const first = await check.call(engine, id);
      if (first.status !== 'healthy') throw new Error(`health_check: expected healthy, got ${JSON.stringify(first)}`);
      const iterations = ctx.pick(1000, 200);
      ctx.progress(`health: ${iterations} engine.checkHealth() calls`);
      const samples = await sampleAsync(() => check.call(engine, id), 50, iterations);
      return { cases: { health_check: latencyMs(samples) } };
    } finally {
      await engine.close();
      set.remove();
    }
  },
};
