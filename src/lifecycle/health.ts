import type { Outcome } from '../outcome.ts';

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
  calls: number;
  errors: number;
  timeouts: number;
  errorRate: number;
  p50Ms: number | null;
  p99Ms: number | null;
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
  ok: boolean;
  timeout: boolean;
  durationMs: number;
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
    // Caller-side and host-side refusals say nothing about the plugin's health.
    if (outcome.status === 'error' && ['unavailable', 'overloaded', 'invalid_input', 'payload_too_large'].includes(outcome.error.type)) return;
    this.#samples.push({
      at: now,
      ok: outcome.status === 'ok',
      timeout: outcome.status === 'error' && outcome.error.type === 'timeout',
      durationMs: outcome.durationMs,
    });
    if (this.#samples.length > this.#maxSamples) this.#samples.shift();
  }

  signals(now = Date.now()): RuntimeSignals {
    while (this.#samples.length > 0 && (this.#samples[0] as Sample).at < now - this.#windowMs) this.#samples.shift();
    const calls = this.#samples.length;
    const errors = this.#samples.filter((s) => !s.ok).length;
    const timeouts = this.#samples.filter((s) => s.timeout).length;
    const durations = this.#samples.map((s) => s.durationMs).sort((a, b) => a - b);
    return {
      calls,
      errors,
      timeouts,
      errorRate: calls === 0 ? 0 : errors / calls,
      p50Ms: percentile(durations, 0.5),
      p99Ms: percentile(durations, 0.99),
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
