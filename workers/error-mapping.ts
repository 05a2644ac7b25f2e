/**
 * Deterministic mapping from what happened in an isolate to the closed set of outcome types.
 * isolated-vm errors are converted here, at the boundary; host stack frames never leave the worker.
 */
import type { OutcomeError } from '../src/outcome.ts';

/** What the plugin threw, as the bootstrap described it. */
export interface ThrownDescription {
  name: string;
  message: string;
  /** Where an Error was created (raw isolate frames, untrusted; see plugin-stack.ts). */
  frames?: unknown;
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

/** A plugin-thrown value becomes an outcome error; a few well-known names carry a specific type. */
export function mapThrown(thrown: ThrownDescription): OutcomeError {
  const { name } = thrown;
  const message = explainMissingGlobal(name, thrown.message);
  if (Object.hasOwn(THROWN_NAME_TYPES, name)) return { type: THROWN_NAME_TYPES[name as keyof typeof THROWN_NAME_TYPES], name, message };
  // A large ArrayBuffer allocation fails with a catchable RangeError instead of tripping the heap limit.
  if (name === 'RangeError' && /Array buffer allocation failed|Invalid typed array length|Invalid array buffer length/.test(message)) {
    return { type: 'memory_limit', name, message: `allocation outside the heap failed: ${message}` };
  }
  return { type: 'error', name, message };
}

/**
 * An exception from applySync/evalSync itself (not from plugin code settling normally): a timeout,
 * the isolate being disposed because of its memory limit, or an uncaught error thrown while the
 * bootstrap reported a result.
 */
export function mapRunFailure(error: unknown, isolateDisposed: boolean, timeoutMs: number): OutcomeError {
  const message = error instanceof Error ? error.message : String(error);
  if (isolateDisposed) {
    return { type: 'memory_limit', message: 'the plugin exceeded its heap limit; its isolate was disposed and will be rebuilt' };
  }
  if (/Script execution timed out/i.test(message)) {
    return { type: 'timeout', message: `the plugin ran past its ${timeoutMs} ms deadline; its isolate will be rebuilt` };
  }
  return { type: 'crashed', message: `the isolate failed: ${message.split('\n')[0]}` };
}
