import { describe, expect, it } from 'vitest';
import { expectInvalidInput, fakeCtx, loadPlugin, readManifest } from './helpers.ts';

const plugin = await loadPlugin('sql-adapter');
const manifestConfig = readManifest('sql-adapter').config;
const translate = (query: unknown, ctx = fakeCtx('sql-adapter', manifestConfig)) => plugin['translate-query']!({ query }, ctx);
const LIMIT = manifestConfig.maxRows as number;

describe('sql-adapter manifest config', () => {
  it('allows the columns the tests rely on', () => {
    expect(manifestConfig.table).toBe('metrics');
    expect(Object.keys(manifestConfig.columns)).toEqual(expect.arrayContaining(['timestamp', 'metric', 'job', 'instance', 'method', 'status', 'path', 'value']));
    expect(manifestConfig.columns).toMatchObject({ status: 'string', value: 'number', timestamp: 'datetime' });
  });
});

describe('sql-adapter translate-query: $filter operators', () => {
  // Each row: $filter -> exact WHERE clause and params (the trailing LIMIT param is checked separately).
  it.each([
    ["job eq 'api'", '"job" = ?', ['api']],
    // OData: null ne 'api' is true, so rows without a job are kept (SQL's <> would drop them).
    ["job ne 'api'", '"job" IS NOT ?', ['api']],
    ['value gt 5', '"value" > ?', [5]],
    ['value lt 0.5', '"value" < ?', [0.5]],
    ['value ge 10', '"value" >= ?', [10]],
    ['value le -1e3', '"value" <= ?', [-1000]],
    // status is a string column: the number is sent as its text.
    ['status eq 500', '"status" = ?', ['500']],
    ["'api' eq job", '"job" = ?', ['api']],
    ['5 lt value', '"value" > ?', [5]],
    ['5 ge value', '"value" <= ?', [5]],
    ['job eq null', '"job" IS NULL', []],
    ['job ne null', '"job" IS NOT NULL', []],
    ['null eq job', '"job" IS NULL', []],
    // SQLite's LIKE ignores case; GLOB does not. Its metacharacters become one-character classes.
    ["contains(path, 'api')", '"path" GLOB ?', ['*api*']],
    ["startswith(path, '/v1/')", '"path" GLOB ?', ['/v1/*']],
    ["endswith(path, '.json')", '"path" GLOB ?', ['*.json']],
    ["contains(path, '50%_off*[?')", '"path" GLOB ?', ['*50%_off[*][[][?]*']],
    ["tolower(job) eq 'api'", 'LOWER("job") = ?', ['api']],
    ["toupper(job) ne 'API'", 'UPPER("job") IS NOT ?', ['API']],
    ["tolower(job) eq 'API'", '1 = 0', []],
    ["job in ('a', 'b')", '"job" IN (?, ?)', ['a', 'b']],
    ["not (job in ('a', 'b'))", '("job" IS NULL OR "job" NOT IN (?, ?))', ['a', 'b']],
    ["job eq 'a' and status eq '500'", '"job" = ? AND "status" = ?', ['a', '500']],
    ["job eq 'a' or job eq 'b'", '("job" = ? OR "job" = ?)', ['a', 'b']],
    ["job eq 'a' or job eq 'b' and status eq '500'", '("job" = ? OR "job" = ? AND "status" = ?)', ['a', 'b', '500']],
    ["(job eq 'a' or job eq 'b') and status eq '500'", '("job" = ? OR "job" = ?) AND "status" = ?', ['a', 'b', '500']],
    ["job eq 'a' and (status ne '500' or method eq 'GET')", '"job" = ? AND ("status" IS NOT ? OR "method" = ?)', ['a', '500', 'GET']],
    ["(job eq 'a' and value gt 1) or (job eq 'b' and value gt 2)", '("job" = ? AND "value" > ? OR "job" = ? AND "value" > ?)', ['a', 1, 'b', 2]],
    // not is pushed down to the conditions (De Morgan), each keeping OData's null rule.
    ["not job eq 'a'", '"job" IS NOT ?', ['a']],
    ["not (job eq 'a' or job eq 'b')", '"job" IS NOT ? AND "job" IS NOT ?', ['a', 'b']],
    ['not (value gt 5)', '("value" IS NULL OR NOT ("value" > ?))', [5]],
    // contains(null, ...) is unknown, and so is its negation: NOT GLOB is NULL on a NULL path.
    ["not contains(path, 'x') and value gt 0", '"path" NOT GLOB ? AND "value" > ?', ['*x*', 0]],
    ['value gt null', '1 = 0', []],
    ["job eq 'it''s'", '"job" = ?', ["it's"]],
    [`job eq 'x" OR 1=1 --'`, '"job" = ?', ['x" OR 1=1 --']],
  ])('%s  ->  %s', (filter, where, params) => {
    expect(translate({ filter })).toEqual({ dialect: 'sqlite', sql: `SELECT * FROM "metrics" WHERE ${where} LIMIT ?`, params: [...params, LIMIT] });
  });

  it.each([
    ['foo eq 1', "input.query.filter: unknown column 'foo' (allowed: timestamp, metric"],
    ["contains(secret, 'x')", "unknown column 'secret'"],
    ["job eq 'a' or bogus ne 2", "unknown column 'bogus'"],
    ['1 eq 1', 'each comparison needs a field on one side and a literal on the other (comparing two literals'],
    ['job eq instance', 'comparing two fields is not supported'],
    ["value eq '5'", "'value' is a number field; the string '5' cannot be compared with it"],
    ["contains(value, '5')", "contains() applies to string fields; 'value' is a number field"],
    ['job eq true', "'job' is a string field; the boolean true cannot be compared with it"],
  ])('rejects %s', (filter, fragment) => {
    expectInvalidInput(() => translate({ filter }), fragment);
  });
});

