/**
 * fast-check generators for the shared OData dialect: filters as the text a caller writes, over a
 * small row model with NULLs, mixed case and the metacharacters of every backend (regex, LIKE, GLOB,
 * wildcard). Property tests render these through adapters and compare with the reference evaluator.
 */
import fc from 'fast-check';

export const STRING_FIELDS = ['job', 'path', 'status'] as const;
/** Values rows hold and literals use: overlapping sets, so comparisons are sometimes true. */
export const STRING_VALUES = ['api', 'API', 'Api', 'web', 'a.b', 'a%b', 'a_b', 'a*b', "o'k", '/v1/x', '500', 'b[1]', 'x\\y'] as const;
export const NUMBER_VALUES = [0, 1, 2.5, 5, 10, 500] as const;

export interface Row {
  job: string | null;
  path: string | null;
  status: string | null;
  value: number;
}

export const FIELD_TYPES: Record<string, 'string' | 'number'> = { job: 'string', path: 'string', status: 'string', value: 'number' };
export const fieldType = (name: string) => FIELD_TYPES[name];

function quote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const stringField = fc.constantFrom(...STRING_FIELDS);
const stringLiteral = fc.constantFrom(...STRING_VALUES);
const target = fc.oneof(
  { weight: 4, arbitrary: stringField },
  { weight: 1, arbitrary: stringField.map((f) => `tolower(${f})`) },
);
const substring = fc.constantFrom('a', 'A', 'p', '.', '%', '_', '*', "'", '/v1', '[', '\\', '');

const leaf: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(target, fc.constantFrom('eq', 'ne'), stringLiteral).map(([f, op, v]) => `${f} ${op} ${quote(f.startsWith('tolower') ? v.toLowerCase() : v)}`),
  fc.tuple(stringField, fc.constantFrom('eq', 'ne')).map(([f, op]) => `${f} ${op} null`),
  fc.tuple(fc.constantFrom('gt', 'ge', 'lt', 'le', 'eq', 'ne'), fc.constantFrom(...NUMBER_VALUES)).map(([op, n]) => `value ${op} ${n}`),
  fc.tuple(fc.constantFrom('contains', 'startswith', 'endswith'), target, substring).map(([fn, f, v]) => `${fn}(${f}, ${quote(f.startsWith('tolower') ? v.toLowerCase() : v)})`),
  fc.tuple(target, fc.uniqueArray(stringLiteral, { minLength: 1, maxLength: 3 })).map(([f, vs]) => `${f} in (${vs.map((v) => quote(f.startsWith('tolower') ? v.toLowerCase() : v)).join(', ')})`),
  fc.constantFrom(...NUMBER_VALUES).map((n) => `status eq ${n}`),
);

/** A filter of and/or/not over the leaves above, kept under the parser's nesting and size limits. */
export function filterText(): fc.Arbitrary<string> {
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(tie('node'), fc.constantFrom('and', 'or'), tie('node')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
      tie('node').map((a) => `not (${a})`),
    ),
  }));
  return node.filter((text) => (text.match(/\(/g)?.length ?? 0) < 50);
}

export const rowArbitrary: fc.Arbitrary<Row> = fc.record({
  job: fc.option(stringLiteral, { nil: null }),
  path: fc.option(stringLiteral, { nil: null }),
  status: fc.option(stringLiteral, { nil: null }),
  value: fc.constantFrom(...NUMBER_VALUES),
});

/** A fixed dataset covering every literal in every string field, with NULLs: 40 rows. */
export function fixedRows(): Row[] {
  const rows: Row[] = [];
  STRING_VALUES.forEach((v, i) => {
    rows.push({ job: v, path: STRING_VALUES[(i + 3) % STRING_VALUES.length]!, status: i % 4 === 0 ? null : STRING_VALUES[(i + 7) % STRING_VALUES.length]!, value: NUMBER_VALUES[i % NUMBER_VALUES.length]! });
    rows.push({ job: i % 3 === 0 ? null : STRING_VALUES[(i + 5) % STRING_VALUES.length]!, path: i % 2 === 0 ? null : v, status: v, value: NUMBER_VALUES[(i + 2) % NUMBER_VALUES.length]! });
  });
  rows.push({ job: null, path: null, status: null, value: 1 }, { job: 'api', path: null, status: '500', value: 500 });
  return rows;
}
