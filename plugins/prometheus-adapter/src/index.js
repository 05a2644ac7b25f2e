// Prometheus adapter: translates an OData query (the same input every query adapter takes) into
// PromQL plus the HTTP API endpoint and parameters, and converts Prometheus HTTP API responses into
// the OData result shape. Semantics table: docs/query-adapters/prometheus-adapter.md.
// Runs in a bare V8 isolate: `corral build` bundles this file and the shared OData dialect
// (plugins/shared/odata) into index.js, the one module the manifest names.
import { fieldsOf, invalidInput, readTranslateInput, toNormalForm, unsupported } from '../../shared/odata/index.js';
import { isCounter, readConfig } from './config.js';
import { promDuration } from './durations.js';
import { planPaging, rankInstant, rankRange } from './paging.js';
import { translateResult } from './result.js';
import { VALUE_FIELD, conjunctionsOf } from './selectors.js';
import { buildTiming } from './timing.js';

const ADAPTER = 'Prometheus adapter';
const METRIC_NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** Labels are strings (`status eq 500` is status="500"), the sample value a number. */
export const fieldType = (name) => (name === VALUE_FIELD ? 'number' : name === 'timestamp' ? 'datetime' : 'string');

/**
 * What one series is queried as. A counter: its rate (config.counterFunction) over
 *   range query — Grafana's $__rate_interval, max(step + scrape, 4 × scrape): four scrapes so one
 *                missed scrape still leaves the two samples rate() needs, and at least one step plus
 *                a scrape so consecutive windows overlap and no increase falls between two steps;
 *   window     — the window [from, to) itself;
 *   instant    — config.rateWindow (5m).
 * A gauge is its sample, except over a window, where it is its average (avg_over_time): one value
 * per series over [from, to) in both cases.
 */
function seriesFunction(q, config, timing) {
  const counter = isCounter(q.metric, config) && config.counterFunction !== 'none';
  if (timing.mode === 'window') {
    return counter ? { name: config.counterFunction, window: timing.window.text, counter } : { name: 'avg_over_time', window: timing.window.text, counter };
  }
  if (!counter) return { name: null, window: null, counter };
  if (timing.mode === 'instant') return { name: config.counterFunction, window: config.rateWindow.text, counter };
  const scrapeMs = config.scrapeInterval.ms;
  return { name: config.counterFunction, window: promDuration(Math.max(timing.range.stepMs + scrapeMs, 4 * scrapeMs)), counter };
}

function filterConjunctions(q) {
  if (q.filter === null) return [{ matchers: [], comparisons: [] }];
  const where = q.optionName('filter');
  const normal = toNormalForm(q.filter, { where, fieldType });
  if (fieldsOf(normal).has('timestamp')) {
    throw unsupported(where, "a condition on 'timestamp'", ADAPTER, `give the time range with ${q.optionName('from')}/${q.optionName('to')}`);
  }
  const conjunctions = conjunctionsOf(normal, where);
  // The filter can never hold (e.g. tolower(job) eq 'API'): a selector that matches nothing keeps the type.
  return conjunctions.length ? conjunctions : [{ matchers: ['__name__!~".*"'], comparisons: [] }];
}

/** `op by (labels) (...)`: after the rate, so a counter is never summed raw. count counts series. */
function aggregated(expr, q) {
  if (q.aggregate === null) return expr;
  if (q.aggregate.field !== null && q.aggregate.field !== VALUE_FIELD) {
    throw unsupported(q.optionName('apply'), `aggregating '${q.aggregate.field}'`, ADAPTER, `only the sample value ('${VALUE_FIELD}') can be aggregated`);
  }
  const by = q.aggregate.by.length ? ` by (${q.aggregate.by.join(', ')}) ` : '';
  return `${q.aggregate.op}${by}(${expr})`;
}

function translateQuery(input, ctx) {
  const config = readConfig(ctx);
  const q = readTranslateInput(input);
  const metricField = q.optionName('metric');
  if (q.metric === null) throw invalidInput(`${metricField}: required (the metric name to query)`);
  if (!METRIC_NAME_RE.test(q.metric)) throw invalidInput(`${metricField}: invalid metric name '${q.metric}' (expected [a-zA-Z_:][a-zA-Z0-9_:]*)`);
  if (q.search !== null) throw unsupported(q.optionName('search'), '$search', ADAPTER, 'Prometheus has no full-text search; use contains() on a label in $filter');
  const timing = buildTiming(q);
  const plan = planPaging(q, timing.mode);
  const fn = seriesFunction(q, config, timing);

  const parts = filterConjunctions(q).map(function renderConjunction({ matchers, comparisons }) {
    const selector = q.metric + (matchers.length ? `{${matchers.join(', ')}}` : '');
    // Value conditions apply to what is queried: for a counter its rate, over a window the average.
    const series = fn.name === null ? selector : `${fn.name}(${selector}[${fn.window}])`;
    return series + comparisons.map((c) => ` ${c}`).join('');
  });
  let expr = aggregated(parts.join(' or '), q);
  if (timing.mode === 'range') {
    expr = rankRange(expr, q, plan, timing.range, parts.length > 1 && q.aggregate === null);
  } else {
    expr = rankInstant(expr, q, plan);
  }

  const range = timing.range;
  const result = {
    promql: expr,
    endpoint: range ? '/api/v1/query_range' : '/api/v1/query',
    params: range ? { query: expr, start: range.start, end: range.end, step: range.step } : { query: expr, ...(timing.time ? { time: timing.time } : {}) },
    resultType: range ? 'matrix' : 'vector',
    range: range ? { start: range.start, end: range.end, step: range.step } : null,
    time: timing.time,
    window: timing.window ? timing.window.text : null,
  };
  if (fn.counter) result.counter = { function: config.counterFunction, window: fn.window };
  // The options translate-result applies when it is given the same query.
  if (plan.applied.length) result.resultOptions = plan.applied;
  return result;
}

export default {
  'translate-query': translateQuery,
  'translate-result': translateResult,
};
