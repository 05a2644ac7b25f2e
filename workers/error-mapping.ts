/**
 * Deterministic mapping from what happened in an isolate to the closed set of outcome types.
 * isolated-vm errors are converted here, at the boundary; host stack frames never leave the worker.
 */
import type { OutcomeError } from '../src/outcome.ts';

/** What the plugin threw, as the bootstrap described it (strings only). */
export interface ThrownDescription {
  name: string;
  message: string;
}

/** A plugin-thrown value becomes an outcome error; a few well-known names carry a specific type. */
export function mapThrown(thrown: ThrownDescription): OutcomeError {
  const { name, message } = thrown;
  if (name === 'InvalidInputError') return { type: 'invalid_input', name, message };
  if (name === 'PermissionDeniedError') return { type: 'permission_denied', name, message };
  if (name === 'QuotaExceededError') return { type: 'quota_exceeded', name, message };
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
