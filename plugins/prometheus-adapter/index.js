// Prometheus adapter: translates an OData-style query into PromQL (+ HTTP API endpoint and range),
// and converts a Prometheus HTTP API response body back into an OData-shaped result.
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

// ---- PromQL generation ----

const METRIC_NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const VALUE_FIELD = 'value'; // the sample value; every other field name is a label
const PROMQL_OPERATORS = { eq: '==', ne: '!=', gt: '>', lt: '<', ge: '>=', le: '<=' };
const NEGATED = { eq: 'ne', ne: 'eq', gt: 'le', le: 'gt', lt: 'ge', ge: 'lt' };
const MIRRORED = { eq: 'eq', ne: 'ne', gt: 'lt', lt: 'gt', ge: 'le', le: 'ge' };
// DNF can grow exponentially ((a or b) and (c or d) and ...); cap it instead of emitting a huge query.
const MAX_ALTERNATIVES = 32;
const MAX_POINTS = 11000; // Prometheus rejects range queries with more points per series than this
const DEFAULT_POINTS = 250;

function promqlString(value) {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
}

function escapeRegex(value) {
  return value.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

/** One literal of a conjunction: a label matcher or a comparison on the sample value. */
function toLiteral(node, negated, field) {
  if (node.type === 'function') {
    const body = escapeRegex(node.value);
    const pattern = node.name === 'contains' ? `.*${body}.*` : node.name === 'startswith' ? `${body}.*` : `.*${body}`;
    if (node.field === VALUE_FIELD) throw invalidInput(`${field}: ${node.name}() applies to labels, not to the sample value`);
    return { kind: 'label', text: `${node.field}${negated ? '!~' : '=~'}${promqlString(pattern)}` };
  }
  let { op, left, right } = node;
  if (left.kind === 'literal' && right.kind === 'field') { [left, right] = [right, left]; op = MIRRORED[op]; }
  if (left.kind !== 'field' || right.kind !== 'literal') {
    throw invalidInput(`${field}: each comparison must have a label (or '${VALUE_FIELD}') on one side and a literal on the other`);
  }
  if (negated) op = NEGATED[op];
  const value = right.value;
  if (left.name === VALUE_FIELD) {
    if (typeof value !== 'number') throw invalidInput(`${field}: '${VALUE_FIELD}' can only be compared with a number`);
    return { kind: 'value', text: `${PROMQL_OPERATORS[op]} ${value}` };
  }
  if (op !== 'eq' && op !== 'ne') {
    throw invalidInput(`${field}: operator '${op}' is only supported on the sample value ('${VALUE_FIELD}'), not on label '${left.name}'`);
  }
  // A matcher against "" selects series without the label, which is what `eq null` means.
  const text = value === null ? '' : String(value);
  return { kind: 'label', text: `${left.name}${op === 'eq' ? '=' : '!='}${promqlString(text)}` };
}

/** Disjunctive normal form: an array of conjunctions, each an array of literals. `not` is pushed inward. */
function toDnf(node, negated, field) {
  if (node.type === 'not') return toDnf(node.operand, !negated, field);
  if (node.type === 'compare' || node.type === 'function') return [[toLiteral(node, negated, field)]];
  const left = toDnf(node.left, negated, field);
  const right = toDnf(node.right, negated, field);
  // De Morgan: under negation 'and' behaves like 'or' and vice versa.
  const isOr = (node.type === 'or') !== negated;
  const result = isOr ? [...left, ...right] : left.flatMap((a) => right.map((b) => [...a, ...b]));
  if (result.length > MAX_ALTERNATIVES) {
    throw invalidInput(`${field}: filter expands to more than ${MAX_ALTERNATIVES} alternative selectors; simplify the 'or' clauses`);
  }
  return result;
}

function renderSelector(metric, conjunction) {
  const matchers = [...new Set(conjunction.filter((l) => l.kind === 'label').map((l) => l.text))];
  const comparisons = conjunction.filter((l) => l.kind === 'value').map((l) => ` ${l.text}`);
  return metric + (matchers.length ? `{${matchers.join(', ')}}` : '') + comparisons.join('');
}

function buildPromql(q) {
  const metricField = q.optionName('metric');
  if (q.metric === null) throw invalidInput(`${metricField}: required (the metric name to query)`);
  if (!METRIC_NAME_RE.test(q.metric)) throw invalidInput(`${metricField}: invalid metric name '${q.metric}' (expected [a-zA-Z_:][a-zA-Z0-9_:]*)`);
  const conjunctions = q.filter === null ? [[]] : toDnf(q.filter, false, q.optionName('filter'));
  let expr = [...new Set(conjunctions.map((c) => renderSelector(q.metric, c)))].join(' or ');
  if (q.aggregate !== null) {
    const by = q.aggregate.by.length ? ` by (${q.aggregate.by.join(', ')}) ` : '';
    expr = `${q.aggregate.op}${by}(${expr})`;
  }
  if (q.top !== null) expr = `topk(${q.top}, ${expr})`;
  return expr;
}

function buildTiming(q) {
  if (q.time !== null && (q.from !== null || q.step !== null)) {
    throw invalidInput(`${q.optionName('time')}: an instant query time cannot be combined with a range (from/step)`);
  }
  if (q.from === null && q.step === null) {
    // No range: an instant query, evaluated at `time` (or `to` alone), else at "now" on the server.
    const at = q.time !== null ? q.time : q.to;
    return { range: null, time: at === null ? null : new Date(at).toISOString() };
  }
  if (q.from === null) throw invalidInput(`${q.optionName('from')}: required when ${q.optionName('step')} is set`);
  if (q.to === null) throw invalidInput(`${q.optionName('to')}: required when ${q.optionName('from')} is set`);
  const seconds = (q.to - q.from) / 1000;
  const step = q.step !== null ? q.step : parseDuration(String(Math.max(1, Math.ceil(seconds / DEFAULT_POINTS))), 'step');
  if (seconds / step.seconds > MAX_POINTS) {
    throw invalidInput(`${q.optionName('step')}: ${step.text} gives more than ${MAX_POINTS} points over the range; use a larger step`);
  }
  return { range: { start: new Date(q.from).toISOString(), end: new Date(q.to).toISOString(), step: step.text }, time: null };
}

function translateQuery(input) {
  if (!isPlainObject(input)) throw invalidInput('input: expected an object with a "query" field');
  if (input.query === undefined) throw invalidInput('input.query: required (an OData query string or object)');
  const q = normalizeQuery(input.query);
  for (const key of ['skip', 'orderby', 'select']) {
    if (q[key] !== null) throw invalidInput(`${q.optionName(key)}: not supported by the Prometheus adapter`);
  }
  const promql = buildPromql(q);
  const { range, time } = buildTiming(q);
  return { promql, range, time, endpoint: range ? '/api/v1/query_range' : '/api/v1/query' };
}

// ---- Prometheus response -> OData ----

/** Prometheus encodes sample values as strings; OData JSON encodes non-finite numbers as strings too. */
function sampleValue(raw, field) {
  if (raw === 'NaN') return 'NaN';
  if (raw === '+Inf' || raw === 'Inf') return 'INF';
  if (raw === '-Inf') return '-INF';
  const value = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || Number.isNaN(value)) throw invalidInput(`${field}: expected a numeric sample string, got ${JSON.stringify(raw)}`);
  return value;
}

