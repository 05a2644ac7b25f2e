// The filter in negation normal form: `not` pushed down to the conditions, and/or flattened, constant
// parts folded. Every adapter renders this form, so the null rules below are decided once:
//
//   comparisons are two-valued (OData: `null eq null` is true, `null gt 5` and `null eq 'a'` are false),
//     so `not (x gt 5)` is true when x is null and `x ne 'a'` keeps rows where x is null;
//   contains/startswith/endswith of null are null (unknown), and `not null` stays null: both a condition
//     and its negation are false when the field is null;
//   `x in (...)` is the or of eq's: two-valued, its negation keeps null rows.
//
// A leaf is therefore "true" in exactly the cases its fields say; and/or of leaves need no null care.
import { invalidInput } from './errors.js';
import { applyTransform, coerceLiteral } from './literal-types.js';

const MIRRORED = { eq: 'eq', ne: 'ne', gt: 'lt', lt: 'gt', ge: 'le', le: 'ge' };
const ORDERING = new Set(['gt', 'ge', 'lt', 'le']);
export const TRUE = Object.freeze({ type: 'const', value: true });
export const FALSE = Object.freeze({ type: 'const', value: false });

/**
 * Leaves:
 *   { type: 'compare', field, transform, op: 'eq'|'ne', value }                (value may be null)
 *   { type: 'compare', field, transform, op: 'gt'|'ge'|'lt'|'le', value, negated }  (value never null;
 *       negated = "not (field op value)", true also when the field is null)
 *   { type: 'function', name, field, transform, value, negated }   (false whenever the field is null)
 *   { type: 'in', field, transform, values, negated }              (negated is true when the field is null)
 *   { type: 'const', value }
 * Branches: { type: 'and'|'or', operands: [...] } with two or more operands.
 * `fieldType(name)` returns 'string' | 'number' | 'boolean' | 'datetime' or undefined (untyped).
 */
export function toNormalForm(ast, { where, fieldType = () => undefined }) {
  function visit(node, negated) {
    switch (node.type) {
      case 'not': return visit(node.operand, !negated);
      case 'and':
      case 'or': {
        const isAnd = (node.type === 'and') !== negated; // De Morgan
        return combine(isAnd ? 'and' : 'or', [visit(node.left, negated), visit(node.right, negated)]);
      }
      case 'compare': return compareLeaf(node, negated);
      case 'function': return functionLeaf(node, negated);
      case 'in': return inLeaf(node, negated);
      default: throw invalidInput(`${where}: unknown filter node '${node.type}'`);
    }
  }

  function checkTransform(fieldName, transform) {
    const type = fieldType(fieldName);
    if (transform !== null && type !== undefined && type !== 'string') {
      throw invalidInput(`${where}: ${transform}() applies to string fields; '${fieldName}' is a ${type} field`);
    }
  }

  function compareLeaf(node, negated) {
    let { op, left, right } = node;
    if (left.kind === 'literal' && right.kind === 'field') { [left, right] = [right, left]; op = MIRRORED[op]; }
    if (left.kind !== 'field' || right.kind !== 'literal') {
      throw invalidInput(`${where}: each comparison needs a field on one side and a literal on the other (comparing two ${left.kind === 'field' ? 'fields' : 'literals'} is not supported)`);
    }
    checkTransform(left.name, left.transform);
    let value = coerceLiteral(right.value, fieldType(left.name), left.name, where);
    const transform = left.transform;
    if (transform !== null && value !== null && typeof value !== 'string') {
      throw invalidInput(`${where}: ${transform}(${left.name}) is compared with ${typeof value} ${String(value)}; expected a string`);
    }
    if (ORDERING.has(op)) {
      // Any ordering comparison with null is false, so its negation is true.
      if (value === null) return negated ? TRUE : FALSE;
      return { type: 'compare', field: left.name, transform, op, value, negated };
    }
    if (negated) op = op === 'eq' ? 'ne' : 'eq';
    // tolower(x) is never 'ABC': eq is false for every row (null too), ne true for every row.
    if (transform !== null && value !== null && applyTransform(value, transform) !== value) return op === 'eq' ? FALSE : TRUE;
    return { type: 'compare', field: left.name, transform, op, value };
  }

  function functionLeaf(node, negated) {
    checkTransform(node.field, node.transform);
    const type = fieldType(node.field);
    if (type !== undefined && type !== 'string') throw invalidInput(`${where}: ${node.name}() applies to string fields; '${node.field}' is a ${type} field`);
    if (node.transform !== null && applyTransform(node.value, node.transform) !== node.value) {
      // No transformed value contains an upper-case 'A' (say): false when present; negated, "present".
      return negated ? { type: 'compare', field: node.field, transform: null, op: 'ne', value: null } : FALSE;
    }
    return { type: 'function', name: node.name, field: node.field, transform: node.transform, value: node.value, negated };
  }

  function inLeaf(node, negated) {
    checkTransform(node.field, node.transform);
    const type = fieldType(node.field);
    let values = node.values.map((v) => coerceLiteral(v, type, node.field, where));
    if (node.transform !== null) {
      for (const v of values) if (typeof v !== 'string') throw invalidInput(`${where}: ${node.transform}(${node.field}) in (...) lists ${typeof v} ${String(v)}; expected strings`);
      values = values.filter((v) => applyTransform(v, node.transform) === v);
    }
    values = [...new Set(values)];
    if (values.length === 0) return negated ? TRUE : FALSE;
    return { type: 'in', field: node.field, transform: node.transform, values, negated };
  }

  return visit(ast, false);
}

/** and/or with flattening and constant folding; one operand stands for itself. */
export function combine(type, operands) {
  const absorbing = type === 'and' ? false : true;
  const flat = [];
  for (const operand of operands) {
    if (operand.type === 'const') {
      if (operand.value === absorbing) return absorbing ? TRUE : FALSE;
      continue; // the neutral element
    }
    if (operand.type === type) flat.push(...operand.operands);
    else flat.push(operand);
  }
  if (flat.length === 0) return absorbing ? FALSE : TRUE;
  if (flat.length === 1) return flat[0];
  return { type, operands: flat };
}

/** Every field a normal form mentions, for allow-list checks before rendering. */
export function fieldsOf(node, into = new Set()) {
  if (node.type === 'and' || node.type === 'or') for (const operand of node.operands) fieldsOf(operand, into);
  else if (node.type !== 'const') into.add(node.field);
  return into;
}
