/**
 * native: the plugin imported as an ordinary ES module in this thread. Warm call includes a
 * structuredClone of input and output (what any copy-based boundary must at least pay). Cold start:
 * dynamic import of a fresh copy of the module file + first call.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makePlugins } from '../lib/plugins.ts';
import { sampleSync } from '../lib/stats.ts';
import { sampleCpu, type BaselinePlan, type BaselineSamples } from './baseline.ts';

type PluginModule = { default: Record<string, (input: unknown) => unknown> };

export async function measureNative(plan: BaselinePlan): Promise<BaselineSamples> {
  const set = makePlugins(0);
  try {
    const coldMs: number[] = [];
    let plugin: PluginModule['default'] | undefined;
    for (let i = 0; i < plan.coldReps; i++) {
      const file = path.join(set.root, `plugin-${i}.mjs`);
      writeFileSync(file, plan.source);
      const start = performance.now();
      const mod = (await import(pathToFileURL(file).href)) as PluginModule;
      mod.default.classify?.(structuredClone(plan.input));
      coldMs.push(performance.now() - start);
      plugin = mod.default;
    }
    if (plugin === undefined) throw new Error('native: no cold start ran');
    const classify = plugin.classify as (input: unknown) => unknown;
    const cpu = plugin.cpu as (input: unknown) => unknown;
    const warmMs = sampleSync(() => structuredClone(classify(structuredClone(plan.input))), plan.warmup, plan.warmIterations);
    const cpuMs = sampleCpu(() => cpu({ rounds: plan.cpuRounds }), plan.cpuReps);
    return { warmMs, coldMs, cpuMs, note: 'in-process call with structuredClone of input and output' };
  } finally {
    set.remove();
  }
}