function sampleTime(raw, field) {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) throw invalidInput(`${field}: expected a unix timestamp in seconds`);
  return new Date(Math.round(raw * 1000)).toISOString();
}

function samplePair(pair, field) {
  if (!Array.isArray(pair) || pair.length !== 2) throw invalidInput(`${field}: expected a [timestamp, "value"] pair`);
  return pair;
}

function translateResult(input, ctx) {
  if (!isPlainObject(input) || !isPlainObject(input.response)) throw invalidInput('input.response: expected a Prometheus HTTP API response object');
  if (input.context !== undefined && typeof input.context !== 'string') throw invalidInput('input.context: expected a string');
  const body = input.response;
  if (body.status === 'error') {
    const error = new Error(`Prometheus query failed (${body.errorType || 'unknown'}): ${body.error || 'no error message'}`);
    error.name = 'PrometheusError';
    throw error;
  }
  if (body.status !== 'success') throw invalidInput(`input.response.status: expected "success" or "error"`);
  if (Array.isArray(body.warnings)) for (const w of body.warnings) ctx?.log?.warn(`prometheus warning: ${w}`);
  const data = body.data;
  if (!isPlainObject(data)) throw invalidInput('input.response.data: expected an object');
  const result = data.result;
  const value = [];
  const field = 'input.response.data.result';
  if (data.resultType === 'vector' || data.resultType === 'matrix') {
    if (!Array.isArray(result)) throw invalidInput(`${field}: expected an array`);
    result.forEach(function convertSeries(series, i) {
      const metric = isPlainObject(series?.metric) ? { ...series.metric } : {};
      if (series?.histogram !== undefined || series?.histograms !== undefined) {
        ctx?.log?.warn(`skipping native histogram series ${i}: not representable as a single value`);
        return;
      }
      const pairs = data.resultType === 'vector' ? [series?.value] : series?.values;
      if (!Array.isArray(pairs)) throw invalidInput(`${field}[${i}].values: expected an array of [timestamp, "value"] pairs`);
      pairs.forEach(function convertSample(pair, j) {
        const where = `${field}[${i}]${data.resultType === 'vector' ? '.value' : `.values[${j}]`}`;
        const [ts, raw] = samplePair(pair, where);
        value.push({ metric: { ...metric }, timestamp: sampleTime(ts, where), value: sampleValue(raw, where) });
      });
    });
  } else if (data.resultType === 'scalar' || data.resultType === 'string') {
    const [ts, raw] = samplePair(result, field);
    const converted = data.resultType === 'scalar' ? sampleValue(raw, field) : String(raw);
    value.push({ metric: {}, timestamp: sampleTime(ts, field), value: converted });
  } else {
    throw invalidInput('input.response.data.resultType: expected one of vector, matrix, scalar, string');
  }
  return { '@odata.context': input.context || '$metadata#Metrics', '@odata.count': value.length, value };
}

export default {
  'translate-query': translateQuery,
  'translate-result': translateResult,
};
