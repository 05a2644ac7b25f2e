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
   * Where the Error the plugin threw was created, in the plugin's own code: `src/index.ts:12:11` for a
   * `corral build` bundle (mapped through its source map), `index.js:3:9` for a hand-written module.
   * Absent when no frame is the plugin's (a thrown non-Error, an error made by eval'd code).
   */
  location?: string;
  /** The plugin's own frames of that Error, innermost first, one `at fn (file:line:col)` per line; never a host frame. */
  stack?: string;
  /**
   * Why, when the type alone is ambiguous: `disabled`, `circuit_open`, `not_loaded`,
   * `pending_approval`, `pool_restarting`, `pool_failed`, `pool_closed` for `unavailable`; for a
   * `timeout` that is not the plugin's fault, `queue_wait` (most of the deadline went waiting for a
   * thread) or `thread_blocked` (other plugins' code held its thread); for `crashed`, `pool_crash` (a
   * bystander of a pool process crash) or `caused_crash` (this plugin was identified as the cause).
   * See docs/errors.md for what counts.
   */
  reason?: string;
}

/** Timing of one call (ms). */
export interface OutcomeTiming {
  /** queueMs + runMs: from the moment the call was handed to the pool until it settled. */
  durationMs: number;
  /** Waiting before its code started: for a free thread, or behind its own earlier calls. */
  queueMs: number;
  /** Running in the worker, from start to settlement (awaits included; an isolate built for it too). */
  runMs: number;
  /** CPU time the plugin's isolate spent on this call. */
  cpuMs: number;
}

export interface OkOutcome<T = unknown> extends OutcomeTiming {
  pluginId: string;
  status: 'ok';
  value: T;
}

export interface ErrorOutcome extends OutcomeTiming {
  pluginId: string;
  status: 'error';
  error: OutcomeError;
}

/** Timing of an outcome decided without running anything (refused, unavailable). */
export const NOT_RUN: Readonly<OutcomeTiming> = Object.freeze({ durationMs: 0, queueMs: 0, runMs: 0, cpuMs: 0 });

export type Outcome<T = unknown> = OkOutcome<T> | ErrorOutcome;
