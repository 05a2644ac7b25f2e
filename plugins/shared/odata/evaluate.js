// The dialect's meaning, executed in memory: the reference the adapters are checked against, and what
// an adapter uses for the parts of a query its backend cannot run (the REST adapter's residual filter,
// Prometheus's $orderby/$skip/$select). It reads the parsed AST directly (not the normal form the
// adapters render), with OData's three-valued logic: and/or/not are Kleene's, comparisons are
// two-valued, string functions of null are null, and a row is kept only when the filter is true.
import { invalidInput } from './errors.js';
import { applyTransform, coerceLiteral } from './literal-types.js';

function fieldValue(row, operand) {
  const value = row[operand.name];
  if (value === undefined || value === null) return null;
  if (operand.transform === null || operand.transform === undefined) return value;
  return typeof value === 'string' ? applyTransform(value, operand.transform) : null;
}

function sameType(a, b) {
  return typeof a === typeof b;
}

function datetimeMs(value) {
  return typeof value === 'string' ? Date.parse(value) : Number.NaN;
}

function compareValues(op, left, right, type) {
  if (op === 'eq' || op === 'ne') {
    let equal;
    if (left === null || right === null) equal = left === right;
    else if (type === 'datetime') equal = datetimeMs(left) === datetimeMs(right);
    else equal = sameType(left, right) && left === right;
    return op === 'eq' ? equal : !equal;
  }
  if (left === null || right === null) return false;
  let a = left;
  let b = right;
  if (type === 'datetime') { a = datetimeMs(left); b = datetimeMs(right); }
  else if (!sameType(a, b) || typeof a === 'boolean') return false;
  if (op === 'gt') return a > b;
  if (op === 'ge') return a >= b;
  if (op === 'lt') return a < b;
  return a <= b;
}

const MIRRORED = { eq: 'eq', ne: 'ne', gt: 'lt', lt: 'gt', ge: 'le', le: 'ge' };

/** true, false or null (unknown) for one row; `fieldType(name)` as in toNormalForm. */
export function evaluateFilter(ast, row, { fieldType = () => undefined, where = 'filter' } = {}) {
  function evaluate(node) {
    switch (node.type) {
      case 'and': {
        const left = evaluate(node.left);
        const right = evaluate(node.right);
        if (left === false || right === false) return false;
        return left === true && right === true ? true : null;
      }
      case 'or': {
        const left = evaluate(node.left);
        const right = evaluate(node.right);
        if (left === true || right === true) return true;
        return left === false && right === false ? false : null;
      }
      case 'not': {
        const inner = evaluate(node.operand);
        return inner === null ? null : !inner;
      }
      case 'compare': {
        let { op, left, right } = node;
        if (left.kind === 'literal' && right.kind === 'field') { [left, right] = [right, left]; op = MIRRORED[op]; }
        if (left.kind !== 'field' || right.kind !== 'literal') throw invalidInput(`${where}: each comparison needs a field on one side and a literal on the other`);
        const type = fieldType(left.name);
        return compareValues(op, fieldValue(row, left), coerceLiteral(right.value, type, left.name, where), type);
      }
      case 'function': {
        const type = fieldType(node.field);
        if (type !== undefined && type !== 'string') throw invalidInput(`${where}: ${node.name}() applies to string fields; '${node.field}' is a ${type} field`);
        const value = fieldValue(row, { name: node.field, transform: node.transform });
        if (typeof value !== 'string') return null;
        if (node.name === 'contains') return value.includes(node.value);
        if (node.name === 'startswith') return value.startsWith(node.value);
        return value.endsWith(node.value);
      }
      case 'in': {
        const value = fieldValue(row, { name: node.field, transform: node.transform });
        const type = fieldType(node.field);
        return node.values.some((v) => compareValues('eq', value, coerceLiteral(v, type, node.field, where), type));
      }
      default:
        throw invalidInput(`${where}: unknown filter node '${node.type}'`);
    }
  }
  return evaluate(ast);
}

/** OData orders null before every value when ascending (and so after every value when descending). */
export function compareForOrder(a, b) {
  const x = a === undefined ? null : a;
  const y = b === undefined ? null : b;
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  const sx = String(x);
  const sy = String(y);
  return sx < sy ? -1 : sx > sy ? 1 : 0;
}

export function sortRows(rows, orderby) {
  return rows
    .map((row, index) => ({ row, index }))
    .sort(function byOrderItems(a, b) {
      for (const { field, direction } of orderby) {
        const order = compareForOrder(a.row[field], b.row[field]);
        if (order !== 0) return direction === 'desc' ? -order : order;
      }
      return a.index - b.index; // stable: equal keys keep their input order
    })
    .map((entry) => entry.row);
}

function aggregateValues(op, values) {
  if (op === 'count') return values.length;
  const present = values.filter((v) => typeof v === 'number');
  if (present.length === 0) return null; // like SQL: an aggregate over no values is null
  if (op === 'sum') return present.reduce((a, b) => a + b, 0);
  if (op === 'avg') return present.reduce((a, b) => a + b, 0) / present.length;
  if (op === 'min') return Math.min(...present);
  return Math.max(...present);
}

/** $apply over rows: one row per group with the grouping fields and the aggregate under its alias. */
export function aggregateRows(rows, aggregate) {
  const groups = new Map();
  for (const row of rows) {
    const key = JSON.stringify(aggregate.by.map((name) => row[name] ?? null));
    let group = groups.get(key);
    if (group === undefined) {
      group = { keys: Object.fromEntries(aggregate.by.map((name) => [name, row[name] ?? null])), values: [] };
      groups.set(key, group);
    }
    group.values.push(aggregate.field === null ? 1 : row[aggregate.field] ?? null);
  }
  if (groups.size === 0 && aggregate.by.length === 0) groups.set('[]', { keys: {}, values: [] });
  return [...groups.values()].map((g) => ({ ...g.keys, [aggregate.as]: aggregateValues(aggregate.op, g.values) }));
}

/**
 * The whole query over in-memory rows, in OData's order of evaluation: $filter, $apply, $orderby,
 * $skip, $top, $select. `defaultOrder` is what $top means without $orderby (by value, descending, in
 * this dialect). Returns the page and the number of rows before paging (`@odata.count`).
 */
export function applyQuery(rows, q, { fieldType, valueField = 'value', where } = {}) {
  let result = q.filter === null ? rows : rows.filter((row) => evaluateFilter(q.filter, row, { fieldType, where: where ?? q.optionName('filter') }) === true);
  if (q.aggregate !== null) result = aggregateRows(result, q.aggregate);
  return pageRows(result, q, { valueField: q.aggregate !== null ? q.aggregate.as : valueField });
}

/** $orderby, $skip, $top and $select over rows already filtered (and aggregated). */
export function pageRows(rows, q, { valueField = 'value' } = {}) {
  let result = rows;
  const orderby = q.orderby ?? (q.top !== null ? [{ field: valueField, direction: 'desc' }] : null);
  if (orderby !== null) result = sortRows(result, orderby);
  const total = result.length;
  if (q.skip !== null) result = result.slice(q.skip);
  if (q.top !== null) result = result.slice(0, q.top);
  if (q.select !== null) result = result.map((row) => Object.fromEntries(q.select.map((name) => [name, row[name] ?? null])));
  return { value: result, total };
}
