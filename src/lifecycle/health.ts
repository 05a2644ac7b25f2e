import type { Outcome } from '../outcome.ts';
import { attribute } from './fault-attribution.ts';

export type HealthStatus = 'healthy' | 'degraded' | 'unhealthy' | 'unknown';

/** What a plugin's `health(ctx)` hook reported (or why it could not). */
export interface HookHealth {
  status: 'healthy' | 'degraded' | 'unhealthy';
  message: string | null;
  dependencies: Record<string, string>;
  checkedAt: string;
  durationMs: number;
}

export interface RuntimeSignals {
  /** Calls that say something about the plugin: ok, or failed by its own fault. */
  calls: number;
  /** Failed by the plugin's own fault (see docs/errors.md). */
  errors: number;
  /** Own timeouts: its code had most of its deadline and did not finish. */
  timeouts: number;
  errorRate: number;
  /** Run time (ms) of those calls: the plugin's own latency. */
  p50Ms: number | null;
  p99Ms: number | null;
  /** Queue wait (ms) of every call that reached the pool, the plugin's own or not. */
  queueP99Ms: number | null;
  /** Calls lost to something else (queue wait past the deadline, a thread held by others, a pool crash): never charged. */
  interference: number;
}

export interface HealthThresholds {
  /** Error rate (0..1) over the window at which a plugin is degraded / unhealthy. */
  degradedErrorRate: number;
  unhealthyErrorRate: number;
  /** Outcomes older than this leave the sliding window. */
  windowMs: number;
}

export interface HealthReport {
  status: HealthStatus;
  reasons: string[];
  hook: HookHealth | null;
  signals: RuntimeSignals;
}

interface Sample {
  at: number;
  kind: 'ok' | 'fault' | 'interference';
  timeout: boolean;
  runMs: number;
  queueMs: number;
}

/** Recent call outcomes of one plugin, bounded by age and count. */
export class RuntimeWindow {
  readonly #samples: Sample[] = [];
  readonly #windowMs: number;
  readonly #maxSamples: number;

  constructor(windowMs: number, maxSamples = 1000) {
    this.#windowMs = windowMs;
    this.#maxSamples = maxSamples;
  }

  record(outcome: Outcome, now = Date.now()): void {
    const kind = attribute(outcome);
    // Caller-side and host-side refusals say nothing about the plugin's health.
    if (kind === 'refused') return;
    this.#samples.push({
      at: now,
      kind,
      timeout: kind === 'fault' && outcome.status === 'error' && outcome.error.type === 'timeout',
      runMs: outcome.runMs,
      queueMs: outcome.queueMs,
    });
    if (this.#samples.length > this.#maxSamples) this.#samples.shift();
  }

  signals(now = Date.now()): RuntimeSignals {
    while (this.#samples.length > 0 && (this.#samples[0] as Sample).at < now - this.#windowMs) this.#samples.shift();
    const counted = this.#samples.filter((s) => s.kind !== 'interference');
    const calls = counted.length;
    const errors = counted.filter((s) => s.kind === 'fault').length;
    const timeouts = counted.filter((s) => s.timeout).length;
    const runs = counted.map((s) => s.runMs).sort((a, b) => a - b);
    const queues = this.#samples.map((s) => s.queueMs).sort((a, b) => a - b);
    return {
      calls,
      errors,
      timeouts,
      errorRate: calls === 0 ? 0 : errors / calls,
      p50Ms: percentile(runs, 0.5),
      p99Ms: percentile(runs, 0.99),
      queueP99Ms: percentile(queues, 0.99),
      interference: this.#samples.length - calls,
    };
  }
}

function percentile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

/** Hook status and runtime signals combined; the worst one wins, with every reason listed. */
export function combineHealth(hook: HookHealth | null, signals: RuntimeSignals, thresholds: HealthThresholds): HealthReport {
  const reasons: string[] = [];
  let status: HealthStatus = 'healthy';
  const worsen = (to: HealthStatus, reason: string) => {
    reasons.push(reason);
    const rank = { unknown: 0, healthy: 1, degraded: 2, unhealthy: 3 };
    if (rank[to] > rank[status]) status = to;
  };
  if (hook !== null && hook.status !== 'healthy') {
    worsen(hook.status, `health hook reports ${hook.status}${hook.message ? `: ${hook.message}` : ''}`);
  }
  if (signals.calls > 0) {
    const pct = Math.round(signals.errorRate * 1000) / 10;
    if (signals.errorRate >= thresholds.unhealthyErrorRate) worsen('unhealthy', `error rate ${pct}% over the last ${signals.calls} calls`);
    else if (signals.errorRate >= thresholds.degradedErrorRate) worsen('degraded', `error rate ${pct}% over the last ${signals.calls} calls`);
    if (signals.timeouts > 0 && signals.errorRate < thresholds.degradedErrorRate) worsen('degraded', `${signals.timeouts} timeouts in the window`);
  }
  if (hook === null && signals.calls === 0) return { status: 'unknown', reasons: ['no health hook and no recent calls'], hook, signals };
  return { status, reasons, hook, signals };
}
