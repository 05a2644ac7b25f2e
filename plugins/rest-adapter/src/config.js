import { FIELD_TYPES, IDENTIFIER_RE, isPlainObject } from '../../shared/odata/index.js';

const HEADER_RE = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
const PARAM_RE = /^[A-Za-z0-9_.~-]+$/;

function configError(message) {
  const error = new Error(`plugin config: ${message}`);
  error.name = 'ConfigError';
  return error;
}

function stringMap(value, key, check) {
  if (value === undefined) return {};
  if (!isPlainObject(value)) throw configError(`config.${key}: expected an object`);
  for (const [name, v] of Object.entries(value)) check(name, v, `config.${key}.${name}`);
  return value;
}

export function readConfig(ctx) {
  const config = isPlainObject(ctx?.config) ? ctx.config : {};
  if (typeof config.baseUrl !== 'string' || !/^https?:\/\/[^/?#]+$/.test(config.baseUrl.replace(/\/$/, ''))) {
    throw configError('config.baseUrl: expected an http(s) origin such as "https://metrics.example.com"');
  }
  if (typeof config.urlTemplate !== 'string' || !config.urlTemplate.startsWith('/')) throw configError('config.urlTemplate: expected a path starting with "/", e.g. "/api/metrics/{metric}"');
  for (const [, name] of config.urlTemplate.matchAll(/\{([^}]*)\}/g)) {
    if (name !== 'metric') throw configError(`config.urlTemplate: unknown variable {${name}} (only {metric})`);
  }
  const fields = stringMap(config.fields, 'fields', (name, type, where) => {
    if (!IDENTIFIER_RE.test(name) || !FIELD_TYPES.includes(type)) throw configError(`${where}: expected one of ${FIELD_TYPES.join(', ')}`);
  });
  const parameters = isPlainObject(config.parameters) ? config.parameters : {};
  const filters = stringMap(parameters.filters, 'parameters.filters', (name, param, where) => {
    if (!(name in fields) || typeof param !== 'string' || !PARAM_RE.test(param)) throw configError(`${where}: expected a query parameter name for a field in config.fields`);
  });
  for (const key of ['from', 'to']) {
    if (parameters[key] !== undefined && (typeof parameters[key] !== 'string' || !PARAM_RE.test(parameters[key]))) throw configError(`config.parameters.${key}: expected a query parameter name`);
  }
  const fieldNames = stringMap(config.fieldNames, 'fieldNames', (name, target, where) => {
    if (typeof target !== 'string' || !(target in fields)) throw configError(`${where}: expected a field of config.fields`);
  });
  const headers = stringMap(config.headers, 'headers', (name, value, where) => {
    if (!HEADER_RE.test(name) || typeof value !== 'string') throw configError(`${where}: expected a header value string`);
  });
  if (typeof config.resultPath !== 'string' || !/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$|^$/.test(config.resultPath)) throw configError('config.resultPath: expected a dotted path such as "data.items" ("" for a top-level array)');
  const maxRows = config.maxRows ?? 1000;
  if (!Number.isSafeInteger(maxRows) || maxRows < 1) throw configError('config.maxRows: expected a positive integer');
  return {
    baseUrl: config.baseUrl.replace(/\/$/, ''),
    urlTemplate: config.urlTemplate,
    fields,
    filters,
    from: parameters.from,
    to: parameters.to,
    limitParameter: typeof config.limitParameter === 'string' && PARAM_RE.test(config.limitParameter) ? config.limitParameter : undefined,
    resultPath: config.resultPath === '' ? [] : config.resultPath.split('.'),
    fieldNames,
    headers,
    tokenHeader: typeof config.tokenHeader === 'string' && HEADER_RE.test(config.tokenHeader) ? config.tokenHeader : 'authorization',
    tokenPrefix: typeof config.tokenPrefix === 'string' ? config.tokenPrefix : 'Bearer ',
    apiToken: typeof config.apiToken === 'string' ? config.apiToken : '',
    maxRows,
  };
}
