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
    ['status eq 5e2', 'm{status="500"}'],
    ['job eq null', 'm{job=""}'],
    ['job ne null', 'm{job!=""}'],
    ["'api' eq job", 'm{job="api"}'],
    // (?s): before Prometheus 3.0 `.` does not match a newline, and a label value may hold one.
    ["contains(path, '/api/v1')", 'm{path=~"(?s).*/api/v1.*"}'],
    ["startswith(instance, '10.0.')", String.raw`m{instance=~"(?s)10\\.0\\..*"}`],
    ["endswith(host, '.example.com')", String.raw`m{host=~"(?s).*\\.example\\.com"}`],
    ["contains(q, 'a+b(c)|d*[e]{2}^$?')", String.raw`m{q=~"(?s).*a\\+b\\(c\\)\\|d\\*\\[e\\]\\{2\\}\\^\\$\\?.*"}`],
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
    ["job in ('a.b', 'c') or startswith(job, 'd') or job eq null", String.raw`m{job=~"(?s)a\\.b|c|d.*|"}`],
    ["tolower(job) eq 'api' or tolower(job) eq 'web'", 'm{job=~"(?i)api|web"}'],
    ["tolower(job) eq 'api' or contains(tolower(job), 'x')", 'm{job=~"(?is)api|.*x.*"}'],
    ["toupper(job) in ('API', 'WEB')", 'm{job=~"(?i)API|WEB"}'],
    ["job in ('a')", 'm{job="a"}'],
    ["not (job in ('a'))", 'm{job!="a"}'],
    // A stored label value is never "" (an empty value is the label's absence): eq '' holds for no series.
    ["job eq ''", 'm{__name__!~".*"}'],
    ["job ne '' and job ne 'a'", 'm{job!="a"}'],
    ["job in ('', 'a', 'b')", 'm{job=~"a|b"}'],
    ["not (job in ('', 'a', 'b'))", 'm{job!~"a|b"}'],
    ["job eq '' or job eq null", 'm{job=""}'],
    ['value in (1, 2.5)', 'm == 1 or m == 2.5'],
    ['not (value in (1, 2.5))', 'm != 1 != 2.5'],
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
    ["not contains(path, 'health')", 'm{path!~"(?s).*health.*", path!=""}'],
    ["not (startswith(path, '/a') or endswith(path, '.js'))", String.raw`m{path!~"(?s)/a.*", path!="", path!~"(?s).*\\.js"}`],
    ["not contains(tolower(path), 'x')", 'm{path!~"(?is).*x.*", path!=""}'],
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
    expectInvalidInput(() => promqlFor("status lt 'x' or job eq 'a'"), "operator 'lt' on label 'status'");
    expectInvalidInput(() => promqlFor('canary eq true'), "'canary' is a string field; the boolean true cannot be compared with it");
    expectInvalidInput(() => promqlFor("tolower(value) eq 'a'"), "tolower() applies to string fields; 'value' is a number field");
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

  it('builds a range query from $from/$to/$step, ending on the last step before $to ($to is exclusive)', () => {
    expect(translateQuery({ metric: 'up', from: '2026-01-01T00:00:00Z', to: '2026-01-01T03:00:00+01:00', step: '1m30s' })).toEqual({
      promql: 'up',
      params: { query: 'up', start: '2026-01-01T00:00:00.000Z', end: '2026-01-01T01:58:30.000Z', step: '1m30s' },
      resultType: 'matrix',
      range: { start: '2026-01-01T00:00:00.000Z', end: '2026-01-01T01:58:30.000Z', step: '1m30s' },
      time: null,
      window: null,
      endpoint: '/api/v1/query_range',
    });
    // A step that does not divide the range: the last step is the one before $to.
    expect(translateQuery({ metric: 'up', from: '2026-01-01T00:00:00Z', to: '2026-01-01T00:10:00Z', step: '7m' }).range!.end).toBe('2026-01-01T00:07:00.000Z');
  });

  it('accepts unix seconds and numeric steps, and writes every duration as integer PromQL units', () => {
    expect(translateQuery({ metric: 'up', from: 1767225600, to: '1767229200', step: 30 }).range).toEqual({
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-01-01T00:59:30.000Z',
      step: '30s',
    });
    // 1.5 s would be "1.5s", which PromQL cannot parse inside a subquery or a window.
    const fractional = translateQuery({ metric: 'x_total', from: 1767225600, to: 1767225660, step: 1.5, top: 1 });
    expect(fractional.params.step).toBe('1s500ms');
    expect(fractional.promql).toBe('rate(x_total[1m]) and topk(1, avg_over_time((rate(x_total[1m]))[58s500ms:1s500ms] @ end()))');
  });

  it('$from and $to without $step: one instant query over the window [from, to), evaluated 1 ms before $to', () => {
    const window = { from: '2026-01-01T00:00:00Z', to: '2026-01-01T01:30:00Z' };
    expect(translateQuery({ metric: 'queue_depth', ...window })).toEqual({
      promql: 'avg_over_time(queue_depth[1h30m])',
      params: { query: 'avg_over_time(queue_depth[1h30m])', time: '2026-01-01T01:29:59.999Z' },
      resultType: 'vector',
      range: null,
      time: '2026-01-01T01:29:59.999Z',
      window: '1h30m',
      endpoint: '/api/v1/query',
    });
    const counter = translateQuery({ metric: 'http_requests_total', ...window, apply: 'groupby((job), aggregate(value with sum as rps))', filter: 'value gt 1' });
    expect(counter.promql).toBe('sum by (job) (rate(http_requests_total[1h30m]) > 1)');
    expect(counter.counter).toEqual({ function: 'rate', window: '1h30m' });
  });

  it('builds an instant query for $time, $to alone (the latest value before $to), or no time at all', () => {
    expect(translateQuery({ metric: 'up', time: '2026-01-01T00:00:00Z' })).toEqual({
      promql: 'up', params: { query: 'up', time: '2026-01-01T00:00:00.000Z' }, resultType: 'vector', range: null, time: '2026-01-01T00:00:00.000Z', window: null, endpoint: '/api/v1/query',
    });
    expect(translateQuery({ metric: 'up', to: '2026-01-01T00:00:00Z' }).time).toBe('2025-12-31T23:59:59.999Z');
    expect(translateQuery({ metric: 'up' })).toEqual({ promql: 'up', params: { query: 'up' }, resultType: 'vector', range: null, time: null, window: null, endpoint: '/api/v1/query' });
  });

  it.each([
    [{ step: '60s' }, 'input.query.from: required when input.query.step is set'],
    [{ from: '2026-01-01T00:00:00Z', step: '60s' }, 'input.query.to: required when input.query.step is set'],
    [{ from: '2026-01-01T00:00:00Z' }, 'input.query.to: required when input.query.from is set'],
    [{ from: '2026-01-01T01:00:00Z', to: '2026-01-01T00:00:00Z' }, 'input.query.to: must be later than input.query.from'],
    [{ from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z', step: '1s' }, "input.query.step: 1s gives 2678400 points over the range, more than Prometheus's 11000"],
    [{ from: 'yesterday', to: '2026-01-01T00:00:00Z' }, 'input.query.from: expected an RFC 3339 timestamp'],
    [{ from: '2026-01-01T00:00:00', to: '2026-01-02T00:00:00Z' }, 'with a UTC offset'],
    [{ from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z', step: 'fast' }, 'input.query.step: expected a positive duration'],
    [{ from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z', step: 0 }, 'input.query.step: expected a positive duration'],
    [{ time: '2026-01-01T00:00:00Z', from: '2025-12-31T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'input.query.time: an instant query time cannot be combined with input.query.from'],
    [{ time: '2026-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'input.query.time: an instant query time cannot be combined with input.query.to'],
    [{ time: '2026-01-01T00:00:00Z', step: '1m' }, 'cannot be combined with input.query.step'],
  ])('rejects timing %j', (options, fragment) => {
    expectInvalidInput(() => translateQuery({ metric: 'up', ...options }), fragment);
  });
});

describe('prometheus-adapter translate-query: string form', () => {
  const example =
    "$metric=http_requests_total&$filter=job eq 'api' and (status ne '500' or method eq 'GET')&$top=5" +
    '&$apply=aggregate(sum by (job))&$from=2026-01-01T00:00:00Z&$to=2026-01-01T01:00:00Z&$step=60s';
  // A counter (by its _total suffix): summed after rate() over max(step + scrape, 4 x scrape) = 75s;
  // the range ends on the last step before $to, and $top ranks the series once over the whole range.
  const series = 'sum by (job) (rate(http_requests_total{job="api", status!="500"}[1m15s]) or rate(http_requests_total{job="api", method="GET"}[1m15s]))';
  const promql = `${series} and topk(5, avg_over_time((${series})[59m:1m] @ end()))`;
  const expected = {
    promql,
    params: { query: promql, start: '2026-01-01T00:00:00.000Z', end: '2026-01-01T00:59:00.000Z', step: '1m' },
    resultType: 'matrix',
    range: { start: '2026-01-01T00:00:00.000Z', end: '2026-01-01T00:59:00.000Z', step: '1m' },
    time: null,
    window: null,
    endpoint: '/api/v1/query_range',
    counter: { function: 'rate', window: '1m15s' },
    resultOptions: ['$orderby'],
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

  it("reads '+' as a space (URLSearchParams' encoding), keeps '&' inside literals, accepts percent-encoding and un-prefixed keys", () => {
    const params = new URLSearchParams({ $metric: 'up', $filter: "job eq 'a b' and not contains(path, 'x+y')" });
    expect(params.toString()).toContain('+');
    expect(translateQuery(params.toString()).promql).toBe(String.raw`up{job="a b", path!~"(?s).*x\\+y.*", path!=""}`);
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
    ['$metric=up&$from=2026-01-01T00:00:00Z&$to=2026-01-01T01:00:00Z&$step=1m&$orderby=timestamp', "input.query.$orderby: ordering a range query by 'timestamp' is not supported"],
    ['$metric=up&$apply=groupby((job),aggregate(value with sum as s))&$orderby=instance', "input.query.$orderby: 'instance' is not a field of the aggregated result (it has job, s)"],
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
    [{ skip: 3 }, 'm', ['$skip']],
    [{ top: 2, apply: 'groupby((job), aggregate(value with average as mean))' }, 'topk(2, avg by (job) (m))', ['$orderby', '$top']],
    [{ top: 2, apply: 'groupby((job), aggregate(value with average as mean))', orderby: 'mean asc' }, 'bottomk(2, avg by (job) (m))', ['$orderby', '$top']],
  ])('%j -> %s, translate-result applies %j', (options, promql, resultOptions) => {
    const t = translateQuery({ metric: 'm', ...options });
    expect(t.promql).toBe(promql);
    expect(t.resultOptions).toEqual(resultOptions);
  });

  const hour = { from: '2026-01-01T00:00:00Z', to: '2026-01-01T01:00:00Z', step: '1m' };
  const score = (expr: string) => `avg_over_time((${expr})[59m:1m] @ end())`;
  it.each([
    // Ranked once over the whole range, the same N series at every step.
    [{ top: 3 }, `m and topk(3, ${score('m')})`, ['$orderby']],
    [{ top: 3, orderby: 'value asc' }, `m and bottomk(3, ${score('m')})`, ['$orderby']],
    [{ top: 3, skip: 2 }, `m and (topk(5, ${score('m')}) unless topk(2, ${score('m')}))`, ['$orderby']],
    [{ skip: 2, orderby: 'value desc' }, `m unless topk(2, ${score('m')})`, ['$orderby']],
    // `and` binds tighter than `or`: an alternative of selectors keeps its parentheses.
    [{ top: 1, filter: "job eq 'a' or path eq 'b'" }, `(m{job="a"} or m{path="b"}) and topk(1, ${score('m{job="a"} or m{path="b"}')})`, ['$orderby']],
    // Ordering series by a label, or with $count, is translate-result's: it pages whole series.
    [{ top: 3, orderby: 'job' }, 'm', ['$orderby', '$top']],
    [{ top: 3, count: true }, 'm', ['$orderby', '$top', '$count']],
  ])('range query %j -> %s', (options, promql, resultOptions) => {
    const t = translateQuery({ metric: 'm', ...hour, ...options });
    expect(t.promql).toBe(promql);
    expect(t.resultOptions).toEqual(resultOptions);
  });

  it('a range of a single step ranks with a plain topk', () => {
    expect(translateQuery({ metric: 'm', from: '2026-01-01T00:00:00Z', to: '2026-01-01T00:00:30Z', step: '1m', top: 2 }).promql).toBe('topk(2, m)');
  });

  it('queries counters as their rate over a window that fits the query', () => {
    const t = (options: Record<string, unknown>, config: Record<string, unknown> = {}) =>
      plugin['translate-query']!({ query: { metric: 'x_total', ...options } }, fakeCtx('prometheus-adapter', config));
    expect(t({}).promql).toBe('rate(x_total[5m])'); // instant: config.rateWindow
    expect(t({ ...hour }).counter).toEqual({ function: 'rate', window: '1m15s' }); // max(60 + 15, 4 x 15)
    expect(t({ ...hour, step: '15s' }).counter).toEqual({ function: 'rate', window: '1m' }); // 4 x 15 wins
    expect(t({ ...hour, step: '5m' }, { scrapeInterval: '30s' }).counter).toEqual({ function: 'rate', window: '5m30s' });
    expect(t({ from: hour.from, to: hour.to }).promql).toBe('rate(x_total[1h])'); // the window itself
    expect(t({ from: hour.from, to: hour.to }, { counterFunction: 'increase' }).promql).toBe('increase(x_total[1h])');
    // Aggregations and value filters apply to the rate, never to the raw counter.
    expect(t({ apply: 'sum by (job)', filter: "value gt 0.5 and job ne 'x'" }).promql).toBe('sum by (job) (rate(x_total{job!="x"}[5m]) > 0.5)');
    expect(t({ apply: 'aggregate($count as n)' }).promql).toBe('count(rate(x_total[5m]))');
  });

  it('reads counters by suffix or config, and lets the config turn rate() into increase() or off', () => {
    const withConfig = (config: Record<string, unknown>, metric: string) => plugin['translate-query']!({ query: { metric } }, fakeCtx('prometheus-adapter', config)).promql;
    expect(withConfig({}, 'rpc_seconds_count')).toBe('rate(rpc_seconds_count[5m])');
    expect(withConfig({ counters: ['jobs_done'] }, 'jobs_done')).toBe('rate(jobs_done[5m])');
    expect(withConfig({ gauges: ['queue_total'] }, 'queue_total')).toBe('queue_total');
    expect(withConfig({ counterFunction: 'increase', rateWindow: '1h' }, 'x_total')).toBe('increase(x_total[1h])');
    expect(withConfig({ counterFunction: 'none' }, 'x_total')).toBe('x_total');
    expect(withConfig({ rateWindow: 90 }, 'x_bucket')).toBe('rate(x_bucket[1m30s])');
    expect(withConfig({}, 'x_sum')).toBe('rate(x_sum[5m])');
    expect(withConfig({}, 'x_totals')).toBe('x_totals');
    expect(() => withConfig({ counterFunction: 'irate' }, 'x_total')).toThrow(/config\.counterFunction: expected one of rate, increase, none/);
    expect(() => withConfig({ scrapeInterval: 'often' }, 'x_total')).toThrow(/config\.scrapeInterval: expected a positive duration/);
    expect(() => withConfig({ counters: 'x' }, 'x_total')).toThrow(/config\.counters: expected an array of metric names/);
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

  it('with the query, applies $orderby on labels, $skip, $select, and $count counts every series', () => {
    const response = {
      status: 'success',
      data: { resultType: 'vector', result: ['c', 'a', 'b', 'd'].map((job, i) => ({ metric: { job }, value: [1767225600, String(i)] })) },
    };
    const query = { metric: 'm', orderby: 'job desc', skip: 1, top: 2, select: 'job' };
    expect(translateResult({ response, query })).toEqual({ '@odata.context': '$metadata#Metrics', '@odata.count': 2, value: [{ job: 'c' }, { job: 'b' }] });
    expect(translateResult({ response, query: { ...query, count: true } })['@odata.count']).toBe(4);
  });

  it('with the query, drops the $skip rows an instant topk(K+N) still holds, and names rated series by the query', () => {
    const response = {
      status: 'success',
      // rate() drops __name__; topk(3, ...) for $skip=1&$top=2 returns three series in no promised order.
      data: { resultType: 'vector', result: [['a', '1'], ['b', '3'], ['c', '2']].map(([job, v]) => ({ metric: { job }, value: [1767225600, v] })) },
    };
    expect(translateResult({ response, query: { metric: 'x_total', skip: 1, top: 2 } }).value).toEqual([
      { metric: 'x_total', job: 'c', timestamp: '2026-01-01T00:00:00.000Z', value: 2 },
      { metric: 'x_total', job: 'a', timestamp: '2026-01-01T00:00:00.000Z', value: 1 },
    ]);
  });

  it('on a range query pages whole series: ordered by label or by their mean, each with all its steps', () => {
    const values = (...v: number[]) => v.map((x, i) => [1767225600 + 60 * i, String(x)]);
    const response = {
      status: 'success',
      data: { resultType: 'matrix', result: [{ metric: { job: 'b' }, values: values(1, 9) }, { metric: { job: 'a' }, values: values(4, 4) }, { metric: { job: 'c' }, values: values(2) }] },
    };
    const hourly = { metric: 'm', from: '2026-01-01T00:00:00Z', to: '2026-01-01T01:00:00Z', step: '1m' };
    const jobs = (query: Record<string, unknown>) => translateResult({ response, query: { ...hourly, ...query } });
    expect(jobs({ orderby: 'job desc', top: 2, count: true })).toMatchObject({ '@odata.count': 5, value: [{ job: 'c' }, { job: 'b' }, { job: 'b' }] });
    // With $count the PromQL does not rank: translate-result ranks by the mean over the steps (b 5, a 4, c 2).
    expect(jobs({ top: 1, skip: 1, count: true, select: 'job,value' }).value).toEqual([{ job: 'a', value: 4 }, { job: 'a', value: 4 }]);
    // Without it, the PromQL already kept the page; translate-result only orders the series.
    expect(jobs({ top: 1 }).value.map((r: any) => r.job)).toEqual(['b', 'b', 'a', 'a', 'c']);
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
