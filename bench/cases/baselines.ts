/** baselines: the same workloads in the sandboxes users pick instead of Corral, measured in this run. */
import type { BaselineKey, BaselineResult, BenchCase } from '../lib/case.ts';
import { calibrateRounds } from '../lib/calibrate.ts';
import { BENCH_PLUGIN_SOURCE, SMALL_INPUT } from '../lib/workloads.ts';
import { toResult, type BaselinePlan, type BaselineSamples } from '../baselines/baseline.ts';
import { measureChildProcess } from '../baselines/child-process.ts';
import { measureNative } from '../baselines/native.ts';
import { measureNodeVm } from '../baselines/node-vm.ts';
import { measureQuickJs } from '../baselines/quickjs-wasm.ts';
import { measureRawIsolatedVm } from '../baselines/raw-isolated-vm.ts';

const MEASURES: ReadonlyArray<[BaselineKey, (plan: BaselinePlan) => Promise<BaselineSamples>]> = [
  ['native', measureNative],
  ['node_vm', measureNodeVm],
  ['raw_isolated_vm', measureRawIsolatedVm],
  ['child_process', measureChildProcess],
  ['quickjs_wasm', measureQuickJs],
];

export const baselinesCase: BenchCase = {
  name: 'baselines',
  async run(ctx) {
    const plan: BaselinePlan = {
      source: BENCH_PLUGIN_SOURCE,
      input: SMALL_INPUT,
      warmup: ctx.pick(2000, 500),
      warmIterations: ctx.pick(5000, 1000),
      coldReps: ctx.pick(30, 8),
      cpuReps: ctx.pick(20, 5),
      cpuRounds: calibrateRounds(10),
    };
    const baselines: Partial<Record<BaselineKey, BaselineResult | null>> = {};
    const notes: Record<string, string> = {};
    for (const [key, measure] of MEASURES) {
      ctx.progress(`baselines: ${key}`);
      try {
        baselines[key] = toResult(await measure(plan));
      } catch (error) {
        baselines[key] = null;
        notes[`baseline_${key}`] = `failed: ${(error as Error).message}`;
      }
    }
    return { baselines, notes };
  },
};
