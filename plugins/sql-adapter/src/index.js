// SQL adapter: translates an OData-style query (the same string/object shape the prometheus-adapter
// accepts) into one parameterised SELECT. Identifiers are checked against the manifest's column
// allow-list and quoted; every value travels in `params`, never inside the SQL text.
// Runs in a bare V8 isolate: `corral build` bundles this file and the shared OData dialect
// (plugins/shared/odata) into index.js, the one module the manifest names.

import { IDENTIFIER_RE, invalidInput, isPlainObject, normalizeQuery, parseDuration } from '../../shared/odata/index.js';


// ---- SQL generation ----

const SQL_OPERATORS = { eq: '=', ne: '<>', gt: '>', lt: '<', ge: '>=', le: '<=' };
const MIRRORED = { eq: 'eq', ne: 'ne', gt: 'lt', lt: 'gt', ge: 'le', le: 'ge' };
// '!' rather than backslash: backslash escapes differ between MySQL and standard SQL string literals.
const LIKE_ESCAPE = '!';
const TABLE_RE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

function configError(message) {
  const error = new Error(`plugin config: ${message}`);
  error.name = 'ConfigError';
  return error;
}

/** Validates the manifest config once per call (it is tiny) so a bad deployment fails loudly. */
function readConfig(ctx) {
  const config = isPlainObject(ctx?.config) ? ctx.config : {};
  if (typeof config.table !== 'string' || !TABLE_RE.test(config.table)) {
    throw configError('config.table: expected a table name such as "metrics" or "schema.metrics"');
  }
  if (!Array.isArray(config.columns) || config.columns.length === 0 || !config.columns.every((c) => typeof c === 'string' && IDENTIFIER_RE.test(c))) {
    throw configError('config.columns: expected a non-empty array of column names');
  }
  const maxRows = config.maxRows === undefined ? 1000 : config.maxRows;
  if (!Number.isSafeInteger(maxRows) || maxRows < 1) throw configError('config.maxRows: expected a positive integer');
  return {
    table: config.table,
    columns: config.columns,
    metricColumn: config.metricColumn || 'metric',
    timeColumn: config.timeColumn || 'timestamp',
    valueColumn: config.valueColumn || 'value',
    maxRows,
  };
}

function quoteIdentifier(name) {
  return name.split('.').map((part) => `"${part.replace(/"/g, '""')}"`).join('.');
}

function escapeLike(value) {
  return value.replace(/[!%_]/g, (ch) => LIKE_ESCAPE + ch);
}

/** Renders the filter AST; values are appended to `params` in the same order as their placeholders. */
function renderFilter(ast, params, column, field, outerPrecedence) {
  function operand(node) {
    if (node.kind === 'field') return column(node.name, field);
    params.push(node.value);
    return '?';
  }
  function render(node, parentPrecedence) {
    if (node.type === 'and' || node.type === 'or') {
      const precedence = node.type === 'or' ? 1 : 2;
      const text = `${render(node.left, precedence)} ${node.type.toUpperCase()} ${render(node.right, precedence)}`;
      return precedence < parentPrecedence ? `(${text})` : text;
    }
    if (node.type === 'not') return `NOT (${render(node.operand, 0)})`;
    if (node.type === 'function') {
      const body = escapeLike(node.value);
      const pattern = node.name === 'contains' ? `%${body}%` : node.name === 'startswith' ? `${body}%` : `%${body}`;
      const target = column(node.field, field);
      params.push(pattern);
      return `${target} LIKE ? ESCAPE '${LIKE_ESCAPE}'`;
    }
    let { op, left, right } = node;
    if (left.kind === 'literal' && right.kind === 'field') { [left, right] = [right, left]; op = MIRRORED[op]; }
    if (left.kind !== 'field') throw invalidInput(`${field}: a comparison needs a column on at least one side`);
    if (right.kind === 'literal' && right.value === null) {
      // `= NULL` is never true in SQL; OData's `eq null` means IS NULL.
      if (op !== 'eq' && op !== 'ne') throw invalidInput(`${field}: null can only be compared with eq or ne`);
      return `${column(left.name, field)} IS ${op === 'eq' ? '' : 'NOT '}NULL`;
    }
    return `${operand(left)} ${SQL_OPERATORS[op]} ${operand(right)}`;
  }
  return render(ast, outerPrecedence);
}

