export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  maxAttempts: number;
}

/** Exponential backoff: base, 2×base, 4×base … capped. `attempt` counts from 1. */
export function backoffDelay(policy: BackoffPolicy, attempt: number): number {
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
}
