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
var SQL_OPERATORS = { eq: "=", ne: "<>", gt: ">", lt: "<", ge: ">=", le: "<=" };
var MIRRORED = { eq: "eq", ne: "ne", gt: "lt", lt: "gt", ge: "le", le: "ge" };
var LIKE_ESCAPE = "!";
var TABLE_RE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;
function configError(message) {
  const error = new Error(`plugin config: ${message}`);
  error.name = "ConfigError";
  return error;
}
function readConfig(ctx) {
  const config = isPlainObject(ctx?.config) ? ctx.config : {};
  if (typeof config.table !== "string" || !TABLE_RE.test(config.table)) {
    throw configError('config.table: expected a table name such as "metrics" or "schema.metrics"');
  }
  if (!Array.isArray(config.columns) || config.columns.length === 0 || !config.columns.every((c) => typeof c === "string" && IDENTIFIER_RE.test(c))) {
    throw configError("config.columns: expected a non-empty array of column names");
  }
  const maxRows = config.maxRows === void 0 ? 1e3 : config.maxRows;
  if (!Number.isSafeInteger(maxRows) || maxRows < 1) throw configError("config.maxRows: expected a positive integer");
  return {
    table: config.table,
    columns: config.columns,
    metricColumn: config.metricColumn || "metric",
    timeColumn: config.timeColumn || "timestamp",
    valueColumn: config.valueColumn || "value",
    maxRows
  };
}
function quoteIdentifier(name) {
  return name.split(".").map((part) => `"${part.replace(/"/g, '""')}"`).join(".");
}
function escapeLike(value) {
  return value.replace(/[!%_]/g, (ch) => LIKE_ESCAPE + ch);
}
function renderFilter(ast, params, column, field, outerPrecedence) {
  function operand(node) {
    if (node.kind === "field") return column(node.name, field);
    params.push(node.value);
    return "?";
  }
  function render(node, parentPrecedence) {
    if (node.type === "and" || node.type === "or") {
      const precedence = node.type === "or" ? 1 : 2;
      const text = `${render(node.left, precedence)} ${node.type.toUpperCase()} ${render(node.right, precedence)}`;
      return precedence < parentPrecedence ? `(${text})` : text;
    }
    if (node.type === "not") return `NOT (${render(node.operand, 0)})`;
    if (node.type === "function") {
      const body = escapeLike(node.value);
      const pattern = node.name === "contains" ? `%${body}%` : node.name === "startswith" ? `${body}%` : `%${body}`;
      const target = column(node.field, field);
      params.push(pattern);
      return `${target} LIKE ? ESCAPE '${LIKE_ESCAPE}'`;
    }
    let { op, left, right } = node;
    if (left.kind === "literal" && right.kind === "field") {
      [left, right] = [right, left];
      op = MIRRORED[op];
    }
    if (left.kind !== "field") throw invalidInput(`${field}: a comparison needs a column on at least one side`);
    if (right.kind === "literal" && right.value === null) {
      if (op !== "eq" && op !== "ne") throw invalidInput(`${field}: null can only be compared with eq or ne`);
      return `${column(left.name, field)} IS ${op === "eq" ? "" : "NOT "}NULL`;
    }
    return `${operand(left)} ${SQL_OPERATORS[op]} ${operand(right)}`;
  }
  return render(ast, outerPrecedence);
}
function translateQuery(input, ctx) {
  if (!isPlainObject(input)) throw invalidInput('input: expected an object with a "query" field');
  if (input.query === void 0) throw invalidInput("input.query: required (an OData query string or object)");
  const config = readConfig(ctx);
  const q = normalizeQuery(input.query);
  if (q.time !== null) throw invalidInput(`${q.optionName("time")}: instant queries are not supported by the SQL adapter; use from/to`);
  if (q.step !== null) ctx?.log?.debug("ignoring step: SQL returns every stored row in the range");
  function column(name, field) {
    if (!config.columns.includes(name)) throw invalidInput(`${field}: unknown column '${name}' (allowed: ${config.columns.join(", ")})`);
    return quoteIdentifier(name);
  }
  const params = [];
  const conditions = [];
  if (q.metric !== null) {
    conditions.push(`${column(config.metricColumn, q.optionName("metric"))} = ?`);
    params.push(q.metric);
  }
  if (q.from !== null) {
    conditions.push(`${column(config.timeColumn, q.optionName("from"))} >= ?`);
    params.push(new Date(q.from).toISOString());
  }
  if (q.to !== null) {
    conditions.push(`${column(config.timeColumn, q.optionName("to"))} < ?`);
    params.push(new Date(q.to).toISOString());
  }
  if (q.filter !== null) {
    conditions.push(renderFilter(q.filter, params, column, q.optionName("filter"), conditions.length ? 2 : 0));
  }
  let selectList = "*";
  let groupBy = "";
  let orderable = config.columns;
  if (q.aggregate !== null) {
    if (q.select !== null) throw invalidInput(`${q.optionName("select")}: cannot be combined with an aggregation (the grouping columns are selected)`);
    const by = q.aggregate.by.map((name) => column(name, `${q.optionName("apply")}.by`));
    const measure = q.aggregate.op === "count" ? "COUNT(*)" : `${q.aggregate.op.toUpperCase()}(${column(config.valueColumn, q.optionName("apply"))})`;
    selectList = [...by, `${measure} AS ${quoteIdentifier(config.valueColumn)}`].join(", ");
    if (by.length) groupBy = ` GROUP BY ${by.join(", ")}`;
    orderable = [...q.aggregate.by, config.valueColumn];
  } else if (q.select !== null) {
    selectList = q.select.map((name) => column(name, q.optionName("select"))).join(", ");
  }
  let orderBy = "";
  if (q.orderby !== null) {
    const items = q.orderby.map(function renderOrderItem(item) {
      if (!orderable.includes(item.field)) {
        throw invalidInput(`${q.optionName("orderby")}: cannot order by '${item.field}' (allowed: ${orderable.join(", ")})`);
      }
      return `${column(item.field, q.optionName("orderby"))} ${item.direction.toUpperCase()}`;
    });
    orderBy = ` ORDER BY ${items.join(", ")}`;
  }
  if (q.top !== null && q.top > config.maxRows) throw invalidInput(`${q.optionName("top")}: at most ${config.maxRows} rows may be requested`);
  params.push(q.top !== null ? q.top : config.maxRows);
  let paging = " LIMIT ?";
  if (q.skip !== null) {
    paging += " OFFSET ?";
    params.push(q.skip);
  }
  const where = conditions.length ? ` WHERE ${conditions.join(" AND ")}` : "";
  const sql = `SELECT ${selectList} FROM ${quoteIdentifier(config.table)}${where}${groupBy}${orderBy}${paging}`;
  return { sql, params };
}
var index_default = {
  "translate-query": translateQuery
};
export {
  index_default as default
};
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIi4uL3NoYXJlZC9vZGF0YS9lcnJvcnMuanMiLCIuLi9zaGFyZWQvb2RhdGEvZmlsdGVyLXRva2Vucy5qcyIsIi4uL3NoYXJlZC9vZGF0YS9maWx0ZXItcGFyc2VyLmpzIiwiLi4vc2hhcmVkL29kYXRhL25vcm1hbC1mb3JtLmpzIiwiLi4vc2hhcmVkL29kYXRhL3F1ZXJ5LW9wdGlvbnMuanMiLCIuLi9zaGFyZWQvb2RhdGEvcXVlcnktc3RyaW5nLmpzIiwiLi4vc2hhcmVkL29kYXRhL25vcm1hbGl6ZS1xdWVyeS5qcyIsInNyYy9pbmRleC5qcyJdLCJtYXBwaW5ncyI6IjtBQUdPLFNBQVMsYUFBYSxTQUFTO0FBQ3BDLFFBQU0sUUFBUSxJQUFJLE1BQU0sT0FBTztBQUMvQixRQUFNLE9BQU87QUFDYixTQUFPO0FBQ1Q7QUFFTyxTQUFTLFlBQVksT0FBTyxLQUFLLFNBQVM7QUFDL0MsU0FBTyxhQUFhLEdBQUcsS0FBSyw4QkFBOEIsR0FBRyxLQUFLLE9BQU8sRUFBRTtBQUM3RTtBQU9PLFNBQVMsY0FBYyxPQUFPO0FBQ25DLFNBQU8sVUFBVSxRQUFRLE9BQU8sVUFBVSxZQUFZLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFDNUU7OztBQ2xCQSxJQUFNLFlBQVk7QUFDbEIsSUFBTSxVQUFVO0FBQ2hCLElBQU0sY0FBYyxvQkFBSSxJQUFJLENBQUMsS0FBSyxLQUFLLEdBQUcsQ0FBQztBQUMzQyxJQUFNLGFBQWEsb0JBQUksSUFBSSxDQUFDLEtBQUssS0FBTSxNQUFNLElBQUksQ0FBQztBQUczQyxTQUFTLGVBQWUsUUFBUSxPQUFPO0FBQzVDLFFBQU0sU0FBUyxDQUFDO0FBQ2hCLE1BQUksTUFBTTtBQUNWLFNBQU8sTUFBTSxPQUFPLFFBQVE7QUFDMUIsVUFBTSxLQUFLLE9BQU8sR0FBRztBQUNyQixRQUFJLFdBQVcsSUFBSSxFQUFFLEdBQUc7QUFBRTtBQUFPO0FBQUEsSUFBVTtBQUMzQyxRQUFJLFlBQVksSUFBSSxFQUFFLEdBQUc7QUFBRSxhQUFPLEtBQUssRUFBRSxNQUFNLElBQUksT0FBTyxJQUFJLElBQUksQ0FBQztBQUFHO0FBQU87QUFBQSxJQUFVO0FBQ3ZGLFFBQUksT0FBTyxLQUFLO0FBQ2QsWUFBTSxFQUFFLE9BQU8sSUFBSSxJQUFJLFdBQVcsUUFBUSxLQUFLLEtBQUs7QUFDcEQsYUFBTyxLQUFLLEVBQUUsTUFBTSxVQUFVLE9BQU8sSUFBSSxDQUFDO0FBQzFDLFlBQU07QUFDTjtBQUFBLElBQ0Y7QUFDQSxjQUFVLFlBQVk7QUFDdEIsUUFBSSxRQUFRLFVBQVUsS0FBSyxNQUFNO0FBQ2pDLFFBQUksT0FBTztBQUNULFlBQU0sTUFBTSxNQUFNLE1BQU0sQ0FBQyxFQUFFO0FBQzNCLFVBQUksTUFBTSxPQUFPLFVBQVUsZ0JBQWdCLEtBQUssT0FBTyxHQUFHLENBQUMsRUFBRyxPQUFNLFlBQVksT0FBTyxLQUFLLGtCQUFrQjtBQUM5RyxVQUFJLENBQUMsT0FBTyxTQUFTLE9BQU8sTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFHLE9BQU0sWUFBWSxPQUFPLEtBQUsscUJBQXFCO0FBQzNGLGFBQU8sS0FBSyxFQUFFLE1BQU0sVUFBVSxPQUFPLE9BQU8sTUFBTSxDQUFDLENBQUMsR0FBRyxJQUFJLENBQUM7QUFDNUQsWUFBTTtBQUNOO0FBQUEsSUFDRjtBQUNBLFlBQVEsWUFBWTtBQUNwQixZQUFRLFFBQVEsS0FBSyxNQUFNO0FBQzNCLFFBQUksT0FBTztBQUFFLGFBQU8sS0FBSyxFQUFFLE1BQU0sUUFBUSxPQUFPLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQztBQUFHLGFBQU8sTUFBTSxDQUFDLEVBQUU7QUFBUTtBQUFBLElBQVU7QUFDcEcsVUFBTSxZQUFZLE9BQU8sS0FBSyx5QkFBeUIsRUFBRSxHQUFHO0FBQUEsRUFDOUQ7QUFDQSxTQUFPLEtBQUssRUFBRSxNQUFNLE9BQU8sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLENBQUM7QUFDMUQsU0FBTztBQUNUO0FBR0EsU0FBUyxXQUFXLFFBQVEsT0FBTyxPQUFPO0FBQ3hDLE1BQUksUUFBUTtBQUNaLE1BQUksTUFBTSxRQUFRO0FBQ2xCLGFBQVM7QUFDUCxRQUFJLE9BQU8sT0FBTyxPQUFRLE9BQU0sWUFBWSxPQUFPLE9BQU8sNkJBQTZCO0FBQ3ZGLFFBQUksT0FBTyxHQUFHLE1BQU0sS0FBSztBQUN2QixVQUFJLE9BQU8sTUFBTSxDQUFDLE1BQU0sS0FBSztBQUFFLGlCQUFTO0FBQUssZUFBTztBQUFHO0FBQUEsTUFBVTtBQUNqRSxhQUFPLEVBQUUsT0FBTyxLQUFLLE1BQU0sRUFBRTtBQUFBLElBQy9CO0FBQ0EsYUFBUyxPQUFPLEtBQUs7QUFBQSxFQUN2QjtBQUNGO0FBRU8sU0FBUyxjQUFjLE9BQU87QUFDbkMsTUFBSSxNQUFNLFNBQVMsTUFBTyxRQUFPO0FBQ2pDLE1BQUksTUFBTSxTQUFTLFNBQVUsUUFBTyxXQUFXLE1BQU0sS0FBSztBQUMxRCxTQUFPLElBQUksTUFBTSxLQUFLO0FBQ3hCOzs7QUN2RE8sSUFBTSx1QkFBdUIsQ0FBQyxNQUFNLE1BQU0sTUFBTSxNQUFNLE1BQU0sSUFBSTtBQUNoRSxJQUFNLG1CQUFtQixDQUFDLFlBQVksY0FBYyxVQUFVO0FBQzlELElBQU0saUJBQWlCLENBQUMsV0FBVyxTQUFTO0FBQ25ELElBQU0saUJBQWlCLENBQUMsT0FBTyxNQUFNLE9BQU8sTUFBTSxHQUFHLG9CQUFvQjtBQUdsRSxJQUFNLG1CQUFtQjtBQUN6QixJQUFNLG1CQUFtQjtBQUN6QixJQUFNLGdCQUFnQjtBQWV0QixTQUFTLFlBQVksUUFBUSxPQUFPO0FBQ3pDLFFBQU0sU0FBUyxlQUFlLFFBQVEsS0FBSztBQUMzQyxNQUFJLFFBQVE7QUFDWixNQUFJLFFBQVE7QUFDWixNQUFJLFFBQVE7QUFDWixRQUFNLE9BQU8sQ0FBQyxRQUFRLE1BQU0sT0FBTyxRQUFRLEtBQUs7QUFDaEQsUUFBTSxTQUFTLENBQUMsT0FBTyxTQUFTLE1BQU0sU0FBUyxVQUFVLE1BQU0sVUFBVTtBQUV6RSxXQUFTLE9BQU8sTUFBTSxNQUFNO0FBQzFCLFVBQU0sUUFBUSxPQUFPLEtBQUs7QUFDMUIsUUFBSSxNQUFNLFNBQVMsS0FBTSxPQUFNLFlBQVksT0FBTyxNQUFNLEtBQUssWUFBWSxJQUFJLGNBQWMsY0FBYyxLQUFLLENBQUMsRUFBRTtBQUNqSDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsV0FBUyxVQUFVO0FBQ2pCLFFBQUksT0FBTyxTQUFTO0FBQ3BCLFdBQU8sT0FBTyxLQUFLLEdBQUcsSUFBSSxHQUFHO0FBQUU7QUFBUyxhQUFPLEVBQUUsTUFBTSxNQUFNLE1BQU0sT0FBTyxTQUFTLEVBQUU7QUFBQSxJQUFHO0FBQ3hGLFdBQU87QUFBQSxFQUNUO0FBQ0EsV0FBUyxXQUFXO0FBQ2xCLFFBQUksT0FBTyxXQUFXO0FBQ3RCLFdBQU8sT0FBTyxLQUFLLEdBQUcsS0FBSyxHQUFHO0FBQUU7QUFBUyxhQUFPLEVBQUUsTUFBTSxPQUFPLE1BQU0sT0FBTyxXQUFXLEVBQUU7QUFBQSxJQUFHO0FBQzVGLFdBQU87QUFBQSxFQUNUO0FBQ0EsV0FBUyxhQUFhO0FBQ3BCLFFBQUksRUFBRSxRQUFRLGlCQUFrQixPQUFNLFlBQVksT0FBTyxLQUFLLEVBQUUsS0FBSyxpQ0FBaUMsZ0JBQWdCLFNBQVM7QUFDL0gsUUFBSTtBQUNKLFFBQUksT0FBTyxLQUFLLEdBQUcsS0FBSyxHQUFHO0FBQUU7QUFBUyxhQUFPLEVBQUUsTUFBTSxPQUFPLFNBQVMsV0FBVyxFQUFFO0FBQUEsSUFBRyxNQUNoRixRQUFPLGFBQWE7QUFDekI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFdBQVMsZUFBZTtBQUN0QixVQUFNLFFBQVEsS0FBSztBQUNuQixRQUFJLE1BQU0sU0FBUyxPQUFPLEVBQUUsUUFBUSxpQkFBa0IsT0FBTSxZQUFZLE9BQU8sTUFBTSxLQUFLLGFBQWEsZ0JBQWdCLGFBQWE7QUFDcEksUUFBSSxNQUFNLFNBQVMsS0FBSztBQUN0QjtBQUNBLFlBQU0sUUFBUSxRQUFRO0FBQ3RCLGFBQU8sS0FBSyxLQUFLO0FBQ2pCLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxNQUFNLFNBQVMsVUFBVSxpQkFBaUIsU0FBUyxNQUFNLEtBQUssS0FBSyxLQUFLLENBQUMsRUFBRSxTQUFTLElBQUssUUFBTyxvQkFBb0I7QUFDeEgsVUFBTSxPQUFPLGFBQWE7QUFDMUIsVUFBTSxLQUFLLEtBQUs7QUFDaEIsUUFBSSxPQUFPLElBQUksSUFBSSxFQUFHLFFBQU8sUUFBUSxNQUFNLEVBQUU7QUFDN0MsUUFBSSxHQUFHLFNBQVMsVUFBVSxDQUFDLHFCQUFxQixTQUFTLEdBQUcsS0FBSyxHQUFHO0FBQ2xFLFlBQU0sWUFBWSxPQUFPLEdBQUcsS0FBSyxtQ0FBbUMscUJBQXFCLEtBQUssSUFBSSxDQUFDLHVCQUF1QixjQUFjLEVBQUUsQ0FBQyxFQUFFO0FBQUEsSUFDL0k7QUFDQTtBQUNBLFdBQU8sRUFBRSxNQUFNLFdBQVcsSUFBSSxHQUFHLE9BQU8sTUFBTSxPQUFPLGFBQWEsRUFBRTtBQUFBLEVBQ3RFO0FBQ0EsV0FBUyxzQkFBc0I7QUFDN0IsVUFBTSxPQUFPLE9BQU8sT0FBTyxFQUFFO0FBQzdCLFdBQU8sS0FBSyxLQUFLO0FBQ2pCLFVBQU0sY0FBYyxLQUFLO0FBQ3pCLFVBQU0sU0FBUyxhQUFhO0FBQzVCLFFBQUksT0FBTyxTQUFTLFFBQVMsT0FBTSxZQUFZLE9BQU8sWUFBWSxLQUFLLEdBQUcsSUFBSSwrQ0FBK0M7QUFDN0gsV0FBTyxLQUFLLEtBQUs7QUFDakIsVUFBTSxRQUFRLE9BQU8sVUFBVSw4Q0FBOEMsSUFBSSxJQUFJLEVBQUU7QUFDdkYsV0FBTyxLQUFLLEtBQUs7QUFDakIsV0FBTyxFQUFFLE1BQU0sWUFBWSxNQUFNLE9BQU8sT0FBTyxNQUFNLFdBQVcsT0FBTyxXQUFXLE1BQU07QUFBQSxFQUMxRjtBQUNBLFdBQVMsUUFBUSxNQUFNLElBQUk7QUFDekIsUUFBSSxLQUFLLFNBQVMsUUFBUyxPQUFNLFlBQVksT0FBTyxHQUFHLEtBQUssdUNBQXVDO0FBQ25HO0FBQ0EsV0FBTyxLQUFLLGdCQUFnQjtBQUM1QixVQUFNLFNBQVMsQ0FBQztBQUNoQixlQUFTO0FBQ1AsWUFBTSxRQUFRLEtBQUs7QUFDbkIsWUFBTSxVQUFVLGFBQWE7QUFDN0IsVUFBSSxRQUFRLFNBQVMsVUFBVyxPQUFNLFlBQVksT0FBTyxNQUFNLEtBQUssaURBQWlELFFBQVEsSUFBSSxHQUFHO0FBQ3BJLFVBQUksUUFBUSxVQUFVLEtBQU0sT0FBTSxZQUFZLE9BQU8sTUFBTSxLQUFLLHNEQUFzRDtBQUN0SCxVQUFJLE9BQU8sV0FBVyxjQUFlLE9BQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxhQUFhLGFBQWEsMEJBQTBCO0FBQzdILGFBQU8sS0FBSyxRQUFRLEtBQUs7QUFDekIsVUFBSSxLQUFLLEVBQUUsU0FBUyxJQUFLO0FBQ3pCO0FBQUEsSUFDRjtBQUNBLFdBQU8sS0FBSywyQkFBMkI7QUFDdkMsV0FBTyxFQUFFLE1BQU0sTUFBTSxPQUFPLEtBQUssTUFBTSxXQUFXLEtBQUssV0FBVyxPQUFPO0FBQUEsRUFDM0U7QUFDQSxXQUFTLGVBQWU7QUFDdEIsVUFBTSxRQUFRLEtBQUs7QUFDbkIsUUFBSSxNQUFNLFNBQVMsWUFBWSxNQUFNLFNBQVMsVUFBVTtBQUFFO0FBQVMsYUFBTyxFQUFFLE1BQU0sV0FBVyxPQUFPLE1BQU0sTUFBTTtBQUFBLElBQUc7QUFDbkgsUUFBSSxNQUFNLFNBQVMsVUFBVSxlQUFlLFNBQVMsTUFBTSxLQUFLLEtBQUssS0FBSyxDQUFDLEVBQUUsU0FBUyxLQUFLO0FBQ3pGLGVBQVM7QUFDVCxZQUFNLFFBQVEsT0FBTyxRQUFRLHVCQUF1QixNQUFNLEtBQUssSUFBSTtBQUNuRSxVQUFJLGVBQWUsU0FBUyxNQUFNLEtBQUssS0FBSyxDQUFDLFFBQVEsU0FBUyxNQUFNLEVBQUUsU0FBUyxNQUFNLEtBQUssS0FBSyxlQUFlLFNBQVMsTUFBTSxLQUFLLEdBQUc7QUFDbkksY0FBTSxZQUFZLE9BQU8sTUFBTSxLQUFLLEdBQUcsTUFBTSxLQUFLLHFDQUFxQyxjQUFjLEtBQUssQ0FBQyxFQUFFO0FBQUEsTUFDL0c7QUFDQSxhQUFPLEtBQUssZUFBZSxNQUFNLEtBQUssSUFBSTtBQUMxQyxhQUFPLEVBQUUsTUFBTSxTQUFTLE1BQU0sTUFBTSxPQUFPLFdBQVcsTUFBTSxNQUFNO0FBQUEsSUFDcEU7QUFDQSxRQUFJLE1BQU0sU0FBUyxVQUFVLENBQUMsZUFBZSxTQUFTLE1BQU0sS0FBSyxHQUFHO0FBQ2xFO0FBQ0EsVUFBSSxNQUFNLFVBQVUsT0FBUSxRQUFPLEVBQUUsTUFBTSxXQUFXLE9BQU8sS0FBSztBQUNsRSxVQUFJLE1BQU0sVUFBVSxRQUFTLFFBQU8sRUFBRSxNQUFNLFdBQVcsT0FBTyxNQUFNO0FBQ3BFLFVBQUksTUFBTSxVQUFVLE9BQVEsUUFBTyxFQUFFLE1BQU0sV0FBVyxPQUFPLEtBQUs7QUFDbEUsYUFBTyxFQUFFLE1BQU0sU0FBUyxNQUFNLE1BQU0sT0FBTyxXQUFXLEtBQUs7QUFBQSxJQUM3RDtBQUNBLFVBQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxnREFBZ0QsY0FBYyxLQUFLLENBQUMsRUFBRTtBQUFBLEVBQzVHO0FBRUEsTUFBSSxLQUFLLEVBQUUsU0FBUyxNQUFPLE9BQU0sWUFBWSxPQUFPLEdBQUcsa0JBQWtCO0FBQ3pFLFFBQU0sTUFBTSxRQUFRO0FBQ3BCLE1BQUksS0FBSyxFQUFFLFNBQVMsTUFBTyxPQUFNLFlBQVksT0FBTyxLQUFLLEVBQUUsS0FBSyxjQUFjLGNBQWMsS0FBSyxDQUFDLENBQUMsOEJBQThCO0FBQ2pJLFNBQU87QUFDVDs7O0FDckhPLElBQU0sT0FBTyxPQUFPLE9BQU8sRUFBRSxNQUFNLFNBQVMsT0FBTyxLQUFLLENBQUM7QUFDekQsSUFBTSxRQUFRLE9BQU8sT0FBTyxFQUFFLE1BQU0sU0FBUyxPQUFPLE1BQU0sQ0FBQzs7O0FDWjNELElBQU0sZ0JBQWdCO0FBQ3RCLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPO0FBRXZFLElBQU0saUJBQWlCLEVBQUUsS0FBSyxPQUFPLFNBQVMsT0FBTyxLQUFLLE9BQU8sS0FBSyxPQUFPLEtBQUssTUFBTTtBQUVqRixTQUFTLGFBQWEsT0FBTyxPQUFPLEtBQUs7QUFDOUMsUUFBTSxTQUFTLE9BQU8sVUFBVSxZQUFZLFFBQVEsS0FBSyxNQUFNLEtBQUssQ0FBQyxJQUFJLE9BQU8sS0FBSyxJQUFJO0FBQ3pGLE1BQUksT0FBTyxXQUFXLFlBQVksQ0FBQyxPQUFPLGNBQWMsTUFBTSxLQUFLLFNBQVMsS0FBSztBQUMvRSxVQUFNLGFBQWEsR0FBRyxLQUFLLDRCQUE0QixHQUFHLEVBQUU7QUFBQSxFQUM5RDtBQUNBLFNBQU87QUFDVDtBQUVPLFNBQVMsYUFBYSxPQUFPLE9BQU87QUFDekMsTUFBSSxVQUFVLFFBQVEsVUFBVSxPQUFRLFFBQU87QUFDL0MsTUFBSSxVQUFVLFNBQVMsVUFBVSxRQUFTLFFBQU87QUFDakQsUUFBTSxhQUFhLEdBQUcsS0FBSywwQkFBMEI7QUFDdkQ7QUFFTyxTQUFTLG9CQUFvQixPQUFPLE9BQU87QUFDaEQsUUFBTSxPQUFPLE9BQU8sVUFBVSxXQUFXLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsSUFBSTtBQUNqRixNQUFJLENBQUMsTUFBTSxRQUFRLElBQUksS0FBSyxLQUFLLFdBQVcsRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLHdEQUF3RDtBQUNsSSxhQUFXLFFBQVEsTUFBTTtBQUN2QixRQUFJLE9BQU8sU0FBUyxZQUFZLENBQUMsY0FBYyxLQUFLLElBQUksR0FBRztBQUN6RCxZQUFNLGFBQWEsR0FBRyxLQUFLLG1CQUFtQixPQUFPLElBQUksQ0FBQyxxQ0FBcUM7QUFBQSxJQUNqRztBQUFBLEVBQ0Y7QUFDQSxNQUFJLElBQUksSUFBSSxJQUFJLEVBQUUsU0FBUyxLQUFLLE9BQVEsT0FBTSxhQUFhLEdBQUcsS0FBSywwQkFBMEI7QUFDN0YsU0FBTztBQUNUO0FBRU8sU0FBUyxhQUFhLE9BQU8sT0FBTztBQUN6QyxRQUFNLFFBQVEsT0FBTyxVQUFVLFdBQVcsTUFBTSxNQUFNLEdBQUcsSUFBSTtBQUM3RCxNQUFJLENBQUMsTUFBTSxRQUFRLEtBQUssS0FBSyxNQUFNLFdBQVcsRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLCtEQUErRDtBQUMzSSxRQUFNLE9BQU8sb0JBQUksSUFBSTtBQUNyQixTQUFPLE1BQU0sSUFBSSxTQUFTLGVBQWUsTUFBTTtBQUM3QyxVQUFNLFFBQVEsT0FBTyxTQUFTLFdBQVcsS0FBSyxLQUFLLEVBQUUsTUFBTSxLQUFLLElBQUksQ0FBQztBQUNyRSxVQUFNLENBQUMsTUFBTSxZQUFZLEtBQUssSUFBSTtBQUNsQyxRQUFJLE1BQU0sU0FBUyxLQUFLLE1BQU0sU0FBUyxLQUFLLENBQUMsY0FBYyxLQUFLLElBQUksS0FBTSxjQUFjLFNBQVMsY0FBYyxRQUFTO0FBQ3RILFlBQU0sYUFBYSxHQUFHLEtBQUssbUJBQW1CLE9BQU8sSUFBSSxDQUFDLGdEQUFnRDtBQUFBLElBQzVHO0FBQ0EsUUFBSSxLQUFLLElBQUksSUFBSSxFQUFHLE9BQU0sYUFBYSxHQUFHLEtBQUssTUFBTSxJQUFJLHVCQUF1QjtBQUNoRixTQUFLLElBQUksSUFBSTtBQUNiLFdBQU8sRUFBRSxPQUFPLE1BQU0sVUFBVTtBQUFBLEVBQ2xDLENBQUM7QUFDSDtBQUVBLElBQU0sd0JBQXdCO0FBQzlCLElBQU0sYUFBYTtBQUNuQixJQUFNLFlBQVk7QUFRWCxTQUFTLFdBQVcsT0FBTyxPQUFPO0FBQ3ZDLE1BQUksY0FBYyxLQUFLLEVBQUcsUUFBTyxpQkFBaUIsT0FBTyxLQUFLO0FBQzlELE1BQUksT0FBTyxVQUFVLFNBQVUsT0FBTSxhQUFhLEdBQUcsS0FBSywwR0FBMEc7QUFDcEssUUFBTSxPQUFPLE1BQU0sS0FBSztBQUN4QixRQUFNLFVBQVUsV0FBVyxLQUFLLElBQUk7QUFDcEMsTUFBSSxTQUFTO0FBQ1gsUUFBSSxRQUFRLENBQUMsTUFBTSxPQUFXLE9BQU0sYUFBYSxHQUFHLEtBQUsscUdBQXFHO0FBQzlKLFVBQU1BLE1BQUssb0JBQW9CLFFBQVEsQ0FBQyxHQUFHLEdBQUcsS0FBSyxVQUFVO0FBQzdELFdBQU8sRUFBRSxHQUFHLHVCQUF1QixRQUFRLENBQUMsR0FBRyxLQUFLLEdBQUcsSUFBQUEsSUFBRztBQUFBLEVBQzVEO0FBQ0EsTUFBSSxzQkFBc0IsS0FBSyxJQUFJLEtBQUssbUJBQW1CLEtBQUssSUFBSSxFQUFHLFFBQU8sRUFBRSxHQUFHLHVCQUF1QixNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsRUFBRTtBQUMvSCxRQUFNLFNBQVMsVUFBVSxLQUFLLElBQUk7QUFDbEMsTUFBSSxDQUFDLE9BQVEsT0FBTSxhQUFhLEdBQUcsS0FBSyxtSEFBbUg7QUFDM0osUUFBTSxLQUFLLE9BQU8sQ0FBQyxLQUFLLE9BQU8sQ0FBQztBQUNoQyxRQUFNLEtBQUssT0FBTyxDQUFDLEtBQUssT0FBTyxDQUFDO0FBQ2hDLFNBQU8saUJBQWlCLEVBQUUsSUFBSSxHQUFHLEdBQUcsS0FBSztBQUMzQztBQUVBLFNBQVMsdUJBQXVCLE1BQU0sT0FBTztBQUMzQyxRQUFNLFFBQVEsc0JBQXNCLEtBQUssS0FBSyxLQUFLLENBQUM7QUFDcEQsTUFBSSxDQUFDLE1BQU8sT0FBTSxhQUFhLEdBQUcsS0FBSyxtR0FBbUc7QUFDMUksUUFBTSxDQUFDLEVBQUUsT0FBTyxRQUFRLFFBQVEsS0FBSyxJQUFJO0FBQ3pDLE1BQUksTUFBTyxRQUFPLEVBQUUsSUFBSSxTQUFTLE9BQU8sTUFBTSxJQUFJLE1BQU07QUFDeEQsUUFBTSxLQUFLLGVBQWUsTUFBTTtBQUNoQyxNQUFJLE9BQU8sT0FBVyxPQUFNLGFBQWEsR0FBRyxLQUFLLGlDQUFpQyxNQUFNLDBEQUEwRDtBQUNsSixTQUFPLEVBQUUsSUFBSSxPQUFPLFFBQVEsSUFBSSxNQUFNO0FBQ3hDO0FBRUEsU0FBUyxpQkFBaUIsT0FBTyxPQUFPO0FBQ3RDLFFBQU0sS0FBSyxlQUFlLE1BQU0sRUFBRSxNQUFNLE1BQU0sT0FBTyxVQUFVLFVBQVU7QUFDekUsTUFBSSxPQUFPLE9BQVcsT0FBTSxhQUFhLEdBQUcsS0FBSyw4Q0FBOEMsb0JBQW9CLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFDL0gsUUFBTSxLQUFLLE1BQU0sT0FBTyxTQUFZLENBQUMsSUFBSSxvQkFBb0IsTUFBTSxJQUFJLEdBQUcsS0FBSyxLQUFLO0FBQ3BGLFNBQU8sRUFBRSxJQUFJLE9BQU8sT0FBTyxVQUFVLE9BQU8sU0FBUyxJQUFJLElBQUksUUFBUTtBQUN2RTtBQUdPLFNBQVMsVUFBVSxPQUFPLE9BQU87QUFDdEMsTUFBSSxPQUFPLFVBQVUsWUFBYSxPQUFPLFVBQVUsWUFBWSxnQkFBZ0IsS0FBSyxLQUFLLEdBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sS0FBSztBQUM1QixRQUFJLE9BQU8sU0FBUyxPQUFPLEtBQUssV0FBVyxFQUFHLFFBQU8sS0FBSyxNQUFNLFVBQVUsR0FBSTtBQUFBLEVBQ2hGLFdBQVcsT0FBTyxVQUFVLFlBQVkseUVBQXlFLEtBQUssS0FBSyxHQUFHO0FBQzVILFVBQU0sS0FBSyxLQUFLLE1BQU0sS0FBSztBQUMzQixRQUFJLENBQUMsT0FBTyxNQUFNLEVBQUUsRUFBRyxRQUFPO0FBQUEsRUFDaEM7QUFDQSxRQUFNLGFBQWEsR0FBRyxLQUFLLGdHQUFnRztBQUM3SDtBQUVBLElBQU0saUJBQWlCLEVBQUUsSUFBSSxNQUFPLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxNQUFNLEdBQUcsT0FBTyxHQUFHLFFBQVEsR0FBRyxRQUFTO0FBR3BGLFNBQVMsY0FBYyxPQUFPLE9BQU87QUFDMUMsTUFBSSxPQUFPLFVBQVUsWUFBYSxPQUFPLFVBQVUsWUFBWSxnQkFBZ0IsS0FBSyxLQUFLLEdBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sS0FBSztBQUM1QixRQUFJLFVBQVUsS0FBSyxPQUFPLFNBQVMsT0FBTyxFQUFHLFFBQU8sRUFBRSxNQUFNLEdBQUcsT0FBTyxLQUFLLFFBQVE7QUFBQSxFQUNyRixXQUFXLE9BQU8sVUFBVSxZQUFZLDJCQUEyQixLQUFLLEtBQUssR0FBRztBQUM5RSxRQUFJLFVBQVU7QUFDZCxlQUFXLENBQUMsRUFBRSxRQUFRLElBQUksS0FBSyxNQUFNLFNBQVMsd0JBQXdCLEVBQUcsWUFBVyxPQUFPLE1BQU0sSUFBSSxlQUFlLElBQUk7QUFDeEgsUUFBSSxVQUFVLEVBQUcsUUFBTyxFQUFFLE1BQU0sT0FBTyxRQUFRO0FBQUEsRUFDakQ7QUFDQSxRQUFNLGFBQWEsR0FBRyxLQUFLLG9GQUFvRjtBQUNqSDs7O0FDbEhPLFNBQVMsaUJBQWlCLFFBQVEsT0FBTztBQUM5QyxRQUFNLFFBQVEsQ0FBQztBQUNmLE1BQUksVUFBVTtBQUNkLE1BQUksV0FBVztBQUNmLGFBQVcsTUFBTSxPQUFPLFFBQVEsT0FBTyxFQUFFLEdBQUc7QUFDMUMsUUFBSSxPQUFPLElBQUssWUFBVyxDQUFDO0FBQzVCLFFBQUksT0FBTyxPQUFPLENBQUMsVUFBVTtBQUFFLFlBQU0sS0FBSyxPQUFPO0FBQUcsZ0JBQVU7QUFBSTtBQUFBLElBQVU7QUFDNUUsZUFBVztBQUFBLEVBQ2I7QUFDQSxRQUFNLEtBQUssT0FBTztBQUNsQixRQUFNLFFBQVEsQ0FBQztBQUNmLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUN4QixVQUFNLEtBQUssS0FBSyxRQUFRLEdBQUc7QUFDM0IsVUFBTSxNQUFNLG9CQUFvQixLQUFLLElBQUksT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLEdBQUcsS0FBSyxFQUFFLEtBQUs7QUFDL0UsVUFBTSxLQUFLLEVBQUUsS0FBSyxPQUFPLG9CQUFvQixLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sS0FBSyxDQUFDLEdBQUcsR0FBRyxLQUFLLElBQUksR0FBRyxFQUFFLEVBQUUsS0FBSyxFQUFFLENBQUM7QUFBQSxFQUM1RztBQUNBLFNBQU87QUFDVDtBQUVPLFNBQVMsb0JBQW9CLE1BQU0sT0FBTztBQUMvQyxRQUFNLFNBQVMsS0FBSyxRQUFRLE9BQU8sR0FBRztBQUN0QyxNQUFJLENBQUMsT0FBTyxTQUFTLEdBQUcsRUFBRyxRQUFPO0FBQ2xDLE1BQUk7QUFDRixXQUFPLG1CQUFtQixNQUFNO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFVBQU0sTUFBTSxtRUFBbUUsS0FBSyxNQUFNO0FBQzFGLFVBQU0sYUFBYSxHQUFHLEtBQUssK0JBQStCLE1BQU0sZ0JBQWdCLElBQUksS0FBSyxLQUFLLEVBQUUsK0JBQStCO0FBQUEsRUFDakk7QUFDRjs7O0FDOUJPLElBQU0sZ0JBQWdCLENBQUMsVUFBVSxVQUFVLFVBQVUsT0FBTyxRQUFRLFdBQVcsVUFBVSxTQUFTLFNBQVMsUUFBUSxNQUFNLFFBQVEsTUFBTTtBQUV2SSxJQUFNLG9CQUFvQixDQUFDLEdBQUcsZUFBZSxXQUFXO0FBQy9ELElBQU0sb0JBQW9CO0FBUW5CLFNBQVMsZUFBZSxPQUFPO0FBQ3BDLFFBQU0sRUFBRSxLQUFLLFdBQVcsSUFBSSxZQUFZLEtBQUs7QUFDN0MsUUFBTSxNQUFNLENBQUMsUUFBUSxJQUFJLEdBQUcsTUFBTSxVQUFhLElBQUksR0FBRyxNQUFNO0FBQzVELFFBQU0sU0FBUztBQUFBLElBQ2I7QUFBQSxJQUFZLFFBQVE7QUFBQSxJQUFNLFFBQVE7QUFBQSxJQUFNLFFBQVE7QUFBQSxJQUFNLEtBQUs7QUFBQSxJQUFNLE1BQU07QUFBQSxJQUFNLFNBQVM7QUFBQSxJQUFNLFFBQVE7QUFBQSxJQUNwRyxXQUFXO0FBQUEsSUFBTSxPQUFPO0FBQUEsSUFBTyxNQUFNO0FBQUEsSUFBTSxJQUFJO0FBQUEsSUFBTSxNQUFNO0FBQUEsSUFBTSxNQUFNO0FBQUEsRUFDekU7QUFDQSxNQUFJLElBQUksUUFBUSxHQUFHO0FBQ2pCLFFBQUksT0FBTyxJQUFJLFdBQVcsWUFBWSxJQUFJLE9BQU8sS0FBSyxNQUFNLEdBQUksT0FBTSxhQUFhLEdBQUcsV0FBVyxRQUFRLENBQUMsK0JBQStCO0FBQ3pJLFdBQU8sU0FBUyxJQUFJLE9BQU8sS0FBSztBQUFBLEVBQ2xDO0FBQ0EsTUFBSSxJQUFJLFFBQVEsR0FBRztBQUNqQixRQUFJLE9BQU8sSUFBSSxXQUFXLFNBQVUsT0FBTSxhQUFhLEdBQUcsV0FBVyxRQUFRLENBQUMsdUNBQXVDO0FBQ3JILFdBQU8sU0FBUyxZQUFZLElBQUksUUFBUSxXQUFXLFFBQVEsQ0FBQztBQUFBLEVBQzlEO0FBQ0EsTUFBSSxJQUFJLFFBQVEsR0FBRztBQUNqQixRQUFJLE9BQU8sSUFBSSxXQUFXLFlBQVksSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFJLE9BQU0sYUFBYSxHQUFHLFdBQVcsUUFBUSxDQUFDLGtDQUFrQztBQUM1SSxRQUFJLElBQUksT0FBTyxTQUFTLGtCQUFtQixPQUFNLGFBQWEsR0FBRyxXQUFXLFFBQVEsQ0FBQyxpQkFBaUIsaUJBQWlCLGFBQWE7QUFDcEksV0FBTyxTQUFTLElBQUksT0FBTyxLQUFLO0FBQUEsRUFDbEM7QUFDQSxNQUFJLElBQUksS0FBSyxFQUFHLFFBQU8sTUFBTSxhQUFhLElBQUksS0FBSyxXQUFXLEtBQUssR0FBRyxDQUFDO0FBQ3ZFLE1BQUksSUFBSSxNQUFNLEVBQUcsUUFBTyxPQUFPLGFBQWEsSUFBSSxNQUFNLFdBQVcsTUFBTSxHQUFHLENBQUM7QUFDM0UsTUFBSSxJQUFJLFNBQVMsRUFBRyxRQUFPLFVBQVUsYUFBYSxJQUFJLFNBQVMsV0FBVyxTQUFTLENBQUM7QUFDcEYsTUFBSSxJQUFJLFFBQVEsRUFBRyxRQUFPLFNBQVMsb0JBQW9CLElBQUksUUFBUSxXQUFXLFFBQVEsQ0FBQztBQUN2RixNQUFJLElBQUksT0FBTyxFQUFHLFFBQU8sWUFBWSxXQUFXLElBQUksT0FBTyxXQUFXLE9BQU8sQ0FBQztBQUM5RSxNQUFJLElBQUksT0FBTyxFQUFHLFFBQU8sUUFBUSxhQUFhLElBQUksT0FBTyxXQUFXLE9BQU8sQ0FBQztBQUM1RSxNQUFJLElBQUksTUFBTSxFQUFHLFFBQU8sT0FBTyxVQUFVLElBQUksTUFBTSxXQUFXLE1BQU0sQ0FBQztBQUNyRSxNQUFJLElBQUksSUFBSSxFQUFHLFFBQU8sS0FBSyxVQUFVLElBQUksSUFBSSxXQUFXLElBQUksQ0FBQztBQUM3RCxNQUFJLElBQUksTUFBTSxFQUFHLFFBQU8sT0FBTyxVQUFVLElBQUksTUFBTSxXQUFXLE1BQU0sQ0FBQztBQUNyRSxNQUFJLElBQUksTUFBTSxFQUFHLFFBQU8sT0FBTyxjQUFjLElBQUksTUFBTSxXQUFXLE1BQU0sQ0FBQztBQUN6RSxNQUFJLE9BQU8sU0FBUyxRQUFRLE9BQU8sT0FBTyxRQUFRLE9BQU8sUUFBUSxPQUFPLElBQUk7QUFDMUUsVUFBTSxhQUFhLEdBQUcsV0FBVyxJQUFJLENBQUMsd0JBQXdCLFdBQVcsTUFBTSxDQUFDLEVBQUU7QUFBQSxFQUNwRjtBQUNBLE1BQUksT0FBTyxjQUFjLFFBQVEsT0FBTyxXQUFXLE1BQU07QUFDdkQsVUFBTSxhQUFhLEdBQUcsV0FBVyxRQUFRLENBQUMsNkJBQTZCLFdBQVcsT0FBTyxDQUFDLHlEQUF5RDtBQUFBLEVBQ3JKO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxZQUFZLE9BQU87QUFDMUIsTUFBSSxPQUFPLFVBQVUsVUFBVTtBQUM3QixVQUFNQyxPQUFNLENBQUM7QUFDYixlQUFXLEVBQUUsS0FBSyxNQUFNLEtBQUssaUJBQWlCLE9BQU8sYUFBYSxHQUFHO0FBQ25FLFlBQU0sT0FBTyxJQUFJLFFBQVEsT0FBTyxFQUFFO0FBQ2xDLFVBQUksQ0FBQyxjQUFjLFNBQVMsSUFBSSxHQUFHO0FBQ2pDLGNBQU0sYUFBYSxzQ0FBc0MsR0FBRyxzQkFBc0IsY0FBYyxJQUFJLENBQUMsTUFBTSxNQUFNLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQUEsTUFDbkk7QUFDQSxVQUFJLFFBQVFBLEtBQUssT0FBTSxhQUFhLCtCQUErQixJQUFJLDJCQUEyQjtBQUNsRyxNQUFBQSxLQUFJLElBQUksSUFBSTtBQUFBLElBQ2Q7QUFDQSxXQUFPLEVBQUUsS0FBQUEsTUFBSyxZQUFZLENBQUMsUUFBUSxnQkFBZ0IsR0FBRyxHQUFHO0FBQUEsRUFDM0Q7QUFDQSxNQUFJLENBQUMsY0FBYyxLQUFLLEVBQUcsT0FBTSxhQUFhLDBEQUEwRDtBQUN4RyxhQUFXLE9BQU8sT0FBTyxLQUFLLEtBQUssR0FBRztBQUNwQyxRQUFJLENBQUMsa0JBQWtCLFNBQVMsR0FBRyxFQUFHLE9BQU0sYUFBYSxlQUFlLEdBQUcscUNBQXFDLGtCQUFrQixLQUFLLElBQUksQ0FBQyxHQUFHO0FBQUEsRUFDako7QUFDQSxNQUFJLE1BQU0sVUFBVSxVQUFhLE1BQU0sY0FBYyxPQUFXLE9BQU0sYUFBYSwwREFBMEQ7QUFDN0ksUUFBTSxXQUFXLE1BQU0sY0FBYyxTQUFZLGNBQWM7QUFDL0QsUUFBTSxNQUFNLEVBQUUsR0FBRyxPQUFPLE9BQU8sTUFBTSxRQUFRLEVBQUU7QUFDL0MsU0FBTyxFQUFFLEtBQUssWUFBWSxDQUFDLFFBQVEsZUFBZSxRQUFRLFVBQVUsV0FBVyxHQUFHLEdBQUc7QUFDdkY7OztBQ2xFQSxJQUFNLGdCQUFnQixFQUFFLElBQUksS0FBSyxJQUFJLE1BQU0sSUFBSSxLQUFLLElBQUksS0FBSyxJQUFJLE1BQU0sSUFBSSxLQUFLO0FBQ2hGLElBQU0sV0FBVyxFQUFFLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxLQUFLO0FBRTlFLElBQU0sY0FBYztBQUNwQixJQUFNLFdBQVc7QUFFakIsU0FBUyxZQUFZLFNBQVM7QUFDNUIsUUFBTSxRQUFRLElBQUksTUFBTSxrQkFBa0IsT0FBTyxFQUFFO0FBQ25ELFFBQU0sT0FBTztBQUNiLFNBQU87QUFDVDtBQUdBLFNBQVMsV0FBVyxLQUFLO0FBQ3ZCLFFBQU0sU0FBUyxjQUFjLEtBQUssTUFBTSxJQUFJLElBQUksU0FBUyxDQUFDO0FBQzFELE1BQUksT0FBTyxPQUFPLFVBQVUsWUFBWSxDQUFDLFNBQVMsS0FBSyxPQUFPLEtBQUssR0FBRztBQUNwRSxVQUFNLFlBQVksMkVBQTJFO0FBQUEsRUFDL0Y7QUFDQSxNQUFJLENBQUMsTUFBTSxRQUFRLE9BQU8sT0FBTyxLQUFLLE9BQU8sUUFBUSxXQUFXLEtBQUssQ0FBQyxPQUFPLFFBQVEsTUFBTSxDQUFDLE1BQU0sT0FBTyxNQUFNLFlBQVksY0FBYyxLQUFLLENBQUMsQ0FBQyxHQUFHO0FBQ2pKLFVBQU0sWUFBWSw0REFBNEQ7QUFBQSxFQUNoRjtBQUNBLFFBQU0sVUFBVSxPQUFPLFlBQVksU0FBWSxNQUFPLE9BQU87QUFDN0QsTUFBSSxDQUFDLE9BQU8sY0FBYyxPQUFPLEtBQUssVUFBVSxFQUFHLE9BQU0sWUFBWSw2Q0FBNkM7QUFDbEgsU0FBTztBQUFBLElBQ0wsT0FBTyxPQUFPO0FBQUEsSUFDZCxTQUFTLE9BQU87QUFBQSxJQUNoQixjQUFjLE9BQU8sZ0JBQWdCO0FBQUEsSUFDckMsWUFBWSxPQUFPLGNBQWM7QUFBQSxJQUNqQyxhQUFhLE9BQU8sZUFBZTtBQUFBLElBQ25DO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxnQkFBZ0IsTUFBTTtBQUM3QixTQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsSUFBSSxLQUFLLFFBQVEsTUFBTSxJQUFJLENBQUMsR0FBRyxFQUFFLEtBQUssR0FBRztBQUNoRjtBQUVBLFNBQVMsV0FBVyxPQUFPO0FBQ3pCLFNBQU8sTUFBTSxRQUFRLFVBQVUsQ0FBQyxPQUFPLGNBQWMsRUFBRTtBQUN6RDtBQUdBLFNBQVMsYUFBYSxLQUFLLFFBQVEsUUFBUSxPQUFPLGlCQUFpQjtBQUNqRSxXQUFTLFFBQVEsTUFBTTtBQUNyQixRQUFJLEtBQUssU0FBUyxRQUFTLFFBQU8sT0FBTyxLQUFLLE1BQU0sS0FBSztBQUN6RCxXQUFPLEtBQUssS0FBSyxLQUFLO0FBQ3RCLFdBQU87QUFBQSxFQUNUO0FBQ0EsV0FBUyxPQUFPLE1BQU0sa0JBQWtCO0FBQ3RDLFFBQUksS0FBSyxTQUFTLFNBQVMsS0FBSyxTQUFTLE1BQU07QUFDN0MsWUFBTSxhQUFhLEtBQUssU0FBUyxPQUFPLElBQUk7QUFDNUMsWUFBTSxPQUFPLEdBQUcsT0FBTyxLQUFLLE1BQU0sVUFBVSxDQUFDLElBQUksS0FBSyxLQUFLLFlBQVksQ0FBQyxJQUFJLE9BQU8sS0FBSyxPQUFPLFVBQVUsQ0FBQztBQUMxRyxhQUFPLGFBQWEsbUJBQW1CLElBQUksSUFBSSxNQUFNO0FBQUEsSUFDdkQ7QUFDQSxRQUFJLEtBQUssU0FBUyxNQUFPLFFBQU8sUUFBUSxPQUFPLEtBQUssU0FBUyxDQUFDLENBQUM7QUFDL0QsUUFBSSxLQUFLLFNBQVMsWUFBWTtBQUM1QixZQUFNLE9BQU8sV0FBVyxLQUFLLEtBQUs7QUFDbEMsWUFBTSxVQUFVLEtBQUssU0FBUyxhQUFhLElBQUksSUFBSSxNQUFNLEtBQUssU0FBUyxlQUFlLEdBQUcsSUFBSSxNQUFNLElBQUksSUFBSTtBQUMzRyxZQUFNLFNBQVMsT0FBTyxLQUFLLE9BQU8sS0FBSztBQUN2QyxhQUFPLEtBQUssT0FBTztBQUNuQixhQUFPLEdBQUcsTUFBTSxtQkFBbUIsV0FBVztBQUFBLElBQ2hEO0FBQ0EsUUFBSSxFQUFFLElBQUksTUFBTSxNQUFNLElBQUk7QUFDMUIsUUFBSSxLQUFLLFNBQVMsYUFBYSxNQUFNLFNBQVMsU0FBUztBQUFFLE9BQUMsTUFBTSxLQUFLLElBQUksQ0FBQyxPQUFPLElBQUk7QUFBRyxXQUFLLFNBQVMsRUFBRTtBQUFBLElBQUc7QUFDM0csUUFBSSxLQUFLLFNBQVMsUUFBUyxPQUFNLGFBQWEsR0FBRyxLQUFLLG9EQUFvRDtBQUMxRyxRQUFJLE1BQU0sU0FBUyxhQUFhLE1BQU0sVUFBVSxNQUFNO0FBRXBELFVBQUksT0FBTyxRQUFRLE9BQU8sS0FBTSxPQUFNLGFBQWEsR0FBRyxLQUFLLDJDQUEyQztBQUN0RyxhQUFPLEdBQUcsT0FBTyxLQUFLLE1BQU0sS0FBSyxDQUFDLE9BQU8sT0FBTyxPQUFPLEtBQUssTUFBTTtBQUFBLElBQ3BFO0FBQ0EsV0FBTyxHQUFHLFFBQVEsSUFBSSxDQUFDLElBQUksY0FBYyxFQUFFLENBQUMsSUFBSSxRQUFRLEtBQUssQ0FBQztBQUFBLEVBQ2hFO0FBQ0EsU0FBTyxPQUFPLEtBQUssZUFBZTtBQUNwQztBQUVBLFNBQVMsZUFBZSxPQUFPLEtBQUs7QUFDbEMsTUFBSSxDQUFDLGNBQWMsS0FBSyxFQUFHLE9BQU0sYUFBYSxnREFBZ0Q7QUFDOUYsTUFBSSxNQUFNLFVBQVUsT0FBVyxPQUFNLGFBQWEseURBQXlEO0FBQzNHLFFBQU0sU0FBUyxXQUFXLEdBQUc7QUFDN0IsUUFBTSxJQUFJLGVBQWUsTUFBTSxLQUFLO0FBQ3BDLE1BQUksRUFBRSxTQUFTLEtBQU0sT0FBTSxhQUFhLEdBQUcsRUFBRSxXQUFXLE1BQU0sQ0FBQyxxRUFBcUU7QUFDcEksTUFBSSxFQUFFLFNBQVMsS0FBTSxNQUFLLEtBQUssTUFBTSwwREFBMEQ7QUFFL0YsV0FBUyxPQUFPLE1BQU0sT0FBTztBQUMzQixRQUFJLENBQUMsT0FBTyxRQUFRLFNBQVMsSUFBSSxFQUFHLE9BQU0sYUFBYSxHQUFHLEtBQUsscUJBQXFCLElBQUksZUFBZSxPQUFPLFFBQVEsS0FBSyxJQUFJLENBQUMsR0FBRztBQUNuSSxXQUFPLGdCQUFnQixJQUFJO0FBQUEsRUFDN0I7QUFDQSxRQUFNLFNBQVMsQ0FBQztBQUNoQixRQUFNLGFBQWEsQ0FBQztBQUNwQixNQUFJLEVBQUUsV0FBVyxNQUFNO0FBQ3JCLGVBQVcsS0FBSyxHQUFHLE9BQU8sT0FBTyxjQUFjLEVBQUUsV0FBVyxRQUFRLENBQUMsQ0FBQyxNQUFNO0FBQzVFLFdBQU8sS0FBSyxFQUFFLE1BQU07QUFBQSxFQUN0QjtBQUNBLE1BQUksRUFBRSxTQUFTLE1BQU07QUFDbkIsZUFBVyxLQUFLLEdBQUcsT0FBTyxPQUFPLFlBQVksRUFBRSxXQUFXLE1BQU0sQ0FBQyxDQUFDLE9BQU87QUFDekUsV0FBTyxLQUFLLElBQUksS0FBSyxFQUFFLElBQUksRUFBRSxZQUFZLENBQUM7QUFBQSxFQUM1QztBQUNBLE1BQUksRUFBRSxPQUFPLE1BQU07QUFDakIsZUFBVyxLQUFLLEdBQUcsT0FBTyxPQUFPLFlBQVksRUFBRSxXQUFXLElBQUksQ0FBQyxDQUFDLE1BQU07QUFDdEUsV0FBTyxLQUFLLElBQUksS0FBSyxFQUFFLEVBQUUsRUFBRSxZQUFZLENBQUM7QUFBQSxFQUMxQztBQUNBLE1BQUksRUFBRSxXQUFXLE1BQU07QUFFckIsZUFBVyxLQUFLLGFBQWEsRUFBRSxRQUFRLFFBQVEsUUFBUSxFQUFFLFdBQVcsUUFBUSxHQUFHLFdBQVcsU0FBUyxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQzNHO0FBRUEsTUFBSSxhQUFhO0FBQ2pCLE1BQUksVUFBVTtBQUNkLE1BQUksWUFBWSxPQUFPO0FBQ3ZCLE1BQUksRUFBRSxjQUFjLE1BQU07QUFDeEIsUUFBSSxFQUFFLFdBQVcsS0FBTSxPQUFNLGFBQWEsR0FBRyxFQUFFLFdBQVcsUUFBUSxDQUFDLDhFQUE4RTtBQUNqSixVQUFNLEtBQUssRUFBRSxVQUFVLEdBQUcsSUFBSSxDQUFDLFNBQVMsT0FBTyxNQUFNLEdBQUcsRUFBRSxXQUFXLE9BQU8sQ0FBQyxLQUFLLENBQUM7QUFDbkYsVUFBTSxVQUFVLEVBQUUsVUFBVSxPQUFPLFVBQVUsYUFBYSxHQUFHLEVBQUUsVUFBVSxHQUFHLFlBQVksQ0FBQyxJQUFJLE9BQU8sT0FBTyxhQUFhLEVBQUUsV0FBVyxPQUFPLENBQUMsQ0FBQztBQUM5SSxpQkFBYSxDQUFDLEdBQUcsSUFBSSxHQUFHLE9BQU8sT0FBTyxnQkFBZ0IsT0FBTyxXQUFXLENBQUMsRUFBRSxFQUFFLEtBQUssSUFBSTtBQUN0RixRQUFJLEdBQUcsT0FBUSxXQUFVLGFBQWEsR0FBRyxLQUFLLElBQUksQ0FBQztBQUNuRCxnQkFBWSxDQUFDLEdBQUcsRUFBRSxVQUFVLElBQUksT0FBTyxXQUFXO0FBQUEsRUFDcEQsV0FBVyxFQUFFLFdBQVcsTUFBTTtBQUM1QixpQkFBYSxFQUFFLE9BQU8sSUFBSSxDQUFDLFNBQVMsT0FBTyxNQUFNLEVBQUUsV0FBVyxRQUFRLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSTtBQUFBLEVBQ3JGO0FBRUEsTUFBSSxVQUFVO0FBQ2QsTUFBSSxFQUFFLFlBQVksTUFBTTtBQUN0QixVQUFNLFFBQVEsRUFBRSxRQUFRLElBQUksU0FBUyxnQkFBZ0IsTUFBTTtBQUN6RCxVQUFJLENBQUMsVUFBVSxTQUFTLEtBQUssS0FBSyxHQUFHO0FBQ25DLGNBQU0sYUFBYSxHQUFHLEVBQUUsV0FBVyxTQUFTLENBQUMsc0JBQXNCLEtBQUssS0FBSyxlQUFlLFVBQVUsS0FBSyxJQUFJLENBQUMsR0FBRztBQUFBLE1BQ3JIO0FBQ0EsYUFBTyxHQUFHLE9BQU8sS0FBSyxPQUFPLEVBQUUsV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLEtBQUssVUFBVSxZQUFZLENBQUM7QUFBQSxJQUN2RixDQUFDO0FBQ0QsY0FBVSxhQUFhLE1BQU0sS0FBSyxJQUFJLENBQUM7QUFBQSxFQUN6QztBQUdBLE1BQUksRUFBRSxRQUFRLFFBQVEsRUFBRSxNQUFNLE9BQU8sUUFBUyxPQUFNLGFBQWEsR0FBRyxFQUFFLFdBQVcsS0FBSyxDQUFDLGFBQWEsT0FBTyxPQUFPLHdCQUF3QjtBQUMxSSxTQUFPLEtBQUssRUFBRSxRQUFRLE9BQU8sRUFBRSxNQUFNLE9BQU8sT0FBTztBQUNuRCxNQUFJLFNBQVM7QUFDYixNQUFJLEVBQUUsU0FBUyxNQUFNO0FBQUUsY0FBVTtBQUFhLFdBQU8sS0FBSyxFQUFFLElBQUk7QUFBQSxFQUFHO0FBRW5FLFFBQU0sUUFBUSxXQUFXLFNBQVMsVUFBVSxXQUFXLEtBQUssT0FBTyxDQUFDLEtBQUs7QUFDekUsUUFBTSxNQUFNLFVBQVUsVUFBVSxTQUFTLGdCQUFnQixPQUFPLEtBQUssQ0FBQyxHQUFHLEtBQUssR0FBRyxPQUFPLEdBQUcsT0FBTyxHQUFHLE1BQU07QUFDM0csU0FBTyxFQUFFLEtBQUssT0FBTztBQUN2QjtBQUVBLElBQU8sZ0JBQVE7QUFBQSxFQUNiLG1CQUFtQjtBQUNyQjsiLCJuYW1lcyI6WyJieSIsInJhdyJdLCJzb3VyY2VSb290IjoiIn0=