function translateQuery(input, ctx) {
  if (!isPlainObject(input)) throw invalidInput('input: expected an object with a "query" field');
  if (input.query === undefined) throw invalidInput('input.query: required (an OData query string or object)');
  const config = readConfig(ctx);
  const q = normalizeQuery(input.query);
  if (q.time !== null) throw invalidInput(`${q.optionName('time')}: instant queries are not supported by the SQL adapter; use from/to`);
  if (q.step !== null) ctx?.log?.debug('ignoring step: SQL returns every stored row in the range');

  function column(name, field) {
    if (!config.columns.includes(name)) throw invalidInput(`${field}: unknown column '${name}' (allowed: ${config.columns.join(', ')})`);
    return quoteIdentifier(name);
  }
  const params = [];
  const conditions = [];
  if (q.metric !== null) {
    conditions.push(`${column(config.metricColumn, q.optionName('metric'))} = ?`);
    params.push(q.metric);
  }
  if (q.from !== null) {
    conditions.push(`${column(config.timeColumn, q.optionName('from'))} >= ?`);
    params.push(new Date(q.from).toISOString());
  }
  if (q.to !== null) {
    conditions.push(`${column(config.timeColumn, q.optionName('to'))} < ?`);
    params.push(new Date(q.to).toISOString());
  }
  if (q.filter !== null) {
    // When ANDed with other conditions, a top-level OR needs parentheses.
    conditions.push(renderFilter(q.filter, params, column, q.optionName('filter'), conditions.length ? 2 : 0));
  }

  let selectList = '*';
  let groupBy = '';
  let orderable = config.columns;
  if (q.aggregate !== null) {
    if (q.select !== null) throw invalidInput(`${q.optionName('select')}: cannot be combined with an aggregation (the grouping columns are selected)`);
    const by = q.aggregate.by.map((name) => column(name, `${q.optionName('apply')}.by`));
    const measure = q.aggregate.op === 'count' ? 'COUNT(*)' : `${q.aggregate.op.toUpperCase()}(${column(config.valueColumn, q.optionName('apply'))})`;
    selectList = [...by, `${measure} AS ${quoteIdentifier(config.valueColumn)}`].join(', ');
    if (by.length) groupBy = ` GROUP BY ${by.join(', ')}`;
    orderable = [...q.aggregate.by, config.valueColumn];
  } else if (q.select !== null) {
    selectList = q.select.map((name) => column(name, q.optionName('select'))).join(', ');
  }

  let orderBy = '';
  if (q.orderby !== null) {
    const items = q.orderby.map(function renderOrderItem(item) {
      if (!orderable.includes(item.field)) {
        throw invalidInput(`${q.optionName('orderby')}: cannot order by '${item.field}' (allowed: ${orderable.join(', ')})`);
      }
      return `${column(item.field, q.optionName('orderby'))} ${item.direction.toUpperCase()}`;
    });
    orderBy = ` ORDER BY ${items.join(', ')}`;
  }

  // Always LIMIT: an untrusted query must not be able to request an unbounded scan.
  if (q.top !== null && q.top > config.maxRows) throw invalidInput(`${q.optionName('top')}: at most ${config.maxRows} rows may be requested`);
  params.push(q.top !== null ? q.top : config.maxRows);
  let paging = ' LIMIT ?';
  if (q.skip !== null) { paging += ' OFFSET ?'; params.push(q.skip); }

  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  const sql = `SELECT ${selectList} FROM ${quoteIdentifier(config.table)}${where}${groupBy}${orderBy}${paging}`;
  return { sql, params };
}

export default {
  'translate-query': translateQuery,
};
