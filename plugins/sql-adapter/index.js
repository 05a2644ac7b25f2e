// SQL adapter: translates an OData-style query (the same string/object shape the prometheus-adapter
// accepts) into one parameterised SELECT. Identifiers are checked against the manifest's column
// allow-list and quoted; every value travels in `params`, never inside the SQL text.
// Runs in a bare V8 isolate: ECMAScript built-ins only, no imports.

// ===== BEGIN SHARED ODATA QUERY GRAMMAR =====
// Duplicated byte-for-byte in plugins/prometheus-adapter and plugins/sql-adapter (a plugin must be one
// self-contained file). test/plugins/odata-shared.test.ts fails if the two copies drift apart.

const COMPARISON_OPERATORS = ['eq', 'ne', 'gt', 'lt', 'ge', 'le'];
const STRING_FUNCTIONS = ['contains', 'startswith', 'endswith'];
const RESERVED_WORDS = ['and', 'or', 'not', ...COMPARISON_OPERATORS];
const AGGREGATE_OPERATORS = ['sum', 'avg', 'min', 'max', 'count'];
const QUERY_OPTIONS = ['metric', 'filter', 'top', 'skip', 'orderby', 'select', 'apply', 'from', 'to', 'step', 'time'];
const OBJECT_QUERY_KEYS = ['metric', 'filter', 'top', 'skip', 'orderby', 'select', 'aggregate', 'from', 'to', 'step', 'time'];
const IDENTIFIER_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Deep nesting or very long and/or chains would otherwise let a caller exhaust the isolate's stack
// (the AST and every pass over it are recursive).
const MAX_FILTER_DEPTH = 64;
const MAX_FILTER_TERMS = 200;

