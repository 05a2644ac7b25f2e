import { describe, expect, it } from 'vitest';
import { BUILTIN_MERGES, type Outcome } from '../../src/index.ts';

const outcomes: Outcome[] = [];

describe('built-in merges', () => {
  it('collect keeps every ok value in order', () => {
    expect(BUILTIN_MERGES.collect([1, 2, 3], outcomes)).toEqual([1, 2, 3]);
  });
  it('first takes the first ok value or null', () => {
    expect(BUILTIN_MERGES.first(['a', 'b'], outcomes)).toBe('a');
    expect(BUILTIN_MERGES.first([], outcomes)).toBeNull();
  });
  it('concat flattens arrays one level and appends scalars', () => {
    expect(BUILTIN_MERGES.concat([[1, 2], 3, [[4]]], outcomes)).toEqual([1, 2, 3, [4]]);
  });
  it('majority counts deep-equal values and breaks ties by first seen', () => {
    expect(BUILTIN_MERGES.majority([{ a: 1 }, { a: 2 }, { a: 1 }], outcomes)).toEqual({ value: { a: 1 }, votes: 2, total: 3 });
    expect(BUILTIN_MERGES.majority(['x', 'y'], outcomes)).toEqual({ value: 'x', votes: 1, total: 2 });
    expect(BUILTIN_MERGES.majority([], outcomes)).toEqual({ value: null, votes: 0, total: 0 });
  });
});
