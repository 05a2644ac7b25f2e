import type { Outcome } from '../outcome.ts';
import { causedCrash, isBreakerFault } from './fault-attribution.ts';

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
    // Only faults the plugin caused count (fault-attribution.ts): input errors, queue waits, time its
    // thread was held by others and pool crashes it did not cause never do.
    const fault = isBreakerFault(outcome);
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
    if (causedCrash(outcome)) {
      // Each crash costs every call in flight in the pool process: no second chance.
      this.#open();
      return 'opened';
    }
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
