// ../shared/odata/errors.js
function invalidInput(message) {
  const error = new Error(message);
  error.name = "InvalidInputError";
  return error;
}
function syntaxError(field, pos, message) {
  return invalidInput(`${field}: syntax error at position ${pos}: ${message}`);
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// ../shared/odata/filter-tokens.js
var NUMBER_RE = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
var WORD_RE = /[A-Za-z_][A-Za-z0-9_]*/y;
var PUNCTUATION = /* @__PURE__ */ new Set(["(", ")", ","]);
var WHITESPACE = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
function tokenizeFilter(source, field) {
  const tokens = [];
  let pos = 0;
  while (pos < source.length) {
    const ch = source[pos];
    if (WHITESPACE.has(ch)) {
      pos++;
      continue;
    }
    if (PUNCTUATION.has(ch)) {
      tokens.push({ type: ch, value: ch, pos });
      pos++;
      continue;
    }
    if (ch === "'") {
      const { value, end } = readString(source, pos, field);
      tokens.push({ type: "string", value, pos });
      pos = end;
      continue;
    }
    NUMBER_RE.lastIndex = pos;
    let match = NUMBER_RE.exec(source);
    if (match) {
      const end = pos + match[0].length;
      if (end < source.length && /[A-Za-z0-9_.]/.test(source[end])) throw syntaxError(field, pos, "malformed number");
      if (!Number.isFinite(Number(match[0]))) throw syntaxError(field, pos, "number out of range");
      tokens.push({ type: "number", value: Number(match[0]), pos });
      pos = end;
      continue;
    }
    WORD_RE.lastIndex = pos;
    match = WORD_RE.exec(source);
    if (match) {
      tokens.push({ type: "word", value: match[0], pos });
      pos += match[0].length;
      continue;
    }
    throw syntaxError(field, pos, `unexpected character '${ch}'`);
  }
  tokens.push({ type: "end", value: "", pos: source.length });
  return tokens;
}
function readString(source, start, field) {
  let value = "";
  let end = start + 1;
  for (; ; ) {
    if (end >= source.length) throw syntaxError(field, start, "unterminated string literal");
    if (source[end] === "'") {
      if (source[end + 1] === "'") {
        value += "'";
        end += 2;
        continue;
      }
      return { value, end: end + 1 };
    }
    value += source[end++];
  }
}
function describeToken(token) {
  if (token.type === "end") return "end of input";
  if (token.type === "string") return `string '${token.value}'`;
  return `'${token.value}'`;
}

// ../shared/odata/filter-parser.js
var COMPARISON_OPERATORS = ["eq", "ne", "gt", "ge", "lt", "le"];
var STRING_FUNCTIONS = ["contains", "startswith", "endswith"];
var CASE_FUNCTIONS = ["tolower", "toupper"];
var RESERVED_WORDS = ["and", "or", "not", "in", ...COMPARISON_OPERATORS];
var MAX_FILTER_DEPTH = 64;
var MAX_FILTER_TERMS = 200;
var MAX_IN_VALUES = 100;
function parseFilter(source, field) {
  const tokens = tokenizeFilter(source, field);
  let index = 0;
  let depth = 0;
  let terms = 0;
  const peek = (ahead = 0) => tokens[index + ahead];
  const isWord = (token, word) => token.type === "word" && token.value === word;
  function expect(type, what) {
    const token = tokens[index];
    if (token.type !== type) throw syntaxError(field, token.pos, `expected ${what} but found ${describeToken(token)}`);
    index++;
    return token;
  }
  function parseOr() {
    let left = parseAnd();
    while (isWord(peek(), "or")) {
      index++;
      left = { type: "or", left, right: parseAnd() };
    }
    return left;
  }
  function parseAnd() {
    let left = parseUnary();
    while (isWord(peek(), "and")) {
      index++;
      left = { type: "and", left, right: parseUnary() };
    }
    return left;
  }
  function parseUnary() {
    if (++depth > MAX_FILTER_DEPTH) throw syntaxError(field, peek().pos, `expression nested deeper than ${MAX_FILTER_DEPTH} levels`);
    let node;
    if (isWord(peek(), "not")) {
      index++;
      node = { type: "not", operand: parseUnary() };
    } else node = parsePrimary();
    depth--;
    return node;
  }
  function parsePrimary() {
    const token = peek();
    if (token.type !== "(" && ++terms > MAX_FILTER_TERMS) throw syntaxError(field, token.pos, `more than ${MAX_FILTER_TERMS} conditions`);
    if (token.type === "(") {
      index++;
      const inner = parseOr();
      expect(")", "')'");
      return inner;
    }
    if (token.type === "word" && STRING_FUNCTIONS.includes(token.value) && peek(1).type === "(") return parseStringFunction();
    const left = parseOperand();
    const op = peek();
    if (isWord(op, "in")) return parseIn(left, op);
    if (op.type !== "word" || !COMPARISON_OPERATORS.includes(op.value)) {
      throw syntaxError(field, op.pos, `expected a comparison operator (${COMPARISON_OPERATORS.join(", ")}) or 'in' but found ${describeToken(op)}`);
    }
    index++;
    return { type: "compare", op: op.value, left, right: parseOperand() };
  }
  function parseStringFunction() {
    const name = tokens[index++].value;
    expect("(", "'('");
    const targetToken = peek();
    const target = parseOperand();
    if (target.kind !== "field") throw syntaxError(field, targetToken.pos, `${name}() expects a field name as its first argument`);
    expect(",", "','");
    const value = expect("string", `a string literal as the second argument of ${name}()`).value;
    expect(")", "')'");
    return { type: "function", name, field: target.name, transform: target.transform, value };
  }
  function parseIn(left, op) {
    if (left.kind !== "field") throw syntaxError(field, op.pos, "'in' expects a field name on its left");
    index++;
    expect("(", "'(' after 'in'");
    const values = [];
    for (; ; ) {
      const token = peek();
      const literal = parseOperand();
      if (literal.kind !== "literal") throw syntaxError(field, token.pos, `'in' takes a list of literals, not the field '${literal.name}'`);
      if (literal.value === null) throw syntaxError(field, token.pos, "null cannot be listed in 'in' (write 'or x eq null')");
      if (values.length === MAX_IN_VALUES) throw syntaxError(field, token.pos, `more than ${MAX_IN_VALUES} values in one 'in' list`);
      values.push(literal.value);
      if (peek().type !== ",") break;
      index++;
    }
    expect(")", "')' closing the 'in' list");
    return { type: "in", field: left.name, transform: left.transform, values };
  }
  function parseOperand() {
    const token = peek();
    if (token.type === "string" || token.type === "number") {
      index++;
      return { kind: "literal", value: token.value };
    }
    if (token.type === "word" && CASE_FUNCTIONS.includes(token.value) && peek(1).type === "(") {
      index += 2;
      const inner = expect("word", `a field name inside ${token.value}()`);
      if (RESERVED_WORDS.includes(inner.value) || ["true", "false", "null"].includes(inner.value) || CASE_FUNCTIONS.includes(inner.value)) {
        throw syntaxError(field, inner.pos, `${token.value}() expects a field name but found ${describeToken(inner)}`);
      }
      expect(")", `')' closing ${token.value}()`);
      return { kind: "field", name: inner.value, transform: token.value };
    }
    if (token.type === "word" && !RESERVED_WORDS.includes(token.value)) {
      index++;
      if (token.value === "true") return { kind: "literal", value: true };
      if (token.value === "false") return { kind: "literal", value: false };
      if (token.value === "null") return { kind: "literal", value: null };
      return { kind: "field", name: token.value, transform: null };
    }
    throw syntaxError(field, token.pos, `expected a field name or a literal but found ${describeToken(token)}`);
  }
  if (peek().type === "end") throw syntaxError(field, 0, "empty expression");
  const ast = parseOr();
  if (peek().type !== "end") throw syntaxError(field, peek().pos, `unexpected ${describeToken(peek())} after a complete expression`);
  return ast;
}

// ../shared/odata/normal-form.js
var TRUE = Object.freeze({ type: "const", value: true });
var FALSE = Object.freeze({ type: "const", value: false });

// ../shared/odata/query-options.js
var IDENTIFIER_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
var AGGREGATE_OPERATORS = ["sum", "avg", "min", "max", "count"];
var METHOD_ALIASES = { sum: "sum", average: "avg", avg: "avg", min: "min", max: "max" };
function parseInteger(value, field, min) {
  const number = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < min) {
    throw invalidInput(`${field}: expected an integer >= ${min}`);
  }
  return number;
}
function parseBoolean(value, field) {
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  throw invalidInput(`${field}: expected true or false`);
}
function parseIdentifierList(value, field) {
  const list = typeof value === "string" ? value.split(",").map((s) => s.trim()) : value;
  if (!Array.isArray(list) || list.length === 0) throw invalidInput(`${field}: expected a comma-separated list or an array of names`);
  for (const name of list) {
    if (typeof name !== "string" || !IDENTIFIER_RE.test(name)) {
      throw invalidInput(`${field}: invalid name '${String(name)}' (expected [a-zA-Z_][a-zA-Z0-9_]*)`);
    }
  }
  if (new Set(list).size !== list.length) throw invalidInput(`${field}: a name is listed twice`);
  return list;
}
function parseOrderBy(value, field) {
  const items = typeof value === "string" ? value.split(",") : value;
  if (!Array.isArray(items) || items.length === 0) throw invalidInput(`${field}: expected "name [asc|desc], ..." or an array of such strings`);
  const seen = /* @__PURE__ */ new Set();
  return items.map(function parseOrderItem(item) {
    const words = typeof item === "string" ? item.trim().split(/\s+/) : [];
    const [name, direction = "asc"] = words;
    if (words.length < 1 || words.length > 2 || !IDENTIFIER_RE.test(name) || direction !== "asc" && direction !== "desc") {
      throw invalidInput(`${field}: invalid item '${String(item)}' (expected "name", "name asc" or "name desc")`);
    }
    if (seen.has(name)) throw invalidInput(`${field}: '${name}' is ordered by twice`);
    seen.add(name);
    return { field: name, direction };
  });
}
var STANDARD_AGGREGATE_RE = /^aggregate\(\s*(?:(\$count)|([A-Za-z_]\w*)\s+with\s+([a-z]+))\s+as\s+([A-Za-z_]\w*)\s*\)$/;
var GROUPBY_RE = /^groupby\(\s*\(([^()]*)\)\s*(?:,\s*(aggregate\(.*\)))?\s*\)$/;
var LEGACY_RE = /^(?:aggregate\s*\(\s*([a-z]+)(?:\s+by\s*\(([^)]*)\))?\s*\)|([a-z]+)(?:\s+by\s*\(([^)]*)\))?)$/;
function parseApply(value, field) {
  if (isPlainObject(value)) return parseApplyObject(value, field);
  if (typeof value !== "string") throw invalidInput(`${field}: expected a string such as "groupby((job), aggregate(value with sum as total))" or an object { op, by }`);
  const text = value.trim();
  const grouped = GROUPBY_RE.exec(text);
  if (grouped) {
    if (grouped[2] === void 0) throw invalidInput(`${field}: groupby without aggregate(...) (distinct groups) is not supported; add aggregate($count as count)`);
    const by2 = parseIdentifierList(grouped[1], `${field} groupby`);
    return { ...parseStandardAggregate(grouped[2], field), by: by2 };
  }
  if (STANDARD_AGGREGATE_RE.test(text) || /\bwith\b|\$count/.test(text)) return { ...parseStandardAggregate(text, field), by: [] };
  const legacy = LEGACY_RE.exec(text);
  if (!legacy) throw invalidInput(`${field}: expected "aggregate(value with sum as total)", "groupby((label, ...), aggregate(...))" or "sum by (label, ...)"`);
  const op = legacy[1] ?? legacy[3];
  const by = legacy[2] ?? legacy[4];
  return parseApplyObject({ op, by }, field);
}
function parseStandardAggregate(text, field) {
  const match = STANDARD_AGGREGATE_RE.exec(text.trim());
  if (!match) throw invalidInput(`${field}: expected aggregate(<field> with <sum|average|min|max> as <name>) or aggregate($count as <name>)`);
  const [, count, target, method, alias] = match;
  if (count) return { op: "count", field: null, as: alias };
  const op = METHOD_ALIASES[method];
  if (op === void 0) throw invalidInput(`${field}: unknown aggregation method '${method}' (expected sum, average, min, max, or $count as <name>)`);
  return { op, field: target, as: alias };
}
function parseApplyObject(value, field) {
  const op = METHOD_ALIASES[value.op] ?? (value.op === "count" ? "count" : void 0);
  if (op === void 0) throw invalidInput(`${field}: expected an aggregation operator, one of ${AGGREGATE_OPERATORS.join(", ")}`);
  const by = value.by === void 0 ? [] : parseIdentifierList(value.by, `${field}.by`);
  return { op, field: op === "count" ? null : "value", by, as: "value" };
}
function parseTime(value, field) {
  if (typeof value === "number" || typeof value === "string" && /^\d+(\.\d+)?$/.test(value)) {
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1e3);
  } else if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return ms;
  }
  throw invalidInput(`${field}: expected an RFC 3339 timestamp with a UTC offset (e.g. 2026-01-01T00:00:00Z) or unix seconds`);
}
var DURATION_UNITS = { ms: 1e-3, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536e3 };
function parseDuration(value, field) {
  if (typeof value === "number" || typeof value === "string" && /^\d+(\.\d+)?$/.test(value)) {
    const seconds = Number(value);
    if (seconds > 0 && Number.isFinite(seconds)) return { text: `${seconds}s`, seconds };
  } else if (typeof value === "string" && /^(\d+(ms|s|m|h|d|w|y))+$/.test(value)) {
    let seconds = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g)) seconds += Number(amount) * DURATION_UNITS[unit];
    if (seconds > 0) return { text: value, seconds };
  }
  throw invalidInput(`${field}: expected a positive duration such as "60s", "5m", "1h30m" or a number of seconds`);
}