describe('sql-adapter translate-query: other query options', () => {
  it.each([
    [{ select: 'job, value' }, 'SELECT "job", "value" FROM "metrics" LIMIT ?', [LIMIT]],
    [{ select: ['instance'] }, 'SELECT "instance" FROM "metrics" LIMIT ?', [LIMIT]],
    [{ orderby: 'value desc, job' }, 'SELECT * FROM "metrics" ORDER BY "value" DESC NULLS LAST, "job" ASC NULLS FIRST LIMIT ?', [LIMIT]],
    [{ orderby: ['timestamp asc'] }, 'SELECT * FROM "metrics" ORDER BY "timestamp" ASC NULLS FIRST LIMIT ?', [LIMIT]],
    // $top alone means the top values, as PromQL's topk does, not an arbitrary LIMIT.
    [{ top: 10 }, 'SELECT * FROM "metrics" ORDER BY "value" DESC NULLS LAST LIMIT ?', [10]],
    [{ skip: 20 }, 'SELECT * FROM "metrics" LIMIT ? OFFSET ?', [LIMIT, 20]],
    [{ top: 10, skip: 0 }, 'SELECT * FROM "metrics" ORDER BY "value" DESC NULLS LAST LIMIT ? OFFSET ?', [10, 0]],
    [{ metric: 'http_requests_total' }, 'SELECT * FROM "metrics" WHERE "metric" = ? LIMIT ?', ['http_requests_total', LIMIT]],
    [
      { metric: 'up', filter: "job eq 'a' or job eq 'b'" },
      'SELECT * FROM "metrics" WHERE "metric" = ? AND ("job" = ? OR "job" = ?) LIMIT ?',
      ['up', 'a', 'b', LIMIT],
    ],
    [
      { from: '2026-01-01T00:00:00Z', to: '2026-01-01T03:00:00+01:00' },
      'SELECT * FROM "metrics" WHERE "timestamp" >= ? AND "timestamp" < ? LIMIT ?',
      ['2026-01-01T00:00:00.000Z', '2026-01-01T02:00:00.000Z', LIMIT],
    ],
    [
      { aggregate: { op: 'sum', by: ['job'] } },
      'SELECT "job", SUM("value") AS "value" FROM "metrics" GROUP BY "job" LIMIT ?',
      [LIMIT],
    ],
    [{ aggregate: { op: 'avg', by: 'job,instance' } }, 'SELECT "job", "instance", AVG("value") AS "value" FROM "metrics" GROUP BY "job", "instance" LIMIT ?', [LIMIT]],
    [{ aggregate: { op: 'min' } }, 'SELECT MIN("value") AS "value" FROM "metrics" LIMIT ?', [LIMIT]],
    [{ aggregate: { op: 'max' } }, 'SELECT MAX("value") AS "value" FROM "metrics" LIMIT ?', [LIMIT]],
    [{ aggregate: { op: 'count', by: ['status'] } }, 'SELECT "status", COUNT(*) AS "value" FROM "metrics" GROUP BY "status" LIMIT ?', [LIMIT]],
    [
      { aggregate: { op: 'sum', by: ['job'] }, orderby: 'value desc', top: 3 },
      'SELECT "job", SUM("value") AS "value" FROM "metrics" GROUP BY "job" ORDER BY "value" DESC NULLS LAST LIMIT ?',
      [3],
    ],
    [
      { apply: 'groupby((job), aggregate(value with average as mean))', top: 2 },
      'SELECT "job", AVG("value") AS "mean" FROM "metrics" GROUP BY "job" ORDER BY "mean" DESC NULLS LAST LIMIT ?',
      [2],
    ],
    [{ apply: 'aggregate($count as n)' }, 'SELECT COUNT(*) AS "n" FROM "metrics" LIMIT ?', [LIMIT]],
  ])('%j', (query, sql, params) => {
    expect(translate(query)).toEqual({ dialect: 'sqlite', sql, params });
  });

  it('translates the documented string example (the same input the prometheus-adapter takes)', () => {
    const ctx = fakeCtx('sql-adapter', manifestConfig);
    const query =
      "$metric=http_requests_total&$filter=job eq 'api' and (status ne '500' or method eq 'GET')&$top=5" +
      '&$apply=aggregate(sum by (job))&$from=2026-01-01T00:00:00Z&$to=2026-01-01T01:00:00Z&$step=60s&$orderby=value desc';
    expect(translate(query, ctx)).toEqual({
      sql:
        'SELECT "job", SUM("value") AS "value" FROM "metrics" WHERE "metric" = ? AND "timestamp" >= ? AND "timestamp" < ?' +
        ' AND "job" = ? AND ("status" IS NOT ? OR "method" = ?) GROUP BY "job" ORDER BY "value" DESC NULLS LAST LIMIT ?',
      params: ['http_requests_total', '2026-01-01T00:00:00.000Z', '2026-01-01T01:00:00.000Z', 'api', '500', 'GET', 5],
      dialect: 'sqlite',
      ignored: ['input.query.$step: SQL returns every stored row in the range'], // said, not silently dropped
    });
  });

  it('string and object forms agree', () => {
    expect(translate("$select=job,value&$filter=value ge 1&$orderby=job desc&$top=7&$skip=14")).toEqual(
      translate({ select: ['job', 'value'], filter: 'value ge 1', orderby: 'job desc', top: 7, skip: 14 }),
    );
  });

  it.each([
    [{ select: 'job, password' }, "input.query.select: unknown column 'password'"],
    [{ select: 'job; drop' }, "input.query.select: invalid name 'job; drop'"],
    [{ orderby: 'secret desc' }, "input.query.orderby: cannot order by 'secret'"],
    [{ orderby: 'value sideways' }, "input.query.orderby: invalid item 'value sideways'"],
    [{ aggregate: { op: 'sum', by: ['nope'] } }, "input.query.aggregate groupby: unknown column 'nope'"],
    [{ aggregate: { op: 'sum', by: ['job'] }, select: 'job' }, 'input.query.select: cannot be combined with input.query.aggregate'],
    [{ search: 'timeout' }, 'input.query.search: $search is not supported by the SQL adapter'],
    [{ aggregate: { op: 'sum', by: ['job'] }, orderby: 'instance' }, "cannot order by 'instance' (allowed: job, value)"],
    [{ top: 5000 }, 'input.query.top: at most 1000 rows may be requested'],
    [{ skip: -1 }, 'input.query.skip: expected an integer >= 0'],
    [{ time: '2026-01-01T00:00:00Z' }, 'input.query.time: an instant query ($time) is not supported by the SQL adapter'],
    [{ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'input.query.to: must be later than input.query.from'],
    [{ tabel: 'users' }, 'input.query.tabel: unknown option'],
  ])('rejects %j', (query, fragment) => {
    expectInvalidInput(() => translate(query), fragment);
  });

  it('rejects non-object input', () => {
    expectInvalidInput(() => plugin['translate-query']!(null, fakeCtx('sql-adapter', manifestConfig)), 'input: expected an object');
    expectInvalidInput(() => plugin['translate-query']!({}, fakeCtx('sql-adapter', manifestConfig)), 'input.query: required');
    expectInvalidInput(() => translate(['job']), 'input.query: expected an OData query string or an object');
  });

  it('fails loudly on a broken deployment config', () => {
    const run = (config: Record<string, unknown>) => () => translate({ filter: "job eq 'a'" }, fakeCtx('sql-adapter', config));
    expect(run({ columns: ['job'] })).toThrow(/config\.table/);
    expect(run({ table: 'metrics; drop table x', columns: ['job'] })).toThrow(/config\.table/);
    expect(run({ table: 'metrics', columns: [] })).toThrow(/config\.columns/);
    expect(run({ table: 'metrics', columns: ['job'], maxRows: 0 })).toThrow(/config\.maxRows/);
  });

  it('supports a schema-qualified table and renamed metric/time/value columns', () => {
    const config = { table: 'obs.samples', columns: ['ts', 'name', 'job', 'v'], metricColumn: 'name', timeColumn: 'ts', valueColumn: 'v', maxRows: 50 };
    expect(translate({ metric: 'up', from: 0, to: 60, aggregate: { op: 'max', by: ['job'] } }, fakeCtx('sql-adapter', config))).toEqual({
      dialect: 'sqlite',
      sql: 'SELECT "job", MAX("v") AS "v" FROM "obs"."samples" WHERE "name" = ? AND "ts" >= ? AND "ts" < ? GROUP BY "job" LIMIT ?',
      params: ['up', '1970-01-01T00:00:00.000Z', '1970-01-01T00:01:00.000Z', 50],
    });
  });
});

describe('sql-adapter: PostgreSQL dialect', () => {
  const pg = (query: unknown) => translate(query, fakeCtx('sql-adapter', { ...manifestConfig, dialect: 'postgres' }));

  it('numbers its placeholders, uses IS DISTINCT FROM, case-sensitive LIKE and "C" ordering of text', () => {
    expect(pg({ filter: "job ne 'a' and contains(path, '50%_x!') and status gt '4'", orderby: 'job', top: 3, skip: 1 })).toEqual({
      dialect: 'postgres',
      sql:
        `SELECT * FROM "metrics" WHERE "job" IS DISTINCT FROM $1 AND "path" LIKE $2 ESCAPE '!' AND "status" COLLATE "C" > $3` +
        ` ORDER BY "job" COLLATE "C" ASC NULLS FIRST LIMIT $4 OFFSET $5`,
      params: ['a', '%50!%!_x!!%', '4', 3, 1],
    });
  });

  it('$count adds a COUNT(*) of the same WHERE with its own parameters', () => {
    const t = pg({ filter: "job eq 'a'", apply: 'groupby((status), aggregate($count as n))', top: 5, count: true });
    expect(t.countSql).toBe('SELECT COUNT(*) AS "count" FROM (SELECT 1 AS one FROM "metrics" WHERE "job" = $1 GROUP BY "status") AS "groups"');
    expect(t.countParams).toEqual(['a']);
  });

  it('refuses an unknown dialect in the deployment config', () => {
    expect(() => translate({ top: 1 }, fakeCtx('sql-adapter', { ...manifestConfig, dialect: 'oracle' }))).toThrow(/config\.dialect: expected one of sqlite, postgres/);
  });
});

describe('sql-adapter translate-result', () => {
  const result = (input: unknown) => plugin['translate-result']!(input, fakeCtx('sql-adapter', manifestConfig));

  it('gives the OData result shape, @odata.count from countSql when given', () => {
    const rows = [{ job: 'a', value: 1 }, { job: null, value: 2 }];
    expect(result({ rows })).toEqual({ '@odata.context': '$metadata#Metrics', '@odata.count': 2, value: rows });
    expect(result({ rows, total: '17', context: '$metadata#Samples' })).toEqual({ '@odata.context': '$metadata#Samples', '@odata.count': 17, value: rows });
  });

  it.each([
    [{}, 'input.rows: expected an array of row objects'],
    [{ rows: [1] }, 'input.rows[0]: expected an object'],
    [{ rows: [], total: -1 }, 'input.total: expected the non-negative integer countSql returned'],
  ])('rejects %j', (input, fragment) => {
    expectInvalidInput(() => result(input), fragment);
  });
});
