/**
 * The result of one plugin call. A plugin failing is data, never a thrown host error.
 */
export const OUTCOME_ERROR_TYPES = [
  'timeout',
  'memory_limit',
  'error',
  'invalid_input',
  'invalid_output',
  'payload_too_large',
  'not_implemented',
  'unavailable',
  'overloaded',
  'crashed',
  'permission_denied',
  'quota_exceeded',
] as const;

export type OutcomeErrorType = (typeof OUTCOME_ERROR_TYPES)[number];

export interface OutcomeError {
  type: OutcomeErrorType;
  message: string;
  /** The `name` of the value the plugin threw, when it threw an Error-like value. */
  name?: string;
  /**
   * Why, when the type alone is ambiguous: `disabled`, `circuit_open`, `not_loaded`,
   * `pending_approval`, `pool_restarting`, `pool_failed`, `pool_closed` for `unavailable`;
   * `queue_wait` for a `timeout` spent waiting for a worker; `caused_crash` (this plugin killed the
   * pool child) or `pool_crash` (a bystander) for `crashed` in process isolation.
   */
  reason?: string;
}

export interface OkOutcome<T = unknown> {
  pluginId: string;
  status: 'ok';
  value: T;
  durationMs: number;
  /** CPU time the plugin's isolate spent on this call. */
  cpuMs: number;
}

export interface ErrorOutcome {
  pluginId: string;
  status: 'error';
  error: OutcomeError;
  durationMs: number;
  cpuMs: number;
}

export type Outcome<T = unknown> = OkOutcome<T> | ErrorOutcome;
