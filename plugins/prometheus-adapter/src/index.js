// Prometheus adapter: translates an OData-style query into PromQL (+ HTTP API endpoint and range),
// and converts a Prometheus HTTP API response body back into an OData-shaped result.
// Runs in a bare V8 isolate: `corral build` bundles this file and the shared OData dialect
// (plugins/shared/odata) into index.js, the one module the manifest names.

import { IDENTIFIER_RE, invalidInput, isPlainObject, normalizeQuery, parseDuration } from '../../shared/odata/index.js';


// ---- PromQL generation ----

const METRIC_NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const VALUE_FIELD = 'value'; // the sample value; every other field name is a label
const PROMQL_OPERATORS = { eq: '==', ne: '!=', gt: '>', lt: '<', ge: '>=', le: '<=' };
const NEGATED = { eq: 'ne', ne: 'eq', gt: 'le', le: 'gt', lt: 'ge', ge: 'lt' };
const MIRRORED = { eq: 'eq', ne: 'ne', gt: 'lt', lt: 'gt', ge: 'le', le: 'ge' };
// DNF can grow exponentially ((a or b) and (c or d) and ...); cap it instead of emitting a huge query.
const MAX_ALTERNATIVES = 32;
const MAX_POINTS = 11000; // Prometheus rejects range queries with more points per series than this
const DEFAULT_POINTS = 250;

function promqlString(value) {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
}

function escapeRegex(value) {
  return value.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

/** One literal of a conjunction: a label matcher or a comparison on the sample value. */
function toLiteral(node, negated, field) {
  if (node.type === 'function') {
    const body = escapeRegex(node.value);
    const pattern = node.name === 'contains' ? `.*${body}.*` : node.name === 'startswith' ? `${body}.*` : `.*${body}`;
    if (node.field === VALUE_FIELD) throw invalidInput(`${field}: ${node.name}() applies to labels, not to the sample value`);
    return { kind: 'label', text: `${node.field}${negated ? '!~' : '=~'}${promqlString(pattern)}` };
  }
  let { op, left, right } = node;
  if (left.kind === 'literal' && right.kind === 'field') { [left, right] = [right, left]; op = MIRRORED[op]; }
  if (left.kind !== 'field' || right.kind !== 'literal') {
    throw invalidInput(`${field}: each comparison must have a label (or '${VALUE_FIELD}') on one side and a literal on the other`);
  }
  if (negated) op = NEGATED[op];
  const value = right.value;
  if (left.name === VALUE_FIELD) {
    if (typeof value !== 'number') throw invalidInput(`${field}: '${VALUE_FIELD}' can only be compared with a number`);
    return { kind: 'value', text: `${PROMQL_OPERATORS[op]} ${value}` };
  }
  if (op !== 'eq' && op !== 'ne') {
    throw invalidInput(`${field}: operator '${op}' is only supported on the sample value ('${VALUE_FIELD}'), not on label '${left.name}'`);
  }
  // A matcher against "" selects series without the label, which is what `eq null` means.
  const text = value === null ? '' : String(value);
  return { kind: 'label', text: `${left.name}${op === 'eq' ? '=' : '!='}${promqlString(text)}` };
}

/** Disjunctive normal form: an array of conjunctions, each an array of literals. `not` is pushed inward. */
function toDnf(node, negated, field) {
  if (node.type === 'not') return toDnf(node.operand, !negated, field);
  if (node.type === 'compare' || node.type === 'function') return [[toLiteral(node, negated, field)]];
  const left = toDnf(node.left, negated, field);
  const right = toDnf(node.right, negated, field);
  // De Morgan: under negation 'and' behaves like 'or' and vice versa.
  const isOr = (node.type === 'or') !== negated;
  const result = isOr ? [...left, ...right] : left.flatMap((a) => right.map((b) => [...a, ...b]));
  if (result.length > MAX_ALTERNATIVES) {
    throw invalidInput(`${field}: filter expands to more than ${MAX_ALTERNATIVES} alternative selectors; simplify the 'or' clauses`);
  }
  return result;
}

function renderSelector(metric, conjunction) {
  const matchers = [...new Set(conjunction.filter((l) => l.kind === 'label').map((l) => l.text))];
  const comparisons = conjunction.filter((l) => l.kind === 'value').map((l) => ` ${l.text}`);
  return metric + (matchers.length ? `{${matchers.join(', ')}}` : '') + comparisons.join('');
}

function buildPromql(q) {
  const metricField = q.optionName('metric');
  if (q.metric === null) throw invalidInput(`${metricField}: required (the metric name to query)`);
  if (!METRIC_NAME_RE.test(q.metric)) throw invalidInput(`${metricField}: invalid metric name '${q.metric}' (expected [a-zA-Z_:][a-zA-Z0-9_:]*)`);
  const conjunctions = q.filter === null ? [[]] : toDnf(q.filter, false, q.optionName('filter'));
  let expr = [...new Set(conjunctions.map((c) => renderSelector(q.metric, c)))].join(' or ');
  if (q.aggregate !== null) {
    const by = q.aggregate.by.length ? ` by (${q.aggregate.by.join(', ')}) ` : '';
    expr = `${q.aggregate.op}${by}(${expr})`;
  }
  if (q.top !== null) expr = `topk(${q.top}, ${expr})`;
  return expr;
}

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
  return { range: { start: new Date(q.from).toISOString(), end: new Date(q.to).toISOString(), step: step.text }, time: null };
}

