import { isDeepStrictEqual } from 'node:util';
import type { Outcome } from '../outcome.ts';

/** Combines the partial results of one dispatch. `outcomes` are in the dispatch's stable order. */
export type MergeFunction<TOut = unknown, TMerged = unknown> = (
  values: TOut[],
  outcomes: ReadonlyArray<Outcome<TOut>>,
) => TMerged;

export type BuiltinMerge = 'collect' | 'first' | 'concat' | 'majority';

export interface MajorityResult<T> {
  /** The most common ok value (deep equality); ties go to the value seen first. Null with no ok values. */
  value: T | null;
  votes: number;
  total: number;
}

/** Every ok value, in result order. */
function collect<T>(values: T[]): T[] {
  return values;
}

/** The first ok value in result order, or null when every plugin failed. */
function first<T>(values: T[]): T | null {
  return values.length > 0 ? (values[0] as T) : null;
}

/** Ok values that are arrays are flattened one level; other values are appended as they are. */
function concat<T>(values: T[]): unknown[] {
  const merged: unknown[] = [];
  for (const value of values) {
    if (Array.isArray(value)) merged.push(...value);
    else merged.push(value);
  }
  return merged;
}

/** Vote by deep equality, so `{label:'x'}` from two plugins counts as the same answer. */
function majority<T>(values: T[]): MajorityResult<T> {
  const buckets: Array<{ value: T; votes: number }> = [];
  for (const value of values) {
    const bucket = buckets.find((b) => isDeepStrictEqual(b.value, value));
    if (bucket) bucket.votes += 1;
    else buckets.push({ value, votes: 1 });
  }
  let best: { value: T; votes: number } | undefined;
  for (const bucket of buckets) if (best === undefined || bucket.votes > best.votes) best = bucket;
  return { value: best ? best.value : null, votes: best ? best.votes : 0, total: values.length };
}

export const BUILTIN_MERGES: Record<BuiltinMerge, MergeFunction> = { collect, first, concat, majority };

export function resolveMerge(merge: BuiltinMerge | MergeFunction | undefined): MergeFunction {
  if (merge === undefined) return collect;
  return typeof merge === 'function' ? merge : BUILTIN_MERGES[merge];
}
