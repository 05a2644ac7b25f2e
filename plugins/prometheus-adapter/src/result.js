// Prometheus HTTP API response → the OData result shape every adapter returns: one row per series
// (instant) or per sample (range), labels as fields like SQL columns, `metric` from __name__.
import { invalidInput, isPlainObject, normalizeQuery, odataResult, pageRows } from '../../shared/odata/index.js';

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

function seriesFields(metric) {
  const { __name__: name, ...labels } = isPlainObject(metric) ? metric : {};
  return name === undefined ? labels : { metric: name, ...labels };
}

export function translateResult(input, ctx) {
  if (!isPlainObject(input) || !isPlainObject(input.response)) throw invalidInput('input.response: expected a Prometheus HTTP API response object');
  if (input.context !== undefined && typeof input.context !== 'string') throw invalidInput('input.context: expected a string');
  const q = input.query === undefined ? null : normalizeQuery(input.query);
  const valueField = q?.aggregate ? q.aggregate.as : 'value';
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
  const rows = [];
  const field = 'input.response.data.result';
  if (data.resultType === 'vector' || data.resultType === 'matrix') {
    if (!Array.isArray(result)) throw invalidInput(`${field}: expected an array`);
    result.forEach(function convertSeries(series, i) {
      if (series?.histogram !== undefined || series?.histograms !== undefined) {
        ctx?.log?.warn(`skipping native histogram series ${i}: not representable as a single value`);
        return;
      }
      const fields = seriesFields(series?.metric);
      const pairs = data.resultType === 'vector' ? [series?.value] : series?.values;
      if (!Array.isArray(pairs)) throw invalidInput(`${field}[${i}].values: expected an array of [timestamp, "value"] pairs`);
      pairs.forEach(function convertSample(pair, j) {
        const where = `${field}[${i}]${data.resultType === 'vector' ? '.value' : `.values[${j}]`}`;
        const [ts, raw] = samplePair(pair, where);
        rows.push({ ...fields, timestamp: sampleTime(ts, where), [valueField]: sampleValue(raw, where) });
      });
    });
  } else if (data.resultType === 'scalar' || data.resultType === 'string') {
    const [ts, raw] = samplePair(result, field);
    rows.push({ timestamp: sampleTime(ts, field), [valueField]: data.resultType === 'scalar' ? sampleValue(raw, field) : String(raw) });
  } else {
    throw invalidInput('input.response.data.resultType: expected one of vector, matrix, scalar, string');
  }
  const context = input.context || '$metadata#Metrics';
  if (q === null) return odataResult({ context, value: rows });
  // What PromQL could not do: ordering by labels, $skip, $select, and the count before paging. A
  // range query's series were already ranked and cut to $top by the query itself.
  if (data.resultType === 'matrix') return odataResult({ context, value: pageRows(rows, { ...q, orderby: null, top: null, skip: null }).value });
  const page = pageRows(rows, q, { valueField });
  return odataResult({ context, value: page.value, count: page.total });
}
