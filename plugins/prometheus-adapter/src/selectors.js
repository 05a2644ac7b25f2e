// The filter's normal form as PromQL: label matchers inside selectors, comparisons on the sample
// value after them, alternatives joined with `or`. Ors of alternatives on one label become one regex
// matcher, so (job eq 'a' or job eq 'b') and (instance eq 'x' or instance eq 'y') is one selector.
import { FALSE, TRUE, combine, invalidInput, unsupported } from '../../shared/odata/index.js';

export const VALUE_FIELD = 'value';
const PROMQL_OPERATORS = { eq: '==', ne: '!=', gt: '>', lt: '<', ge: '>=', le: '<=' };
const NEGATED = { gt: 'le', le: 'gt', lt: 'ge', ge: 'lt' };
// A DNF can grow exponentially ((a or b) and (c or d) and ... on different labels); cap it.
export const MAX_ALTERNATIVES = 32;
const ADAPTER = 'Prometheus adapter';

export function promqlString(value) {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
}

/** RE2 metacharacters; Prometheus anchors every regex matcher at both ends. */
function escapeRegex(value) {
  return value.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

/**
 * (?i) for tolower/toupper (RE2's case folding); (?s) whenever a wildcard is used, because before
 * Prometheus 3.0 `.` does not match a newline and a label value may hold one.
 */
function regexText(alternatives, transform) {
  const flags = (transform === null ? '' : 'i') + (alternatives.some((a) => a.wild) ? 's' : '');
  return (flags ? `(?${flags})` : '') + alternatives.map((a) => a.text).join('|');
}

const literalAlternative = (value) => ({ text: escapeRegex(String(value)), wild: false });

function functionAlternative(leaf) {
  const body = escapeRegex(leaf.value);
  const text = leaf.name === 'contains' ? `.*${body}.*` : leaf.name === 'startswith' ? `${body}.*` : `.*${body}`;
  return { text, wild: true };
}

/**
 * Rewrites what Prometheus's data model decides before rendering: a stored label value is never ""
 * (an empty value is the label's absence), so `x eq ''` holds for no series and `x ne ''` for every
 * one; and `value in (1, 2)` is an or of == comparisons.
 */
function settleLiterals(node) {
  if (node.type === 'and' || node.type === 'or') return combine(node.type, node.operands.map(settleLiterals));
  if (node.type === 'const') return node;
  if (node.field === VALUE_FIELD) {
    if (node.type !== 'in') return node;
    const op = node.negated ? 'ne' : 'eq';
    return combine(node.negated ? 'and' : 'or', node.values.map((value) => ({ type: 'compare', field: node.field, transform: null, op, value })));
  }
  if (node.type === 'compare' && node.value === '') return node.op === 'eq' ? FALSE : node.op === 'ne' ? TRUE : node;
  if (node.type === 'in') {
    const values = node.values.filter((v) => v !== '');
    if (values.length === 0) return node.negated ? TRUE : FALSE;
    // One value is an eq (ne when negated): ="a" reads better than =~"a", and means the same.
    if (values.length === 1) return { type: 'compare', field: node.field, transform: node.transform, op: node.negated ? 'ne' : 'eq', value: values[0] };
    return { ...node, values };
  }
  return node;
}

/** The regex alternatives a positive label condition stands for, or null when it has none. */
function alternativesOf(leaf) {
  if (leaf.field === VALUE_FIELD) return null;
  if (leaf.type === 'compare' && leaf.op === 'eq') return [leaf.value === null ? { text: '', wild: false } : literalAlternative(leaf.value)];
  if (leaf.type === 'in' && !leaf.negated) return leaf.values.map(literalAlternative);
  if (leaf.type === 'function' && !leaf.negated && leaf.value !== '') return [functionAlternative(leaf)];
  return null;
}

/** or-nodes whose alternatives are all on one label (same case transform) collapse to one regex leaf. */
function mergeAlternatives(node) {
  if (node.type !== 'and' && node.type !== 'or') return node;
  const seen = new Set();
  const operands = node.operands.map(mergeAlternatives).filter(function firstOccurrence(operand) {
    const key = JSON.stringify(operand);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (node.type === 'and') return operands.length === 1 ? operands[0] : { type: 'and', operands };
  // Each label's group takes the place of its first member, so the output follows the input's order.
  const groups = new Map();
  const slots = [];
  for (const operand of operands) {
    const alternatives = alternativesOf(operand);
    if (alternatives === null) { slots.push(operand); continue; }
    const key = `${operand.field}\u0000${operand.transform}`;
    if (!groups.has(key)) {
      const group = { field: operand.field, transform: operand.transform, alternatives: [], members: [] };
      groups.set(key, group);
      slots.push(group);
    }
    groups.get(key).alternatives.push(...alternatives);
    groups.get(key).members.push(operand);
  }
  // A label with one alternative keeps its own matcher (="a" reads better than =~"a").
  const all = slots.map((slot) => {
    if (slot.members === undefined) return slot;
    if (slot.members.length === 1) return slot.members[0];
    const unique = [...new Map(slot.alternatives.map((a) => [a.text, a])).values()];
    return { type: 'regex', field: slot.field, transform: slot.transform, alternatives: unique };
  });
  return all.length === 1 ? all[0] : { type: 'or', operands: all };
}

/** One conjunct: label matchers, a comparison on the value, or a constant (null: never true). */
function literalsOf(leaf, where) {
  if (leaf.type === 'const') return leaf.value ? [] : null;
  const label = leaf.field;
  if (label === VALUE_FIELD) return [valueComparison(leaf, where)];
  const matcher = (op, alternatives) => ({ kind: 'label', text: `${label}${op}${promqlString(regexText(alternatives, leaf.transform))}` });
  switch (leaf.type) {
    case 'regex': return [matcher('=~', leaf.alternatives)];
    case 'compare': {
      if (leaf.op !== 'eq' && leaf.op !== 'ne') {
        throw unsupported(where, `operator '${leaf.op}' on label '${label}'`, ADAPTER, `labels are strings; ordering comparisons apply to '${VALUE_FIELD}' only`);
      }
      // An absent label reads as "" in Prometheus: `eq null` is ="" and `ne null` is !="".
      if (leaf.transform !== null && leaf.value !== null) return [matcher(leaf.op === 'eq' ? '=~' : '!~', [literalAlternative(leaf.value)])];
      const text = leaf.value === null ? '' : String(leaf.value);
      return [{ kind: 'label', text: `${label}${leaf.op === 'eq' ? '=' : '!='}${promqlString(text)}` }];
    }
    case 'in':
      // not (x in (...)) holds when x is absent: !~ matches "" because "" is never listed.
      return [matcher(leaf.negated ? '!~' : '=~', leaf.values.map(literalAlternative))];
    case 'function': {
      // contains(null, ...) and its negation are both false: the label must be present either way.
      const present = { kind: 'label', text: `${label}!=""` };
      if (leaf.negated) return [matcher('!~', [functionAlternative(leaf)]), present];
      return leaf.value === '' ? [present] : [matcher('=~', [functionAlternative(leaf)])];
    }
    default:
      throw invalidInput(`${where}: unknown filter node '${leaf.type}'`);
  }
}

function valueComparison(leaf, where) {
  if (leaf.type !== 'compare') throw unsupported(where, `${leaf.name}() on '${VALUE_FIELD}'`, ADAPTER, 'compare the value with eq, ne, gt, ge, lt or le');
  if (leaf.value === null) {
    // A sample always has a value: eq null matches nothing, ne null everything.
    return leaf.op === 'eq' ? { kind: 'never' } : { kind: 'always' };
  }
  const op = leaf.negated ? NEGATED[leaf.op] : leaf.op;
  return { kind: 'value', text: `${PROMQL_OPERATORS[op]} ${leaf.value}` };
}

function tooMany(where) {
  return invalidInput(`${where}: the filter needs more than ${MAX_ALTERNATIVES} alternative selectors joined with 'or' (ors of conditions on different labels multiply); simplify the 'or' clauses or put alternatives on one label`);
}

/** Disjunctive normal form over conjuncts; null stands for an impossible conjunction. */
function toDnf(node, where) {
  if (node.type === 'or') {
    const out = node.operands.flatMap((operand) => toDnf(operand, where));
    if (out.length > MAX_ALTERNATIVES) throw tooMany(where);
    return out;
  }
  if (node.type === 'and') {
    let out = [[]];
    for (const operand of node.operands) {
      const right = toDnf(operand, where);
      out = out.flatMap((a) => right.map((b) => [...a, ...b]));
      if (out.length > MAX_ALTERNATIVES) throw tooMany(where);
    }
    return out;
  }
  const literals = literalsOf(node, where);
  return literals === null ? [] : [literals];
}

/**
 * Conjunctions of the filter, each `{ matchers: [...], comparisons: [...] }`; an empty array means
 * the filter can never hold.
 */
export function conjunctionsOf(normal, where) {
  const dnf = toDnf(mergeAlternatives(settleLiterals(normal)), where);
  const out = [];
  const seen = new Set();
  for (const literals of dnf) {
    if (literals.some((l) => l.kind === 'never')) continue;
    const matchers = [...new Set(literals.filter((l) => l.kind === 'label').map((l) => l.text))];
    const comparisons = literals.filter((l) => l.kind === 'value').map((l) => l.text);
    const key = JSON.stringify([matchers, comparisons]);
    if (!seen.has(key)) { seen.add(key); out.push({ matchers, comparisons }); }
  }
  return out;
}