function invalidInput(message) {
  const error = new Error(message);
  error.name = 'InvalidInputError';
  return error;
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function syntaxError(field, pos, message) {
  return invalidInput(`${field}: syntax error at position ${pos}: ${message}`);
}

/** Splits a $filter expression into tokens; every token remembers its 0-based character offset. */
function tokenizeFilter(source, field) {
  const numberRe = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
  const wordRe = /[A-Za-z_][A-Za-z0-9_]*/y;
  const tokens = [];
  let pos = 0;
  while (pos < source.length) {
    const ch = source[pos];
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') { pos++; continue; }
    if (ch === '(' || ch === ')' || ch === ',') { tokens.push({ type: ch, value: ch, pos }); pos++; continue; }
    if (ch === "'") {
      // OData string literal: a quote inside the string is written as two quotes ('O''Brien').
      let value = '';
      let end = pos + 1;
      for (;;) {
        if (end >= source.length) throw syntaxError(field, pos, 'unterminated string literal');
        if (source[end] === "'") {
          if (source[end + 1] === "'") { value += "'"; end += 2; continue; }
          break;
        }
        value += source[end++];
      }
      tokens.push({ type: 'string', value, pos });
      pos = end + 1;
      continue;
    }
    numberRe.lastIndex = pos;
    let match = numberRe.exec(source);
    if (match) {
      const end = pos + match[0].length;
      if (end < source.length && /[A-Za-z0-9_.]/.test(source[end])) throw syntaxError(field, pos, 'malformed number');
      if (!Number.isFinite(Number(match[0]))) throw syntaxError(field, pos, 'number out of range');
      tokens.push({ type: 'number', value: Number(match[0]), pos });
      pos = end;
      continue;
    }
    wordRe.lastIndex = pos;
    match = wordRe.exec(source);
    if (match) { tokens.push({ type: 'word', value: match[0], pos }); pos += match[0].length; continue; }
    throw syntaxError(field, pos, `unexpected character '${ch}'`);
  }
  tokens.push({ type: 'end', value: '', pos: source.length });
  return tokens;
}

function describeToken(token) {
  if (token.type === 'end') return 'end of input';
  if (token.type === 'string') return `string '${token.value}'`;
  return `'${token.value}'`;
}

/**
 * Recursive-descent parser. Grammar (lowest precedence first):
 *   or      := and ('or' and)*
 *   and     := unary ('and' unary)*
 *   unary   := 'not' unary | primary
 *   primary := '(' or ')' | func '(' field ',' string ')' | operand cmp operand
 *   operand := field | string | number | true | false | null
 * AST nodes: {type:'or'|'and', left, right} {type:'not', operand} {type:'compare', op, left, right}
 * {type:'function', name, field, value}; operands are {kind:'field', name} or {kind:'literal', value}.
 */
function parseFilter(source, field) {
  const tokens = tokenizeFilter(source, field);
  let index = 0;
  let depth = 0;
  let terms = 0;
  const peek = () => tokens[index];
  const isWord = (token, word) => token.type === 'word' && token.value === word;

  function expect(type, what) {
    const token = tokens[index];
    if (token.type !== type) throw syntaxError(field, token.pos, `expected ${what} but found ${describeToken(token)}`);
    index++;
    return token;
  }
  function parseOr() {
    let left = parseAnd();
    while (isWord(peek(), 'or')) { index++; left = { type: 'or', left, right: parseAnd() }; }
    return left;
  }
  function parseAnd() {
    let left = parseUnary();
    while (isWord(peek(), 'and')) { index++; left = { type: 'and', left, right: parseUnary() }; }
    return left;
  }
  function parseUnary() {
    if (++depth > MAX_FILTER_DEPTH) throw syntaxError(field, peek().pos, `expression nested deeper than ${MAX_FILTER_DEPTH} levels`);
    let node;
    if (isWord(peek(), 'not')) { index++; node = { type: 'not', operand: parseUnary() }; }
    else node = parsePrimary();
    depth--;
    return node;
  }
  function parsePrimary() {
    const token = peek();
    if (token.type !== '(' && ++terms > MAX_FILTER_TERMS) throw syntaxError(field, token.pos, `more than ${MAX_FILTER_TERMS} conditions`);
    if (token.type === '(') {
      index++;
      const inner = parseOr();
      expect(')', "')'");
      return inner;
    }
    if (token.type === 'word' && STRING_FUNCTIONS.includes(token.value) && tokens[index + 1].type === '(') return parseFunctionCall();
    const left = parseOperand();
    const op = peek();
    if (op.type !== 'word' || !COMPARISON_OPERATORS.includes(op.value)) {
      throw syntaxError(field, op.pos, `expected a comparison operator (${COMPARISON_OPERATORS.join(', ')}) but found ${describeToken(op)}`);
    }
    index++;
    return { type: 'compare', op: op.value, left, right: parseOperand() };
  }
  function parseFunctionCall() {
    const name = tokens[index++].value;
    expect('(', "'('");
    const target = parseOperand();
    if (target.kind !== 'field') throw syntaxError(field, tokens[index - 1].pos, `${name}() expects a field name as its first argument`);
    expect(',', "','");
    const value = expect('string', `a string literal as the second argument of ${name}()`).value;
    expect(')', "')'");
    return { type: 'function', name, field: target.name, value };
  }
  function parseOperand() {
    const token = peek();
    if (token.type === 'string' || token.type === 'number') { index++; return { kind: 'literal', value: token.value }; }
    if (token.type === 'word' && !RESERVED_WORDS.includes(token.value)) {
      index++;
      if (token.value === 'true') return { kind: 'literal', value: true };
      if (token.value === 'false') return { kind: 'literal', value: false };
      if (token.value === 'null') return { kind: 'literal', value: null };
      return { kind: 'field', name: token.value };
    }
    throw syntaxError(field, token.pos, `expected a field name or a literal but found ${describeToken(token)}`);
  }

  if (peek().type === 'end') throw syntaxError(field, 0, 'empty expression');
  const ast = parseOr();
  if (peek().type !== 'end') throw syntaxError(field, peek().pos, `unexpected ${describeToken(peek())} after a complete expression`);
  return ast;
}

/** Splits "a=1&$filter=x eq 'a&b'" on '&' outside quoted literals, percent-decoding each part. */
function parseQueryString(source) {
  const parts = [];
  let current = '';
  let inString = false;
  for (const ch of source.replace(/^\?/, '')) {
    if (ch === "'") inString = !inString; // a doubled '' toggles twice, so escapes stay inside
    if (ch === '&' && !inString) { parts.push(current); current = ''; continue; }
    current += ch;
  }
  parts.push(current);
  const options = {};
  for (const part of parts) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const key = decodeComponent(eq < 0 ? part : part.slice(0, eq)).trim().replace(/^\$/, '');
    if (!QUERY_OPTIONS.includes(key)) {
      throw invalidInput(`input.query: unknown query option '${key}' (expected one of ${QUERY_OPTIONS.map((o) => '$' + o).join(', ')})`);
    }
    if (key in options) throw invalidInput(`input.query: query option '$${key}' is given more than once`);
    options[key] = decodeComponent(eq < 0 ? '' : part.slice(eq + 1)).trim();
  }
  return options;
}

function decodeComponent(text) {
  // Accept both raw ("job eq 'api'") and percent-encoded query strings.
  if (!/%[0-9A-Fa-f]{2}/.test(text)) return text;
  try { return decodeURIComponent(text); } catch { return text; }
}

function parseInteger(value, field, min) {
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < min) {
    throw invalidInput(`${field}: expected an integer >= ${min}`);
  }
  return number;
}

function parseIdentifierList(value, field) {
  const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value;
  if (!Array.isArray(list) || list.length === 0) throw invalidInput(`${field}: expected a comma-separated list or an array of names`);
  for (const name of list) {
    if (typeof name !== 'string' || !IDENTIFIER_RE.test(name)) {
      throw invalidInput(`${field}: invalid name '${String(name)}' (expected [a-zA-Z_][a-zA-Z0-9_]*)`);
    }
  }
  return list;
}

