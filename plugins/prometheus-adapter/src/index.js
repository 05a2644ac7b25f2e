// Prometheus adapter: translates an OData query (the same input every query adapter takes) into
// PromQL plus the HTTP API endpoint and range, and converts Prometheus HTTP API responses into the
// OData result shape. Semantics table: docs/query-adapters/prometheus-adapter.md.
// Runs in a bare V8 isolate: `corral build` bundles this file and the shared OData dialect
// (plugins/shared/odata) into index.js, the one module the manifest names.
import { fieldsOf, invalidInput, parseDuration, readTranslateInput, toNormalForm, unsupported } from '../../shared/odata/index.js';
import { isCounter, readConfig } from './config.js';
import { translateResult } from './result.js';
import { VALUE_FIELD, conjunctionsOf } from './selectors.js';

const ADAPTER = 'Prometheus adapter';
const METRIC_NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const MAX_POINTS = 11000; // Prometheus refuses range queries with more points per series than this
const DEFAULT_POINTS = 250;
const AGGREGATIONS = { sum: 'sum', avg: 'avg', min: 'min', max: 'max', count: 'count' };

/** Every field but the value is a label, and labels are strings: `status eq 500` is status="500". */
const fieldType = (name) => (name === VALUE_FIELD ? 'number' : name === 'timestamp' ? 'datetime' : undefined);

function buildTiming(q) {
  if (q.time !== null && (q.from !== null || q.step !== null)) {
    throw invalidInput(`${q.optionName('time')}: an instant query time cannot be combined with a range (from/step)`);
  }
  if (q.from === null && q.step === null) {
    // No range: an instant query, evaluated at `time` (or `to` alone), else at "now" on the server.
    const at = q.time !== null ? q.time : q.to;
    return { range: null, time: at === null ? null : new Date(at).toISOString() };
  }
  if (q.from === null) throw invalidInput(`${q.optionName('from')}: required when ${q.optionName('step')} is set`);
  if (q.to === null) throw invalidInput(`${q.optionName('to')}: required when ${q.optionName('from')} is set`);
  const seconds = (q.to - q.from) / 1000;
  const step = q.step !== null ? q.step : parseDuration(String(Math.max(1, Math.ceil(seconds / DEFAULT_POINTS))), 'step');
  if (seconds / step.seconds > MAX_POINTS) {
    throw invalidInput(`${q.optionName('step')}: ${step.text} gives more than ${MAX_POINTS} points over the range; use a larger step`);
  }
  return { range: { start: new Date(q.from).toISOString(), end: new Date(q.to).toISOString(), step: step.text, seconds, stepSeconds: step.seconds }, time: null };
}

/**
 * The counter's window: for a range query Grafana's $__rate_interval rule, max(step + scrape,
 * 4 × scrape) — at least four samples, and no gap between steps; for an instant query config.rateWindow.
 */
function rateWindow(range, config) {
  if (range === null) return config.rateWindow.text;
  const scrape = config.scrapeInterval.seconds;
  return `${Math.ceil(Math.max(range.stepSeconds + scrape, 4 * scrape))}s`;
}

function seriesExpression(q, config, range) {
  const where = q.optionName('filter');
  let conjunctions = [{ matchers: [], comparisons: [] }];
  if (q.filter !== null) {
    const normal = toNormalForm(q.filter, { where, fieldType });
    if (fieldsOf(normal).has('timestamp')) {
      throw unsupported(where, "a condition on 'timestamp'", ADAPTER, `give the time range with ${q.optionName('from')}/${q.optionName('to')}`);
    }
    conjunctions = conjunctionsOf(normal, where);
  }
  const counter = isCounter(q.metric, config) && config.counterFunction !== 'none';
  const window = counter ? rateWindow(range, config) : null;
  // Never matches: the filter cannot hold (e.g. tolower(job) eq 'API'); keeps the result's type.
  if (conjunctions.length === 0) conjunctions = [{ matchers: ['__name__!~".*"'], comparisons: [] }];
  const parts = conjunctions.map(function renderConjunction({ matchers, comparisons }) {
    const selector = q.metric + (matchers.length ? `{${matchers.join(', ')}}` : '');
    // Value conditions apply to what is queried: for a counter, its per-second rate.
    const series = counter ? `${config.counterFunction}(${selector}[${window}])` : selector;
    return series + comparisons.map((c) => ` ${c}`).join('');
  });
  return { expr: parts.join(' or '), counter, window };
}

