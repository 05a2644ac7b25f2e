/** The contract between bench/run.ts and one case module. */
import type { BenchContext } from './context.ts';

export const CASE_KEYS = [
  'cold_load',
  'invoke_warm',
  'floor_invoke',
  'fanout_10',
  'fanout_50',
  'throughput',
  'floor_throughput',
  'cpu_overhead',
  'concurrent_1000',
  'timeout_precision',
  'memory_per_plugin',
  'health_check',
  'translate_query',
  'neighbours',
  'isolation_invoke_warm',
  'isolation_fanout_10',
  'isolation_throughput',
  'floor_process_invoke',
  'cli_startup',
] as const;
export type CaseKey = (typeof CASE_KEYS)[number];

export const BASELINE_KEYS = ['native', 'node_vm', 'raw_isolated_vm', 'child_process', 'quickjs_wasm'] as const;
export type BaselineKey = (typeof BASELINE_KEYS)[number];

export type Metrics = Record<string, unknown>;

export interface BaselineResult {
  warm_call: { p50_us: number; p99_us: number };
  cold_start: { p50_ms: number; p99_ms: number };
  cpu_bound_ms: number;
  note?: string;
}

export interface CaseOutput {
  cases?: Partial<Record<CaseKey, Metrics | null>>;
  /** Why a case is null or how it was measured, keyed like `cases`. */
  notes?: Record<string, string>;
  scaling?: Metrics;
  baselines?: Partial<Record<BaselineKey, BaselineResult | null>>;
}

export interface BenchCase {
  /** The name `--only` selects. */
  name: string;
  run(ctx: BenchContext): Promise<CaseOutput>;
}
