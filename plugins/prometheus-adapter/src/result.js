// Prometheus HTTP API response → the OData result shape every adapter returns: one row per series
// (instant vector) or per sample (matrix), labels as top-level fields like SQL columns, the metric
// name (__name__) as `metric`. Given the query, it applies what PromQL could not (see paging.js).
import { compareForOrder, invalidInput, isPlainObject, normalizeQuery, odataResult, pageRows } from '../../shared/odata/index.js';
import { planPaging } from './paging.js';

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

/** Labels as fields; `metric` from __name__ (rate() and aggregations drop it: then from the query). */
function seriesFields(metric, defaultMetric) {
  const { __name__: name, ...labels } = isPlainObject(metric) ? metric : {};
  const metricName = name ?? defaultMetric;
  return metricName === undefined ? labels : { metric: metricName, ...labels };
}

function readResponse(input) {
  if (!isPlainObject(input) || !isPlainObject(input.response)) throw invalidInput('input.response: expected a Prometheus HTTP API response object');
  if (input.context !== undefined && typeof input.context !== 'string') throw invalidInput('input.context: expected a string');
  const body = input.response;
  if (body.status === 'error') {
    const error = new Error(`Prometheus query failed (${body.errorType || 'unknown'}): ${body.error || 'no error message'}`);
    error.name = 'PrometheusError';
    throw error;
  }
  if (body.status !== 'success') throw invalidInput('input.response.status: expected "success" or "error"');
  if (!isPlainObject(body.data)) throw invalidInput('input.response.data: expected an object');
  return body;
}

/** Series as { fields, rows }; a scalar or string result is one series without labels. */
function convertSeries(data, valueField, defaultMetric, ctx) {
  const field = 'input.response.data.result';
  const { resultType, result } = data;
  if (resultType === 'scalar' || resultType === 'string') {
    const [ts, raw] = samplePair(result, field);
    return [{ fields: {}, rows: [{ timestamp: sampleTime(ts, field), [valueField]: resultType === 'scalar' ? sampleValue(raw, field) : String(raw) }] }];
  }
  if (resultType !== 'vector' && resultType !== 'matrix') throw invalidInput('input.response.data.resultType: expected one of vector, matrix, scalar, string');
  if (!Array.isArray(result)) throw invalidInput(`${field}: expected an array`);
  const out = [];
  result.forEach(function convertOne(series, i) {
    if (series?.histogram !== undefined || series?.histograms !== undefined) {
      ctx?.log?.warn(`skipping native histogram series ${i}: not representable as a single value`);
      return;
    }
    const fields = seriesFields(series?.metric, defaultMetric);
    const pairs = resultType === 'vector' ? [series?.value] : series?.values;
    if (!Array.isArray(pairs)) throw invalidInput(`${field}[${i}].values: expected an array of [timestamp, "value"] pairs`);
    const rows = pairs.map(function convertSample(pair, j) {
      const where = `${field}[${i}]${resultType === 'vector' ? '.value' : `.values[${j}]`}`;
      const [ts, raw] = samplePair(pair, where);
      return { ...fields, timestamp: sampleTime(ts, where), [valueField]: sampleValue(raw, where) };
    });
    out.push({ fields, rows });
  });
  return out;
}

/** A series' rank on a range query: the mean of its values over the steps, as avg_over_time ranks. */
function seriesMean(series, valueField) {
  const NUMBERS = { INF: Infinity, '-INF': -Infinity };
  const values = series.rows.map((r) => NUMBERS[r[valueField]] ?? r[valueField]).filter((v) => typeof v === 'number');
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/**
 * Range query: $top/$skip page series (each with all its steps), ordered by the mean value or by
 * labels; rows stay series by series in time order. Returns the rows and the count before paging.
 */
function pageSeries(seriesList, q, plan) {
  let list = seriesList;
  if (plan.order !== null) {
    const key = (series, field) => (field === plan.valueName ? seriesMean(series, plan.valueName) : series.fields[field] ?? null);
    list = list
      .map((series, index) => ({ series, index }))
      .sort(function byOrder(a, b) {
        for (const { field, direction } of plan.order) {
          const order = compareForOrder(key(a.series, field), key(b.series, field));
          if (order !== 0) return direction === 'desc' ? -order : order;
        }
        return a.index - b.index;
      })
      .map((entry) => entry.series);
  }
  const total = list.reduce((n, s) => n + s.rows.length, 0);
  if (plan.applied.includes('$skip')) list = list.slice(q.skip);
  if (plan.applied.includes('$top')) list = list.slice(0, q.top);
  let rows = list.flatMap((s) => s.rows);
  if (q.select !== null) rows = rows.map((row) => Object.fromEntries(q.select.map((name) => [name, row[name] ?? null])));
  return { value: rows, total };
}

export function translateResult(input, ctx) {
  const body = readResponse(input);
  const q = input.query === undefined ? null : normalizeQuery(input.query);
  if (Array.isArray(body.warnings)) for (const w of body.warnings) ctx?.log?.warn(`prometheus warning: ${w}`);
  const context = input.context || '$metadata#Metrics';
  const valueField = q?.aggregate ? q.aggregate.as : 'value';
  const defaultMetric = q !== null && q.aggregate === null && q.metric !== null ? q.metric : undefined;
  const seriesList = convertSeries(body.data, valueField, defaultMetric, ctx);
  if (q === null) return odataResult({ context, value: seriesList.flatMap((s) => s.rows) });
  const isRange = q.step !== null;
  const plan = planPaging(q, isRange ? 'range' : 'instant');
  const page = isRange ? pageSeries(seriesList, q, plan) : pageRows(seriesList.flatMap((s) => s.rows), q, { valueField });
  return odataResult({ context, value: page.value, count: q.count ? page.total : page.value.length });
}
