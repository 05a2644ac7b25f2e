import { describe, expect, it } from 'vitest';
import { expectInvalidInput, fakeCtx, loadPlugin } from './helpers.ts';

const plugin = await loadPlugin('prometheus-adapter');
const translateQuery = (query: unknown) => plugin['translate-query']!({ query });
const promqlFor = (filter: string) => translateQuery({ metric: 'm', filter }).promql;

describe('prometheus-adapter translate-query: $filter operators', () => {
  // Each row: $filter -> exact PromQL for metric `m`.
  it.each([
    ["job eq 'api'", 'm{job="api"}'],
    ["job ne 'api'", 'm{job!="api"}'],
    ['status eq 500', 'm{status="500"}'],
    ['canary eq true', 'm{canary="true"}'],
    ['canary ne false', 'm{canary!="false"}'],
    ['job eq null', 'm{job=""}'],
    ['job ne null', 'm{job!=""}'],
    ["'api' eq job", 'm{job="api"}'],
    ["contains(path, '/api/v1')", 'm{path=~".*/api/v1.*"}'],
    ["startswith(instance, '10.0.')", String.raw`m{instance=~"10\\.0\\..*"}`],
    ["endswith(host, '.example.com')", String.raw`m{host=~".*\\.example\\.com"}`],
    ["contains(q, 'a+b(c)|d*[e]{2}^$?')", String.raw`m{q=~".*a\\+b\\(c\\)\\|d\\*\\[e\\]\\{2\\}\\^\\$\\?.*"}`],
    ['value gt 5', 'm > 5'],
    ['value lt 0.5', 'm < 0.5'],
    ['value ge 10', 'm >= 10'],
    ['value le 1e3', 'm <= 1000'],
    ['value eq 0', 'm == 0'],
    ['value ne -1', 'm != -1'],
    ['5 lt value', 'm > 5'],
    ['5 ge value', 'm <= 5'],
    ["job eq 'api' and value gt 5", 'm{job="api"} > 5'],
    ['value gt 1 and value lt 10', 'm > 1 < 10'],
    ["job eq 'api' and method eq 'GET'", 'm{job="api", method="GET"}'],
    // Alternatives on one label are one regex matcher, not one selector each.
    ["job eq 'api' or job eq 'web'", 'm{job=~"api|web"}'],
    ["(job eq 'a' or job eq 'b') and (instance eq 'x' or instance eq 'y')", 'm{job=~"a|b", instance=~"x|y"}'],
    ["job in ('a.b', 'c') or startswith(job, 'd') or job eq null", String.raw`m{job=~"a\\.b|c|d.*|"}`],
    ["tolower(job) eq 'api' or tolower(job) eq 'web'", 'm{job=~"(?i)api|web"}'],
    ["tolower(job) eq 'API'", 'm{__name__!~".*"}'],
    ["not (job in ('a', 'b'))", 'm{job!~"a|b"}'],
    ["job eq 'api' and (status ne '500' or method eq 'GET')", 'm{job="api", status!="500"} or m{job="api", method="GET"}'],
    ["(a eq '1' or b eq '2') and (c eq '3' or d eq '4')", 'm{a="1", c="3"} or m{a="1", d="4"} or m{b="2", c="3"} or m{b="2", d="4"}'],
    ["job eq 'a' or job eq 'b' and value gt 1", 'm{job="a"} or m{job="b"} > 1'],
    ["not job eq 'api'", 'm{job!="api"}'],
    ["not not job eq 'api'", 'm{job="api"}'],
    ["not (job eq 'api' or job eq 'web')", 'm{job!="api", job!="web"}'],
    ["not (job eq 'api' and value gt 5)", 'm{job!="api"} or m <= 5'],
    // contains(null, ...) is unknown and so is its negation: series without the label are not kept.
    ["not contains(path, 'health')", 'm{path!~".*health.*", path!=""}'],
    ["not (startswith(path, '/a') or endswith(path, '.js'))", String.raw`m{path!~"/a.*", path!="", path!~".*\\.js"}`],
    ["contains(path, '')", 'm{path!=""}'],
    ['value eq null', 'm{__name__!~".*"}'],
    ['not (value gt 5)', 'm <= 5'],
    ["job eq 'a' or job eq 'a'", 'm{job="a"}'],
    ["job eq 'a' and job eq 'a'", 'm{job="a"}'],
    ["job eq 'it''s'", `m{job="it's"}`],
    [`job eq 'say "hi"'`, String.raw`m{job="say \"hi\""}`],
    [String.raw`path eq 'C:\dir'`, String.raw`m{path="C:\\dir"}`],
    ["msg eq 'line1\nline2'", String.raw`m{msg="line1\nline2"}`],
    ["__name__ eq 'm'", 'm{__name__="m"}'],
  ])('%s  ->  %s', (filter, promql) => {
    expect(promqlFor(filter)).toBe(promql);
  });

  it('rejects filters PromQL cannot express, naming the construct', () => {
    expectInvalidInput(() => promqlFor("status gt '500'"), "operator 'gt' on label 'status' is not supported by the Prometheus adapter");
    expectInvalidInput(() => promqlFor("not job ne 'x' and status le 3"), "operator 'le' on label 'status'");
    expectInvalidInput(() => promqlFor("value gt '5'"), "'value' is a number field; the string '5' cannot be compared with it");
    expectInvalidInput(() => promqlFor("contains(value, '5')"), "contains() applies to string fields; 'value' is a number field");
    expectInvalidInput(() => promqlFor("value in (1, 2)"), "'in' on 'value' is not supported");
    expectInvalidInput(() => promqlFor('job eq instance'), 'comparing two fields is not supported');
    expectInvalidInput(() => promqlFor('1 eq 1'), 'comparing two literals is not supported');
    expectInvalidInput(() => promqlFor("timestamp gt '2026-01-01T00:00:00Z'"), "a condition on 'timestamp' is not supported");
  });

  it('caps the disjunctive-normal-form expansion', () => {
    const filter = Array.from({ length: 6 }, (_, i) => `(a${i} eq '1' or b${i} eq '2')`).join(' and ');
    expectInvalidInput(() => promqlFor(filter), 'more than 32 alternative selectors');
  });
});

