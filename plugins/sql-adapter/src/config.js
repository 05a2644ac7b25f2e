import { FIELD_TYPES, IDENTIFIER_RE, isPlainObject } from '../../shared/odata/index.js';
import { DIALECTS } from './dialects.js';

const TABLE_RE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

function configError(message) {
  const error = new Error(`plugin config: ${message}`);
  error.name = 'ConfigError';
  return error;
}

/**
 * The manifest config, validated on every call (it is tiny) so a bad deployment fails loudly.
 * `columns` maps each allowed column to its type (string, number, boolean, datetime); the older list
 * form is accepted, typing the value column number and the time column datetime.
 */
export function readConfig(ctx) {
  const config = isPlainObject(ctx?.config) ? ctx.config : {};
  const dialect = DIALECTS[config.dialect ?? 'sqlite'];
  if (dialect === undefined) throw configError(`config.dialect: expected one of ${Object.keys(DIALECTS).join(', ')}`);
  if (typeof config.table !== 'string' || !TABLE_RE.test(config.table)) {
    throw configError('config.table: expected a table name such as "metrics" or "schema.metrics"');
  }
  const metricColumn = config.metricColumn ?? 'metric';
  const timeColumn = config.timeColumn ?? 'timestamp';
  const valueColumn = config.valueColumn ?? 'value';
  let types;
  if (Array.isArray(config.columns)) {
    types = Object.fromEntries(config.columns.map((c) => [c, c === valueColumn ? 'number' : c === timeColumn ? 'datetime' : 'string']));
  } else if (isPlainObject(config.columns)) types = { ...config.columns };
  const names = types === undefined ? [] : Object.keys(types);
  if (names.length === 0 || !names.every((c) => typeof c === 'string' && IDENTIFIER_RE.test(c))) {
    throw configError('config.columns: expected a map of column names to types, e.g. { "job": "string", "value": "number" }');
  }
  for (const [name, type] of Object.entries(types)) {
    if (!FIELD_TYPES.includes(type)) throw configError(`config.columns.${name}: expected one of ${FIELD_TYPES.join(', ')}`);
  }
  const maxRows = config.maxRows === undefined ? 1000 : config.maxRows;
  if (!Number.isSafeInteger(maxRows) || maxRows < 1) throw configError('config.maxRows: expected a positive integer');
  return { dialect, table: config.table, types, columns: names, metricColumn, timeColumn, valueColumn, maxRows };
}
