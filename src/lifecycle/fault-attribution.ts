import type { Outcome, OutcomeErrorType } from '../outcome.ts';

/**
 * Who an outcome is charged to — the one rule health, the circuit breaker, the per-plugin counters
 * and the metrics share (docs/errors.md, "What counts against a plugin"):
 * - `ok`: the plugin answered;
 * - `fault`: the plugin's own doing — its code ran past its deadline with most of the deadline to
 *   itself, hit its heap limit, threw, returned a bad value, overstepped a permission or quota, or
 *   was identified as the cause of a pool process crash;
 * - `interference`: something else cost the call — it waited for a thread past its deadline
 *   (`queue_wait`), other plugins' code held its thread (`thread_blocked`), or a pool process crash
 *   it did not cause took it down (`pool_crash` and other `crashed` without a culprit);
 * - `refused`: it never ran for reasons outside the plugin (caller's input, disabled, quarantined,
 *   overloaded pool).
 */
export type Attribution = 'ok' | 'fault' | 'interference' | 'refused';

const REFUSALS: ReadonlySet<OutcomeErrorType> = new Set(['unavailable', 'overloaded', 'invalid_input', 'payload_too_large']);
/** Faults that say the plugin is broken right now: these also trip the circuit breaker. */
const BREAKER_FAULTS: ReadonlySet<OutcomeErrorType> = new Set(['timeout', 'memory_limit', 'error', 'invalid_output', 'crashed']);

export function attribute(outcome: Outcome): Attribution {
  if (outcome.status === 'ok') return 'ok';
  const { type, reason } = outcome.error;
  if (REFUSALS.has(type)) return 'refused';
  if (type === 'timeout') return reason === 'queue_wait' || reason === 'thread_blocked' ? 'interference' : 'fault';
  if (type === 'crashed') return reason === 'caused_crash' ? 'fault' : 'interference';
  return 'fault';
}

/** A fault the circuit breaker counts (a permission or quota refusal is the plugin's, but not an outage). */
export function isBreakerFault(outcome: Outcome): boolean {
  return outcome.status === 'error' && attribute(outcome) === 'fault' && BREAKER_FAULTS.has(outcome.error.type);
}

/**
 * The plugin was identified as the cause of a pool process crash (`crashed`, or `memory_limit` when
 * the child's memory guard named it): quarantine it at once.
 */
export function causedCrash(outcome: Outcome): boolean {
  return outcome.status === 'error' && (outcome.error.type === 'crashed' || outcome.error.type === 'memory_limit') && outcome.error.reason === 'caused_crash';
}