describe('prometheus-adapter translate-query: aggregation, topk and time range', () => {
  it.each([
    [{ aggregate: { op: 'sum', by: ['job'] } }, 'sum by (job) (m)'],
    [{ aggregate: { op: 'avg' } }, 'avg(m)'],
    [{ aggregate: { op: 'min', by: 'job, instance' } }, 'min by (job, instance) (m)'],
    [{ aggregate: { op: 'max', by: ['instance'] } }, 'max by (instance) (m)'],
    [{ aggregate: { op: 'count' } }, 'count(m)'],
    [{ aggregate: 'aggregate(sum by (job))' }, 'sum by (job) (m)'],
    [{ top: 5 }, 'topk(5, m)'],
    [{ top: 3, aggregate: { op: 'sum', by: ['job'] }, filter: "a eq '1' or b eq '2'" }, 'topk(3, sum by (job) (m{a="1"} or m{b="2"}))'],
  ])('%j -> %s', (options, promql) => {
    expect(translateQuery({ metric: 'm', ...options }).promql).toBe(promql);
  });

  it('builds a range query from $from/$to/$step', () => {
    expect(translateQuery({ metric: 'up', from: '2026-01-01T00:00:00Z', to: '2026-01-01T03:00:00+01:00', step: '1m30s' })).toEqual({
      promql: 'up',
      params: { query: 'up', start: '2026-01-01T00:00:00.000Z', end: '2026-01-01T02:00:00.000Z', step: '1m30s' },
      range: { start: '2026-01-01T00:00:00.000Z', end: '2026-01-01T02:00:00.000Z', step: '1m30s' },
      time: null,
      endpoint: '/api/v1/query_range',
    });
  });

  it('accepts unix seconds and numeric steps, and picks a default step of about 250 points', () => {
    expect(translateQuery({ metric: 'up', from: 1767225600, to: '1767229200', step: 30 }).range).toEqual({
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-01-01T01:00:00.000Z',
      step: '30s',
    });
    expect(translateQuery({ metric: 'up', from: '2026-01-01T00:00:00Z', to: '2026-01-01T01:00:00Z' }).range!.step).toBe('15s');
  });

  it('builds an instant query for $time, $to alone, or no time at all', () => {
    expect(translateQuery({ metric: 'up', time: '2026-01-01T00:00:00Z' })).toEqual({
      promql: 'up', params: { query: 'up', time: '2026-01-01T00:00:00.000Z' }, range: null, time: '2026-01-01T00:00:00.000Z', endpoint: '/api/v1/query',
    });
    expect(translateQuery({ metric: 'up', to: '2026-01-01T00:00:00Z' }).time).toBe('2026-01-01T00:00:00.000Z');
    expect(translateQuery({ metric: 'up' })).toEqual({ promql: 'up', params: { query: 'up' }, range: null, time: null, endpoint: '/api/v1/query' });
  });

  it.each([
    [{ step: '60s' }, 'input.query.from: required when input.query.step is set'],
    [{ from: '2026-01-01T00:00:00Z' }, 'input.query.to: required when input.query.from is set'],
    [{ from: '2026-01-01T01:00:00Z', to: '2026-01-01T00:00:00Z' }, 'input.query.to: must be later than input.query.from'],
    [{ from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z', step: '1s' }, 'more than 11000 points'],
    [{ from: 'yesterday', to: '2026-01-01T00:00:00Z' }, 'input.query.from: expected an RFC 3339 timestamp'],
    [{ from: '2026-01-01T00:00:00', to: '2026-01-02T00:00:00Z' }, 'with a UTC offset'],
    [{ from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z', step: 'fast' }, 'input.query.step: expected a positive duration'],
    [{ from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z', step: 0 }, 'input.query.step: expected a positive duration'],
    [{ time: '2026-01-01T00:00:00Z', from: '2025-12-31T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'cannot be combined with a range'],
  ])('rejects timing %j', (options, fragment) => {
    expectInvalidInput(() => translateQuery({ metric: 'up', ...options }), fragment);
  });
});

describe('prometheus-adapter translate-query: string form', () => {
  const example =
    "$metric=http_requests_total&$filter=job eq 'api' and (status ne '500' or method eq 'GET')&$top=5" +
    '&$apply=aggregate(sum by (job))&$from=2026-01-01T00:00:00Z&$to=2026-01-01T01:00:00Z&$step=60s';
  // A counter (by its _total suffix): summed after rate() over max(step + scrape, 4 x scrape) = 75s,
  // and $top on a range query ranks the series once over the whole hour.
  const series = 'sum by (job) (rate(http_requests_total{job="api", status!="500"}[75s]) or rate(http_requests_total{job="api", method="GET"}[75s]))';
  const promql = `${series} and topk(5, avg_over_time((${series})[3600s:60s] @ end()))`;
  const expected = {
    promql,
    params: { query: promql, start: '2026-01-01T00:00:00.000Z', end: '2026-01-01T01:00:00.000Z', step: '60s' },
    range: { start: '2026-01-01T00:00:00.000Z', end: '2026-01-01T01:00:00.000Z', step: '60s' },
    time: null,
    endpoint: '/api/v1/query_range',
    counter: { function: 'rate', window: '75s' },
  };

  it('translates the documented example', () => {
    expect(translateQuery(example)).toEqual(expected);
  });

  it('gives the same result as the equivalent object form', () => {
    const object = {
      metric: 'http_requests_total',
      filter: "job eq 'api' and (status ne '500' or method eq 'GET')",
      top: 5,
      aggregate: { op: 'sum', by: ['job'] },
      from: '2026-01-01T00:00:00Z',
      to: '2026-01-01T01:00:00Z',
      step: '60s',
    };
    expect(translateQuery(object)).toEqual(expected);
  });

  it("keeps '&' inside string literals and accepts percent-encoding, a leading '?' and un-prefixed keys", () => {
    expect(translateQuery("$metric=up&$filter=job eq 'a&b'").promql).toBe('up{job="a&b"}');
    expect(translateQuery("?$metric=up&$filter=job%20eq%20'a%26b'").promql).toBe('up{job="a&b"}');
    expect(translateQuery("metric=up&filter=job eq 'x'&top=2").promql).toBe('topk(2, up{job="x"})');
  });

  it.each([
    ['$metric=up&$foo=1', "input.query: unknown query option '$foo'"],
    ['$metric=up&$metric=down', "query option '$metric' is given more than once"],
    ['$metric=up&$top=0', 'input.query.$top: expected an integer >= 1'],
    ['$metric=up&$top=many', 'input.query.$top: expected an integer >= 1'],
    ['$metric=up&$apply=aggregate(median)', 'input.query.$apply: expected an aggregation operator'],
    ['$metric=up&$apply=group by job', 'input.query.$apply: expected "aggregate(value with sum as total)"'],
    ['$metric=up&$apply=aggregate(sum by (bad-label))', "input.query.$apply.by: invalid name 'bad-label'"],
    ['$metric=http-requests', "input.query.$metric: invalid metric name 'http-requests'"],
    ['$filter=job eq 1', 'input.query.$metric: required'],
    ['$metric=up&$search=timeout', 'input.query.$search: $search is not supported by the Prometheus adapter'],
    ['$metric=up&$from=2026-01-01T00:00:00Z&$to=2026-01-01T01:00:00Z&$skip=5', 'input.query.$skip: $skip on a range query is not supported'],
    ['$metric=up&$from=2026-01-01T00:00:00Z&$to=2026-01-01T01:00:00Z&$orderby=job', "input.query.$orderby: ordering a range query by 'job' is not supported"],
    ['$metric=up&$apply=groupby((job),aggregate(other with sum as s))', "input.query.$apply: aggregating 'other' is not supported"],
  ])('rejects %s', (query, fragment) => {
    expectInvalidInput(() => translateQuery(query), fragment);
  });
});

describe('prometheus-adapter translate-query: ranking, paging and counters', () => {
  it.each([
    [{ top: 5 }, 'topk(5, m)', ['$orderby', '$top']],
    [{ top: 5, orderby: 'value asc' }, 'bottomk(5, m)', ['$orderby', '$top']],
    [{ top: 5, skip: 10 }, 'topk(15, m)', ['$orderby', '$skip', '$top']],
    [{ top: 5, orderby: 'job' }, 'm', ['$orderby', '$top']],
    [{ top: 5, count: true }, 'm', ['$orderby', '$top', '$count']], // the count is of every series, so no topk
    [{ select: 'job' }, 'm', ['$select']],
  ])('%j -> %s, translate-result applies %j', (options, promql, resultOptions) => {
    const t = translateQuery({ metric: 'm', ...options });
    expect(t.promql).toBe(promql);
    expect(t.resultOptions).toEqual(resultOptions);
  });

  it('reads counters by suffix or config, and lets the config turn rate() into increase() or off', () => {
    const withConfig = (config: Record<string, unknown>, metric: string) => plugin['translate-query']!({ query: { metric } }, fakeCtx('prometheus-adapter', config)).promql;
    expect(withConfig({}, 'rpc_seconds_count')).toBe('rate(rpc_seconds_count[5m])');
    expect(withConfig({ counters: ['jobs_done'] }, 'jobs_done')).toBe('rate(jobs_done[5m])');
    expect(withConfig({ gauges: ['queue_total'] }, 'queue_total')).toBe('queue_total');
    expect(withConfig({ counterFunction: 'increase', rateWindow: '1h' }, 'x_total')).toBe('increase(x_total[1h])');
    expect(withConfig({ counterFunction: 'none' }, 'x_total')).toBe('x_total');
    expect(() => withConfig({ counterFunction: 'irate' }, 'x_total')).toThrow(/config\.counterFunction: expected one of rate, increase, none/);
  });
});

describe('prometheus-adapter translate-query: input validation', () => {
  it.each([
    [null, 'input: expected an object'],
    ['up', 'input: expected an object'],
    [{}, 'input.query: required'],
    [{ query: 42 }, 'input.query: expected an OData query string or an object'],
    [{ query: { metric: 'up', limit: 5 } }, 'input.query.limit: unknown option'],
    [{ query: { metric: 7 } }, 'input.query.metric: expected a non-empty string'],
    [{ query: { metric: 'up', filter: { job: 'api' } } }, 'input.query.filter: expected a filter expression string'],
    [{ query: { metric: 'up', aggregate: { op: 'sum', by: [] } } }, 'input.query.aggregate.by: expected a comma-separated list'],
  ])('%j', (input, fragment) => {
    expectInvalidInput(() => plugin['translate-query']!(input), fragment);
  });
});

describe('prometheus-adapter translate-result', () => {
  const translateResult = (input: unknown, ctx = fakeCtx('prometheus-adapter')) => plugin['translate-result']!(input, ctx);

  it('converts a vector result', () => {
    const response = {
      status: 'success',
      data: {
        resultType: 'vector',
        result: [
          { metric: { __name__: 'up', job: 'api', instance: 'a:9090' }, value: [1767225600, '1'] },
          { metric: { __name__: 'up', job: 'db', instance: 'b:9090' }, value: [1767225600.5, '0'] },
        ],
      },
    };
    expect(translateResult({ response, context: '$metadata#Up' })).toEqual({
      '@odata.context': '$metadata#Up',
      '@odata.count': 2,
      value: [
        // Flat rows, labels as fields like SQL columns; the metric name from __name__.
        { metric: 'up', job: 'api', instance: 'a:9090', timestamp: '2026-01-01T00:00:00.000Z', value: 1 },
        { metric: 'up', job: 'db', instance: 'b:9090', timestamp: '2026-01-01T00:00:00.500Z', value: 0 },
      ],
    });
  });

  it('converts a matrix result into one entry per sample', () => {
    const response = {
      status: 'success',
      data: {
        resultType: 'matrix',
        result: [
          { metric: { job: 'api' }, values: [[1767225600, '1.5'], [1767225660, '2.5']] },
          { metric: { job: 'web' }, values: [[1767225600, 'NaN'], [1767225660, '+Inf'], [1767225720, '-Inf']] },
        ],
      },
    };
    expect(translateResult({ response })).toEqual({
      '@odata.context': '$metadata#Metrics',
      '@odata.count': 5,
      value: [
        { job: 'api', timestamp: '2026-01-01T00:00:00.000Z', value: 1.5 },
        { job: 'api', timestamp: '2026-01-01T00:01:00.000Z', value: 2.5 },
        { job: 'web', timestamp: '2026-01-01T00:00:00.000Z', value: 'NaN' },
        { job: 'web', timestamp: '2026-01-01T00:01:00.000Z', value: 'INF' },
        { job: 'web', timestamp: '2026-01-01T00:02:00.000Z', value: '-INF' },
      ],
    });
  });

  it('converts scalar and string results', () => {
    expect(translateResult({ response: { status: 'success', data: { resultType: 'scalar', result: [1767225600, '42'] } } })).toEqual({
      '@odata.context': '$metadata#Metrics',
      '@odata.count': 1,
      value: [{ timestamp: '2026-01-01T00:00:00.000Z', value: 42 }],
    });
    expect(translateResult({ response: { status: 'success', data: { resultType: 'string', result: [1767225600, 'hello'] } } }).value).toEqual([
      { timestamp: '2026-01-01T00:00:00.000Z', value: 'hello' },
    ]);
  });

  it('handles an empty result and logs Prometheus warnings', () => {
    const ctx = fakeCtx('prometheus-adapter');
    const out = translateResult({ response: { status: 'success', warnings: ['partial response'], data: { resultType: 'vector', result: [] } } }, ctx);
    expect(out).toEqual({ '@odata.context': '$metadata#Metrics', '@odata.count': 0, value: [] });
    expect(ctx.logs).toEqual([{ level: 'warn', message: 'prometheus warning: partial response' }]);
  });

  it('skips native histogram samples with a warning', () => {
    const ctx = fakeCtx('prometheus-adapter');
    const response = {
      status: 'success',
      data: { resultType: 'vector', result: [{ metric: { job: 'h' }, histogram: [1767225600, { count: '3', sum: '1' }] }, { metric: {}, value: [1767225600, '2'] }] },
    };
    expect(translateResult({ response }, ctx)['@odata.count']).toBe(1);
    expect(ctx.logs[0]!.message).toContain('native histogram');
  });

  it('with the query, applies $orderby on labels, $skip, $select and counts every series', () => {
    const response = {
      status: 'success',
      data: { resultType: 'vector', result: ['c', 'a', 'b', 'd'].map((job, i) => ({ metric: { job }, value: [1767225600, String(i)] })) },
    };
    expect(translateResult({ response, query: { metric: 'm', orderby: 'job desc', skip: 1, top: 2, select: 'job' } })).toEqual({
      '@odata.context': '$metadata#Metrics',
      '@odata.count': 4,
      value: [{ job: 'c' }, { job: 'b' }],
    });
  });

  it('turns a Prometheus error body into a thrown error carrying errorType and error', () => {
    let thrown: any;
    try {
      translateResult({ response: { status: 'error', errorType: 'bad_data', error: 'parse error at char 5: unexpected "}"' } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown.name).toBe('PrometheusError');
    expect(thrown.message).toBe('Prometheus query failed (bad_data): parse error at char 5: unexpected "}"');
  });

  it.each([
    [{}, 'input.response: expected a Prometheus HTTP API response object'],
    [{ response: 'ok' }, 'input.response: expected'],
    [{ response: { status: 'success', data: {} }, context: 5 }, 'input.context: expected a string'],
    [{ response: { status: 'weird' } }, 'input.response.status: expected "success" or "error"'],
    [{ response: { status: 'success' } }, 'input.response.data: expected an object'],
    [{ response: { status: 'success', data: { resultType: 'table', result: [] } } }, 'input.response.data.resultType: expected one of'],
    [{ response: { status: 'success', data: { resultType: 'vector', result: {} } } }, 'input.response.data.result: expected an array'],
    [{ response: { status: 'success', data: { resultType: 'vector', result: [{ metric: {} }] } } }, 'input.response.data.result[0].value: expected a [timestamp, "value"] pair'],
    [{ response: { status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values: [[1, 'x']] }] } } }, 'input.response.data.result[0].values[0]: expected a numeric sample string'],
    [{ response: { status: 'success', data: { resultType: 'scalar', result: ['now', '1'] } } }, 'input.response.data.result: expected a unix timestamp'],
  ])('rejects %j', (input, fragment) => {
    expectInvalidInput(() => translateResult(input), fragment);
  });
});
