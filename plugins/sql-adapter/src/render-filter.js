// Renders the dialect's negation normal form (plugins/shared/odata/normal-form.js) as a WHERE clause.
// Each leaf is rendered as "this condition is true": SQL's own NULL logic (NULL under NOT stays NULL)
// never decides a row, because every NOT here sits on a condition that cannot be NULL, or is wrapped
// with an explicit IS NULL test.
const SQL_OPERATORS = { eq: '=', ne: '<>', gt: '>', lt: '<', ge: '>=', le: '<=' };

/**
 * `column(name)` returns the quoted, allow-listed column; `param(value)` appends a parameter and
 * returns its placeholder; `isText(name)` says whether ordering needs the dialect's text collation.
 */
export function renderWhere(node, { dialect, column, param, isText }) {
  function target(leaf) {
    const quoted = column(leaf.field);
    if (leaf.transform === 'tolower') return `LOWER(${quoted})`;
    if (leaf.transform === 'toupper') return `UPPER(${quoted})`;
    return quoted;
  }
  function render(node, parent) {
    switch (node.type) {
      case 'const': return node.value ? '1 = 1' : '1 = 0';
      case 'and':
      case 'or': {
        const text = node.operands.map((operand) => render(operand, node.type)).join(node.type === 'and' ? ' AND ' : ' OR ');
        return parent === 'and' && node.type === 'or' ? `(${text})` : text;
      }
      case 'compare': return renderCompare(node);
      // Both GLOB/LIKE and NOT GLOB/LIKE are NULL on a NULL column: false either way, as OData says.
      case 'function': return dialect.matchSql(target(node), node.negated, param(dialect.matchPattern(node.name, node.value)));
      case 'in': {
        const list = `(${node.values.map((v) => param(v)).join(', ')})`;
        const t = target(node);
        return node.negated ? `(${column(node.field)} IS NULL OR ${t} NOT IN ${list})` : `${t} IN ${list}`;
      }
      default:
        throw new Error(`unknown normal-form node ${node.type}`);
    }
  }
  function renderCompare(leaf) {
    const t = target(leaf);
    if (leaf.value === null) return `${column(leaf.field)} IS ${leaf.op === 'eq' ? '' : 'NOT '}NULL`;
    if (leaf.op === 'eq') return `${t} = ${param(leaf.value)}`;
    // OData: null ne 'a' is true.
    if (leaf.op === 'ne') return dialect.distinctFrom(t, param(leaf.value));
    const left = isText(leaf.field) ? dialect.orderText(t) : t;
    const comparison = `${left} ${SQL_OPERATORS[leaf.op]} ${param(leaf.value)}`;
    // not (x gt 5) holds when x is null; NOT (NULL > 5) would be NULL.
    return leaf.negated ? `(${column(leaf.field)} IS NULL OR NOT (${comparison}))` : comparison;
  }
  return render(node, 'and');
}
