import type { Outcome, OutcomeErrorType } from '../outcome.ts';

export interface CircuitBreakerPolicy {
  /** Open after this many consecutive failures. */
  consecutiveFailures: number;
  /** Or when the error rate over the last `windowSize` calls exceeds this (0..1) with at least `minCalls`. */
  errorRateThreshold: number;
  windowSize: number;
  minCalls: number;
  /** First cool-down; each failed half-open probe doubles it up to maxCooldownMs. */
  cooldownMs: number;
  maxCooldownMs: number;
}

export type BreakerState = 'closed' | 'open' | 'half_open';

/**
 * Outcomes that say something about the plugin itself. Input errors, queue pressure, payload caps and
 * isolate resets caused by other calls never count, so one plugin is not quarantined for another's
 * failure or for its caller's mistakes.
 */
const PLUGIN_FAULTS: ReadonlySet<OutcomeErrorType> = new Set(['timeout', 'memory_limit', 'error', 'invalid_output']);

export function isPluginFault(outcome: Outcome): boolean {
  return outcome.status === 'error' && PLUGIN_FAULTS.has(outcome.error.type) && outcome.error.reason !== 'queue_wait';
}

export interface BreakerSnapshot {
  state: BreakerState;
  consecutiveFailures: number;
  openedAt: string | null;
  retryAt: string | null;
  trips: number;
}

export class CircuitBreaker {
  readonly #policy: CircuitBreakerPolicy;
  readonly #now: () => number;
  #state: BreakerState = 'closed';
  #consecutive = 0;
  #window: boolean[] = [];
  #openedAt = 0;
  #retryAt = 0;
  #cooldown: number;
  #trips = 0;
  #probeInFlight = false;

  constructor(policy: CircuitBreakerPolicy, now: () => number = Date.now) {
    this.#policy = policy;
    this.#now = now;
    this.#cooldown = policy.cooldownMs;
  }

  get state(): BreakerState {
    if (this.#state === 'open' && this.#now() >= this.#retryAt) return 'half_open';
    return this.#state;
  }

  /** May a call go through now? In half-open, exactly one probe is admitted. */
  admit(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open') return false;
    if (this.#probeInFlight) return false;
    this.#probeInFlight = true;
    this.#state = 'half_open';
    return true;
  }

  /** Record a finished call. Returns the transition it caused, if any. */
  record(outcome: Outcome): 'opened' | 'closed' | 'reopened' | null {
    const fault = isPluginFault(outcome);
    const counts = outcome.status === 'ok' || fault;
    if (this.#state === 'half_open' && this.#probeInFlight) {
      if (!counts) {
        // The probe said nothing about the plugin (e.g. bad input): let another call probe.
        this.#probeInFlight = false;
        return null;
      }
      this.#probeInFlight = false;
      if (fault) {
        this.#cooldown = Math.min(this.#policy.maxCooldownMs, this.#cooldown * 2);
        this.#open();
        return 'reopened';
      }
      this.#reset();
      return 'closed';
    }
    if (!counts || this.#state !== 'closed') return null;
    this.#window.push(fault);
    if (this.#window.length > this.#policy.windowSize) this.#window.shift();
    this.#consecutive = fault ? this.#consecutive + 1 : 0;
    const failures = this.#window.filter(Boolean).length;
    const rateTripped = this.#window.length >= this.#policy.minCalls && failures / this.#window.length > this.#policy.errorRateThreshold;
    if (this.#consecutive >= this.#policy.consecutiveFailures || rateTripped) {
      this.#open();
      return 'opened';
    }
    return null;
  }

  #open(): void {
    this.#state = 'open';
    this.#openedAt = this.#now();
    this.#retryAt = this.#openedAt + this.#cooldown;
    this.#trips += 1;
  }

  #reset(): void {
    this.#state = 'closed';
    this.#consecutive = 0;
    this.#window = [];
    this.#cooldown = this.#policy.cooldownMs;
  }

  snapshot(): BreakerSnapshot {
    const state = this.state;
    return {
      state,
      consecutiveFailures: this.#consecutive,
      openedAt: state === 'closed' ? null : new Date(this.#openedAt).toISOString(),
      retryAt: state === 'open' ? new Date(this.#retryAt).toISOString() : null,
      trips: this.#trips,
    };
  }
}
