// REST adapter: an OData query against a JSON REST API. The parts the API can answer (the metric in
// the URL template, the time range, `eq` on fields mapped to query parameters) are sent to it; the
// whole query is then applied to the rows it returns with the dialect's reference evaluator, so
// results mean what they mean in every other adapter. Semantics: docs/query-adapters.md.
// Runs in a bare V8 isolate (no URL, no URLSearchParams): `corral build` bundles the shared dialect.
import { applyQuery, invalidInput, isPlainObject, normalizeQuery, odataResult, readTranslateInput, toNormalForm, unsupported } from '../../shared/odata/index.js';
import { readConfig } from './config.js';

const ADAPTER = 'REST adapter';

/** The `eq` conditions ANDed at the top of the filter whose field the API takes as a parameter. */
function serverFilters(q, config) {
  if (q.filter === null) return {};
  const normal = toNormalForm(q.filter, { where: q.optionName('filter'), fieldType: (name) => config.fields[name] });
  const conjuncts = normal.type === 'and' ? normal.operands : [normal];
  const params = {};
  for (const leaf of conjuncts) {
    if (leaf.type !== 'compare' || leaf.op !== 'eq' || leaf.value === null || leaf.transform !== null) continue;
    const param = config.filters[leaf.field];
    if (param !== undefined && !(param in params)) params[param] = String(leaf.value);
  }
  return params;
}

function buildRequest(q, config) {
  if (q.search !== null) throw unsupported(q.optionName('search'), '$search', ADAPTER);
  if (q.time !== null) throw unsupported(q.optionName('time'), 'an instant query ($time)', ADAPTER, 'give $from and $to');
  if (config.urlTemplate.includes('{metric}') && q.metric === null) throw invalidInput(`${q.optionName('metric')}: required (the URL template has {metric})`);
  const path = config.urlTemplate.replace('{metric}', () => encodeURIComponent(q.metric));
  const params = serverFilters(q, config);
  const rangeField = (key) => {
    const value = q[key];
    if (value === null) return;
    if (config[key] === undefined) throw unsupported(q.optionName(key), `$${key}`, ADAPTER, `map it to a query parameter in config.parameters.${key}`);
    params[config[key]] = new Date(value).toISOString();
  };
  rangeField('from');
  rangeField('to');
  // Paging runs after the client-side filter and order, so the API is asked for up to maxRows.
  if (config.limitParameter !== undefined) params[config.limitParameter] = String(config.maxRows);
  const search = Object.entries(params).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  return { method: 'GET', url: `${config.baseUrl}${path}${search ? `?${search}` : ''}`, server: params };
}

function translateQuery(input, ctx) {
  const config = readConfig(ctx);
  const q = readTranslateInput(input);
  const request = buildRequest(q, config);
  const client = ['$filter', '$orderby', '$skip', '$top', '$select', '$apply', '$count'].filter((name) => {
    const key = name.slice(1) === 'apply' ? 'aggregate' : name.slice(1);
    return key === 'count' ? q.count : q[key] !== null;
  });
  return { method: request.method, url: request.url, server: request.server, client };
}

function rowsAt(body, config) {
  let value = body;
  for (const [i, key] of config.resultPath.entries()) {
    if (!isPlainObject(value) || !(key in value)) throw invalidInput(`response: no '${config.resultPath.slice(0, i + 1).join('.')}' (config.resultPath is '${config.resultPath.join('.')}')`);
    value = value[key];
  }
  if (!Array.isArray(value)) throw invalidInput(`response.${config.resultPath.join('.') || '(top level)'}: expected an array of rows`);
  return value.map(function renameRow(row, i) {
    if (!isPlainObject(row)) throw invalidInput(`response.${config.resultPath.join('.')}[${i}]: expected an object`);
    const out = {};
    for (const [key, v] of Object.entries(row)) out[config.fieldNames[key] ?? key] = v;
    return out;
  });
}

function shape(rows, q, config, context) {
  const truncated = rows.length >= config.maxRows;
  const page = applyQuery(rows, q, { fieldType: (name) => config.fields[name] });
  const result = odataResult({ context, value: page.value, count: page.total });
  if (truncated) result['@corral.truncated'] = `the API returned ${rows.length} rows (config.maxRows); results beyond them are not seen`;
  return result;
}

async function query(input, ctx) {
  const config = readConfig(ctx);
  const q = readTranslateInput(input);
  const request = buildRequest(q, config);
  const headers = { ...config.headers };
  if (config.apiToken !== '') headers[config.tokenHeader] = `${config.tokenPrefix}${config.apiToken}`;
  const response = await ctx.fetch(request.url, { method: 'GET', headers });
  const text = await response.text();
  if (!response.ok) throw new Error(`the REST API answered ${response.status} for GET ${request.url}: ${text.slice(0, 200)}`);
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`the REST API's answer to GET ${request.url} is not JSON: ${text.slice(0, 80)}`);
  }
  return shape(rowsAt(body, config).slice(0, config.maxRows), q, config, input.context ?? '$metadata#Metrics');
}

function translateResult(input, ctx) {
  const config = readConfig(ctx);
  if (!isPlainObject(input) || input.response === undefined) throw invalidInput('input.response: expected the REST API\'s JSON answer');
  const q = normalizeQuery(input.query ?? {});
  return shape(rowsAt(input.response, config), q, config, input.context ?? '$metadata#Metrics');
}

export default {
  'translate-query': translateQuery,
  query,
  'translate-result': translateResult,
};
