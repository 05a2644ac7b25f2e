/**
 * The Elasticsearch adapter. No Elasticsearch server can run here, so every body it writes is (1)
 * checked against a strict schema of the documented DSL, (2) executed by an in-memory interpreter of
 * that DSL over rows with missing fields, mixed case and wildcard metacharacters, and compared with the
 * dialect's reference evaluator, and (3) compared with hand-written bodies for the main constructs.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import * as odata from '../../plugins/shared/odata/index.js';
import { METRIC, SAMPLE_ROWS } from '../engines/metrics-rows.ts';
import { searchBodySchema } from './elasticsearch-dsl-schema.ts';
import { search } from './elasticsearch-dsl-eval.ts';
import { filterText } from './odata-arbitraries.ts';
import { expectInvalidInput, fakeCtx, loadPlugin, pluginPath, readManifest } from './helpers.ts';

const plugin = await loadPlugin('elasticsearch-adapter');
const config = readManifest('elasticsearch-adapter').config;
const translate = (query: unknown, extra: Record<string, unknown> = {}) => plugin['translate-query']!({ query }, fakeCtx('elasticsearch-adapter', { ...config, ...extra }));
const fieldTypes: Record<string, odata.FieldType> = { job: 'string', path: 'string', status: 'string', instance: 'string', metric: 'string', value: 'number', timestamp: 'datetime' };
const fieldType = (name: string) => fieldTypes[name];
const docs = SAMPLE_ROWS as unknown as odata.Row[];

function run(query: Record<string, unknown>) {
  const { body } = translate(query);
  const parsed = searchBodySchema.safeParse(body);
  if (!parsed.success) throw new Error(`${JSON.stringify(query)} wrote a body outside the DSL: ${parsed.error.message}\n${JSON.stringify(body)}`);
  return search(body, docs);
}

const expected = (query: Record<string, unknown>) => odata.applyQuery(docs, odata.normalizeQuery(query), { fieldType }).value;
const ids = (rows: odata.Row[]) => rows.map((r) => r.instance).sort();

describe('elasticsearch-adapter bodies, executed by the DSL interpreter', () => {
  it('keep exactly the documents OData keeps, for generated filters (missing fields, case, * ? \\)', () => {
    fc.assert(
      fc.property(filterText(), (filter) => {
        const query = { metric: METRIC, filter };
        expect(ids(run(query)), filter).toEqual(ids(expected(query)));
      }),
      { numRuns: 400 },
    );
  });

  it.each([["job ne 'api'"], ["not contains(path, 'a')"], ["contains(job, 'a*b') or endswith(job, '\\y')"], ["tolower(job) in ('api', 'web')"], ['not (value gt 2.5)'], ['status eq 500']])('%s', (filter) => {
    expect(ids(run({ metric: METRIC, filter }))).toEqual(ids(expected({ metric: METRIC, filter })));
  });

  it('sort with missing values first ascending / last descending, from/size and _source', () => {
    const query = { metric: METRIC, orderby: 'job asc, instance asc', skip: 3, top: 7, select: 'instance,job' };
    const fill = (rows: odata.Row[]) => rows.map((r) => ({ instance: r.instance, job: r.job ?? null }));
    expect(fill(run(query))).toEqual(expected(query));
    const down = { metric: METRIC, orderby: 'status desc, instance asc', top: 50 };
    expect(run(down).map((r) => r.instance)).toEqual(expected(down).map((r) => r.instance));
  });
});

describe('elasticsearch-adapter bodies (golden)', () => {
  it.each([
    [{ filter: "job eq 'api'" }, { bool: { filter: [{ term: { job: { value: 'api' } } }] } }],
    [{ filter: "job ne 'api'" }, { bool: { filter: [{ bool: { must_not: [{ term: { job: { value: 'api' } } }] } }] } }],
    [{ filter: 'job eq null' }, { bool: { filter: [{ bool: { must_not: [{ exists: { field: 'job' } }] } }] } }],
    [{ filter: "job eq 'a' or job eq 'b'" }, { bool: { filter: [{ bool: { should: [{ term: { job: { value: 'a' } } }, { term: { job: { value: 'b' } } }], minimum_should_match: 1 } }] } }],
    [{ filter: "job in ('a', 'b') and value ge 5" }, { bool: { filter: [{ bool: { filter: [{ terms: { job: ['a', 'b'] } }, { range: { value: { gte: 5 } } }] } }] } }],
    [{ filter: "not contains(path, 'x*')" }, { bool: { filter: [{ bool: { filter: [{ exists: { field: 'path' } }], must_not: [{ wildcard: { path: { value: '*x\\**' } } }] } }] } }],
    [{ filter: "startswith(tolower(path), '/api')" }, { bool: { filter: [{ prefix: { path: { value: '/api', case_insensitive: true } } }] } }],
    [{ filter: 'status eq 500' }, { bool: { filter: [{ term: { status: { value: '500' } } }] } }],
  ])('%j', (query, expectedQuery) => {
    expect(translate(query).body.query).toEqual(expectedQuery);
  });

  it('writes the whole body: metric, time range, $search, sort, paging, _source, track_total_hits', () => {
    const t = translate({ metric: 'http_requests', from: '2026-01-01T00:00:00Z', to: '2026-01-01T01:00:00Z', search: 'timeout error', top: 5, skip: 10, select: 'job,value', count: true });
    expect(t).toEqual({
      index: 'metrics-*',
      endpoint: '/metrics-*/_search',
      body: {
        query: {
          bool: {
            filter: [{ term: { metric: { value: 'http_requests' } } }, { range: { timestamp: { gte: '2026-01-01T00:00:00.000Z', lt: '2026-01-01T01:00:00.000Z', format: 'strict_date_optional_time' } } }],
            must: [{ multi_match: { query: 'timeout error', fields: ['message'] } }],
          },
        },
        sort: [{ value: { order: 'desc', missing: '_last' } }],
        size: 5,
        from: 10,
        _source: ['job', 'value'],
        track_total_hits: true,
      },
    });
    expect(searchBodySchema.safeParse(t.body).success).toBe(true);
  });

  it('groups with a composite aggregation that keeps the null group', () => {
    const t = translate({ apply: 'groupby((job, status), aggregate(value with average as mean))', top: 3 });
    expect(t.body).toEqual({
      query: { match_all: {} },
      size: 0,
      aggs: {
        groups: {
          composite: { size: 1000, sources: [{ job: { terms: { field: 'job', missing_bucket: true } } }, { status: { terms: { field: 'status', missing_bucket: true } } }] },
          aggs: { mean: { avg: { field: 'value' } } },
        },
      },
    });
    expect(t.resultOptions).toEqual(['$orderby', '$skip', '$top']);
    expect(searchBodySchema.safeParse(t.body).success).toBe(true);
  });

  it.each([
    [{ filter: "message eq 'x'" }, "operator 'eq' on the analysed text field 'message' is not supported"],
    [{ filter: "contains(message, 'x')" }, "contains() on the analysed text field 'message'"],
    [{ filter: "nope eq 'x'" }, "input.query.filter: unknown field 'nope'"],
    [{ filter: "tolower(job) gt 'a'" }, "tolower() with operator 'gt' is not supported"],
    [{ time: '2026-01-01T00:00:00Z' }, 'input.query.time: an instant query ($time) is not supported'],
    [{ top: 5000 }, 'input.query.top: at most 1000 hits'],
    [{ skip: 9500, top: 1000 }, "from + size may not exceed 10000 (Elasticsearch's index.max_result_window)"],
    [{ orderby: 'message' }, "sorting by the analysed text field 'message'"],
    [{ apply: 'groupby((job), aggregate(job with sum as s))' }, "sum needs a number field; 'job' is keyword"],
  ])('refuses %j', (query, fragment) => {
    expectInvalidInput(() => translate(query), fragment);
  });

  it('refuses $search when no text field is configured', () => {
    expectInvalidInput(() => translate({ search: 'x' }, { searchFields: [] }), 'input.query.search: $search is not supported by the Elasticsearch adapter; configure searchFields');
  });
});

