import { IDENTIFIER_RE, isPlainObject } from '../../shared/odata/index.js';

/** Elasticsearch mapping types the adapter knows; keyword and text are both strings to the dialect. */
export const ES_TYPES = { keyword: 'string', text: 'string', number: 'number', boolean: 'boolean', datetime: 'datetime' };
const FIELD_RE = /^[A-Za-z_@][A-Za-z0-9_.@-]*$/;
const INDEX_RE = /^[a-z0-9*][a-z0-9*,._-]*$/;
/** index.max_result_window's default: from + size beyond it is refused by Elasticsearch. */
export const MAX_RESULT_WINDOW = 10000;

function configError(message) {
  const error = new Error(`plugin config: ${message}`);
  error.name = 'ConfigError';
  return error;
}

export function readConfig(ctx) {
  const config = isPlainObject(ctx?.config) ? ctx.config : {};
  if (typeof config.index !== 'string' || !INDEX_RE.test(config.index)) throw configError('config.index: expected an index name or pattern such as "metrics-*"');
  if (!isPlainObject(config.fields) || Object.keys(config.fields).length === 0) throw configError('config.fields: expected a map of field names to keyword, text, number, boolean or datetime');
  for (const [name, type] of Object.entries(config.fields)) {
    if (!FIELD_RE.test(name)) throw configError(`config.fields: invalid field name '${name}'`);
    if (!(type in ES_TYPES)) throw configError(`config.fields.${name}: expected one of ${Object.keys(ES_TYPES).join(', ')}`);
  }
  const searchFields = config.searchFields ?? [];
  if (!Array.isArray(searchFields) || !searchFields.every((f) => config.fields[f] === 'text')) throw configError('config.searchFields: expected names of text fields');
  const maxSize = config.maxSize ?? 1000;
  if (!Number.isSafeInteger(maxSize) || maxSize < 1 || maxSize > MAX_RESULT_WINDOW) throw configError(`config.maxSize: expected an integer from 1 to ${MAX_RESULT_WINDOW}`);
  const named = (key, fallback) => {
    const value = config[key] ?? fallback;
    if (!(value in config.fields) || !IDENTIFIER_RE.test(value.replace(/[.@-]/g, '_'))) throw configError(`config.${key}: '${value}' is not in config.fields`);
    return value;
  };
  return {
    index: config.index,
    fields: config.fields,
    metricField: named('metricField', 'metric'),
    timeField: named('timeField', 'timestamp'),
    valueField: named('valueField', 'value'),
    searchFields,
    maxSize,
  };
}