function translateQuery(input) {
  if (!isPlainObject(input)) throw invalidInput('input: expected an object with a "query" field');
  if (input.query === undefined) throw invalidInput('input.query: required (an OData query string or object)');
  const q = normalizeQuery(input.query);
  for (const key of ['skip', 'orderby', 'select']) {
    if (q[key] !== null) throw invalidInput(`${q.optionName(key)}: not supported by the Prometheus adapter`);
  }
  const promql = buildPromql(q);
  const { range, time } = buildTiming(q);
  return { promql, range, time, endpoint: range ? '/api/v1/query_range' : '/api/v1/query' };
}

// ---- Prometheus response -> OData ----

/** Prometheus encodes sample values as strings; OData JSON encodes non-finite numbers as strings too. */
function sampleValue(raw, field) {
  if (raw === 'NaN') return 'NaN';
  if (raw === '+Inf' || raw === 'Inf') return 'INF';
  if (raw === '-Inf') return '-INF';
  const value = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || Number.isNaN(value)) throw invalidInput(`${field}: expected a numeric sample string, got ${JSON.stringify(raw)}`);
  return value;
}

function sampleTime(raw, field) {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) throw invalidInput(`${field}: expected a unix timestamp in seconds`);
  return new Date(Math.round(raw * 1000)).toISOString();
}

function samplePair(pair, field) {
  if (!Array.isArray(pair) || pair.length !== 2) throw invalidInput(`${field}: expected a [timestamp, "value"] pair`);
  return pair;
}

function translateResult(input, ctx) {
  if (!isPlainObject(input) || !isPlainObject(input.response)) throw invalidInput('input.response: expected a Prometheus HTTP API response object');
  if (input.context !== undefined && typeof input.context !== 'string') throw invalidInput('input.context: expected a string');
  const body = input.response;
  if (body.status === 'error') {
    const error = new Error(`Prometheus query failed (${body.errorType || 'unknown'}): ${body.error || 'no error message'}`);
    error.name = 'PrometheusError';
    throw error;
  }
  if (body.status !== 'success') throw invalidInput(`input.response.status: expected "success" or "error"`);
  if (Array.isArray(body.warnings)) for (const w of body.warnings) ctx?.log?.warn(`prometheus warning: ${w}`);
  const data = body.data;
  if (!isPlainObject(data)) throw invalidInput('input.response.data: expected an object');
  const result = data.result;
  const value = [];
  const field = 'input.response.data.result';
  if (data.resultType === 'vector' || data.resultType === 'matrix') {
    if (!Array.isArray(result)) throw invalidInput(`${field}: expected an array`);
    result.forEach(function convertSeries(series, i) {
      const metric = isPlainObject(series?.metric) ? { ...series.metric } : {};
      if (series?.histogram !== undefined || series?.histograms !== undefined) {
        ctx?.log?.warn(`skipping native histogram series ${i}: not representable as a single value`);
        return;
      }
      const pairs = data.resultType === 'vector' ? [series?.value] : series?.values;
      if (!Array.isArray(pairs)) throw invalidInput(`${field}[${i}].values: expected an array of [timestamp, "value"] pairs`);
      pairs.forEach(function convertSample(pair, j) {
        const where = `${field}[${i}]${data.resultType === 'vector' ? '.value' : `.values[${j}]`}`;
        const [ts, raw] = samplePair(pair, where);
        value.push({ metric: { ...metric }, timestamp: sampleTime(ts, where), value: sampleValue(raw, where) });
      });
    });
  } else if (data.resultType === 'scalar' || data.resultType === 'string') {
    const [ts, raw] = samplePair(result, field);
    const converted = data.resultType === 'scalar' ? sampleValue(raw, field) : String(raw);
    value.push({ metric: {}, timestamp: sampleTime(ts, field), value: converted });
  } else {
    throw invalidInput('input.response.data.resultType: expected one of vector, matrix, scalar, string');
  }
  return { '@odata.context': input.context || '$metadata#Metrics', '@odata.count': value.length, value };
}

export default {
  'translate-query': translateQuery,
  'translate-result': translateResult,
};