describe('elasticsearch-adapter translate-result', () => {
  const result = (input: unknown) => plugin['translate-result']!(input, fakeCtx('elasticsearch-adapter', config));

  it('hits → rows, with the tracked total as @odata.count', () => {
    const response = { hits: { total: { value: 42, relation: 'eq' }, hits: [{ _id: '1', _source: { job: 'api', value: 1 } }] } };
    expect(result({ response, query: { top: 1, count: true } })).toEqual({ '@odata.context': '$metadata#Metrics', '@odata.count': 42, value: [{ job: 'api', value: 1 }] });
  });

  it('composite buckets → one row per group, paged and ordered as the query asks', () => {
    const buckets = [
      { key: { job: null }, doc_count: 2, total: { value: 5 } },
      { key: { job: 'api' }, doc_count: 3, total: { value: 9 } },
      { key: { job: 'web' }, doc_count: 1, total: { value: 1 } },
    ];
    const response = { hits: { total: { value: 6, relation: 'eq' }, hits: [] }, aggregations: { groups: { buckets } } };
    expect(result({ response, query: { apply: 'groupby((job), aggregate(value with sum as total))', top: 2 } }).value).toEqual([
      { job: 'api', total: 9 },
      { job: null, total: 5 },
    ]);
  });

  it('an error response is an error naming its type and reason; a malformed one names the path', () => {
    expect(() => result({ response: { error: { type: 'index_not_found_exception', reason: 'no such index [m]' } } })).toThrow('Elasticsearch search failed (index_not_found_exception): no such index [m]');
    expectInvalidInput(() => result({ response: { hits: { hits: [{ _id: 1 }] } } }), 'input.response.hits.hits[0]._source: expected an object');
  });
});

describe('elasticsearch-adapter through the engine', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ plugins: [pluginPath('elasticsearch-adapter', '')], poolSize: 1 });
  });
  afterAll(async () => engine?.close());

  it('translates in a real isolate and reports invalid_input naming the construct', async () => {
    const ok = await engine.invoke('elasticsearch-adapter', 'translate-query', { query: "$metric=up&$filter=job+ne+'api'&$top=3" });
    expect(ok.status === 'ok' && searchBodySchema.safeParse((ok.value as { body: unknown }).body).success).toBe(true);
    const bad = await engine.invoke('elasticsearch-adapter', 'translate-query', { query: "$filter=message eq 'x'" });
    expect(bad.status === 'error' && bad.error).toMatchObject({ type: 'invalid_input', message: expect.stringContaining("analysed text field 'message'") });
  });
});
