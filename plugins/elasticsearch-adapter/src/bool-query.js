// The dialect's normal form as an Elasticsearch bool query. Elasticsearch is two-valued: a document
// missing a field fails term/range/prefix/wildcard, and must_not of them matches it. That is OData's
// rule for ne, negated ordering and negated in; for the string functions, whose negation is also
// false on null, a negated function needs an explicit exists filter.
import { unsupported } from '../../shared/odata/index.js';

const RANGE_OPERATORS = { gt: 'gt', ge: 'gte', lt: 'lt', le: 'lte' };
const ADAPTER = 'Elasticsearch adapter';

/** Wildcard metacharacters (* ?) and the escape character itself. */
function escapeWildcard(value) {
  return value.replace(/[\\*?]/g, '\\$&');
}

const not = (query) => ({ bool: { must_not: [query] } });
const exists = (field) => ({ exists: { field } });

export function boolQuery(node, { fieldKind, where }) {
  function checkKeyword(leaf, construct) {
    if (fieldKind(leaf.field) === 'text') {
      throw unsupported(where, `${construct} on the analysed text field '${leaf.field}'`, ADAPTER, 'compare a keyword field (map the field as keyword, or use $search for text)');
    }
  }
  function render(node) {
    switch (node.type) {
      case 'const': return node.value ? { match_all: {} } : { match_none: {} };
      case 'and': return { bool: { filter: node.operands.map(render) } };
      case 'or': return { bool: { should: node.operands.map(render), minimum_should_match: 1 } };
      case 'compare': return compare(node);
      case 'in': {
        checkKeyword(node, "'in'");
        // terms has no case_insensitive; tolower(x) in (...) is an or of case-insensitive terms.
        const positive = node.transform === null
          ? { terms: { [node.field]: node.values } }
          : { bool: { should: node.values.map((value) => term(node.field, value, true)), minimum_should_match: 1 } };
        return node.negated ? not(positive) : positive;
      }
      case 'function': {
        checkKeyword(node, `${node.name}()`);
        const caseInsensitive = node.transform !== null;
        let positive;
        if (node.value === '') positive = exists(node.field);
        else if (node.name === 'startswith') positive = { prefix: { [node.field]: { value: node.value, ...(caseInsensitive ? { case_insensitive: true } : {}) } } };
        else {
          const body = escapeWildcard(node.value);
          const pattern = node.name === 'contains' ? `*${body}*` : `*${body}`;
          positive = { wildcard: { [node.field]: { value: pattern, ...(caseInsensitive ? { case_insensitive: true } : {}) } } };
        }
        return node.negated ? { bool: { filter: [exists(node.field)], must_not: [positive] } } : positive;
      }
      default:
        throw new Error(`unknown normal-form node ${node.type}`);
    }
  }
  function term(field, value, caseInsensitive) {
    return { term: { [field]: { value, ...(caseInsensitive ? { case_insensitive: true } : {}) } } };
  }
  function compare(leaf) {
    if (leaf.value === null) return leaf.op === 'eq' ? not(exists(leaf.field)) : exists(leaf.field);
    if (leaf.op === 'eq' || leaf.op === 'ne') {
      checkKeyword(leaf, `operator '${leaf.op}'`);
      const positive = term(leaf.field, leaf.value, leaf.transform !== null);
      return leaf.op === 'eq' ? positive : not(positive);
    }
    checkKeyword(leaf, `operator '${leaf.op}'`);
    if (leaf.transform !== null) throw unsupported(where, `${leaf.transform}() with operator '${leaf.op}'`, ADAPTER, 'compare the field itself');
    const range = { range: { [leaf.field]: { [RANGE_OPERATORS[leaf.op]]: leaf.value } } };
    return leaf.negated ? not(range) : range;
  }
  return render(node);
}
