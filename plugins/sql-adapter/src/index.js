// SQL adapter: translates an OData query (the same string/object every query adapter takes) into one
// parameterised SELECT for SQLite or PostgreSQL. Identifiers are checked against the manifest's column
// allow-list and quoted; every value travels in `params`, never inside the SQL text. The semantics
// table is docs/query-adapters/sql-adapter.md.
// Runs in a bare V8 isolate: `corral build` bundles this file and the shared OData dialect
// (plugins/shared/odata) into index.js, the one module the manifest names.
import { invalidInput, isPlainObject, odataResult, readTranslateInput, toNormalForm, unsupported, fieldsOf } from '../../shared/odata/index.js';
import { readConfig } from './config.js';
import { renderWhere } from './render-filter.js';

const ADAPTER = 'SQL adapter';
const AGGREGATES = { sum: 'SUM', avg: 'AVG', min: 'MIN', max: 'MAX' };

function translateQuery(input, ctx) {
  const config = readConfig(ctx);
  const q = readTranslateInput(input);
  const { dialect } = config;
  if (q.time !== null) throw unsupported(q.optionName('time'), 'an instant query ($time)', ADAPTER, 'give $from and $to');
  if (q.search !== null) throw unsupported(q.optionName('search'), '$search', ADAPTER, 'use contains() on a column in $filter');
  const ignored = q.step !== null ? [q.optionName('step')] : [];

  const params = [];
  const param = (value) => { params.push(dialect.bindValue(value)); return dialect.placeholder(params.length); };
  const column = (name, field) => {
    if (!config.columns.includes(name)) throw invalidInput(`${field}: unknown column '${name}' (allowed: ${config.columns.join(', ')})`);
    return dialect.quoteIdentifier(name);
  };
  const fieldType = (name) => config.types[name];

  const conditions = [];
  if (q.metric !== null) conditions.push(`${column(config.metricColumn, q.optionName('metric'))} = ${param(q.metric)}`);
  if (q.from !== null) conditions.push(`${column(config.timeColumn, q.optionName('from'))} >= ${param(new Date(q.from).toISOString())}`);
  if (q.to !== null) conditions.push(`${column(config.timeColumn, q.optionName('to'))} < ${param(new Date(q.to).toISOString())}`);
  if (q.filter !== null) {
    const where = q.optionName('filter');
    const normal = toNormalForm(q.filter, { where, fieldType });
    for (const name of fieldsOf(normal)) column(name, where);
    const text = renderWhere(normal, { dialect, column: (name) => column(name, where), param, isText: (name) => fieldType(name) === 'string' });
    // A top-level OR comes back parenthesised, so it can be ANDed with the conditions above.
    if (text !== '1 = 1') conditions.push(text);
  }
  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  const from = ` FROM ${dialect.quoteIdentifier(config.table)}`;

  let selectList = '*';
  let groupBy = '';
  let orderable = config.columns;
  let valueName = config.valueColumn;
  if (q.aggregate !== null) {
    const applyField = q.optionName('apply');
    const by = q.aggregate.by.map((name) => column(name, `${applyField} groupby`));
    const measured = q.aggregate.field === 'value' ? config.valueColumn : q.aggregate.field;
    if (measured !== null && config.types[measured] !== undefined && config.types[measured] !== 'number' && q.aggregate.op !== 'min' && q.aggregate.op !== 'max') {
      throw invalidInput(`${applyField}: ${q.aggregate.op} needs a number column; '${measured}' is ${config.types[measured]}`);
    }
    const measure = q.aggregate.op === 'count' ? 'COUNT(*)' : `${AGGREGATES[q.aggregate.op]}(${column(measured, applyField)})`;
    const alias = q.aggregate.as === 'value' ? config.valueColumn : q.aggregate.as;
    selectList = [...by, `${measure} AS ${dialect.quoteIdentifier(alias)}`].join(', ');
    if (by.length) groupBy = ` GROUP BY ${by.join(', ')}`;
    orderable = [...q.aggregate.by, alias];
    valueName = alias;
  } else if (q.select !== null) {
    selectList = q.select.map((name) => column(name, q.optionName('select'))).join(', ');
  }

  // $top without $orderby means "by value, descending" in every adapter (what PromQL's topk means).
  const order = q.orderby ?? (q.top !== null ? [{ field: valueName, direction: 'desc' }] : null);
  let orderBy = '';
  if (order !== null) {
    const items = order.map(function renderOrderItem(item) {
      if (!orderable.includes(item.field)) {
        throw invalidInput(`${q.optionName('orderby')}: cannot order by '${item.field}' (allowed: ${orderable.join(', ')})`);
      }
      const quoted = dialect.quoteIdentifier(item.field);
      const text = config.types[item.field] === 'string' ? dialect.orderText(quoted) : quoted;
      // OData puts nulls first when ascending, last when descending.
      return `${text} ${item.direction === 'asc' ? 'ASC NULLS FIRST' : 'DESC NULLS LAST'}`;
    });
    orderBy = ` ORDER BY ${items.join(', ')}`;
  }

  // Always LIMIT: an untrusted query must not be able to request an unbounded scan.
  if (q.top !== null && q.top > config.maxRows) throw invalidInput(`${q.optionName('top')}: at most ${config.maxRows} rows may be requested`);
  const whereParams = params.length;
  let paging = ` LIMIT ${param(q.top !== null ? q.top : config.maxRows)}`;
  if (q.skip !== null) paging += ` OFFSET ${param(q.skip)}`;

  const sql = `SELECT ${selectList}${from}${where}${groupBy}${orderBy}${paging}`;
  const result = { dialect: dialect.name, sql, params };
  if (q.count) {
    // @odata.count is every matching row (or group), whatever the page.
    const counted = groupBy ? `SELECT COUNT(*) AS "count" FROM (SELECT 1 AS one${from}${where}${groupBy}) AS "groups"` : `SELECT COUNT(*) AS "count"${from}${where}`;
    result.countSql = counted;
    result.countParams = params.slice(0, whereParams);
  }
  if (ignored.length) result.ignored = ignored.map((name) => `${name}: SQL returns every stored row in the range`);
  return result;
}

/** Rows as the driver returned them → the OData result every adapter returns. */
function translateResult(input) {
  if (!isPlainObject(input)) throw invalidInput('input: expected an object with "rows"');
  if (!Array.isArray(input.rows)) throw invalidInput('input.rows: expected an array of row objects');
  input.rows.forEach((row, i) => { if (!isPlainObject(row)) throw invalidInput(`input.rows[${i}]: expected an object`); });
  if (input.context !== undefined && typeof input.context !== 'string') throw invalidInput('input.context: expected a string');
  let count;
  if (input.total !== undefined) {
    const total = typeof input.total === 'string' && /^\d+$/.test(input.total) ? Number(input.total) : input.total;
    if (!Number.isSafeInteger(total) || total < 0) throw invalidInput('input.total: expected the non-negative integer countSql returned');
    count = total;
  }
  return odataResult({ context: input.context ?? '$metadata#Metrics', value: input.rows.map((row) => ({ ...row })), count });
}

export default {
  'translate-query': translateQuery,
  'translate-result': translateResult,
};
