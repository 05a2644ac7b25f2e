/** What each baseline sandbox is given and must report: the same workloads as the engine cases. */
import type { BaselineResult } from '../lib/case.ts';
import { latencyMs, latencyUs, round, sampleSync, summarize } from '../lib/stats.ts';

export interface BaselinePlan {
  /** The benchmark plugin module (ES module source). */
  source: string;
  input: unknown;
  warmup: number;
  warmIterations: number;
  coldReps: number;
  cpuReps: number;
  /** Kernel rounds calibrated to ~10 ms natively. */
  cpuRounds: number;
}

export interface BaselineSamples {
  warmMs: number[];
  coldMs: number[];
  cpuMs: number[];
  note?: string;
}

export function toResult(samples: BaselineSamples): BaselineResult {
  return {
    warm_call: latencyUs(samples.warmMs),
    cold_start: latencyMs(samples.coldMs),
    cpu_bound_ms: round(summarize(samples.cpuMs).p50),
    ...(samples.note === undefined ? {} : { note: samples.note }),
  };
}

/**
 * Time the CPU-bound kernel. Sandboxes that interpret it (QuickJS) or slow every global lookup
 * (node:vm) take 50-100x longer: after one probe run, those get at most 3 repetitions.
 */
export function sampleCpu(run: () => unknown, reps: number): number[] {
  run();
  const start = performance.now();
  run();
  const probe = performance.now() - start;
  return probe > 100 ? [probe, ...sampleSync(run, 0, Math.min(2, reps - 1))] : sampleSync(run, 3, reps);
}
