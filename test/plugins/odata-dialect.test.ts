/**
 * The shared OData dialect itself (plugins/shared/odata): what a query means, decided once for every
 * adapter. The expected rows below are written from the OData 4.01 rules (comparisons two-valued,
 * string functions of null unknown, Kleene and/or/not), not from the code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as odata from '../../plugins/shared/odata/index.js';
import { fieldType, filterText, fixedRows, type Row } from './odata-arbitraries.ts';
import { expectInvalidInput } from './helpers.ts';

const A = { id: 'A', job: 'api', path: null, status: '500', value: 5 };
const B = { id: 'B', job: null, path: '/x', status: null, value: 10 };
const C = { id: 'C', job: 'Web', path: '/api/x', status: '200', value: 1 };

function kept(filter: string, rows: Array<Record<string, unknown>> = [A, B, C]): string[] {
  const q = odata.normalizeQuery({ filter });
  return rows.filter((row) => odata.evaluateFilter(q.filter!, row, { fieldType }) === true).map((row) => row.id as string);
}

describe('OData null and case semantics (reference evaluator)', () => {
  it.each([
    ["job ne 'api'", ['B', 'C']], // null ne 'api' is true
    ["not (job eq 'api')", ['B', 'C']],
    ['not (value gt 5)', ['A', 'C']],
    ["contains(path, 'x')", ['B', 'C']],
    ["not contains(path, 'x')", []], // contains(null, ...) is null, and so is its negation
    ["not contains(path, 'api')", ['B']],
    ["not (contains(path, 'api') or job eq 'api')", ['B']],
    ["contains(path, 'q') or job eq 'api'", ['A']], // null or true is true
    ['job eq null', ['B']],
    ['job ne null', ['A', 'C']],
    ["job in ('api', 'Web')", ['A', 'C']],
    ["not (job in ('api'))", ['B', 'C']],
    ["tolower(job) eq 'web'", ['C']],
    ["tolower(job) eq 'Web'", []], // a lower-cased value never has an upper-case letter
    ["tolower(job) ne 'Web'", ['A', 'B', 'C']],
    ["toupper(job) in ('API', 'WEB')", ['A', 'C']],
    ['status eq 500', ['A']], // a number against a string field is its decimal text
    ["value gt 2 and not (status eq '200')", ['A', 'B']],
    ['value lt null', []],
    ['not (value lt null)', ['A', 'B', 'C']],
  ])('%s keeps %j', (filter, ids) => {
    expect(kept(filter)).toEqual(ids);
  });

  it('refuses a string compared with a number field, naming the field and its type', () => {
    expectInvalidInput(() => kept("value eq '5'"), "'value' is a number field; the string '5' cannot be compared with it");
    expectInvalidInput(() => kept("contains(value, '5')"), "contains() applies to string fields; 'value' is a number field");
  });
});

/** The leaf rules of normal-form.js, applied literally: what every adapter renders. */
function leafTrue(node: any, row: Row): boolean {
  if (node.type === 'const') return node.value;
  if (node.type === 'and') return node.operands.every((n: unknown) => leafTrue(n, row));
  if (node.type === 'or') return node.operands.some((n: unknown) => leafTrue(n, row));
  const raw = (row as unknown as Record<string, unknown>)[node.field] ?? null;
  const v = raw === null || node.transform === null ? raw : node.transform === 'tolower' ? String(raw).toLowerCase() : String(raw).toUpperCase();
  switch (node.type) {
    case 'compare': {
      if (node.op === 'eq') return node.value === null ? v === null : v === node.value;
      if (node.op === 'ne') return node.value === null ? v !== null : v !== node.value;
      const holds = v !== null && (node.op === 'gt' ? v > node.value : node.op === 'ge' ? v >= node.value : node.op === 'lt' ? v < node.value : v <= node.value);
      return node.negated ? !holds : holds;
    }
    case 'function': {
      if (typeof v !== 'string') return false;
      const match = node.name === 'contains' ? v.includes(node.value) : node.name === 'startswith' ? v.startsWith(node.value) : v.endsWith(node.value);
      return node.negated ? !match : match;
    }
    case 'in': {
      const holds = v !== null && node.values.includes(v);
      return node.negated ? !holds : holds;
    }
    default:
      throw new Error(`unknown node ${node.type}`);
  }
}