// ../shared/odata/query-string.js
function splitQueryString(source, field) {
  const parts = [];
  let current = "";
  let inString = false;
  for (const ch of source.replace(/^\?/, "")) {
    if (ch === "'") inString = !inString;
    if (ch === "&" && !inString) {
      parts.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  parts.push(current);
  const pairs = [];
  for (const part of parts) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    const key = decodeFormComponent(eq < 0 ? part : part.slice(0, eq), field).trim();
    pairs.push({ key, value: decodeFormComponent(eq < 0 ? "" : part.slice(eq + 1), `${field}.${key}`).trim() });
  }
  return pairs;
}
function decodeFormComponent(text, field) {
  const spaced = text.replace(/\+/g, " ");
  if (!spaced.includes("%")) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    const bad = /%(?![0-9A-Fa-f]{2})|%[89A-Fa-f][0-9A-Fa-f](?!%[89AB][0-9A-Fa-f])/.exec(spaced);
    throw invalidInput(`${field}: malformed percent-encoding${bad ? ` at position ${bad.index}` : ""} (write a literal '%' as %25)`);
  }
}

// ../shared/odata/normalize-query.js
var QUERY_OPTIONS = ["metric", "filter", "search", "top", "skip", "orderby", "select", "apply", "count", "from", "to", "step", "time"];
var OBJECT_QUERY_KEYS = [...QUERY_OPTIONS, "aggregate"];
var MAX_SEARCH_LENGTH = 1e3;
function normalizeQuery(query) {
  const { raw, optionName } = readOptions(query);
  const has = (key) => raw[key] !== void 0 && raw[key] !== "";
  const result = {
    optionName,
    metric: null,
    filter: null,
    search: null,
    top: null,
    skip: null,
    orderby: null,
    select: null,
    aggregate: null,
    count: false,
    from: null,
    to: null,
    step: null,
    time: null
  };
  if (has("metric")) {
    if (typeof raw.metric !== "string" || raw.metric.trim() === "") throw invalidInput(`${optionName("metric")}: expected a non-empty string`);
    result.metric = raw.metric.trim();
  }
  if (has("filter")) {
    if (typeof raw.filter !== "string") throw invalidInput(`${optionName("filter")}: expected a filter expression string`);
    result.filter = parseFilter(raw.filter, optionName("filter"));
  }
  if (has("search")) {
    if (typeof raw.search !== "string" || raw.search.trim() === "") throw invalidInput(`${optionName("search")}: expected non-empty search text`);
    if (raw.search.length > MAX_SEARCH_LENGTH) throw invalidInput(`${optionName("search")}: longer than ${MAX_SEARCH_LENGTH} characters`);
    result.search = raw.search.trim();
  }
  if (has("top")) result.top = parseInteger(raw.top, optionName("top"), 1);
  if (has("skip")) result.skip = parseInteger(raw.skip, optionName("skip"), 0);
  if (has("orderby")) result.orderby = parseOrderBy(raw.orderby, optionName("orderby"));
  if (has("select")) result.select = parseIdentifierList(raw.select, optionName("select"));
  if (has("apply")) result.aggregate = parseApply(raw.apply, optionName("apply"));
  if (has("count")) result.count = parseBoolean(raw.count, optionName("count"));
  if (has("from")) result.from = parseTime(raw.from, optionName("from"));
  if (has("to")) result.to = parseTime(raw.to, optionName("to"));
  if (has("time")) result.time = parseTime(raw.time, optionName("time"));
  if (has("step")) result.step = parseDuration(raw.step, optionName("step"));
  if (result.from !== null && result.to !== null && result.from >= result.to) {
    throw invalidInput(`${optionName("to")}: must be later than ${optionName("from")}`);
  }
  if (result.aggregate !== null && result.select !== null) {
    throw invalidInput(`${optionName("select")}: cannot be combined with ${optionName("apply")} (the grouping fields and the aggregate are the result)`);
  }
  return result;
}
function readOptions(query) {
  if (typeof query === "string") {
    const raw2 = {};
    for (const { key, value } of splitQueryString(query, "input.query")) {
      const name = key.replace(/^\$/, "");
      if (!QUERY_OPTIONS.includes(name)) {
        throw invalidInput(`input.query: unknown query option '${key}' (expected one of ${QUERY_OPTIONS.map((o) => "$" + o).join(", ")})`);
      }
      if (name in raw2) throw invalidInput(`input.query: query option '$${name}' is given more than once`);
      raw2[name] = value;
    }
    return { raw: raw2, optionName: (key) => `input.query.$${key}` };
  }
  if (!isPlainObject(query)) throw invalidInput("input.query: expected an OData query string or an object");
  for (const key of Object.keys(query)) {
    if (!OBJECT_QUERY_KEYS.includes(key)) throw invalidInput(`input.query.${key}: unknown option (expected one of ${OBJECT_QUERY_KEYS.join(", ")})`);
  }
  if (query.apply !== void 0 && query.aggregate !== void 0) throw invalidInput("input.query.aggregate: give apply or aggregate, not both");
  const applyKey = query.aggregate !== void 0 ? "aggregate" : "apply";
  const raw = { ...query, apply: query[applyKey] };
  return { raw, optionName: (key) => `input.query.${key === "apply" ? applyKey : key}` };
}

