import type { Outcome, OutcomeErrorType } from '../outcome.ts';

export interface DispatchStats {
  /** Plugins the capability fanned out to. */
  plugins: number;
  ok: number;
  failed: number;
  /** Failures by outcome error type. */
  errors: Partial<Record<OutcomeErrorType, number>>;
  durationMs: number;
}

export interface DispatchResult<TOut = unknown, TMerged = unknown> {
  capability: string;
  /** One outcome per plugin, ordered by priority then plugin id. */
  results: Outcome<TOut>[];
  merged: TMerged;
  stats: DispatchStats;
}

export function computeStats(results: readonly Outcome[], durationMs: number): DispatchStats {
  const errors: Partial<Record<OutcomeErrorType, number>> = {};
  let ok = 0;
  for (const outcome of results) {
    if (outcome.status === 'ok') ok += 1;
    else errors[outcome.error.type] = (errors[outcome.error.type] ?? 0) + 1;
  }
  return { plugins: results.length, ok, failed: results.length - ok, errors, durationMs: Math.round(durationMs * 1000) / 1000 };
}