function parseOrderBy(value, field) {
  const items = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(items) || items.length === 0) throw invalidInput(`${field}: expected "name [asc|desc], ..." or an array of such strings`);
  return items.map(function parseOrderItem(item) {
    const words = typeof item === 'string' ? item.trim().split(/\s+/) : [];
    const [name, direction = 'asc'] = words;
    if (words.length < 1 || words.length > 2 || !IDENTIFIER_RE.test(name) || (direction !== 'asc' && direction !== 'desc')) {
      throw invalidInput(`${field}: invalid item '${String(item)}' (expected "name", "name asc" or "name desc")`);
    }
    return { field: name, direction };
  });
}

function parseAggregate(value, field) {
  if (typeof value === 'string') {
    // Accepts "aggregate(sum)", "aggregate(sum by (job, instance))" and the bare "sum by (job)".
    const text = value.trim();
    const match = /^aggregate\s*\(\s*([a-z]+)(?:\s+by\s*\(([^)]*)\))?\s*\)$/.exec(text) || /^([a-z]+)(?:\s+by\s*\(([^)]*)\))?$/.exec(text);
    if (!match) throw invalidInput(`${field}: expected "aggregate(<op>)" or "aggregate(<op> by (<label>, ...))"`);
    value = { op: match[1], by: match[2] };
  }
  if (!isPlainObject(value) || !AGGREGATE_OPERATORS.includes(value.op)) {
    throw invalidInput(`${field}: expected an aggregation operator, one of ${AGGREGATE_OPERATORS.join(', ')}`);
  }
  return { op: value.op, by: value.by === undefined ? [] : parseIdentifierList(value.by, `${field}.by`) };
}

/** Returns epoch milliseconds. Accepts RFC 3339 (offset required: no local-time guessing) or unix seconds. */
function parseTime(value, field) {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value))) {
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  } else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return ms;
  }
  throw invalidInput(`${field}: expected an RFC 3339 timestamp with a UTC offset (e.g. 2026-01-01T00:00:00Z) or unix seconds`);
}

/** Prometheus duration ("60s", "1h30m", "500ms") or a number of seconds; returns { text, seconds }. */
function parseDuration(value, field) {
  const units = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value))) {
    const seconds = Number(value);
    if (seconds > 0 && Number.isFinite(seconds)) return { text: `${seconds}s`, seconds };
  } else if (typeof value === 'string' && /^(\d+(ms|s|m|h|d|w|y))+$/.test(value)) {
    let seconds = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g)) seconds += Number(amount) * units[unit];
    if (seconds > 0) return { text: value, seconds };
  }
  throw invalidInput(`${field}: expected a positive duration such as "60s", "5m", "1h30m" or a number of seconds`);
}

/**
 * Normalises the string or object form into one shape. Every option is validated here so both
 * adapters report identical messages; options an adapter cannot honour are rejected by the adapter.
 */
function normalizeQuery(query) {
  let raw;
  let prefix;
  if (typeof query === 'string') { raw = parseQueryString(query); prefix = 'input.query.$'; }
  else if (isPlainObject(query)) {
    for (const key of Object.keys(query)) {
      if (!OBJECT_QUERY_KEYS.includes(key)) throw invalidInput(`input.query.${key}: unknown option (expected one of ${OBJECT_QUERY_KEYS.join(', ')})`);
    }
    raw = { ...query, apply: query.aggregate };
    prefix = 'input.query.';
  } else throw invalidInput('input.query: expected an OData query string or an object');

  const name = (key) => prefix + (key === 'apply' && prefix === 'input.query.' ? 'aggregate' : key);
  const has = (key) => raw[key] !== undefined && raw[key] !== '';
  const result = { optionName: name, metric: null, filter: null, top: null, skip: null, orderby: null, select: null, aggregate: null, from: null, to: null, step: null, time: null };
  if (has('metric')) {
    if (typeof raw.metric !== 'string' || raw.metric.trim() === '') throw invalidInput(`${name('metric')}: expected a non-empty string`);
    result.metric = raw.metric.trim();
  }
  if (has('filter')) {
    if (typeof raw.filter !== 'string') throw invalidInput(`${name('filter')}: expected a filter expression string`);
    result.filter = parseFilter(raw.filter, name('filter'));
  }
  if (has('top')) result.top = parseInteger(raw.top, name('top'), 1);
  if (has('skip')) result.skip = parseInteger(raw.skip, name('skip'), 0);
  if (has('orderby')) result.orderby = parseOrderBy(raw.orderby, name('orderby'));
  if (has('select')) result.select = parseIdentifierList(raw.select, name('select'));
  if (has('apply')) result.aggregate = parseAggregate(raw.apply, name('apply'));
  if (has('from')) result.from = parseTime(raw.from, name('from'));
  if (has('to')) result.to = parseTime(raw.to, name('to'));
  if (has('time')) result.time = parseTime(raw.time, name('time'));
  if (has('step')) result.step = parseDuration(raw.step, name('step'));
  if (result.from !== null && result.to !== null && result.from >= result.to) throw invalidInput(`${name('to')}: must be later than ${name('from')}`);
  return result;
}
// ===== END SHARED ODATA QUERY GRAMMAR =====

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
