/**
 * Deterministic mapping from what happened in an isolate to the closed set of outcome types.
 * isolated-vm errors are converted here, at the boundary; host stack frames never leave the worker.
 *
 * A type is never read from text the plugin controls: `timeout` means the host saw the deadline pass,
 * `memory_limit` that the isolate was disposed for its heap limit or that the sandbox itself refused an
 * allocation (the bootstrap's `memory` flag), `crashed` that isolated-vm failed. A plugin throwing
 * `RangeError('Array buffer allocation failed')` or an Error named TimeoutError is `error`. The only
 * types a plugin chooses are the three corral/sdk documents, by the name of what it throws.
 */
import type { OutcomeError } from '../src/outcome.ts';

/** What the plugin threw, as the bootstrap described it. */
export interface ThrownDescription {
  name: string;
  message: string;
  /** Where an Error was created (raw isolate frames, untrusted; see plugin-stack.ts). */
  frames?: unknown;
  /**
   * Set by the bootstrap, never by plugin code: the thrown value is a RangeError the sandbox saw an
   * allocation raise (isolated-vm's allocator refused it) or the sandbox's own refusal of one.
   */
  memory?: unknown;
}

/**
 * Globals plugins reach for that the sandbox does not have: V8's bare "X is not defined" becomes a
 * pointer to what to use instead. `typeof fetch` stays 'undefined', so feature detection still works.
 */
const MISSING_GLOBALS: Record<string, string> = {
  fetch: 'there is no global fetch in the sandbox: use ctx.fetch(url, init), with "network" in plugin.json\'s permissions and the host in allowedHosts',
  XMLHttpRequest: 'there is no XMLHttpRequest in the sandbox: use ctx.fetch(url, init), with "network" in plugin.json\'s permissions and the host in allowedHosts',
  require: 'there is no require in the sandbox: import packages and bundle them into one module with `corral build`',
  process: 'there is no process in the sandbox: read settings from ctx.config',
  Buffer: 'there is no Buffer in the sandbox: use Uint8Array, TextEncoder/TextDecoder and atob/btoa',
  setImmediate: 'there is no setImmediate in the sandbox: use setTimeout(fn, 0) or queueMicrotask(fn)',
};

/** `fetch(...)` is a ReferenceError; `globalThis.fetch(...)` (or self., window.) a TypeError. */
function explainMissingGlobal(name: string, message: string): string {
  const missing =
    name === 'ReferenceError'
      ? /^(\w+) is not defined$/.exec(message)?.[1]
      : name === 'TypeError'
        ? /^(?:(?:globalThis|self|window)\.)(\w+) is not a function$/.exec(message)?.[1]
        : undefined;
  const hint = missing === undefined || !Object.hasOwn(MISSING_GLOBALS, missing) ? undefined : MISSING_GLOBALS[missing];
  return hint === undefined ? message : `${message}: ${hint}`;
}

/** The `name`s a plugin throws (corral/sdk's error classes) to choose the outcome type. */
export const THROWN_NAME_TYPES = {
  InvalidInputError: 'invalid_input',
  PermissionDeniedError: 'permission_denied',
  QuotaExceededError: 'quota_exceeded',
} as const satisfies Record<string, OutcomeError['type']>;

/** A plugin-thrown value becomes an outcome error; corral/sdk's error names carry a specific type. */
export function mapThrown(thrown: ThrownDescription): OutcomeError {
  const { name } = thrown;
  const message = explainMissingGlobal(name, thrown.message);
  // A large ArrayBuffer allocation fails with a catchable RangeError instead of tripping the heap
  // limit: memory_limit, but only when the sandbox saw the allocation fail (the message proves nothing).
  if (thrown.memory === true) return { type: 'memory_limit', name, message: `allocation outside the heap failed: ${message}` };
  if (Object.hasOwn(THROWN_NAME_TYPES, name)) return { type: THROWN_NAME_TYPES[name as keyof typeof THROWN_NAME_TYPES], name, message };
  return { type: 'error', name, message };
}

/** What the host itself saw when a synchronous run into the isolate threw. */
export interface RunObservation {
  /** The isolate is disposed: isolated-vm disposes it when the heap limit is hit. */
  disposed: boolean;
  /** The run's deadline had passed when it threw, so isolated-vm's timeout stopped it. */
  deadlinePassed: boolean;
}

/** Slack for the clocks when deciding that a run that threw had reached its deadline (ms). */
export const DEADLINE_SLACK_MS = 2;

/**
 * An exception from applySync/evalSync itself (not from plugin code settling normally): the isolate
 * disposed for its memory limit, the run stopped at its deadline, or isolated-vm failed. Decided by
 * what the host observed, never by the exception's message, which plugin code may have written.
 */
export function mapRunFailure(error: unknown, observed: RunObservation, timeoutMs: number): OutcomeError {
  if (observed.disposed) {
    return { type: 'memory_limit', message: 'the plugin exceeded its heap limit; its isolate was disposed and will be rebuilt' };
  }
  if (observed.deadlinePassed) {
    return { type: 'timeout', message: `the plugin ran past its ${timeoutMs} ms deadline; its isolate will be rebuilt` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { type: 'crashed', message: `the isolate failed: ${message.split('\n')[0]}` };
}