// src/index.js
var METRIC_NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
var VALUE_FIELD = "value";
var PROMQL_OPERATORS = { eq: "==", ne: "!=", gt: ">", lt: "<", ge: ">=", le: "<=" };
var NEGATED = { eq: "ne", ne: "eq", gt: "le", le: "gt", lt: "ge", ge: "lt" };
var MIRRORED = { eq: "eq", ne: "ne", gt: "lt", lt: "gt", ge: "le", le: "ge" };
var MAX_ALTERNATIVES = 32;
var MAX_POINTS = 11e3;
var DEFAULT_POINTS = 250;
function promqlString(value) {
  return '"' + value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n") + '"';
}
function escapeRegex(value) {
  return value.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&");
}
function toLiteral(node, negated, field) {
  if (node.type === "function") {
    const body = escapeRegex(node.value);
    const pattern = node.name === "contains" ? `.*${body}.*` : node.name === "startswith" ? `${body}.*` : `.*${body}`;
    if (node.field === VALUE_FIELD) throw invalidInput(`${field}: ${node.name}() applies to labels, not to the sample value`);
    return { kind: "label", text: `${node.field}${negated ? "!~" : "=~"}${promqlString(pattern)}` };
  }
  let { op, left, right } = node;
  if (left.kind === "literal" && right.kind === "field") {
    [left, right] = [right, left];
    op = MIRRORED[op];
  }
  if (left.kind !== "field" || right.kind !== "literal") {
    throw invalidInput(`${field}: each comparison must have a label (or '${VALUE_FIELD}') on one side and a literal on the other`);
  }
  if (negated) op = NEGATED[op];
  const value = right.value;
  if (left.name === VALUE_FIELD) {
    if (typeof value !== "number") throw invalidInput(`${field}: '${VALUE_FIELD}' can only be compared with a number`);
    return { kind: "value", text: `${PROMQL_OPERATORS[op]} ${value}` };
  }
  if (op !== "eq" && op !== "ne") {
    throw invalidInput(`${field}: operator '${op}' is only supported on the sample value ('${VALUE_FIELD}'), not on label '${left.name}'`);
  }
  const text = value === null ? "" : String(value);
  return { kind: "label", text: `${left.name}${op === "eq" ? "=" : "!="}${promqlString(text)}` };
}
function toDnf(node, negated, field) {
  if (node.type === "not") return toDnf(node.operand, !negated, field);
  if (node.type === "compare" || node.type === "function") return [[toLiteral(node, negated, field)]];
  const left = toDnf(node.left, negated, field);
  const right = toDnf(node.right, negated, field);
  const isOr = node.type === "or" !== negated;
  const result = isOr ? [...left, ...right] : left.flatMap((a) => right.map((b) => [...a, ...b]));
  if (result.length > MAX_ALTERNATIVES) {
    throw invalidInput(`${field}: filter expands to more than ${MAX_ALTERNATIVES} alternative selectors; simplify the 'or' clauses`);
  }
  return result;
}
function renderSelector(metric, conjunction) {
  const matchers = [...new Set(conjunction.filter((l) => l.kind === "label").map((l) => l.text))];
  const comparisons = conjunction.filter((l) => l.kind === "value").map((l) => ` ${l.text}`);
  return metric + (matchers.length ? `{${matchers.join(", ")}}` : "") + comparisons.join("");
}
function buildPromql(q) {
  const metricField = q.optionName("metric");
  if (q.metric === null) throw invalidInput(`${metricField}: required (the metric name to query)`);
  if (!METRIC_NAME_RE.test(q.metric)) throw invalidInput(`${metricField}: invalid metric name '${q.metric}' (expected [a-zA-Z_:][a-zA-Z0-9_:]*)`);
  const conjunctions = q.filter === null ? [[]] : toDnf(q.filter, false, q.optionName("filter"));
  let expr = [...new Set(conjunctions.map((c) => renderSelector(q.metric, c)))].join(" or ");
  if (q.aggregate !== null) {
    const by = q.aggregate.by.length ? ` by (${q.aggregate.by.join(", ")}) ` : "";
    expr = `${q.aggregate.op}${by}(${expr})`;
  }
  if (q.top !== null) expr = `topk(${q.top}, ${expr})`;
  return expr;
}
function buildTiming(q) {
  if (q.time !== null && (q.from !== null || q.step !== null)) {
    throw invalidInput(`${q.optionName("time")}: an instant query time cannot be combined with a range (from/step)`);
  }
  if (q.from === null && q.step === null) {
    const at = q.time !== null ? q.time : q.to;
    return { range: null, time: at === null ? null : new Date(at).toISOString() };
  }
  if (q.from === null) throw invalidInput(`${q.optionName("from")}: required when ${q.optionName("step")} is set`);
  if (q.to === null) throw invalidInput(`${q.optionName("to")}: required when ${q.optionName("from")} is set`);
  const seconds = (q.to - q.from) / 1e3;
  const step = q.step !== null ? q.step : parseDuration(String(Math.max(1, Math.ceil(seconds / DEFAULT_POINTS))), "step");
  if (seconds / step.seconds > MAX_POINTS) {
    throw invalidInput(`${q.optionName("step")}: ${step.text} gives more than ${MAX_POINTS} points over the range; use a larger step`);
  }
  return { range: { start: new Date(q.from).toISOString(), end: new Date(q.to).toISOString(), step: step.text }, time: null };
}
function translateQuery(input) {
  if (!isPlainObject(input)) throw invalidInput('input: expected an object with a "query" field');
  if (input.query === void 0) throw invalidInput("input.query: required (an OData query string or object)");
  const q = normalizeQuery(input.query);
  for (const key of ["skip", "orderby", "select"]) {
    if (q[key] !== null) throw invalidInput(`${q.optionName(key)}: not supported by the Prometheus adapter`);
  }
  const promql = buildPromql(q);
  const { range, time } = buildTiming(q);
  return { promql, range, time, endpoint: range ? "/api/v1/query_range" : "/api/v1/query" };
}
function sampleValue(raw, field) {
  if (raw === "NaN") return "NaN";
  if (raw === "+Inf" || raw === "Inf") return "INF";
  if (raw === "-Inf") return "-INF";
  const value = Number(raw);
  if (typeof raw !== "string" || raw.trim() === "" || Number.isNaN(value)) throw invalidInput(`${field}: expected a numeric sample string, got ${JSON.stringify(raw)}`);
  return value;
}
function sampleTime(raw, field) {
  if (typeof raw !== "number" || !Number.isFinite(raw)) throw invalidInput(`${field}: expected a unix timestamp in seconds`);
  return new Date(Math.round(raw * 1e3)).toISOString();
}
function samplePair(pair, field) {
  if (!Array.isArray(pair) || pair.length !== 2) throw invalidInput(`${field}: expected a [timestamp, "value"] pair`);
  return pair;
}
function translateResult(input, ctx) {
  if (!isPlainObject(input) || !isPlainObject(input.response)) throw invalidInput("input.response: expected a Prometheus HTTP API response object");
  if (input.context !== void 0 && typeof input.context !== "string") throw invalidInput("input.context: expected a string");
  const body = input.response;
  if (body.status === "error") {
    const error = new Error(`Prometheus query failed (${body.errorType || "unknown"}): ${body.error || "no error message"}`);
    error.name = "PrometheusError";
    throw error;
  }
  if (body.status !== "success") throw invalidInput(`input.response.status: expected "success" or "error"`);
  if (Array.isArray(body.warnings)) for (const w of body.warnings) ctx?.log?.warn(`prometheus warning: ${w}`);
  const data = body.data;
  if (!isPlainObject(data)) throw invalidInput("input.response.data: expected an object");
  const result = data.result;
  const value = [];
  const field = "input.response.data.result";
  if (data.resultType === "vector" || data.resultType === "matrix") {
    if (!Array.isArray(result)) throw invalidInput(`${field}: expected an array`);
    result.forEach(function convertSeries(series, i) {
      const metric = isPlainObject(series?.metric) ? { ...series.metric } : {};
      if (series?.histogram !== void 0 || series?.histograms !== void 0) {
        ctx?.log?.warn(`skipping native histogram series ${i}: not representable as a single value`);
        return;
      }
      const pairs = data.resultType === "vector" ? [series?.value] : series?.values;
      if (!Array.isArray(pairs)) throw invalidInput(`${field}[${i}].values: expected an array of [timestamp, "value"] pairs`);
      pairs.forEach(function convertSample(pair, j) {
        const where = `${field}[${i}]${data.resultType === "vector" ? ".value" : `.values[${j}]`}`;
        const [ts, raw] = samplePair(pair, where);
        value.push({ metric: { ...metric }, timestamp: sampleTime(ts, where), value: sampleValue(raw, where) });
      });
    });
  } else if (data.resultType === "scalar" || data.resultType === "string") {
    const [ts, raw] = samplePair(result, field);
    const converted = data.resultType === "scalar" ? sampleValue(raw, field) : String(raw);
    value.push({ metric: {}, timestamp: sampleTime(ts, field), value: converted });
  } else {
    throw invalidInput("input.response.data.resultType: expected one of vector, matrix, scalar, string");
  }
  return { "@odata.context": input.context || "$metadata#Metrics", "@odata.count": value.length, value };
}
var index_default = {
  "translate-query": translateQuery,
  "translate-result": translateResult
};
export {
  index_default as default
};
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIi4uL3NoYXJlZC9vZGF0YS9lcnJvcnMuanMiLCIuLi9zaGFyZWQvb2RhdGEvZmlsdGVyLXRva2Vucy5qcyIsIi4uL3NoYXJlZC9vZGF0YS9maWx0ZXItcGFyc2VyLmpzIiwiLi4vc2hhcmVkL29kYXRhL25vcm1hbC1mb3JtLmpzIiwiLi4vc2hhcmVkL29kYXRhL3F1ZXJ5LW9wdGlvbnMuanMiLCIuLi9zaGFyZWQvb2RhdGEvcXVlcnktc3RyaW5nLmpzIiwiLi4vc2hhcmVkL29kYXRhL25vcm1hbGl6ZS1xdWVyeS5qcyIsInNyYy9pbmRleC5qcyJdLCJtYXBwaW5ncyI6IjtBQUdPLFNBQVMsYUFBYSxTQUFTO0FBQ3BDLFFBQU0sUUFBUSxJQUFJLE1BQU0sT0FBTztBQUMvQixRQUFNLE9BQU87QUFDYixTQUFPO0FBQ1Q7QUFFTyxTQUFTLFlBQVksT0FBTyxLQUFLLFNBQVM7QUFDL0MsU0FBTyxhQUFhLEdBQUcsS0FBSyw4QkFBOEIsR0FBRyxLQUFLLE9BQU8sRUFBRTtBQUM3RTtBQU9PLFNBQVMsY0FBYyxPQUFPO0FBQ25DLFNBQU8sVUFBVSxRQUFRLE9BQU8sVUFBVSxZQUFZLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFDNUU7OztBQ2xCQSxJQUFNLFlBQVk7QUFDbEIsSUFBTSxVQUFVO0FBQ2hCLElBQU0sY0FBYyxvQkFBSSxJQUFJLENBQUMsS0FBSyxLQUFLLEdBQUcsQ0FBQztBQUMzQyxJQUFNLGFBQWEsb0JBQUksSUFBSSxDQUFDLEtBQUssS0FBTSxNQUFNLElBQUksQ0FBQztBQUczQyxTQUFTLGVBQWUsUUFBUSxPQUFPO0FBQzVDLFFBQU0sU0FBUyxDQUFDO0FBQ2hCLE1BQUksTUFBTTtBQUNWLFNBQU8sTUFBTSxPQUFPLFFBQVE7QUFDMUIsVUFBTSxLQUFLLE9BQU8sR0FBRztBQUNyQixRQUFJLFdBQVcsSUFBSSxFQUFFLEdBQUc7QUFBRTtBQUFPO0FBQUEsSUFBVTtBQUMzQyxRQUFJLFlBQVksSUFBSSxFQUFFLEdBQUc7QUFBRSxhQUFPLEtBQUssRUFBRSxNQUFNLElBQUksT0FBTyxJQUFJLElBQUksQ0FBQztBQUFHO0FBQU87QUFBQSxJQUFVO0FBQ3ZGLFFBQUksT0FBTyxLQUFLO0FBQ2QsWUFBTSxFQUFFLE9BQU8sSUFBSSxJQUFJLFdBQVcsUUFBUSxLQUFLLEtBQUs7QUFDcEQsYUFBTyxLQUFLLEVBQUUsTUFBTSxVQUFVLE9BQU8sSUFBSSxDQUFDO0FBQzFDLFlBQU07QUFDTjtBQUFBLElBQ0Y7QUFDQSxjQUFVLFlBQVk7QUFDdEIsUUFBSSxRQUFRLFVBQVUsS0FBSyxNQUFNO0FBQ2pDLFFBQUksT0FBTztBQUNULFlBQU0sTUFBTSxNQUFNLE1BQU0sQ0FBQyxFQUFFO0FBQzNCLFVBQUksTUFBTSxPQUFPLFVBQVUsZ0JBQWdCLEtBQUssT0FBTyxHQUFHLENBQUMsRUFBRyxPQUFNLFlBQVksT0FBTyxLQUFLLGtCQUFrQjtBQUM5RyxVQUFJLENBQUMsT0FBTyxTQUFTLE9BQU8sTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFHLE9BQU0sWUFBWSxPQUFPLEtBQUsscUJBQXFCO0FBQzNGLGFBQU8sS0FBSyxFQUFFLE1BQU0sVUFBVSxPQUFPLE9BQU8sTUFBTSxDQUFDLENBQUMsR0FBRyxJQUFJLENBQUM7QUFDNUQsWUFBTTtBQUNOO0FBQUEsSUFDRjtBQUNBLFlBQVEsWUFBWTtBQUNwQixZQUFRLFFBQVEsS0FBSyxNQUFNO0FBQzNCLFFBQUksT0FBTztBQUFFLGFBQU8sS0FBSyxFQUFFLE1BQU0sUUFBUSxPQUFPLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQztBQUFHLGFBQU8sTUFBTSxDQUFDLEVBQUU7QUFBUTtBQUFBLElBQVU7QUFDcEcsVUFBTSxZQUFZLE9BQU8sS0FBSyx5QkFBeUIsRUFBRSxHQUFHO0FBQUEsRUFDOUQ7QUFDQSxTQUFPLEtBQUssRUFBRSxNQUFNLE9BQU8sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLENBQUM7QUFDMUQsU0FBTztBQUNUO0FBR0EsU0FBUyxXQUFXLFFBQVEsT0FBTyxPQUFPO0FBQ3hDLE1BQUksUUFBUTtBQUNaLE1BQUksTUFBTSxRQUFRO0FBQ2xCLGFBQVM7QUFDUCxRQUFJLE9BQU8sT0FBTyxPQUFRLE9BQU0sWUFBWSxPQUFPLE9BQU8sNkJBQTZCO0FBQ3ZGLFFBQUksT0FBTyxHQUFHLE1BQU0sS0FBSztBQUN2QixVQUFJLE9BQU8sTUFBTSxDQUFDLE1BQU0sS0FBSztBQUFFLGlCQUFTO0FBQUssZUFBTztBQUFHO0FBQUEsTUFBVTtBQUNqRSxhQUFPLEVBQUUsT0FBTyxLQUFLLE1BQU0sRUFBRTtBQUFBLElBQy9CO0FBQ0EsYUFBUyxPQUFPLEtBQUs7QUFBQSxFQUN2QjtBQUNGO0FBRU8sU0FBUyxjQUFjLE9BQU87QUFDbkMsTUFBSSxNQUFNLFNBQVMsTUFBTyxRQUFPO0FBQ2pDLE1BQUksTUFBTSxTQUFTLFNBQVUsUUFBTyxXQUFXLE1BQU0sS0FBSztBQUMxRCxTQUFPLElBQUksTUFBTSxLQUFLO0FBQ3hCOzs7QUN2RE8sSUFBTSx1QkFBdUIsQ0FBQyxNQUFNLE1BQU0sTUFBTSxNQUFNLE1BQU0sSUFBSTtBQUNoRSxJQUFNLG1CQUFtQixDQUFDLFlBQVksY0FBYyxVQUFVO0FBQzlELElBQU0saUJBQWlCLENBQUMsV0FBVyxTQUFTO0FBQ25ELElBQU0saUJBQWlCLENBQUMsT0FBTyxNQUFNLE9BQU8sTUFBTSxHQUFHLG9CQUFvQjtBQUdsRSxJQUFNLG1CQUFtQjtBQUN6QixJQUFNLG1CQUFtQjtBQUN6QixJQUFNLGdCQUFnQjtBQWV0QixTQUFTLFlBQVksUUFBUSxPQUFPO0FBQ3pDLFFBQU0sU0FBUyxlQUFlLFFBQVEsS0FBSztBQUMzQyxNQUFJLFFBQVE7QUFDWixNQUFJLFFBQVE7QUFDWixNQUFJLFFBQVE7QUFDWixRQUFNLE9BQU8sQ0FBQyxRQUFRLE1BQU0sT0FBTyxRQUFRLEtBQUs7QUFDaEQsUUFBTSxTQUFTLENBQUMsT0FBTyxTQUFTLE1BQU0sU0FBUyxVQUFVLE1BQU0sVUFBVTtBQUV6RSxXQUFTLE9BQU8sTUFBTSxNQUFNO0FBQzFCLFVBQU0sUUFBUSxPQUFPLEtBQUs7QUFDMUIsUUFBSSxNQUFNLFNBQVMsS0FBTSxPQUFNLFlBQVksT0FBTyxNQUFNLEtBQUssWUFBWSxJQUFJLGNBQWMsY0FBYyxLQUFLLENBQUMsRUFBRTtBQUNqSDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsV0FBUyxVQUFVO0FBQ2pCLFFBQUksT0FBTyxTQUFTO0FBQ3BCLFdBQU8sT0FBTyxLQUFLLEdBQUcsSUFBSSxHQUFHO0FBQUU7QUFBUyxhQUFPLEVBQUUsTUFBTSxNQUFNLE1BQU0sT0FBTyxTQUFTLEVBQUU7QUFBQSxJQUFHO0FBQ3hGLFdBQU87QUFBQSxFQUNUO0FBQ0EsV0FBUyxXQUFXO0FBQ2xCLFFBQUksT0FBTyxXQUFXO0FBQ3RCLFdBQU8sT0FBTyxLQUFLLEdBQUcsS0FBSyxHQUFHO0FBQUU7QUFBUyxhQUFPLEVBQUUsTUFBTSxPQUFPLE1BQU0sT0FBTyxXQUFXLEVBQUU7QUFBQSxJQUFHO0FBQzVGLFdBQU87QUFBQSxFQUNUO0FBQ0EsV0FBUyxhQUFhO0FBQ3BCLFFBQUksRUFBRSxRQUFRLGlCQUFrQixPQUFNLFlBQVksT0FBTyxLQUFLLEVBQUUsS0FBSyxpQ0FBaUMsZ0JBQWdCLFNBQVM7QUFDL0gsUUFBSTtBQUNKLFFBQUksT0FBTyxLQUFLLEdBQUcsS0FBSyxHQUFHO0FBQUU7QUFBUyxhQUFPLEVBQUUsTUFBTSxPQUFPLFNBQVMsV0FBVyxFQUFFO0FBQUEsSUFBRyxNQUNoRixRQUFPLGFBQWE7QUFDekI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFdBQVMsZUFBZTtBQUN0QixVQUFNLFFBQVEsS0FBSztBQUNuQixRQUFJLE1BQU0sU0FBUyxPQUFPLEVBQUUsUUFBUSxpQkFBa0IsT0FBTSxZQUFZLE9BQU8sTUFBTSxLQUFLLGFBQWEsZ0JBQWdCLGFBQWE7QUFDcEksUUFBSSxNQUFNLFNBQVMsS0FBSztBQUN0QjtBQUNBLFlBQU0sUUFBUSxRQUFRO0FBQ3RCLGFBQU8sS0FBSyxLQUFLO0FBQ2pCLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxNQUFNLFNBQVMsVUFBVSxpQkFBaUIsU0FBUyxNQUFNLEtBQUssS0FBSyxLQUFLLENBQUMsRUFBRSxTQUFTLElBQUssUUFBTyxvQkFBb0I7QUFDeEgsVUFBTSxPQUFPLGFBQWE7QUFDMUIsVUFBTSxLQUFLLEtBQUs7QUFDaEIsUUFBSSxPQUFPLElBQUksSUFBSSxFQUFHLFFBQU8sUUFBUSxNQUFNLEVBQUU7QUFDN0MsUUFBSSxHQUFHLFNBQVMsVUFBVSxDQUFDLHFCQUFxQixTQUFTLEdBQUcsS0FBSyxHQUFHO0FBQ2xFLFlBQU0sWUFBWSxPQUFPLEdBQUcsS0FBSyxtQ0FBbUMscUJBQXFCLEtBQUssSUFBSSxDQUFDLHVCQUF1QixjQUFjLEVBQUUsQ0FBQyxFQUFFO0FBQUEsSUFDL0k7QUFDQTtBQUNBLFdBQU8sRUFBRSxNQUFNLFdBQVcsSUFBSSxHQUFHLE9BQU8sTUFBTSxPQUFPLGFBQWEsRUFBRTtBQUFBLEVBQ3RFO0FBQ0EsV0FBUyxzQkFBc0I7QUFDN0IsVUFBTSxPQUFPLE9BQU8sT0FBTyxFQUFFO0FBQzdCLFdBQU8sS0FBSyxLQUFLO0FBQ2pCLFVBQU0sY0FBYyxLQUFLO0FBQ3pCLFVBQU0sU0FBUyxhQUFhO0FBQzVCLFFBQUksT0FBTyxTQUFTLFFBQVMsT0FBTSxZQUFZLE9BQU8sWUFBWSxLQUFLLEdBQUcsSUFBSSwrQ0FBK0M7QUFDN0gsV0FBTyxLQUFLLEtBQUs7QUFDakIsVUFBTSxRQUFRLE9BQU8sVUFBVSw4Q0FBOEMsSUFBSSxJQUFJLEVBQUU7QUFDdkYsV0FBTyxLQUFLLEtBQUs7QUFDakIsV0FBTyxFQUFFLE1BQU0sWUFBWSxNQUFNLE9BQU8sT0FBTyxNQUFNLFdBQVcsT0FBTyxXQUFXLE1BQU07QUFBQSxFQUMxRjtBQUNBLFdBQVMsUUFBUSxNQUFNLElBQUk7QUFDekIsUUFBSSxLQUFLLFNBQVMsUUFBUyxPQUFNLFlBQVksT0FBTyxHQUFHLEtBQUssdUNBQXVDO0FBQ25HO0FBQ0EsV0FBTyxLQUFLLGdCQUFnQjtBQUM1QixVQUFNLFNBQVMsQ0FBQztBQUNoQixlQUFTO0FBQ1AsWUFBTSxRQUFRLEtBQUs7QUFDbkIsWUFBTSxVQUFVLGFBQWE7QUFDN0IsVUFBSSxRQUFRLFNBQVMsVUFBVyxPQUFNLFlBQVksT0FBTyxNQUFNLEtBQUssaURBQWlELFFBQVEsSUFBSSxHQUFHO0FBQ3BJLFVBQUksUUFBUSxVQUFVLEtBQU0sT0FBTSxZQUFZLE9BQU8sTUFBTSxLQUFLLHNEQUFzRDtBQUN0SCxVQUFJLE9BQU8sV0FBVyxjQUFlLE9BQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxhQUFhLGFBQWEsMEJBQTBCO0FBQzdILGFBQU8sS0FBSyxRQUFRLEtBQUs7QUFDekIsVUFBSSxLQUFLLEVBQUUsU0FBUyxJQUFLO0FBQ3pCO0FBQUEsSUFDRjtBQUNBLFdBQU8sS0FBSywyQkFBMkI7QUFDdkMsV0FBTyxFQUFFLE1BQU0sTUFBTSxPQUFPLEtBQUssTUFBTSxXQUFXLEtBQUssV0FBVyxPQUFPO0FBQUEsRUFDM0U7QUFDQSxXQUFTLGVBQWU7QUFDdEIsVUFBTSxRQUFRLEtBQUs7QUFDbkIsUUFBSSxNQUFNLFNBQVMsWUFBWSxNQUFNLFNBQVMsVUFBVTtBQUFFO0FBQVMsYUFBTyxFQUFFLE1BQU0sV0FBVyxPQUFPLE1BQU0sTUFBTTtBQUFBLElBQUc7QUFDbkgsUUFBSSxNQUFNLFNBQVMsVUFBVSxlQUFlLFNBQVMsTUFBTSxLQUFLLEtBQUssS0FBSyxDQUFDLEVBQUUsU0FBUyxLQUFLO0FBQ3pGLGVBQVM7QUFDVCxZQUFNLFFBQVEsT0FBTyxRQUFRLHVCQUF1QixNQUFNLEtBQUssSUFBSTtBQUNuRSxVQUFJLGVBQWUsU0FBUyxNQUFNLEtBQUssS0FBSyxDQUFDLFFBQVEsU0FBUyxNQUFNLEVBQUUsU0FBUyxNQUFNLEtBQUssS0FBSyxlQUFlLFNBQVMsTUFBTSxLQUFLLEdBQUc7QUFDbkksY0FBTSxZQUFZLE9BQU8sTUFBTSxLQUFLLEdBQUcsTUFBTSxLQUFLLHFDQUFxQyxjQUFjLEtBQUssQ0FBQyxFQUFFO0FBQUEsTUFDL0c7QUFDQSxhQUFPLEtBQUssZUFBZSxNQUFNLEtBQUssSUFBSTtBQUMxQyxhQUFPLEVBQUUsTUFBTSxTQUFTLE1BQU0sTUFBTSxPQUFPLFdBQVcsTUFBTSxNQUFNO0FBQUEsSUFDcEU7QUFDQSxRQUFJLE1BQU0sU0FBUyxVQUFVLENBQUMsZUFBZSxTQUFTLE1BQU0sS0FBSyxHQUFHO0FBQ2xFO0FBQ0EsVUFBSSxNQUFNLFVBQVUsT0FBUSxRQUFPLEVBQUUsTUFBTSxXQUFXLE9BQU8sS0FBSztBQUNsRSxVQUFJLE1BQU0sVUFBVSxRQUFTLFFBQU8sRUFBRSxNQUFNLFdBQVcsT0FBTyxNQUFNO0FBQ3BFLFVBQUksTUFBTSxVQUFVLE9BQVEsUUFBTyxFQUFFLE1BQU0sV0FBVyxPQUFPLEtBQUs7QUFDbEUsYUFBTyxFQUFFLE1BQU0sU0FBUyxNQUFNLE1BQU0sT0FBTyxXQUFXLEtBQUs7QUFBQSxJQUM3RDtBQUNBLFVBQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxnREFBZ0QsY0FBYyxLQUFLLENBQUMsRUFBRTtBQUFBLEVBQzVHO0FBRUEsTUFBSSxLQUFLLEVBQUUsU0FBUyxNQUFPLE9BQU0sWUFBWSxPQUFPLEdBQUcsa0JBQWtCO0FBQ3pFLFFBQU0sTUFBTSxRQUFRO0FBQ3BCLE1BQUksS0FBSyxFQUFFLFNBQVMsTUFBTyxPQUFNLFlBQVksT0FBTyxLQUFLLEVBQUUsS0FBSyxjQUFjLGNBQWMsS0FBSyxDQUFDLENBQUMsOEJBQThCO0FBQ2pJLFNBQU87QUFDVDs7O0FDckhPLElBQU0sT0FBTyxPQUFPLE9BQU8sRUFBRSxNQUFNLFNBQVMsT0FBTyxLQUFLLENBQUM7QUFDekQsSUFBTSxRQUFRLE9BQU8sT0FBTyxFQUFFLE1BQU0sU0FBUyxPQUFPLE1BQU0sQ0FBQzs7O0FDWjNELElBQU0sZ0JBQWdCO0FBQ3RCLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPO0FBRXZFLElBQU0saUJBQWlCLEVBQUUsS0FBSyxPQUFPLFNBQVMsT0FBTyxLQUFLLE9BQU8sS0FBSyxPQUFPLEtBQUssTUFBTTtBQUVqRixTQUFTLGFBQWEsT0FBTyxPQUFPLEtBQUs7QUFDOUMsUUFBTSxTQUFTLE9BQU8sVUFBVSxZQUFZLFFBQVEsS0FBSyxNQUFNLEtBQUssQ0FBQyxJQUFJLE9BQU8sS0FBSyxJQUFJO0FBQ3pGLE1BQUksT0FBTyxXQUFXLFlBQVksQ0FBQyxPQUFPLGNBQWMsTUFBTSxLQUFLLFNBQVMsS0FBSztBQUMvRSxVQUFNLGFBQWEsR0FBRyxLQUFLLDRCQUE0QixHQUFHLEVBQUU7QUFBQSxFQUM5RDtBQUNBLFNBQU87QUFDVDtBQUVPLFNBQVMsYUFBYSxPQUFPLE9BQU87QUFDekMsTUFBSSxVQUFVLFFBQVEsVUFBVSxPQUFRLFFBQU87QUFDL0MsTUFBSSxVQUFVLFNBQVMsVUFBVSxRQUFTLFFBQU87QUFDakQsUUFBTSxhQUFhLEdBQUcsS0FBSywwQkFBMEI7QUFDdkQ7QUFFTyxTQUFTLG9CQUFvQixPQUFPLE9BQU87QUFDaEQsUUFBTSxPQUFPLE9BQU8sVUFBVSxXQUFXLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsSUFBSTtBQUNqRixNQUFJLENBQUMsTUFBTSxRQUFRLElBQUksS0FBSyxLQUFLLFdBQVcsRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLHdEQUF3RDtBQUNsSSxhQUFXLFFBQVEsTUFBTTtBQUN2QixRQUFJLE9BQU8sU0FBUyxZQUFZLENBQUMsY0FBYyxLQUFLLElBQUksR0FBRztBQUN6RCxZQUFNLGFBQWEsR0FBRyxLQUFLLG1CQUFtQixPQUFPLElBQUksQ0FBQyxxQ0FBcUM7QUFBQSxJQUNqRztBQUFBLEVBQ0Y7QUFDQSxNQUFJLElBQUksSUFBSSxJQUFJLEVBQUUsU0FBUyxLQUFLLE9BQVEsT0FBTSxhQUFhLEdBQUcsS0FBSywwQkFBMEI7QUFDN0YsU0FBTztBQUNUO0FBRU8sU0FBUyxhQUFhLE9BQU8sT0FBTztBQUN6QyxRQUFNLFFBQVEsT0FBTyxVQUFVLFdBQVcsTUFBTSxNQUFNLEdBQUcsSUFBSTtBQUM3RCxNQUFJLENBQUMsTUFBTSxRQUFRLEtBQUssS0FBSyxNQUFNLFdBQVcsRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLCtEQUErRDtBQUMzSSxRQUFNLE9BQU8sb0JBQUksSUFBSTtBQUNyQixTQUFPLE1BQU0sSUFBSSxTQUFTLGVBQWUsTUFBTTtBQUM3QyxVQUFNLFFBQVEsT0FBTyxTQUFTLFdBQVcsS0FBSyxLQUFLLEVBQUUsTUFBTSxLQUFLLElBQUksQ0FBQztBQUNyRSxVQUFNLENBQUMsTUFBTSxZQUFZLEtBQUssSUFBSTtBQUNsQyxRQUFJLE1BQU0sU0FBUyxLQUFLLE1BQU0sU0FBUyxLQUFLLENBQUMsY0FBYyxLQUFLLElBQUksS0FBTSxjQUFjLFNBQVMsY0FBYyxRQUFTO0FBQ3RILFlBQU0sYUFBYSxHQUFHLEtBQUssbUJBQW1CLE9BQU8sSUFBSSxDQUFDLGdEQUFnRDtBQUFBLElBQzVHO0FBQ0EsUUFBSSxLQUFLLElBQUksSUFBSSxFQUFHLE9BQU0sYUFBYSxHQUFHLEtBQUssTUFBTSxJQUFJLHVCQUF1QjtBQUNoRixTQUFLLElBQUksSUFBSTtBQUNiLFdBQU8sRUFBRSxPQUFPLE1BQU0sVUFBVTtBQUFBLEVBQ2xDLENBQUM7QUFDSDtBQUVBLElBQU0sd0JBQXdCO0FBQzlCLElBQU0sYUFBYTtBQUNuQixJQUFNLFlBQVk7QUFRWCxTQUFTLFdBQVcsT0FBTyxPQUFPO0FBQ3ZDLE1BQUksY0FBYyxLQUFLLEVBQUcsUUFBTyxpQkFBaUIsT0FBTyxLQUFLO0FBQzlELE1BQUksT0FBTyxVQUFVLFNBQVUsT0FBTSxhQUFhLEdBQUcsS0FBSywwR0FBMEc7QUFDcEssUUFBTSxPQUFPLE1BQU0sS0FBSztBQUN4QixRQUFNLFVBQVUsV0FBVyxLQUFLLElBQUk7QUFDcEMsTUFBSSxTQUFTO0FBQ1gsUUFBSSxRQUFRLENBQUMsTUFBTSxPQUFXLE9BQU0sYUFBYSxHQUFHLEtBQUsscUdBQXFHO0FBQzlKLFVBQU1BLE1BQUssb0JBQW9CLFFBQVEsQ0FBQyxHQUFHLEdBQUcsS0FBSyxVQUFVO0FBQzdELFdBQU8sRUFBRSxHQUFHLHVCQUF1QixRQUFRLENBQUMsR0FBRyxLQUFLLEdBQUcsSUFBQUEsSUFBRztBQUFBLEVBQzVEO0FBQ0EsTUFBSSxzQkFBc0IsS0FBSyxJQUFJLEtBQUssbUJBQW1CLEtBQUssSUFBSSxFQUFHLFFBQU8sRUFBRSxHQUFHLHVCQUF1QixNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsRUFBRTtBQUMvSCxRQUFNLFNBQVMsVUFBVSxLQUFLLElBQUk7QUFDbEMsTUFBSSxDQUFDLE9BQVEsT0FBTSxhQUFhLEdBQUcsS0FBSyxtSEFBbUg7QUFDM0osUUFBTSxLQUFLLE9BQU8sQ0FBQyxLQUFLLE9BQU8sQ0FBQztBQUNoQyxRQUFNLEtBQUssT0FBTyxDQUFDLEtBQUssT0FBTyxDQUFDO0FBQ2hDLFNBQU8saUJBQWlCLEVBQUUsSUFBSSxHQUFHLEdBQUcsS0FBSztBQUMzQztBQUVBLFNBQVMsdUJBQXVCLE1BQU0sT0FBTztBQUMzQyxRQUFNLFFBQVEsc0JBQXNCLEtBQUssS0FBSyxLQUFLLENBQUM7QUFDcEQsTUFBSSxDQUFDLE1BQU8sT0FBTSxhQUFhLEdBQUcsS0FBSyxtR0FBbUc7QUFDMUksUUFBTSxDQUFDLEVBQUUsT0FBTyxRQUFRLFFBQVEsS0FBSyxJQUFJO0FBQ3pDLE1BQUksTUFBTyxRQUFPLEVBQUUsSUFBSSxTQUFTLE9BQU8sTUFBTSxJQUFJLE1BQU07QUFDeEQsUUFBTSxLQUFLLGVBQWUsTUFBTTtBQUNoQyxNQUFJLE9BQU8sT0FBVyxPQUFNLGFBQWEsR0FBRyxLQUFLLGlDQUFpQyxNQUFNLDBEQUEwRDtBQUNsSixTQUFPLEVBQUUsSUFBSSxPQUFPLFFBQVEsSUFBSSxNQUFNO0FBQ3hDO0FBRUEsU0FBUyxpQkFBaUIsT0FBTyxPQUFPO0FBQ3RDLFFBQU0sS0FBSyxlQUFlLE1BQU0sRUFBRSxNQUFNLE1BQU0sT0FBTyxVQUFVLFVBQVU7QUFDekUsTUFBSSxPQUFPLE9BQVcsT0FBTSxhQUFhLEdBQUcsS0FBSyw4Q0FBOEMsb0JBQW9CLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFDL0gsUUFBTSxLQUFLLE1BQU0sT0FBTyxTQUFZLENBQUMsSUFBSSxvQkFBb0IsTUFBTSxJQUFJLEdBQUcsS0FBSyxLQUFLO0FBQ3BGLFNBQU8sRUFBRSxJQUFJLE9BQU8sT0FBTyxVQUFVLE9BQU8sU0FBUyxJQUFJLElBQUksUUFBUTtBQUN2RTtBQUdPLFNBQVMsVUFBVSxPQUFPLE9BQU87QUFDdEMsTUFBSSxPQUFPLFVBQVUsWUFBYSxPQUFPLFVBQVUsWUFBWSxnQkFBZ0IsS0FBSyxLQUFLLEdBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sS0FBSztBQUM1QixRQUFJLE9BQU8sU0FBUyxPQUFPLEtBQUssV0FBVyxFQUFHLFFBQU8sS0FBSyxNQUFNLFVBQVUsR0FBSTtBQUFBLEVBQ2hGLFdBQVcsT0FBTyxVQUFVLFlBQVkseUVBQXlFLEtBQUssS0FBSyxHQUFHO0FBQzVILFVBQU0sS0FBSyxLQUFLLE1BQU0sS0FBSztBQUMzQixRQUFJLENBQUMsT0FBTyxNQUFNLEVBQUUsRUFBRyxRQUFPO0FBQUEsRUFDaEM7QUFDQSxRQUFNLGFBQWEsR0FBRyxLQUFLLGdHQUFnRztBQUM3SDtBQUVBLElBQU0saUJBQWlCLEVBQUUsSUFBSSxNQUFPLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxNQUFNLEdBQUcsT0FBTyxHQUFHLFFBQVEsR0FBRyxRQUFTO0FBR3BGLFNBQVMsY0FBYyxPQUFPLE9BQU87QUFDMUMsTUFBSSxPQUFPLFVBQVUsWUFBYSxPQUFPLFVBQVUsWUFBWSxnQkFBZ0IsS0FBSyxLQUFLLEdBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sS0FBSztBQUM1QixRQUFJLFVBQVUsS0FBSyxPQUFPLFNBQVMsT0FBTyxFQUFHLFFBQU8sRUFBRSxNQUFNLEdBQUcsT0FBTyxLQUFLLFFBQVE7QUFBQSxFQUNyRixXQUFXLE9BQU8sVUFBVSxZQUFZLDJCQUEyQixLQUFLLEtBQUssR0FBRztBQUM5RSxRQUFJLFVBQVU7QUFDZCxlQUFXLENBQUMsRUFBRSxRQUFRLElBQUksS0FBSyxNQUFNLFNBQVMsd0JBQXdCLEVBQUcsWUFBVyxPQUFPLE1BQU0sSUFBSSxlQUFlLElBQUk7QUFDeEgsUUFBSSxVQUFVLEVBQUcsUUFBTyxFQUFFLE1BQU0sT0FBTyxRQUFRO0FBQUEsRUFDakQ7QUFDQSxRQUFNLGFBQWEsR0FBRyxLQUFLLG9GQUFvRjtBQUNqSDs7O0FDbEhPLFNBQVMsaUJBQWlCLFFBQVEsT0FBTztBQUM5QyxRQUFNLFFBQVEsQ0FBQztBQUNmLE1BQUksVUFBVTtBQUNkLE1BQUksV0FBVztBQUNmLGFBQVcsTUFBTSxPQUFPLFFBQVEsT0FBTyxFQUFFLEdBQUc7QUFDMUMsUUFBSSxPQUFPLElBQUssWUFBVyxDQUFDO0FBQzVCLFFBQUksT0FBTyxPQUFPLENBQUMsVUFBVTtBQUFFLFlBQU0sS0FBSyxPQUFPO0FBQUcsZ0JBQVU7QUFBSTtBQUFBLElBQVU7QUFDNUUsZUFBVztBQUFBLEVBQ2I7QUFDQSxRQUFNLEtBQUssT0FBTztBQUNsQixRQUFNLFFBQVEsQ0FBQztBQUNmLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUN4QixVQUFNLEtBQUssS0FBSyxRQUFRLEdBQUc7QUFDM0IsVUFBTSxNQUFNLG9CQUFvQixLQUFLLElBQUksT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLEdBQUcsS0FBSyxFQUFFLEtBQUs7QUFDL0UsVUFBTSxLQUFLLEVBQUUsS0FBSyxPQUFPLG9CQUFvQixLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sS0FBSyxDQUFDLEdBQUcsR0FBRyxLQUFLLElBQUksR0FBRyxFQUFFLEVBQUUsS0FBSyxFQUFFLENBQUM7QUFBQSxFQUM1RztBQUNBLFNBQU87QUFDVDtBQUVPLFNBQVMsb0JBQW9CLE1BQU0sT0FBTztBQUMvQyxRQUFNLFNBQVMsS0FBSyxRQUFRLE9BQU8sR0FBRztBQUN0QyxNQUFJLENBQUMsT0FBTyxTQUFTLEdBQUcsRUFBRyxRQUFPO0FBQ2xDLE1BQUk7QUFDRixXQUFPLG1CQUFtQixNQUFNO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFVBQU0sTUFBTSxtRUFBbUUsS0FBSyxNQUFNO0FBQzFGLFVBQU0sYUFBYSxHQUFHLEtBQUssK0JBQStCLE1BQU0sZ0JBQWdCLElBQUksS0FBSyxLQUFLLEVBQUUsK0JBQStCO0FBQUEsRUFDakk7QUFDRjs7O0FDOUJPLElBQU0sZ0JBQWdCLENBQUMsVUFBVSxVQUFVLFVBQVUsT0FBTyxRQUFRLFdBQVcsVUFBVSxTQUFTLFNBQVMsUUFBUSxNQUFNLFFBQVEsTUFBTTtBQUV2SSxJQUFNLG9CQUFvQixDQUFDLEdBQUcsZUFBZSxXQUFXO0FBQy9ELElBQU0sb0JBQW9CO0FBUW5CLFNBQVMsZUFBZSxPQUFPO0FBQ3BDLFFBQU0sRUFBRSxLQUFLLFdBQVcsSUFBSSxZQUFZLEtBQUs7QUFDN0MsUUFBTSxNQUFNLENBQUMsUUFBUSxJQUFJLEdBQUcsTUFBTSxVQUFhLElBQUksR0FBRyxNQUFNO0FBQzVELFFBQU0sU0FBUztBQUFBLElBQ2I7QUFBQSxJQUFZLFFBQVE7QUFBQSxJQUFNLFFBQVE7QUFBQSxJQUFNLFFBQVE7QUFBQSxJQUFNLEtBQUs7QUFBQSxJQUFNLE1BQU07QUFBQSxJQUFNLFNBQVM7QUFBQSxJQUFNLFFBQVE7QUFBQSxJQUNwRyxXQUFXO0FBQUEsSUFBTSxPQUFPO0FBQUEsSUFBTyxNQUFNO0FBQUEsSUFBTSxJQUFJO0FBQUEsSUFBTSxNQUFNO0FBQUEsSUFBTSxNQUFNO0FBQUEsRUFDekU7QUFDQSxNQUFJLElBQUksUUFBUSxHQUFHO0FBQ2pCLFFBQUksT0FBTyxJQUFJLFdBQVcsWUFBWSxJQUFJLE9BQU8sS0FBSyxNQUFNLEdBQUksT0FBTSxhQUFhLEdBQUcsV0FBVyxRQUFRLENBQUMsK0JBQStCO0FBQ3pJLFdBQU8sU0FBUyxJQUFJLE9BQU8sS0FBSztBQUFBLEVBQ2xDO0FBQ0EsTUFBSSxJQUFJLFFBQVEsR0FBRztBQUNqQixRQUFJLE9BQU8sSUFBSSxXQUFXLFNBQVUsT0FBTSxhQUFhLEdBQUcsV0FBVyxRQUFRLENBQUMsdUNBQXVDO0FBQ3JILFdBQU8sU0FBUyxZQUFZLElBQUksUUFBUSxXQUFXLFFBQVEsQ0FBQztBQUFBLEVBQzlEO0FBQ0EsTUFBSSxJQUFJLFFBQVEsR0FBRztBQUNqQixRQUFJLE9BQU8sSUFBSSxXQUFXLFlBQVksSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFJLE9BQU0sYUFBYSxHQUFHLFdBQVcsUUFBUSxDQUFDLGtDQUFrQztBQUM1SSxRQUFJLElBQUksT0FBTyxTQUFTLGtCQUFtQixPQUFNLGFBQWEsR0FBRyxXQUFXLFFBQVEsQ0FBQyxpQkFBaUIsaUJBQWlCLGFBQWE7QUFDcEksV0FBTyxTQUFTLElBQUksT0FBTyxLQUFLO0FBQUEsRUFDbEM7QUFDQSxNQUFJLElBQUksS0FBSyxFQUFHLFFBQU8sTUFBTSxhQUFhLElBQUksS0FBSyxXQUFXLEtBQUssR0FBRyxDQUFDO0FBQ3ZFLE1BQUksSUFBSSxNQUFNLEVBQUcsUUFBTyxPQUFPLGFBQWEsSUFBSSxNQUFNLFdBQVcsTUFBTSxHQUFHLENBQUM7QUFDM0UsTUFBSSxJQUFJLFNBQVMsRUFBRyxRQUFPLFVBQVUsYUFBYSxJQUFJLFNBQVMsV0FBVyxTQUFTLENBQUM7QUFDcEYsTUFBSSxJQUFJLFFBQVEsRUFBRyxRQUFPLFNBQVMsb0JBQW9CLElBQUksUUFBUSxXQUFXLFFBQVEsQ0FBQztBQUN2RixNQUFJLElBQUksT0FBTyxFQUFHLFFBQU8sWUFBWSxXQUFXLElBQUksT0FBTyxXQUFXLE9BQU8sQ0FBQztBQUM5RSxNQUFJLElBQUksT0FBTyxFQUFHLFFBQU8sUUFBUSxhQUFhLElBQUksT0FBTyxXQUFXLE9BQU8sQ0FBQztBQUM1RSxNQUFJLElBQUksTUFBTSxFQUFHLFFBQU8sT0FBTyxVQUFVLElBQUksTUFBTSxXQUFXLE1BQU0sQ0FBQztBQUNyRSxNQUFJLElBQUksSUFBSSxFQUFHLFFBQU8sS0FBSyxVQUFVLElBQUksSUFBSSxXQUFXLElBQUksQ0FBQztBQUM3RCxNQUFJLElBQUksTUFBTSxFQUFHLFFBQU8sT0FBTyxVQUFVLElBQUksTUFBTSxXQUFXLE1BQU0sQ0FBQztBQUNyRSxNQUFJLElBQUksTUFBTSxFQUFHLFFBQU8sT0FBTyxjQUFjLElBQUksTUFBTSxXQUFXLE1BQU0sQ0FBQztBQUN6RSxNQUFJLE9BQU8sU0FBUyxRQUFRLE9BQU8sT0FBTyxRQUFRLE9BQU8sUUFBUSxPQUFPLElBQUk7QUFDMUUsVUFBTSxhQUFhLEdBQUcsV0FBVyxJQUFJLENBQUMsd0JBQXdCLFdBQVcsTUFBTSxDQUFDLEVBQUU7QUFBQSxFQUNwRjtBQUNBLE1BQUksT0FBTyxjQUFjLFFBQVEsT0FBTyxXQUFXLE1BQU07QUFDdkQsVUFBTSxhQUFhLEdBQUcsV0FBVyxRQUFRLENBQUMsNkJBQTZCLFdBQVcsT0FBTyxDQUFDLHlEQUF5RDtBQUFBLEVBQ3JKO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxZQUFZLE9BQU87QUFDMUIsTUFBSSxPQUFPLFVBQVUsVUFBVTtBQUM3QixVQUFNQyxPQUFNLENBQUM7QUFDYixlQUFXLEVBQUUsS0FBSyxNQUFNLEtBQUssaUJBQWlCLE9BQU8sYUFBYSxHQUFHO0FBQ25FLFlBQU0sT0FBTyxJQUFJLFFBQVEsT0FBTyxFQUFFO0FBQ2xDLFVBQUksQ0FBQyxjQUFjLFNBQVMsSUFBSSxHQUFHO0FBQ2pDLGNBQU0sYUFBYSxzQ0FBc0MsR0FBRyxzQkFBc0IsY0FBYyxJQUFJLENBQUMsTUFBTSxNQUFNLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQUEsTUFDbkk7QUFDQSxVQUFJLFFBQVFBLEtBQUssT0FBTSxhQUFhLCtCQUErQixJQUFJLDJCQUEyQjtBQUNsRyxNQUFBQSxLQUFJLElBQUksSUFBSTtBQUFBLElBQ2Q7QUFDQSxXQUFPLEVBQUUsS0FBQUEsTUFBSyxZQUFZLENBQUMsUUFBUSxnQkFBZ0IsR0FBRyxHQUFHO0FBQUEsRUFDM0Q7QUFDQSxNQUFJLENBQUMsY0FBYyxLQUFLLEVBQUcsT0FBTSxhQUFhLDBEQUEwRDtBQUN4RyxhQUFXLE9BQU8sT0FBTyxLQUFLLEtBQUssR0FBRztBQUNwQyxRQUFJLENBQUMsa0JBQWtCLFNBQVMsR0FBRyxFQUFHLE9BQU0sYUFBYSxlQUFlLEdBQUcscUNBQXFDLGtCQUFrQixLQUFLLElBQUksQ0FBQyxHQUFHO0FBQUEsRUFDako7QUFDQSxNQUFJLE1BQU0sVUFBVSxVQUFhLE1BQU0sY0FBYyxPQUFXLE9BQU0sYUFBYSwwREFBMEQ7QUFDN0ksUUFBTSxXQUFXLE1BQU0sY0FBYyxTQUFZLGNBQWM7QUFDL0QsUUFBTSxNQUFNLEVBQUUsR0FBRyxPQUFPLE9BQU8sTUFBTSxRQUFRLEVBQUU7QUFDL0MsU0FBTyxFQUFFLEtBQUssWUFBWSxDQUFDLFFBQVEsZUFBZSxRQUFRLFVBQVUsV0FBVyxHQUFHLEdBQUc7QUFDdkY7OztBQ25FQSxJQUFNLGlCQUFpQjtBQUN2QixJQUFNLGNBQWM7QUFDcEIsSUFBTSxtQkFBbUIsRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksS0FBSyxJQUFJLEtBQUssSUFBSSxNQUFNLElBQUksS0FBSztBQUNwRixJQUFNLFVBQVUsRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksS0FBSztBQUM3RSxJQUFNLFdBQVcsRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksS0FBSztBQUU5RSxJQUFNLG1CQUFtQjtBQUN6QixJQUFNLGFBQWE7QUFDbkIsSUFBTSxpQkFBaUI7QUFFdkIsU0FBUyxhQUFhLE9BQU87QUFDM0IsU0FBTyxNQUFNLE1BQU0sUUFBUSxPQUFPLE1BQU0sRUFBRSxRQUFRLE1BQU0sS0FBSyxFQUFFLFFBQVEsT0FBTyxLQUFLLElBQUk7QUFDekY7QUFFQSxTQUFTLFlBQVksT0FBTztBQUMxQixTQUFPLE1BQU0sUUFBUSx1QkFBdUIsTUFBTTtBQUNwRDtBQUdBLFNBQVMsVUFBVSxNQUFNLFNBQVMsT0FBTztBQUN2QyxNQUFJLEtBQUssU0FBUyxZQUFZO0FBQzVCLFVBQU0sT0FBTyxZQUFZLEtBQUssS0FBSztBQUNuQyxVQUFNLFVBQVUsS0FBSyxTQUFTLGFBQWEsS0FBSyxJQUFJLE9BQU8sS0FBSyxTQUFTLGVBQWUsR0FBRyxJQUFJLE9BQU8sS0FBSyxJQUFJO0FBQy9HLFFBQUksS0FBSyxVQUFVLFlBQWEsT0FBTSxhQUFhLEdBQUcsS0FBSyxLQUFLLEtBQUssSUFBSSwrQ0FBK0M7QUFDeEgsV0FBTyxFQUFFLE1BQU0sU0FBUyxNQUFNLEdBQUcsS0FBSyxLQUFLLEdBQUcsVUFBVSxPQUFPLElBQUksR0FBRyxhQUFhLE9BQU8sQ0FBQyxHQUFHO0FBQUEsRUFDaEc7QUFDQSxNQUFJLEVBQUUsSUFBSSxNQUFNLE1BQU0sSUFBSTtBQUMxQixNQUFJLEtBQUssU0FBUyxhQUFhLE1BQU0sU0FBUyxTQUFTO0FBQUUsS0FBQyxNQUFNLEtBQUssSUFBSSxDQUFDLE9BQU8sSUFBSTtBQUFHLFNBQUssU0FBUyxFQUFFO0FBQUEsRUFBRztBQUMzRyxNQUFJLEtBQUssU0FBUyxXQUFXLE1BQU0sU0FBUyxXQUFXO0FBQ3JELFVBQU0sYUFBYSxHQUFHLEtBQUssNENBQTRDLFdBQVcsMkNBQTJDO0FBQUEsRUFDL0g7QUFDQSxNQUFJLFFBQVMsTUFBSyxRQUFRLEVBQUU7QUFDNUIsUUFBTSxRQUFRLE1BQU07QUFDcEIsTUFBSSxLQUFLLFNBQVMsYUFBYTtBQUM3QixRQUFJLE9BQU8sVUFBVSxTQUFVLE9BQU0sYUFBYSxHQUFHLEtBQUssTUFBTSxXQUFXLHNDQUFzQztBQUNqSCxXQUFPLEVBQUUsTUFBTSxTQUFTLE1BQU0sR0FBRyxpQkFBaUIsRUFBRSxDQUFDLElBQUksS0FBSyxHQUFHO0FBQUEsRUFDbkU7QUFDQSxNQUFJLE9BQU8sUUFBUSxPQUFPLE1BQU07QUFDOUIsVUFBTSxhQUFhLEdBQUcsS0FBSyxlQUFlLEVBQUUsNkNBQTZDLFdBQVcscUJBQXFCLEtBQUssSUFBSSxHQUFHO0FBQUEsRUFDdkk7QUFFQSxRQUFNLE9BQU8sVUFBVSxPQUFPLEtBQUssT0FBTyxLQUFLO0FBQy9DLFNBQU8sRUFBRSxNQUFNLFNBQVMsTUFBTSxHQUFHLEtBQUssSUFBSSxHQUFHLE9BQU8sT0FBTyxNQUFNLElBQUksR0FBRyxhQUFhLElBQUksQ0FBQyxHQUFHO0FBQy9GO0FBR0EsU0FBUyxNQUFNLE1BQU0sU0FBUyxPQUFPO0FBQ25DLE1BQUksS0FBSyxTQUFTLE1BQU8sUUFBTyxNQUFNLEtBQUssU0FBUyxDQUFDLFNBQVMsS0FBSztBQUNuRSxNQUFJLEtBQUssU0FBUyxhQUFhLEtBQUssU0FBUyxXQUFZLFFBQU8sQ0FBQyxDQUFDLFVBQVUsTUFBTSxTQUFTLEtBQUssQ0FBQyxDQUFDO0FBQ2xHLFFBQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxTQUFTLEtBQUs7QUFDNUMsUUFBTSxRQUFRLE1BQU0sS0FBSyxPQUFPLFNBQVMsS0FBSztBQUU5QyxRQUFNLE9BQVEsS0FBSyxTQUFTLFNBQVU7QUFDdEMsUUFBTSxTQUFTLE9BQU8sQ0FBQyxHQUFHLE1BQU0sR0FBRyxLQUFLLElBQUksS0FBSyxRQUFRLENBQUMsTUFBTSxNQUFNLElBQUksQ0FBQyxNQUFNLENBQUMsR0FBRyxHQUFHLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFDOUYsTUFBSSxPQUFPLFNBQVMsa0JBQWtCO0FBQ3BDLFVBQU0sYUFBYSxHQUFHLEtBQUssaUNBQWlDLGdCQUFnQixtREFBbUQ7QUFBQSxFQUNqSTtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsZUFBZSxRQUFRLGFBQWE7QUFDM0MsUUFBTSxXQUFXLENBQUMsR0FBRyxJQUFJLElBQUksWUFBWSxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsT0FBTyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUM7QUFDOUYsUUFBTSxjQUFjLFlBQVksT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLE9BQU8sRUFBRSxJQUFJLENBQUMsTUFBTSxJQUFJLEVBQUUsSUFBSSxFQUFFO0FBQ3pGLFNBQU8sVUFBVSxTQUFTLFNBQVMsSUFBSSxTQUFTLEtBQUssSUFBSSxDQUFDLE1BQU0sTUFBTSxZQUFZLEtBQUssRUFBRTtBQUMzRjtBQUVBLFNBQVMsWUFBWSxHQUFHO0FBQ3RCLFFBQU0sY0FBYyxFQUFFLFdBQVcsUUFBUTtBQUN6QyxNQUFJLEVBQUUsV0FBVyxLQUFNLE9BQU0sYUFBYSxHQUFHLFdBQVcsdUNBQXVDO0FBQy9GLE1BQUksQ0FBQyxlQUFlLEtBQUssRUFBRSxNQUFNLEVBQUcsT0FBTSxhQUFhLEdBQUcsV0FBVywwQkFBMEIsRUFBRSxNQUFNLHVDQUF1QztBQUM5SSxRQUFNLGVBQWUsRUFBRSxXQUFXLE9BQU8sQ0FBQyxDQUFDLENBQUMsSUFBSSxNQUFNLEVBQUUsUUFBUSxPQUFPLEVBQUUsV0FBVyxRQUFRLENBQUM7QUFDN0YsTUFBSSxPQUFPLENBQUMsR0FBRyxJQUFJLElBQUksYUFBYSxJQUFJLENBQUMsTUFBTSxlQUFlLEVBQUUsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNO0FBQ3pGLE1BQUksRUFBRSxjQUFjLE1BQU07QUFDeEIsVUFBTSxLQUFLLEVBQUUsVUFBVSxHQUFHLFNBQVMsUUFBUSxFQUFFLFVBQVUsR0FBRyxLQUFLLElBQUksQ0FBQyxPQUFPO0FBQzNFLFdBQU8sR0FBRyxFQUFFLFVBQVUsRUFBRSxHQUFHLEVBQUUsSUFBSSxJQUFJO0FBQUEsRUFDdkM7QUFDQSxNQUFJLEVBQUUsUUFBUSxLQUFNLFFBQU8sUUFBUSxFQUFFLEdBQUcsS0FBSyxJQUFJO0FBQ2pELFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxHQUFHO0FBQ3RCLE1BQUksRUFBRSxTQUFTLFNBQVMsRUFBRSxTQUFTLFFBQVEsRUFBRSxTQUFTLE9BQU87QUFDM0QsVUFBTSxhQUFhLEdBQUcsRUFBRSxXQUFXLE1BQU0sQ0FBQyxxRUFBcUU7QUFBQSxFQUNqSDtBQUNBLE1BQUksRUFBRSxTQUFTLFFBQVEsRUFBRSxTQUFTLE1BQU07QUFFdEMsVUFBTSxLQUFLLEVBQUUsU0FBUyxPQUFPLEVBQUUsT0FBTyxFQUFFO0FBQ3hDLFdBQU8sRUFBRSxPQUFPLE1BQU0sTUFBTSxPQUFPLE9BQU8sT0FBTyxJQUFJLEtBQUssRUFBRSxFQUFFLFlBQVksRUFBRTtBQUFBLEVBQzlFO0FBQ0EsTUFBSSxFQUFFLFNBQVMsS0FBTSxPQUFNLGFBQWEsR0FBRyxFQUFFLFdBQVcsTUFBTSxDQUFDLG1CQUFtQixFQUFFLFdBQVcsTUFBTSxDQUFDLFNBQVM7QUFDL0csTUFBSSxFQUFFLE9BQU8sS0FBTSxPQUFNLGFBQWEsR0FBRyxFQUFFLFdBQVcsSUFBSSxDQUFDLG1CQUFtQixFQUFFLFdBQVcsTUFBTSxDQUFDLFNBQVM7QUFDM0csUUFBTSxXQUFXLEVBQUUsS0FBSyxFQUFFLFFBQVE7QUFDbEMsUUFBTSxPQUFPLEVBQUUsU0FBUyxPQUFPLEVBQUUsT0FBTyxjQUFjLE9BQU8sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLFVBQVUsY0FBYyxDQUFDLENBQUMsR0FBRyxNQUFNO0FBQ3RILE1BQUksVUFBVSxLQUFLLFVBQVUsWUFBWTtBQUN2QyxVQUFNLGFBQWEsR0FBRyxFQUFFLFdBQVcsTUFBTSxDQUFDLEtBQUssS0FBSyxJQUFJLG9CQUFvQixVQUFVLDJDQUEyQztBQUFBLEVBQ25JO0FBQ0EsU0FBTyxFQUFFLE9BQU8sRUFBRSxPQUFPLElBQUksS0FBSyxFQUFFLElBQUksRUFBRSxZQUFZLEdBQUcsS0FBSyxJQUFJLEtBQUssRUFBRSxFQUFFLEVBQUUsWUFBWSxHQUFHLE1BQU0sS0FBSyxLQUFLLEdBQUcsTUFBTSxLQUFLO0FBQzVIO0FBRUEsU0FBUyxlQUFlLE9BQU87QUFDN0IsTUFBSSxDQUFDLGNBQWMsS0FBSyxFQUFHLE9BQU0sYUFBYSxnREFBZ0Q7QUFDOUYsTUFBSSxNQUFNLFVBQVUsT0FBVyxPQUFNLGFBQWEseURBQXlEO0FBQzNHLFFBQU0sSUFBSSxlQUFlLE1BQU0sS0FBSztBQUNwQyxhQUFXLE9BQU8sQ0FBQyxRQUFRLFdBQVcsUUFBUSxHQUFHO0FBQy9DLFFBQUksRUFBRSxHQUFHLE1BQU0sS0FBTSxPQUFNLGFBQWEsR0FBRyxFQUFFLFdBQVcsR0FBRyxDQUFDLDJDQUEyQztBQUFBLEVBQ3pHO0FBQ0EsUUFBTSxTQUFTLFlBQVksQ0FBQztBQUM1QixRQUFNLEVBQUUsT0FBTyxLQUFLLElBQUksWUFBWSxDQUFDO0FBQ3JDLFNBQU8sRUFBRSxRQUFRLE9BQU8sTUFBTSxVQUFVLFFBQVEsd0JBQXdCLGdCQUFnQjtBQUMxRjtBQUtBLFNBQVMsWUFBWSxLQUFLLE9BQU87QUFDL0IsTUFBSSxRQUFRLE1BQU8sUUFBTztBQUMxQixNQUFJLFFBQVEsVUFBVSxRQUFRLE1BQU8sUUFBTztBQUM1QyxNQUFJLFFBQVEsT0FBUSxRQUFPO0FBQzNCLFFBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsTUFBSSxPQUFPLFFBQVEsWUFBWSxJQUFJLEtBQUssTUFBTSxNQUFNLE9BQU8sTUFBTSxLQUFLLEVBQUcsT0FBTSxhQUFhLEdBQUcsS0FBSywyQ0FBMkMsS0FBSyxVQUFVLEdBQUcsQ0FBQyxFQUFFO0FBQ3BLLFNBQU87QUFDVDtBQUVBLFNBQVMsV0FBVyxLQUFLLE9BQU87QUFDOUIsTUFBSSxPQUFPLFFBQVEsWUFBWSxDQUFDLE9BQU8sU0FBUyxHQUFHLEVBQUcsT0FBTSxhQUFhLEdBQUcsS0FBSyx3Q0FBd0M7QUFDekgsU0FBTyxJQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sR0FBSSxDQUFDLEVBQUUsWUFBWTtBQUN0RDtBQUVBLFNBQVMsV0FBVyxNQUFNLE9BQU87QUFDL0IsTUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLEtBQUssS0FBSyxXQUFXLEVBQUcsT0FBTSxhQUFhLEdBQUcsS0FBSyx3Q0FBd0M7QUFDbEgsU0FBTztBQUNUO0FBRUEsU0FBUyxnQkFBZ0IsT0FBTyxLQUFLO0FBQ25DLE1BQUksQ0FBQyxjQUFjLEtBQUssS0FBSyxDQUFDLGNBQWMsTUFBTSxRQUFRLEVBQUcsT0FBTSxhQUFhLGdFQUFnRTtBQUNoSixNQUFJLE1BQU0sWUFBWSxVQUFhLE9BQU8sTUFBTSxZQUFZLFNBQVUsT0FBTSxhQUFhLGtDQUFrQztBQUMzSCxRQUFNLE9BQU8sTUFBTTtBQUNuQixNQUFJLEtBQUssV0FBVyxTQUFTO0FBQzNCLFVBQU0sUUFBUSxJQUFJLE1BQU0sNEJBQTRCLEtBQUssYUFBYSxTQUFTLE1BQU0sS0FBSyxTQUFTLGtCQUFrQixFQUFFO0FBQ3ZILFVBQU0sT0FBTztBQUNiLFVBQU07QUFBQSxFQUNSO0FBQ0EsTUFBSSxLQUFLLFdBQVcsVUFBVyxPQUFNLGFBQWEsc0RBQXNEO0FBQ3hHLE1BQUksTUFBTSxRQUFRLEtBQUssUUFBUSxFQUFHLFlBQVcsS0FBSyxLQUFLLFNBQVUsTUFBSyxLQUFLLEtBQUssdUJBQXVCLENBQUMsRUFBRTtBQUMxRyxRQUFNLE9BQU8sS0FBSztBQUNsQixNQUFJLENBQUMsY0FBYyxJQUFJLEVBQUcsT0FBTSxhQUFhLHlDQUF5QztBQUN0RixRQUFNLFNBQVMsS0FBSztBQUNwQixRQUFNLFFBQVEsQ0FBQztBQUNmLFFBQU0sUUFBUTtBQUNkLE1BQUksS0FBSyxlQUFlLFlBQVksS0FBSyxlQUFlLFVBQVU7QUFDaEUsUUFBSSxDQUFDLE1BQU0sUUFBUSxNQUFNLEVBQUcsT0FBTSxhQUFhLEdBQUcsS0FBSyxxQkFBcUI7QUFDNUUsV0FBTyxRQUFRLFNBQVMsY0FBYyxRQUFRLEdBQUc7QUFDL0MsWUFBTSxTQUFTLGNBQWMsUUFBUSxNQUFNLElBQUksRUFBRSxHQUFHLE9BQU8sT0FBTyxJQUFJLENBQUM7QUFDdkUsVUFBSSxRQUFRLGNBQWMsVUFBYSxRQUFRLGVBQWUsUUFBVztBQUN2RSxhQUFLLEtBQUssS0FBSyxvQ0FBb0MsQ0FBQyx1Q0FBdUM7QUFDM0Y7QUFBQSxNQUNGO0FBQ0EsWUFBTSxRQUFRLEtBQUssZUFBZSxXQUFXLENBQUMsUUFBUSxLQUFLLElBQUksUUFBUTtBQUN2RSxVQUFJLENBQUMsTUFBTSxRQUFRLEtBQUssRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLElBQUksQ0FBQywyREFBMkQ7QUFDdEgsWUFBTSxRQUFRLFNBQVMsY0FBYyxNQUFNLEdBQUc7QUFDNUMsY0FBTSxRQUFRLEdBQUcsS0FBSyxJQUFJLENBQUMsSUFBSSxLQUFLLGVBQWUsV0FBVyxXQUFXLFdBQVcsQ0FBQyxHQUFHO0FBQ3hGLGNBQU0sQ0FBQyxJQUFJLEdBQUcsSUFBSSxXQUFXLE1BQU0sS0FBSztBQUN4QyxjQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsR0FBRyxPQUFPLEdBQUcsV0FBVyxXQUFXLElBQUksS0FBSyxHQUFHLE9BQU8sWUFBWSxLQUFLLEtBQUssRUFBRSxDQUFDO0FBQUEsTUFDeEcsQ0FBQztBQUFBLElBQ0gsQ0FBQztBQUFBLEVBQ0gsV0FBVyxLQUFLLGVBQWUsWUFBWSxLQUFLLGVBQWUsVUFBVTtBQUN2RSxVQUFNLENBQUMsSUFBSSxHQUFHLElBQUksV0FBVyxRQUFRLEtBQUs7QUFDMUMsVUFBTSxZQUFZLEtBQUssZUFBZSxXQUFXLFlBQVksS0FBSyxLQUFLLElBQUksT0FBTyxHQUFHO0FBQ3JGLFVBQU0sS0FBSyxFQUFFLFFBQVEsQ0FBQyxHQUFHLFdBQVcsV0FBVyxJQUFJLEtBQUssR0FBRyxPQUFPLFVBQVUsQ0FBQztBQUFBLEVBQy9FLE9BQU87QUFDTCxVQUFNLGFBQWEsZ0ZBQWdGO0FBQUEsRUFDckc7QUFDQSxTQUFPLEVBQUUsa0JBQWtCLE1BQU0sV0FBVyxxQkFBcUIsZ0JBQWdCLE1BQU0sUUFBUSxNQUFNO0FBQ3ZHO0FBRUEsSUFBTyxnQkFBUTtBQUFBLEVBQ2IsbUJBQW1CO0FBQUEsRUFDbkIsb0JBQW9CO0FBQ3RCOyIsIm5hbWVzIjpbImJ5IiwicmF3Il0sInNvdXJjZVJvb3QiOiIifQ==
