/** The targets, each evaluated against one run's numbers (ratios within the same run). */
import type { CaseKey, Metrics } from './case.ts';

export type TargetStatus = 'PASS' | 'MISS' | 'n/a';

export interface TargetCheck {
  case: CaseKey;
  target: string;
  actual: string;
  status: TargetStatus;
}

type Cases = Partial<Record<CaseKey, Metrics | null>>;

function num(cases: Cases, key: CaseKey, field: string): number | undefined {
  const value = cases[key]?.[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function check(key: CaseKey, target: string, actual: number | undefined, ok: (v: number) => boolean, show: (v: number) => string): TargetCheck {
  if (actual === undefined) return { case: key, target, actual: '-', status: 'n/a' };
  return { case: key, target, actual: show(actual), status: ok(actual) ? 'PASS' : 'MISS' };
}

function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b === 0 ? undefined : a / b;
}

export function evaluateTargets(cases: Cases): TargetCheck[] {
  const x = (v: number) => `${v.toFixed(2)}x`;
  return [
    check('cold_load', 'p50 <= 5 ms', num(cases, 'cold_load', 'p50_ms'), (v) => v <= 5, (v) => `${v} ms`),
    check('invoke_warm', 'p50 <= 1.5x floor_invoke p50', ratio(num(cases, 'invoke_warm', 'p50_us'), num(cases, 'floor_invoke', 'p50_us')), (v) => v <= 1.5, x),
    check('throughput', '>= 0.8x floor_throughput', ratio(num(cases, 'throughput', 'ops_per_s'), num(cases, 'floor_throughput', 'ops_per_s')), (v) => v >= 0.8, x),
    check('fanout_10', 'p50 <= 0.5 ms', num(cases, 'fanout_10', 'p50_us'), (v) => v <= 500, (v) => `${(v / 1000).toFixed(3)} ms`),
    check('cpu_overhead', 'overhead <= 3 %', num(cases, 'cpu_overhead', 'overhead_pct'), (v) => v <= 3, (v) => `${v} %`),
    check('concurrent_1000', 'failed = 0', num(cases, 'concurrent_1000', 'failed'), (v) => v === 0, (v) => `${v} failed`),
    check('timeout_precision', 'overshoot p99 <= 10 ms', num(cases, 'timeout_precision', 'overshoot_p99_ms'), (v) => v <= 10, (v) => `${v} ms`),
    check('memory_per_plugin', '<= 4 MB', num(cases, 'memory_per_plugin', 'mb'), (v) => v <= 4, (v) => `${v} MB`),
    check('neighbours', 'healthy failures = 0 beside 2 spinners', num(cases, 'neighbours', 'healthy_failed'), (v) => v === 0, (v) => `${v} failed`),
    // Process isolation is judged against its own floor (the thread floor behind one IPC round trip).
    check('isolation_invoke_warm', 'process p50 <= 1.5x floor_process_invoke p50', ratio(num(cases, 'isolation_invoke_warm', 'process_p50_us'), num(cases, 'floor_process_invoke', 'p50_us')), (v) => v <= 1.5, x),
    check('cli_startup', 'npx corral --version p50 < 500 ms', num(cases, 'cli_startup', 'npx_version_p50_ms'), (v) => v < 500, (v) => `${v} ms`),
    check('translate_query', 'slowest adapter p50 <= 1 ms', num(cases, 'translate_query', 'p50_ms'), (v) => v <= 1, (v) => `${v} ms`),
  ];
}