describe('negation normal form (what adapters render)', () => {
  const rows = fixedRows();

  it('keeps exactly the rows the reference evaluator keeps, for generated filters', () => {
    fc.assert(
      fc.property(filterText(), (filter) => {
        const q = odata.normalizeQuery({ filter });
        const nnf = odata.toNormalForm(q.filter!, { where: 'filter', fieldType });
        for (const row of rows) {
          const expected = odata.evaluateFilter(q.filter!, row, { fieldType }) === true;
          if (leafTrue(nnf, row) !== expected) throw new Error(`${filter} on ${JSON.stringify(row)}: normal form ${!expected}, OData ${expected}`);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('folds a condition that can never hold, and flattens and/or', () => {
    const nnf = odata.toNormalForm(odata.parseFilter("tolower(job) eq 'API' or (job eq 'a' or (job eq 'b' and value gt 1))", 'f'), { where: 'f' });
    expect(nnf).toEqual({
      type: 'or',
      operands: [
        { type: 'compare', field: 'job', transform: null, op: 'eq', value: 'a' },
        { type: 'and', operands: [{ type: 'compare', field: 'job', transform: null, op: 'eq', value: 'b' }, { type: 'compare', field: 'value', transform: null, op: 'gt', value: 1, negated: false }] },
      ],
    });
    expect(odata.toNormalForm(odata.parseFilter("not (tolower(job) eq 'API')", 'f'), { where: 'f' })).toEqual(odata.TRUE);
  });
});

describe('query strings', () => {
  it('reads what URLSearchParams writes (+ for spaces, %XX escapes) as the object form', () => {
    const object = { metric: 'http_requests_total', filter: "job eq 'a+b c' and contains(path, '/v1?x=1&y')", top: 5, orderby: 'value desc' };
    const text = new URLSearchParams({ $metric: object.metric, $filter: object.filter, $top: '5', $orderby: object.orderby }).toString();
    expect(text).toContain('+');
    const fromText = odata.normalizeQuery(text);
    const fromObject = odata.normalizeQuery(object);
    for (const key of ['metric', 'filter', 'top', 'orderby'] as const) expect(fromText[key]).toEqual(fromObject[key]);
  });

  it('names a malformed escape instead of guessing', () => {
    expectInvalidInput(() => odata.normalizeQuery("$filter=job eq '100%'"), 'input.query.$filter: malformed percent-encoding at position 11', "write a literal '%' as %25");
  });
});

describe('$apply', () => {
  it.each([
    ['groupby((job, instance), aggregate(value with sum as total))', { op: 'sum', field: 'value', by: ['job', 'instance'], as: 'total' }],
    ['aggregate(value with average as mean)', { op: 'avg', field: 'value', by: [], as: 'mean' }],
    ['groupby((job),aggregate($count as n))', { op: 'count', field: null, by: ['job'], as: 'n' }],
    ['sum by (job)', { op: 'sum', field: 'value', by: ['job'], as: 'value' }],
    ['aggregate(max)', { op: 'max', field: 'value', by: [], as: 'value' }],
  ])('%s', (apply, expected) => {
    expect(odata.normalizeQuery({ apply }).aggregate).toEqual(expected);
  });

  it.each([
    ['groupby((job))', 'groupby without aggregate(...) (distinct groups) is not supported'],
    ['aggregate(value with median as m)', "unknown aggregation method 'median'"],
    ['group by job', 'expected "aggregate(value with sum as total)"'],
  ])('refuses %s', (apply, fragment) => {
    expectInvalidInput(() => odata.normalizeQuery({ apply }), 'input.query.apply:', fragment);
  });

  it('aggregates the reference way: nulls skipped, count of rows, one group per key', () => {
    const q = odata.normalizeQuery({ apply: 'groupby((job), aggregate(value with sum as total))', orderby: 'total desc' });
    expect(odata.applyQuery([A, B, C, { job: 'api', value: 2 }], q).value).toEqual([
      { job: null, total: 10 },
      { job: 'api', total: 7 },
      { job: 'Web', total: 1 },
    ]);
  });
});

describe('paging', () => {
  it('$top without $orderby is by value, descending; nulls sort first ascending', () => {
    expect(odata.applyQuery([A, B, C], odata.normalizeQuery({ top: 2 })).value.map((r: any) => r.id)).toEqual(['B', 'A']);
    expect(odata.applyQuery([A, B, C], odata.normalizeQuery({ orderby: 'job asc' })).value.map((r: any) => r.id)).toEqual(['B', 'C', 'A']);
    const page = odata.applyQuery([A, B, C], odata.normalizeQuery({ orderby: 'value', skip: 1, top: 1, select: 'job' }));
    expect(page).toEqual({ value: [{ job: 'api' }], total: 3 });
  });
});