function translateQuery(input, ctx) {
  const config = readConfig(ctx);
  const q = readTranslateInput(input);
  const metricField = q.optionName('metric');
  if (q.metric === null) throw invalidInput(`${metricField}: required (the metric name to query)`);
  if (!METRIC_NAME_RE.test(q.metric)) throw invalidInput(`${metricField}: invalid metric name '${q.metric}' (expected [a-zA-Z_:][a-zA-Z0-9_:]*)`);
  if (q.search !== null) throw unsupported(q.optionName('search'), '$search', ADAPTER, 'use contains() on a label in $filter');
  const { range, time } = buildTiming(q);
  let { expr, counter, window } = seriesExpression(q, config, range);
  const valueName = q.aggregate !== null ? q.aggregate.as : VALUE_FIELD;
  if (q.aggregate !== null) {
    if (q.aggregate.field !== null && q.aggregate.field !== VALUE_FIELD) {
      throw unsupported(q.optionName('apply'), `aggregating '${q.aggregate.field}'`, ADAPTER, `only the sample value ('${VALUE_FIELD}') can be aggregated`);
    }
    const by = q.aggregate.by.length ? ` by (${q.aggregate.by.join(', ')}) ` : '';
    expr = `${AGGREGATIONS[q.aggregate.op]}${by}(${expr})`;
  }

  // What PromQL ranks itself (topk/bottomk by value) and what translate-result does with `query`.
  const order = q.orderby ?? (q.top !== null ? [{ field: valueName, direction: 'desc' }] : null);
  const byValueOnly = order !== null && order.length === 1 && order[0].field === valueName;
  const applied = [];
  if (range !== null) {
    if (q.skip !== null) throw unsupported(q.optionName('skip'), '$skip on a range query', ADAPTER, 'page an instant query, or narrow the filter');
    if (order !== null && !byValueOnly) throw unsupported(q.optionName('orderby'), `ordering a range query by '${order[0].field}'`, ADAPTER, `order by ${valueName}`);
    if (q.top !== null) {
      // topk in a range query ranks per step and can return more than N series over the range.
      // Rank once, by the average over the whole range (the subquery evaluated at the range's end),
      // and keep those N series at every step.
      const ranking = `avg_over_time((${expr})[${range.seconds}s:${range.stepSeconds}s] @ end())`;
      const k = order[0].direction === 'asc' ? 'bottomk' : 'topk';
      expr = `${expr} and ${k}(${q.top}, ${ranking})`;
    }
  } else if (q.top !== null && byValueOnly && !q.count) {
    const k = order[0].direction === 'asc' ? 'bottomk' : 'topk';
    expr = `${k}(${q.top + (q.skip ?? 0)}, ${expr})`;
    applied.push('$orderby', '$skip', '$top');
  } else if (order !== null || q.skip !== null || q.top !== null) {
    applied.push('$orderby', '$skip', '$top');
  }
  if (q.select !== null) applied.push('$select');
  if (q.count) applied.push('$count');

  const params = range ? { query: expr, start: range.start, end: range.end, step: range.step } : { query: expr, ...(time ? { time } : {}) };
  const result = {
    promql: expr,
    endpoint: range ? '/api/v1/query_range' : '/api/v1/query',
    params,
    range: range ? { start: range.start, end: range.end, step: range.step } : null,
    time,
  };
  if (counter) result.counter = { function: config.counterFunction, window };
  // The options translate-result applies when it is given the same query.
  const resultOptions = applied.filter((name) => (name !== '$skip' || q.skip !== null) && (name !== '$top' || q.top !== null) && (name !== '$orderby' || order !== null));
  if (resultOptions.length) result.resultOptions = [...new Set(resultOptions)];
  return result;
}

export default {
  'translate-query': translateQuery,
  'translate-result': translateResult,
};
