// The filter's normal form as PromQL: label matchers inside selectors, comparisons on the sample
// value after them, alternatives joined with `or`. Ors of alternatives on one label become one regex
// matcher, so (job eq 'a' or job eq 'b') and (instance eq 'x' or instance eq 'y') is one selector.
import { invalidInput, unsupported } from '../../shared/odata/index.js';

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

const casePrefix = (transform) => (transform === null ? '' : '(?i)');

/** The regex alternative a positive label condition stands for, or null when it has none. */
function alternativeOf(leaf) {
  if (leaf.field === VALUE_FIELD) return null;
  if (leaf.type === 'compare' && leaf.op === 'eq') return leaf.value === null ? '' : escapeRegex(String(leaf.value));
  if (leaf.type === 'in' && !leaf.negated) return leaf.values.map((v) => escapeRegex(String(v))).join('|');
  if (leaf.type === 'function' && !leaf.negated && leaf.value !== '') return functionPattern(leaf);
  return null;
}

function functionPattern(leaf) {
  const body = escapeRegex(leaf.value);
  return leaf.name === 'contains' ? `.*${body}.*` : leaf.name === 'startswith' ? `${body}.*` : `.*${body}`;
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
    const alternative = alternativeOf(operand);
    if (alternative === null) { slots.push(operand); continue; }
    const key = `${operand.field}\u0000${operand.transform}`;
    if (!groups.has(key)) {
      const group = { field: operand.field, transform: operand.transform, alternatives: [], members: [] };
      groups.set(key, group);
      slots.push(group);
    }
    groups.get(key).alternatives.push(alternative);
    groups.get(key).members.push(operand);
  }
  // A label with one alternative keeps its own matcher (="a" reads better than =~"a").
  const all = slots.map((slot) => {
    if (slot.members === undefined) return slot;
    return slot.members.length === 1 ? slot.members[0] : { type: 'regex', field: slot.field, transform: slot.transform, alternatives: slot.alternatives };
  });
  return all.length === 1 ? all[0] : { type: 'or', operands: all };
}

/** One conjunct: a label matcher, a comparison on the value, or a constant. */
function literalsOf(leaf, where) {
  if (leaf.type === 'const') return leaf.value ? [] : null;
  const label = leaf.field;
  if (label === VALUE_FIELD) return [valueComparison(leaf, where)];
  const prefix = casePrefix(leaf.transform);
  const matcher = (op, pattern) => ({ kind: 'label', text: `${label}${op}${promqlString(pattern)}` });
  switch (leaf.type) {
    case 'regex': return [matcher('=~', `${prefix}${leaf.alternatives.join('|')}`)];
    case 'compare': {
      if (leaf.op !== 'eq' && leaf.op !== 'ne') {
        throw unsupported(where, `operator '${leaf.op}' on label '${label}'`, ADAPTER, `labels are strings; ordering comparisons apply to '${VALUE_FIELD}' only`);
      }
      // An absent label reads as "" in Prometheus: `eq null` is ="" and `ne null` is !="".
      const text = leaf.value === null ? '' : String(leaf.value);
      if (leaf.transform !== null && leaf.value !== null) return [matcher(leaf.op === 'eq' ? '=~' : '!~', `${prefix}${escapeRegex(text)}`)];
      return [{ kind: 'label', text: `${label}${leaf.op === 'eq' ? '=' : '!='}${promqlString(text)}` }];
    }
    case 'in': {
      const pattern = `${prefix}${leaf.values.map((v) => escapeRegex(String(v))).join('|')}`;
      // not (x in (...)) holds when x is absent: !~ matches "" unless "" is listed, which it cannot be.
      return [matcher(leaf.negated ? '!~' : '=~', pattern)];
    }
    case 'function': {
      const pattern = `${prefix}${functionPattern(leaf)}`;
      // contains(null, ...) and its negation are both false: the label must be present either way.
      const present = { kind: 'label', text: `${label}!=""` };
      if (leaf.negated) return [matcher('!~', pattern), present];
      return leaf.value === '' ? [present] : [matcher('=~', pattern)];
    }
    default:
      throw invalidInput(`${where}: unknown filter node '${leaf.type}'`);
  }
}

function valueComparison(leaf, where) {
  if (leaf.type !== 'compare') throw unsupported(where, `${leaf.type === 'in' ? "'in'" : `${leaf.name}()`} on '${VALUE_FIELD}'`, ADAPTER, 'compare the value with eq, ne, gt, ge, lt or le');
  if (leaf.value === null) {
    // A sample always has a value: eq null matches nothing, ne null everything.
    return leaf.op === 'eq' ? { kind: 'never' } : { kind: 'always' };
  }
  const op = leaf.negated ? NEGATED[leaf.op] : leaf.op;
  return { kind: 'value', text: `${PROMQL_OPERATORS[op]} ${leaf.value}` };
}

/** Disjunctive normal form over conjuncts; null stands for an impossible conjunction. */
function toDnf(node, where) {
  if (node.type === 'or') {
    const out = node.operands.flatMap((operand) => toDnf(operand, where));
    if (out.length > MAX_ALTERNATIVES) throw invalidInput(`${where}: filter expands to more than ${MAX_ALTERNATIVES} alternative selectors; simplify the 'or' clauses`);
    return out;
  }
  if (node.type === 'and') {
    let out = [[]];
    for (const operand of node.operands) {
      const right = toDnf(operand, where);
      out = out.flatMap((a) => right.map((b) => [...a, ...b]));
      if (out.length > MAX_ALTERNATIVES) throw invalidInput(`${where}: filter expands to more than ${MAX_ALTERNATIVES} alternative selectors; simplify the 'or' clauses`);
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
  const dnf = toDnf(mergeAlternatives(normal), where);
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
