// ../shared/odata/errors.js
function invalidInput(message) {
  const error = new Error(message);
  error.name = "InvalidInputError";
  return error;
}
function syntaxError(field, pos, message) {
  return invalidInput(`${field}: syntax error at position ${pos}: ${message}`);
}
function unsupported(field, construct, adapter, hint) {
  return invalidInput(`${field}: ${construct} is not supported by the ${adapter}${hint ? `; ${hint}` : ""}`);
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

// ../shared/odata/literal-types.js
var FIELD_TYPES = ["string", "number", "boolean", "datetime"];
function describe(value) {
  return typeof value === "string" ? `the string '${value}'` : `the ${typeof value} ${String(value)}`;
}
function coerceLiteral(value, type, fieldName, where) {
  if (value === null || type === void 0) return value;
  const wrong = () => invalidInput(`${where}: '${fieldName}' is a ${type} field; ${describe(value)} cannot be compared with it`);
  switch (type) {
    case "string":
      if (typeof value === "string") return value;
      if (typeof value === "number") return String(value);
      throw wrong();
    case "number":
      if (typeof value === "number") return value;
      throw wrong();
    case "boolean":
      if (typeof value === "boolean") return value;
      throw wrong();
    case "datetime": {
      let ms = Number.NaN;
      if (typeof value === "number" && value >= 0) ms = value * 1e3;
      else if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) ms = Date.parse(value);
      if (!Number.isFinite(ms)) throw invalidInput(`${where}: '${fieldName}' is a datetime field; expected an RFC 3339 timestamp with a UTC offset or unix seconds, got ${describe(value)}`);
      return new Date(ms).toISOString();
    }
    default:
      throw invalidInput(`${where}: '${fieldName}' has unknown type '${type}' (expected one of ${FIELD_TYPES.join(", ")})`);
  }
}
function applyTransform(value, transform) {
  if (transform === "tolower") return value.toLowerCase();
  if (transform === "toupper") return value.toUpperCase();
  return value;
}

// ../shared/odata/normal-form.js
var MIRRORED = { eq: "eq", ne: "ne", gt: "lt", lt: "gt", ge: "le", le: "ge" };
var ORDERING = /* @__PURE__ */ new Set(["gt", "ge", "lt", "le"]);
var TRUE = Object.freeze({ type: "const", value: true });
var FALSE = Object.freeze({ type: "const", value: false });
function toNormalForm(ast, { where, fieldType: fieldType2 = () => void 0 }) {
  function visit(node, negated) {
    switch (node.type) {
      case "not":
        return visit(node.operand, !negated);
      case "and":
      case "or": {
        const isAnd = node.type === "and" !== negated;
        return combine(isAnd ? "and" : "or", [visit(node.left, negated), visit(node.right, negated)]);
      }
      case "compare":
        return compareLeaf(node, negated);
      case "function":
        return functionLeaf(node, negated);
      case "in":
        return inLeaf(node, negated);
      default:
        throw invalidInput(`${where}: unknown filter node '${node.type}'`);
    }
  }
  function checkTransform(fieldName, transform) {
    const type = fieldType2(fieldName);
    if (transform !== null && type !== void 0 && type !== "string") {
      throw invalidInput(`${where}: ${transform}() applies to string fields; '${fieldName}' is a ${type} field`);
    }
  }
  function compareLeaf(node, negated) {
    let { op, left, right } = node;
    if (left.kind === "literal" && right.kind === "field") {
      [left, right] = [right, left];
      op = MIRRORED[op];
    }
    if (left.kind !== "field" || right.kind !== "literal") {
      throw invalidInput(`${where}: each comparison needs a field on one side and a literal on the other (comparing two ${left.kind === "field" ? "fields" : "literals"} is not supported)`);
    }
    checkTransform(left.name, left.transform);
    let value = coerceLiteral(right.value, fieldType2(left.name), left.name, where);
    const transform = left.transform;
    if (transform !== null && value !== null && typeof value !== "string") {
      throw invalidInput(`${where}: ${transform}(${left.name}) is compared with ${typeof value} ${String(value)}; expected a string`);
    }
    if (ORDERING.has(op)) {
      if (value === null) return negated ? TRUE : FALSE;
      return { type: "compare", field: left.name, transform, op, value, negated };
    }
    if (negated) op = op === "eq" ? "ne" : "eq";
    if (transform !== null && value !== null && applyTransform(value, transform) !== value) return op === "eq" ? FALSE : TRUE;
    return { type: "compare", field: left.name, transform, op, value };
  }
  function functionLeaf(node, negated) {
    checkTransform(node.field, node.transform);
    const type = fieldType2(node.field);
    if (type !== void 0 && type !== "string") throw invalidInput(`${where}: ${node.name}() applies to string fields; '${node.field}' is a ${type} field`);
    if (node.transform !== null && applyTransform(node.value, node.transform) !== node.value) {
      return negated ? { type: "compare", field: node.field, transform: null, op: "ne", value: null } : FALSE;
    }
    return { type: "function", name: node.name, field: node.field, transform: node.transform, value: node.value, negated };
  }
  function inLeaf(node, negated) {
    checkTransform(node.field, node.transform);
    const type = fieldType2(node.field);
    let values = node.values.map((v) => coerceLiteral(v, type, node.field, where));
    if (node.transform !== null) {
      for (const v of values) if (typeof v !== "string") throw invalidInput(`${where}: ${node.transform}(${node.field}) in (...) lists ${typeof v} ${String(v)}; expected strings`);
      values = values.filter((v) => applyTransform(v, node.transform) === v);
    }
    values = [...new Set(values)];
    if (values.length === 0) return negated ? TRUE : FALSE;
    return { type: "in", field: node.field, transform: node.transform, values, negated };
  }
  return visit(ast, false);
}
function combine(type, operands) {
  const absorbing = type === "and" ? false : true;
  const flat = [];
  for (const operand of operands) {
    if (operand.type === "const") {
      if (operand.value === absorbing) return absorbing ? TRUE : FALSE;
      continue;
    }
    if (operand.type === type) flat.push(...operand.operands);
    else flat.push(operand);
  }
  if (flat.length === 0) return absorbing ? FALSE : TRUE;
  if (flat.length === 1) return flat[0];
  return { type, operands: flat };
}
function fieldsOf(node, into = /* @__PURE__ */ new Set()) {
  if (node.type === "and" || node.type === "or") for (const operand of node.operands) fieldsOf(operand, into);
  else if (node.type !== "const") into.add(node.field);
  return into;
}

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
function readTranslateInput(input) {
  if (!isPlainObject(input)) throw invalidInput('input: expected an object with a "query" field');
  if (input.query === void 0) throw invalidInput("input.query: required (an OData query string or object)");
  return normalizeQuery(input.query);
}

// ../shared/odata/evaluate.js
function compareForOrder(a, b) {
  const x = a === void 0 ? null : a;
  const y = b === void 0 ? null : b;
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  if (typeof x === "number" && typeof y === "number") return x - y;
  const sx = String(x);
  const sy = String(y);
  return sx < sy ? -1 : sx > sy ? 1 : 0;
}
function sortRows(rows, orderby) {
  return rows.map((row, index) => ({ row, index })).sort(function byOrderItems(a, b) {
    for (const { field, direction } of orderby) {
      const order = compareForOrder(a.row[field], b.row[field]);
      if (order !== 0) return direction === "desc" ? -order : order;
    }
    return a.index - b.index;
  }).map((entry) => entry.row);
}
function pageRows(rows, q, { valueField = "value" } = {}) {
  let result = rows;
  const orderby = q.orderby ?? (q.top !== null ? [{ field: valueField, direction: "desc" }] : null);
  if (orderby !== null) result = sortRows(result, orderby);
  const total = result.length;
  if (q.skip !== null) result = result.slice(q.skip);
  if (q.top !== null) result = result.slice(0, q.top);
  if (q.select !== null) result = result.map((row) => Object.fromEntries(q.select.map((name) => [name, row[name] ?? null])));
  return { value: result, total };
}

// ../shared/odata/odata-result.js
function odataResult({ context, value, count }) {
  return { "@odata.context": context, "@odata.count": count === void 0 ? value.length : count, value };
}

// src/durations.js
var UNITS = [["h", 36e5], ["m", 6e4], ["s", 1e3], ["ms", 1]];
function promDuration(ms) {
  let rest = Math.round(ms);
  if (!(rest > 0)) throw new Error(`internal: duration ${ms} ms is not positive`);
  let text = "";
  for (const [unit, size] of UNITS) {
    const amount = Math.floor(rest / size);
    if (amount > 0) {
      text += `${amount}${unit}`;
      rest -= amount * size;
    }
  }
  return text;
}

// src/config.js
var COUNTER_SUFFIXES = ["_total", "_count", "_sum", "_bucket"];
var COUNTER_FUNCTIONS = ["rate", "increase", "none"];
function configError(message) {
  const error = new Error(`plugin config: ${message}`);
  error.name = "ConfigError";
  return error;
}
function nameList(value, key) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) throw configError(`config.${key}: expected an array of metric names`);
  return value;
}
function readConfig(ctx) {
  const config = isPlainObject(ctx?.config) ? ctx.config : {};
  const counterFunction = config.counterFunction ?? "rate";
  if (!COUNTER_FUNCTIONS.includes(counterFunction)) throw configError(`config.counterFunction: expected one of ${COUNTER_FUNCTIONS.join(", ")}`);
  const wrap = (key, fallback) => {
    let seconds;
    try {
      seconds = parseDuration(config[key] ?? fallback, `config.${key}`).seconds;
    } catch (error) {
      throw configError(error.message);
    }
    const ms = Math.round(seconds * 1e3);
    if (ms < 1) throw configError(`config.${key}: must be at least 1ms`);
    return { ms, text: promDuration(ms) };
  };
  return {
    counters: nameList(config.counters, "counters"),
    gauges: nameList(config.gauges, "gauges"),
    counterFunction,
    scrapeInterval: wrap("scrapeInterval", "15s"),
    rateWindow: wrap("rateWindow", "5m")
  };
}
function isCounter(metric, config) {
  if (config.gauges.includes(metric)) return false;
  return config.counters.includes(metric) || COUNTER_SUFFIXES.some((suffix) => metric.endsWith(suffix));
}

// src/paging.js
var ADAPTER = "Prometheus adapter";
function checkOrderFields(q, valueName, isRange) {
  if (q.orderby === null) return;
  for (const { field } of q.orderby) {
    if (q.aggregate !== null && field !== valueName && !q.aggregate.by.includes(field)) {
      const fields = [...q.aggregate.by, valueName].join(", ");
      throw invalidInput(`${q.optionName("orderby")}: '${field}' is not a field of the aggregated result (it has ${fields})`);
    }
    if (isRange && field === "timestamp") {
      throw unsupported(q.optionName("orderby"), "ordering a range query by 'timestamp'", ADAPTER, "its rows come series by series, each in time order; order the series by the value or by labels");
    }
  }
}
function planPaging(q, mode) {
  const valueName = q.aggregate !== null ? q.aggregate.as : "value";
  const isRange = mode === "range";
  checkOrderFields(q, valueName, isRange);
  const order = q.orderby ?? (q.top !== null ? [{ field: valueName, direction: "desc" }] : null);
  const byValue = order !== null && order.length === 1 && order[0].field === valueName;
  const paged = q.top !== null || (q.skip ?? 0) > 0;
  const inPromql = paged && byValue && !q.count;
  const applied = [];
  if (order !== null) applied.push("$orderby");
  if ((q.skip ?? 0) > 0 && !(inPromql && isRange)) applied.push("$skip");
  if (q.top !== null && !(inPromql && isRange)) applied.push("$top");
  if (q.select !== null) applied.push("$select");
  if (q.count) applied.push("$count");
  return { valueName, order, inPromql, direction: byValue ? order[0].direction : null, applied };
}
function rankInstant(expr, q, plan) {
  if (!plan.inPromql || q.top === null) return expr;
  return `${plan.direction === "asc" ? "bottomk" : "topk"}(${q.top + (q.skip ?? 0)}, ${expr})`;
}
function rankRange(series, q, plan, range, disjunction) {
  if (!plan.inPromql) return series;
  const expr = disjunction ? `(${series})` : series;
  const k = plan.direction === "asc" ? "bottomk" : "topk";
  const skip = q.skip ?? 0;
  if (q.top === null && skip === 0) return expr;
  const single = range.endMs === range.startMs;
  const score = single ? series : `avg_over_time((${series})[${promDuration(range.endMs - range.startMs)}:${range.step}] @ end())`;
  if (single) {
    if (skip === 0) return `${k}(${q.top}, ${series})`;
  }
  if (q.top === null) return `${expr} unless ${k}(${skip}, ${score})`;
  if (skip === 0) return `${expr} and ${k}(${q.top}, ${score})`;
  return `${expr} and (${k}(${skip + q.top}, ${score}) unless ${k}(${skip}, ${score}))`;
}

// src/result.js
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
function seriesFields(metric, defaultMetric) {
  const { __name__: name, ...labels } = isPlainObject(metric) ? metric : {};
  const metricName = name ?? defaultMetric;
  return metricName === void 0 ? labels : { metric: metricName, ...labels };
}
function readResponse(input) {
  if (!isPlainObject(input) || !isPlainObject(input.response)) throw invalidInput("input.response: expected a Prometheus HTTP API response object");
  if (input.context !== void 0 && typeof input.context !== "string") throw invalidInput("input.context: expected a string");
  const body = input.response;
  if (body.status === "error") {
    const error = new Error(`Prometheus query failed (${body.errorType || "unknown"}): ${body.error || "no error message"}`);
    error.name = "PrometheusError";
    throw error;
  }
  if (body.status !== "success") throw invalidInput('input.response.status: expected "success" or "error"');
  if (!isPlainObject(body.data)) throw invalidInput("input.response.data: expected an object");
  return body;
}
function convertSeries(data, valueField, defaultMetric, ctx) {
  const field = "input.response.data.result";
  const { resultType, result } = data;
  if (resultType === "scalar" || resultType === "string") {
    const [ts, raw] = samplePair(result, field);
    return [{ fields: {}, rows: [{ timestamp: sampleTime(ts, field), [valueField]: resultType === "scalar" ? sampleValue(raw, field) : String(raw) }] }];
  }
  if (resultType !== "vector" && resultType !== "matrix") throw invalidInput("input.response.data.resultType: expected one of vector, matrix, scalar, string");
  if (!Array.isArray(result)) throw invalidInput(`${field}: expected an array`);
  const out = [];
  result.forEach(function convertOne(series, i) {
    if (series?.histogram !== void 0 || series?.histograms !== void 0) {
      ctx?.log?.warn(`skipping native histogram series ${i}: not representable as a single value`);
      return;
    }
    const fields = seriesFields(series?.metric, defaultMetric);
    const pairs = resultType === "vector" ? [series?.value] : series?.values;
    if (!Array.isArray(pairs)) throw invalidInput(`${field}[${i}].values: expected an array of [timestamp, "value"] pairs`);
    const rows = pairs.map(function convertSample(pair, j) {
      const where = `${field}[${i}]${resultType === "vector" ? ".value" : `.values[${j}]`}`;
      const [ts, raw] = samplePair(pair, where);
      return { ...fields, timestamp: sampleTime(ts, where), [valueField]: sampleValue(raw, where) };
    });
    out.push({ fields, rows });
  });
  return out;
}
function seriesMean(series, valueField) {
  const NUMBERS = { INF: Infinity, "-INF": -Infinity };
  const values = series.rows.map((r) => NUMBERS[r[valueField]] ?? r[valueField]).filter((v) => typeof v === "number");
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}
function pageSeries(seriesList, q, plan) {
  let list = seriesList;
  if (plan.order !== null) {
    const key = (series, field) => field === plan.valueName ? seriesMean(series, plan.valueName) : series.fields[field] ?? null;
    list = list.map((series, index) => ({ series, index })).sort(function byOrder(a, b) {
      for (const { field, direction } of plan.order) {
        const order = compareForOrder(key(a.series, field), key(b.series, field));
        if (order !== 0) return direction === "desc" ? -order : order;
      }
      return a.index - b.index;
    }).map((entry) => entry.series);
  }
  const total = list.reduce((n, s) => n + s.rows.length, 0);
  if (plan.applied.includes("$skip")) list = list.slice(q.skip);
  if (plan.applied.includes("$top")) list = list.slice(0, q.top);
  let rows = list.flatMap((s) => s.rows);
  if (q.select !== null) rows = rows.map((row) => Object.fromEntries(q.select.map((name) => [name, row[name] ?? null])));
  return { value: rows, total };
}
function translateResult(input, ctx) {
  const body = readResponse(input);
  const q = input.query === void 0 ? null : normalizeQuery(input.query);
  if (Array.isArray(body.warnings)) for (const w of body.warnings) ctx?.log?.warn(`prometheus warning: ${w}`);
  const context = input.context || "$metadata#Metrics";
  const valueField = q?.aggregate ? q.aggregate.as : "value";
  const defaultMetric = q !== null && q.aggregate === null && q.metric !== null ? q.metric : void 0;
  const seriesList = convertSeries(body.data, valueField, defaultMetric, ctx);
  if (q === null) return odataResult({ context, value: seriesList.flatMap((s) => s.rows) });
  const isRange = q.step !== null;
  const plan = planPaging(q, isRange ? "range" : "instant");
  const page = isRange ? pageSeries(seriesList, q, plan) : pageRows(seriesList.flatMap((s) => s.rows), q, { valueField });
  return odataResult({ context, value: page.value, count: q.count ? page.total : page.value.length });
}

// src/selectors.js
var VALUE_FIELD = "value";
var PROMQL_OPERATORS = { eq: "==", ne: "!=", gt: ">", lt: "<", ge: ">=", le: "<=" };
var NEGATED = { gt: "le", le: "gt", lt: "ge", ge: "lt" };
var MAX_ALTERNATIVES = 32;
var ADAPTER2 = "Prometheus adapter";
function promqlString(value) {
  return '"' + value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n") + '"';
}
function escapeRegex(value) {
  return value.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&");
}
function regexText(alternatives, transform) {
  const flags = (transform === null ? "" : "i") + (alternatives.some((a) => a.wild) ? "s" : "");
  return (flags ? `(?${flags})` : "") + alternatives.map((a) => a.text).join("|");
}
var literalAlternative = (value) => ({ text: escapeRegex(String(value)), wild: false });
function functionAlternative(leaf) {
  const body = escapeRegex(leaf.value);
  const text = leaf.name === "contains" ? `.*${body}.*` : leaf.name === "startswith" ? `${body}.*` : `.*${body}`;
  return { text, wild: true };
}
function settleLiterals(node) {
  if (node.type === "and" || node.type === "or") return combine(node.type, node.operands.map(settleLiterals));
  if (node.type === "const") return node;
  if (node.field === VALUE_FIELD) {
    if (node.type !== "in") return node;
    const op = node.negated ? "ne" : "eq";
    return combine(node.negated ? "and" : "or", node.values.map((value) => ({ type: "compare", field: node.field, transform: null, op, value })));
  }
  if (node.type === "compare" && node.value === "") return node.op === "eq" ? FALSE : node.op === "ne" ? TRUE : node;
  if (node.type === "in") {
    const values = node.values.filter((v) => v !== "");
    if (values.length === 0) return node.negated ? TRUE : FALSE;
    if (values.length === 1) return { type: "compare", field: node.field, transform: node.transform, op: node.negated ? "ne" : "eq", value: values[0] };
    return { ...node, values };
  }
  return node;
}
function alternativesOf(leaf) {
  if (leaf.field === VALUE_FIELD) return null;
  if (leaf.type === "compare" && leaf.op === "eq") return [leaf.value === null ? { text: "", wild: false } : literalAlternative(leaf.value)];
  if (leaf.type === "in" && !leaf.negated) return leaf.values.map(literalAlternative);
  if (leaf.type === "function" && !leaf.negated && leaf.value !== "") return [functionAlternative(leaf)];
  return null;
}
function mergeAlternatives(node) {
  if (node.type !== "and" && node.type !== "or") return node;
  const seen = /* @__PURE__ */ new Set();
  const operands = node.operands.map(mergeAlternatives).filter(function firstOccurrence(operand) {
    const key = JSON.stringify(operand);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (node.type === "and") return operands.length === 1 ? operands[0] : { type: "and", operands };
  const groups = /* @__PURE__ */ new Map();
  const slots = [];
  for (const operand of operands) {
    const alternatives = alternativesOf(operand);
    if (alternatives === null) {
      slots.push(operand);
      continue;
    }
    const key = `${operand.field}\0${operand.transform}`;
    if (!groups.has(key)) {
      const group = { field: operand.field, transform: operand.transform, alternatives: [], members: [] };
      groups.set(key, group);
      slots.push(group);
    }
    groups.get(key).alternatives.push(...alternatives);
    groups.get(key).members.push(operand);
  }
  const all = slots.map((slot) => {
    if (slot.members === void 0) return slot;
    if (slot.members.length === 1) return slot.members[0];
    const unique = [...new Map(slot.alternatives.map((a) => [a.text, a])).values()];
    return { type: "regex", field: slot.field, transform: slot.transform, alternatives: unique };
  });
  return all.length === 1 ? all[0] : { type: "or", operands: all };
}
function literalsOf(leaf, where) {
  if (leaf.type === "const") return leaf.value ? [] : null;
  const label = leaf.field;
  if (label === VALUE_FIELD) return [valueComparison(leaf, where)];
  const matcher = (op, alternatives) => ({ kind: "label", text: `${label}${op}${promqlString(regexText(alternatives, leaf.transform))}` });
  switch (leaf.type) {
    case "regex":
      return [matcher("=~", leaf.alternatives)];
    case "compare": {
      if (leaf.op !== "eq" && leaf.op !== "ne") {
        throw unsupported(where, `operator '${leaf.op}' on label '${label}'`, ADAPTER2, `labels are strings; ordering comparisons apply to '${VALUE_FIELD}' only`);
      }
      if (leaf.transform !== null && leaf.value !== null) return [matcher(leaf.op === "eq" ? "=~" : "!~", [literalAlternative(leaf.value)])];
      const text = leaf.value === null ? "" : String(leaf.value);
      return [{ kind: "label", text: `${label}${leaf.op === "eq" ? "=" : "!="}${promqlString(text)}` }];
    }
    case "in":
      return [matcher(leaf.negated ? "!~" : "=~", leaf.values.map(literalAlternative))];
    case "function": {
      const present = { kind: "label", text: `${label}!=""` };
      if (leaf.negated) return [matcher("!~", [functionAlternative(leaf)]), present];
      return leaf.value === "" ? [present] : [matcher("=~", [functionAlternative(leaf)])];
    }
    default:
      throw invalidInput(`${where}: unknown filter node '${leaf.type}'`);
  }
}
function valueComparison(leaf, where) {
  if (leaf.type !== "compare") throw unsupported(where, `${leaf.name}() on '${VALUE_FIELD}'`, ADAPTER2, "compare the value with eq, ne, gt, ge, lt or le");
  if (leaf.value === null) {
    return leaf.op === "eq" ? { kind: "never" } : { kind: "always" };
  }
  const op = leaf.negated ? NEGATED[leaf.op] : leaf.op;
  return { kind: "value", text: `${PROMQL_OPERATORS[op]} ${leaf.value}` };
}
function tooMany(where) {
  return invalidInput(`${where}: the filter needs more than ${MAX_ALTERNATIVES} alternative selectors joined with 'or' (ors of conditions on different labels multiply); simplify the 'or' clauses or put alternatives on one label`);
}
function toDnf(node, where) {
  if (node.type === "or") {
    const out = node.operands.flatMap((operand) => toDnf(operand, where));
    if (out.length > MAX_ALTERNATIVES) throw tooMany(where);
    return out;
  }
  if (node.type === "and") {
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
function conjunctionsOf(normal, where) {
  const dnf = toDnf(mergeAlternatives(settleLiterals(normal)), where);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const literals of dnf) {
    if (literals.some((l) => l.kind === "never")) continue;
    const matchers = [...new Set(literals.filter((l) => l.kind === "label").map((l) => l.text))];
    const comparisons = literals.filter((l) => l.kind === "value").map((l) => l.text);
    const key = JSON.stringify([matchers, comparisons]);
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ matchers, comparisons });
    }
  }
  return out;
}

// src/timing.js
var MAX_POINTS = 11e3;
var iso = (ms) => new Date(ms).toISOString();
function buildTiming(q) {
  const name = q.optionName;
  if (q.time !== null) {
    for (const key of ["from", "to", "step"]) {
      if (q[key] !== null) throw invalidInput(`${name("time")}: an instant query time cannot be combined with ${name(key)} (use ${name("from")}/${name("to")} for a window or a range)`);
    }
    return { mode: "instant", time: iso(q.time), timeMs: q.time, window: null, range: null };
  }
  if (q.step !== null) {
    if (q.from === null) throw invalidInput(`${name("from")}: required when ${name("step")} is set (a range query)`);
    if (q.to === null) throw invalidInput(`${name("to")}: required when ${name("step")} is set (a range query)`);
    const stepMs = Math.round(q.step.seconds * 1e3);
    if (stepMs < 1) throw invalidInput(`${name("step")}: must be at least 1ms`);
    const steps = Math.floor((q.to - 1 - q.from) / stepMs);
    if (steps + 1 > MAX_POINTS) throw invalidInput(`${name("step")}: ${q.step.text} gives ${steps + 1} points over the range, more than Prometheus's ${MAX_POINTS}; use a larger step`);
    const endMs = q.from + steps * stepMs;
    return {
      mode: "range",
      time: null,
      timeMs: null,
      window: null,
      range: { start: iso(q.from), end: iso(endMs), step: promDuration(stepMs), startMs: q.from, endMs, stepMs }
    };
  }
  if (q.from !== null) {
    if (q.to === null) throw invalidInput(`${name("to")}: required when ${name("from")} is set (the window is [from, to))`);
    const ms = q.to - q.from;
    return { mode: "window", time: iso(q.to - 1), timeMs: q.to - 1, window: { ms, text: promDuration(ms) }, range: null };
  }
  if (q.to !== null) return { mode: "instant", time: iso(q.to - 1), timeMs: q.to - 1, window: null, range: null };
  return { mode: "instant", time: null, timeMs: null, window: null, range: null };
}

// src/index.js
var ADAPTER3 = "Prometheus adapter";
var METRIC_NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
var fieldType = (name) => name === VALUE_FIELD ? "number" : name === "timestamp" ? "datetime" : "string";
function seriesFunction(q, config, timing) {
  const counter = isCounter(q.metric, config) && config.counterFunction !== "none";
  if (timing.mode === "window") {
    return counter ? { name: config.counterFunction, window: timing.window.text, counter } : { name: "avg_over_time", window: timing.window.text, counter };
  }
  if (!counter) return { name: null, window: null, counter };
  if (timing.mode === "instant") return { name: config.counterFunction, window: config.rateWindow.text, counter };
  const scrapeMs = config.scrapeInterval.ms;
  return { name: config.counterFunction, window: promDuration(Math.max(timing.range.stepMs + scrapeMs, 4 * scrapeMs)), counter };
}
function filterConjunctions(q) {
  if (q.filter === null) return [{ matchers: [], comparisons: [] }];
  const where = q.optionName("filter");
  const normal = toNormalForm(q.filter, { where, fieldType });
  if (fieldsOf(normal).has("timestamp")) {
    throw unsupported(where, "a condition on 'timestamp'", ADAPTER3, `give the time range with ${q.optionName("from")}/${q.optionName("to")}`);
  }
  const conjunctions = conjunctionsOf(normal, where);
  return conjunctions.length ? conjunctions : [{ matchers: ['__name__!~".*"'], comparisons: [] }];
}
function aggregated(expr, q) {
  if (q.aggregate === null) return expr;
  if (q.aggregate.field !== null && q.aggregate.field !== VALUE_FIELD) {
    throw unsupported(q.optionName("apply"), `aggregating '${q.aggregate.field}'`, ADAPTER3, `only the sample value ('${VALUE_FIELD}') can be aggregated`);
  }
  const by = q.aggregate.by.length ? ` by (${q.aggregate.by.join(", ")}) ` : "";
  return `${q.aggregate.op}${by}(${expr})`;
}
function translateQuery(input, ctx) {
  const config = readConfig(ctx);
  const q = readTranslateInput(input);
  const metricField = q.optionName("metric");
  if (q.metric === null) throw invalidInput(`${metricField}: required (the metric name to query)`);
  if (!METRIC_NAME_RE.test(q.metric)) throw invalidInput(`${metricField}: invalid metric name '${q.metric}' (expected [a-zA-Z_:][a-zA-Z0-9_:]*)`);
  if (q.search !== null) throw unsupported(q.optionName("search"), "$search", ADAPTER3, "Prometheus has no full-text search; use contains() on a label in $filter");
  const timing = buildTiming(q);
  const plan = planPaging(q, timing.mode);
  const fn = seriesFunction(q, config, timing);
  const parts = filterConjunctions(q).map(function renderConjunction({ matchers, comparisons }) {
    const selector = q.metric + (matchers.length ? `{${matchers.join(", ")}}` : "");
    const series = fn.name === null ? selector : `${fn.name}(${selector}[${fn.window}])`;
    return series + comparisons.map((c) => ` ${c}`).join("");
  });
  let expr = aggregated(parts.join(" or "), q);
  if (timing.mode === "range") {
    expr = rankRange(expr, q, plan, timing.range, parts.length > 1 && q.aggregate === null);
  } else {
    expr = rankInstant(expr, q, plan);
  }
  const range = timing.range;
  const result = {
    promql: expr,
    endpoint: range ? "/api/v1/query_range" : "/api/v1/query",
    params: range ? { query: expr, start: range.start, end: range.end, step: range.step } : { query: expr, ...timing.time ? { time: timing.time } : {} },
    resultType: range ? "matrix" : "vector",
    range: range ? { start: range.start, end: range.end, step: range.step } : null,
    time: timing.time,
    window: timing.window ? timing.window.text : null
  };
  if (fn.counter) result.counter = { function: config.counterFunction, window: fn.window };
  if (plan.applied.length) result.resultOptions = plan.applied;
  return result;
}
var index_default = {
  "translate-query": translateQuery,
  "translate-result": translateResult
};
export {
  index_default as default,
  fieldType
};
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIi4uL3NoYXJlZC9vZGF0YS9lcnJvcnMuanMiLCIuLi9zaGFyZWQvb2RhdGEvZmlsdGVyLXRva2Vucy5qcyIsIi4uL3NoYXJlZC9vZGF0YS9maWx0ZXItcGFyc2VyLmpzIiwiLi4vc2hhcmVkL29kYXRhL2xpdGVyYWwtdHlwZXMuanMiLCIuLi9zaGFyZWQvb2RhdGEvbm9ybWFsLWZvcm0uanMiLCIuLi9zaGFyZWQvb2RhdGEvcXVlcnktb3B0aW9ucy5qcyIsIi4uL3NoYXJlZC9vZGF0YS9xdWVyeS1zdHJpbmcuanMiLCIuLi9zaGFyZWQvb2RhdGEvbm9ybWFsaXplLXF1ZXJ5LmpzIiwiLi4vc2hhcmVkL29kYXRhL2V2YWx1YXRlLmpzIiwiLi4vc2hhcmVkL29kYXRhL29kYXRhLXJlc3VsdC5qcyIsInNyYy9kdXJhdGlvbnMuanMiLCJzcmMvY29uZmlnLmpzIiwic3JjL3BhZ2luZy5qcyIsInNyYy9yZXN1bHQuanMiLCJzcmMvc2VsZWN0b3JzLmpzIiwic3JjL3RpbWluZy5qcyIsInNyYy9pbmRleC5qcyJdLCJtYXBwaW5ncyI6IjtBQUdPLFNBQVMsYUFBYSxTQUFTO0FBQ3BDLFFBQU0sUUFBUSxJQUFJLE1BQU0sT0FBTztBQUMvQixRQUFNLE9BQU87QUFDYixTQUFPO0FBQ1Q7QUFFTyxTQUFTLFlBQVksT0FBTyxLQUFLLFNBQVM7QUFDL0MsU0FBTyxhQUFhLEdBQUcsS0FBSyw4QkFBOEIsR0FBRyxLQUFLLE9BQU8sRUFBRTtBQUM3RTtBQUdPLFNBQVMsWUFBWSxPQUFPLFdBQVcsU0FBUyxNQUFNO0FBQzNELFNBQU8sYUFBYSxHQUFHLEtBQUssS0FBSyxTQUFTLDRCQUE0QixPQUFPLEdBQUcsT0FBTyxLQUFLLElBQUksS0FBSyxFQUFFLEVBQUU7QUFDM0c7QUFFTyxTQUFTLGNBQWMsT0FBTztBQUNuQyxTQUFPLFVBQVUsUUFBUSxPQUFPLFVBQVUsWUFBWSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQzVFOzs7QUNsQkEsSUFBTSxZQUFZO0FBQ2xCLElBQU0sVUFBVTtBQUNoQixJQUFNLGNBQWMsb0JBQUksSUFBSSxDQUFDLEtBQUssS0FBSyxHQUFHLENBQUM7QUFDM0MsSUFBTSxhQUFhLG9CQUFJLElBQUksQ0FBQyxLQUFLLEtBQU0sTUFBTSxJQUFJLENBQUM7QUFHM0MsU0FBUyxlQUFlLFFBQVEsT0FBTztBQUM1QyxRQUFNLFNBQVMsQ0FBQztBQUNoQixNQUFJLE1BQU07QUFDVixTQUFPLE1BQU0sT0FBTyxRQUFRO0FBQzFCLFVBQU0sS0FBSyxPQUFPLEdBQUc7QUFDckIsUUFBSSxXQUFXLElBQUksRUFBRSxHQUFHO0FBQUU7QUFBTztBQUFBLElBQVU7QUFDM0MsUUFBSSxZQUFZLElBQUksRUFBRSxHQUFHO0FBQUUsYUFBTyxLQUFLLEVBQUUsTUFBTSxJQUFJLE9BQU8sSUFBSSxJQUFJLENBQUM7QUFBRztBQUFPO0FBQUEsSUFBVTtBQUN2RixRQUFJLE9BQU8sS0FBSztBQUNkLFlBQU0sRUFBRSxPQUFPLElBQUksSUFBSSxXQUFXLFFBQVEsS0FBSyxLQUFLO0FBQ3BELGFBQU8sS0FBSyxFQUFFLE1BQU0sVUFBVSxPQUFPLElBQUksQ0FBQztBQUMxQyxZQUFNO0FBQ047QUFBQSxJQUNGO0FBQ0EsY0FBVSxZQUFZO0FBQ3RCLFFBQUksUUFBUSxVQUFVLEtBQUssTUFBTTtBQUNqQyxRQUFJLE9BQU87QUFDVCxZQUFNLE1BQU0sTUFBTSxNQUFNLENBQUMsRUFBRTtBQUMzQixVQUFJLE1BQU0sT0FBTyxVQUFVLGdCQUFnQixLQUFLLE9BQU8sR0FBRyxDQUFDLEVBQUcsT0FBTSxZQUFZLE9BQU8sS0FBSyxrQkFBa0I7QUFDOUcsVUFBSSxDQUFDLE9BQU8sU0FBUyxPQUFPLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRyxPQUFNLFlBQVksT0FBTyxLQUFLLHFCQUFxQjtBQUMzRixhQUFPLEtBQUssRUFBRSxNQUFNLFVBQVUsT0FBTyxPQUFPLE1BQU0sQ0FBQyxDQUFDLEdBQUcsSUFBSSxDQUFDO0FBQzVELFlBQU07QUFDTjtBQUFBLElBQ0Y7QUFDQSxZQUFRLFlBQVk7QUFDcEIsWUFBUSxRQUFRLEtBQUssTUFBTTtBQUMzQixRQUFJLE9BQU87QUFBRSxhQUFPLEtBQUssRUFBRSxNQUFNLFFBQVEsT0FBTyxNQUFNLENBQUMsR0FBRyxJQUFJLENBQUM7QUFBRyxhQUFPLE1BQU0sQ0FBQyxFQUFFO0FBQVE7QUFBQSxJQUFVO0FBQ3BHLFVBQU0sWUFBWSxPQUFPLEtBQUsseUJBQXlCLEVBQUUsR0FBRztBQUFBLEVBQzlEO0FBQ0EsU0FBTyxLQUFLLEVBQUUsTUFBTSxPQUFPLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxDQUFDO0FBQzFELFNBQU87QUFDVDtBQUdBLFNBQVMsV0FBVyxRQUFRLE9BQU8sT0FBTztBQUN4QyxNQUFJLFFBQVE7QUFDWixNQUFJLE1BQU0sUUFBUTtBQUNsQixhQUFTO0FBQ1AsUUFBSSxPQUFPLE9BQU8sT0FBUSxPQUFNLFlBQVksT0FBTyxPQUFPLDZCQUE2QjtBQUN2RixRQUFJLE9BQU8sR0FBRyxNQUFNLEtBQUs7QUFDdkIsVUFBSSxPQUFPLE1BQU0sQ0FBQyxNQUFNLEtBQUs7QUFBRSxpQkFBUztBQUFLLGVBQU87QUFBRztBQUFBLE1BQVU7QUFDakUsYUFBTyxFQUFFLE9BQU8sS0FBSyxNQUFNLEVBQUU7QUFBQSxJQUMvQjtBQUNBLGFBQVMsT0FBTyxLQUFLO0FBQUEsRUFDdkI7QUFDRjtBQUVPLFNBQVMsY0FBYyxPQUFPO0FBQ25DLE1BQUksTUFBTSxTQUFTLE1BQU8sUUFBTztBQUNqQyxNQUFJLE1BQU0sU0FBUyxTQUFVLFFBQU8sV0FBVyxNQUFNLEtBQUs7QUFDMUQsU0FBTyxJQUFJLE1BQU0sS0FBSztBQUN4Qjs7O0FDdkRPLElBQU0sdUJBQXVCLENBQUMsTUFBTSxNQUFNLE1BQU0sTUFBTSxNQUFNLElBQUk7QUFDaEUsSUFBTSxtQkFBbUIsQ0FBQyxZQUFZLGNBQWMsVUFBVTtBQUM5RCxJQUFNLGlCQUFpQixDQUFDLFdBQVcsU0FBUztBQUNuRCxJQUFNLGlCQUFpQixDQUFDLE9BQU8sTUFBTSxPQUFPLE1BQU0sR0FBRyxvQkFBb0I7QUFHbEUsSUFBTSxtQkFBbUI7QUFDekIsSUFBTSxtQkFBbUI7QUFDekIsSUFBTSxnQkFBZ0I7QUFldEIsU0FBUyxZQUFZLFFBQVEsT0FBTztBQUN6QyxRQUFNLFNBQVMsZUFBZSxRQUFRLEtBQUs7QUFDM0MsTUFBSSxRQUFRO0FBQ1osTUFBSSxRQUFRO0FBQ1osTUFBSSxRQUFRO0FBQ1osUUFBTSxPQUFPLENBQUMsUUFBUSxNQUFNLE9BQU8sUUFBUSxLQUFLO0FBQ2hELFFBQU0sU0FBUyxDQUFDLE9BQU8sU0FBUyxNQUFNLFNBQVMsVUFBVSxNQUFNLFVBQVU7QUFFekUsV0FBUyxPQUFPLE1BQU0sTUFBTTtBQUMxQixVQUFNLFFBQVEsT0FBTyxLQUFLO0FBQzFCLFFBQUksTUFBTSxTQUFTLEtBQU0sT0FBTSxZQUFZLE9BQU8sTUFBTSxLQUFLLFlBQVksSUFBSSxjQUFjLGNBQWMsS0FBSyxDQUFDLEVBQUU7QUFDakg7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFdBQVMsVUFBVTtBQUNqQixRQUFJLE9BQU8sU0FBUztBQUNwQixXQUFPLE9BQU8sS0FBSyxHQUFHLElBQUksR0FBRztBQUFFO0FBQVMsYUFBTyxFQUFFLE1BQU0sTUFBTSxNQUFNLE9BQU8sU0FBUyxFQUFFO0FBQUEsSUFBRztBQUN4RixXQUFPO0FBQUEsRUFDVDtBQUNBLFdBQVMsV0FBVztBQUNsQixRQUFJLE9BQU8sV0FBVztBQUN0QixXQUFPLE9BQU8sS0FBSyxHQUFHLEtBQUssR0FBRztBQUFFO0FBQVMsYUFBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLE9BQU8sV0FBVyxFQUFFO0FBQUEsSUFBRztBQUM1RixXQUFPO0FBQUEsRUFDVDtBQUNBLFdBQVMsYUFBYTtBQUNwQixRQUFJLEVBQUUsUUFBUSxpQkFBa0IsT0FBTSxZQUFZLE9BQU8sS0FBSyxFQUFFLEtBQUssaUNBQWlDLGdCQUFnQixTQUFTO0FBQy9ILFFBQUk7QUFDSixRQUFJLE9BQU8sS0FBSyxHQUFHLEtBQUssR0FBRztBQUFFO0FBQVMsYUFBTyxFQUFFLE1BQU0sT0FBTyxTQUFTLFdBQVcsRUFBRTtBQUFBLElBQUcsTUFDaEYsUUFBTyxhQUFhO0FBQ3pCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxXQUFTLGVBQWU7QUFDdEIsVUFBTSxRQUFRLEtBQUs7QUFDbkIsUUFBSSxNQUFNLFNBQVMsT0FBTyxFQUFFLFFBQVEsaUJBQWtCLE9BQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxhQUFhLGdCQUFnQixhQUFhO0FBQ3BJLFFBQUksTUFBTSxTQUFTLEtBQUs7QUFDdEI7QUFDQSxZQUFNLFFBQVEsUUFBUTtBQUN0QixhQUFPLEtBQUssS0FBSztBQUNqQixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUksTUFBTSxTQUFTLFVBQVUsaUJBQWlCLFNBQVMsTUFBTSxLQUFLLEtBQUssS0FBSyxDQUFDLEVBQUUsU0FBUyxJQUFLLFFBQU8sb0JBQW9CO0FBQ3hILFVBQU0sT0FBTyxhQUFhO0FBQzFCLFVBQU0sS0FBSyxLQUFLO0FBQ2hCLFFBQUksT0FBTyxJQUFJLElBQUksRUFBRyxRQUFPLFFBQVEsTUFBTSxFQUFFO0FBQzdDLFFBQUksR0FBRyxTQUFTLFVBQVUsQ0FBQyxxQkFBcUIsU0FBUyxHQUFHLEtBQUssR0FBRztBQUNsRSxZQUFNLFlBQVksT0FBTyxHQUFHLEtBQUssbUNBQW1DLHFCQUFxQixLQUFLLElBQUksQ0FBQyx1QkFBdUIsY0FBYyxFQUFFLENBQUMsRUFBRTtBQUFBLElBQy9JO0FBQ0E7QUFDQSxXQUFPLEVBQUUsTUFBTSxXQUFXLElBQUksR0FBRyxPQUFPLE1BQU0sT0FBTyxhQUFhLEVBQUU7QUFBQSxFQUN0RTtBQUNBLFdBQVMsc0JBQXNCO0FBQzdCLFVBQU0sT0FBTyxPQUFPLE9BQU8sRUFBRTtBQUM3QixXQUFPLEtBQUssS0FBSztBQUNqQixVQUFNLGNBQWMsS0FBSztBQUN6QixVQUFNLFNBQVMsYUFBYTtBQUM1QixRQUFJLE9BQU8sU0FBUyxRQUFTLE9BQU0sWUFBWSxPQUFPLFlBQVksS0FBSyxHQUFHLElBQUksK0NBQStDO0FBQzdILFdBQU8sS0FBSyxLQUFLO0FBQ2pCLFVBQU0sUUFBUSxPQUFPLFVBQVUsOENBQThDLElBQUksSUFBSSxFQUFFO0FBQ3ZGLFdBQU8sS0FBSyxLQUFLO0FBQ2pCLFdBQU8sRUFBRSxNQUFNLFlBQVksTUFBTSxPQUFPLE9BQU8sTUFBTSxXQUFXLE9BQU8sV0FBVyxNQUFNO0FBQUEsRUFDMUY7QUFDQSxXQUFTLFFBQVEsTUFBTSxJQUFJO0FBQ3pCLFFBQUksS0FBSyxTQUFTLFFBQVMsT0FBTSxZQUFZLE9BQU8sR0FBRyxLQUFLLHVDQUF1QztBQUNuRztBQUNBLFdBQU8sS0FBSyxnQkFBZ0I7QUFDNUIsVUFBTSxTQUFTLENBQUM7QUFDaEIsZUFBUztBQUNQLFlBQU0sUUFBUSxLQUFLO0FBQ25CLFlBQU0sVUFBVSxhQUFhO0FBQzdCLFVBQUksUUFBUSxTQUFTLFVBQVcsT0FBTSxZQUFZLE9BQU8sTUFBTSxLQUFLLGlEQUFpRCxRQUFRLElBQUksR0FBRztBQUNwSSxVQUFJLFFBQVEsVUFBVSxLQUFNLE9BQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxzREFBc0Q7QUFDdEgsVUFBSSxPQUFPLFdBQVcsY0FBZSxPQUFNLFlBQVksT0FBTyxNQUFNLEtBQUssYUFBYSxhQUFhLDBCQUEwQjtBQUM3SCxhQUFPLEtBQUssUUFBUSxLQUFLO0FBQ3pCLFVBQUksS0FBSyxFQUFFLFNBQVMsSUFBSztBQUN6QjtBQUFBLElBQ0Y7QUFDQSxXQUFPLEtBQUssMkJBQTJCO0FBQ3ZDLFdBQU8sRUFBRSxNQUFNLE1BQU0sT0FBTyxLQUFLLE1BQU0sV0FBVyxLQUFLLFdBQVcsT0FBTztBQUFBLEVBQzNFO0FBQ0EsV0FBUyxlQUFlO0FBQ3RCLFVBQU0sUUFBUSxLQUFLO0FBQ25CLFFBQUksTUFBTSxTQUFTLFlBQVksTUFBTSxTQUFTLFVBQVU7QUFBRTtBQUFTLGFBQU8sRUFBRSxNQUFNLFdBQVcsT0FBTyxNQUFNLE1BQU07QUFBQSxJQUFHO0FBQ25ILFFBQUksTUFBTSxTQUFTLFVBQVUsZUFBZSxTQUFTLE1BQU0sS0FBSyxLQUFLLEtBQUssQ0FBQyxFQUFFLFNBQVMsS0FBSztBQUN6RixlQUFTO0FBQ1QsWUFBTSxRQUFRLE9BQU8sUUFBUSx1QkFBdUIsTUFBTSxLQUFLLElBQUk7QUFDbkUsVUFBSSxlQUFlLFNBQVMsTUFBTSxLQUFLLEtBQUssQ0FBQyxRQUFRLFNBQVMsTUFBTSxFQUFFLFNBQVMsTUFBTSxLQUFLLEtBQUssZUFBZSxTQUFTLE1BQU0sS0FBSyxHQUFHO0FBQ25JLGNBQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxHQUFHLE1BQU0sS0FBSyxxQ0FBcUMsY0FBYyxLQUFLLENBQUMsRUFBRTtBQUFBLE1BQy9HO0FBQ0EsYUFBTyxLQUFLLGVBQWUsTUFBTSxLQUFLLElBQUk7QUFDMUMsYUFBTyxFQUFFLE1BQU0sU0FBUyxNQUFNLE1BQU0sT0FBTyxXQUFXLE1BQU0sTUFBTTtBQUFBLElBQ3BFO0FBQ0EsUUFBSSxNQUFNLFNBQVMsVUFBVSxDQUFDLGVBQWUsU0FBUyxNQUFNLEtBQUssR0FBRztBQUNsRTtBQUNBLFVBQUksTUFBTSxVQUFVLE9BQVEsUUFBTyxFQUFFLE1BQU0sV0FBVyxPQUFPLEtBQUs7QUFDbEUsVUFBSSxNQUFNLFVBQVUsUUFBUyxRQUFPLEVBQUUsTUFBTSxXQUFXLE9BQU8sTUFBTTtBQUNwRSxVQUFJLE1BQU0sVUFBVSxPQUFRLFFBQU8sRUFBRSxNQUFNLFdBQVcsT0FBTyxLQUFLO0FBQ2xFLGFBQU8sRUFBRSxNQUFNLFNBQVMsTUFBTSxNQUFNLE9BQU8sV0FBVyxLQUFLO0FBQUEsSUFDN0Q7QUFDQSxVQUFNLFlBQVksT0FBTyxNQUFNLEtBQUssZ0RBQWdELGNBQWMsS0FBSyxDQUFDLEVBQUU7QUFBQSxFQUM1RztBQUVBLE1BQUksS0FBSyxFQUFFLFNBQVMsTUFBTyxPQUFNLFlBQVksT0FBTyxHQUFHLGtCQUFrQjtBQUN6RSxRQUFNLE1BQU0sUUFBUTtBQUNwQixNQUFJLEtBQUssRUFBRSxTQUFTLE1BQU8sT0FBTSxZQUFZLE9BQU8sS0FBSyxFQUFFLEtBQUssY0FBYyxjQUFjLEtBQUssQ0FBQyxDQUFDLDhCQUE4QjtBQUNqSSxTQUFPO0FBQ1Q7OztBQ2pJTyxJQUFNLGNBQWMsQ0FBQyxVQUFVLFVBQVUsV0FBVyxVQUFVO0FBRXJFLFNBQVMsU0FBUyxPQUFPO0FBQ3ZCLFNBQU8sT0FBTyxVQUFVLFdBQVcsZUFBZSxLQUFLLE1BQU0sT0FBTyxPQUFPLEtBQUssSUFBSSxPQUFPLEtBQUssQ0FBQztBQUNuRztBQVFPLFNBQVMsY0FBYyxPQUFPLE1BQU0sV0FBVyxPQUFPO0FBQzNELE1BQUksVUFBVSxRQUFRLFNBQVMsT0FBVyxRQUFPO0FBQ2pELFFBQU0sUUFBUSxNQUFNLGFBQWEsR0FBRyxLQUFLLE1BQU0sU0FBUyxVQUFVLElBQUksV0FBVyxTQUFTLEtBQUssQ0FBQyw2QkFBNkI7QUFDN0gsVUFBUSxNQUFNO0FBQUEsSUFDWixLQUFLO0FBQ0gsVUFBSSxPQUFPLFVBQVUsU0FBVSxRQUFPO0FBQ3RDLFVBQUksT0FBTyxVQUFVLFNBQVUsUUFBTyxPQUFPLEtBQUs7QUFDbEQsWUFBTSxNQUFNO0FBQUEsSUFDZCxLQUFLO0FBQ0gsVUFBSSxPQUFPLFVBQVUsU0FBVSxRQUFPO0FBQ3RDLFlBQU0sTUFBTTtBQUFBLElBQ2QsS0FBSztBQUNILFVBQUksT0FBTyxVQUFVLFVBQVcsUUFBTztBQUN2QyxZQUFNLE1BQU07QUFBQSxJQUNkLEtBQUssWUFBWTtBQUNmLFVBQUksS0FBSyxPQUFPO0FBQ2hCLFVBQUksT0FBTyxVQUFVLFlBQVksU0FBUyxFQUFHLE1BQUssUUFBUTtBQUFBLGVBQ2pELE9BQU8sVUFBVSxZQUFZLHlFQUF5RSxLQUFLLEtBQUssRUFBRyxNQUFLLEtBQUssTUFBTSxLQUFLO0FBQ2pKLFVBQUksQ0FBQyxPQUFPLFNBQVMsRUFBRSxFQUFHLE9BQU0sYUFBYSxHQUFHLEtBQUssTUFBTSxTQUFTLGdHQUFnRyxTQUFTLEtBQUssQ0FBQyxFQUFFO0FBQ3JMLGFBQU8sSUFBSSxLQUFLLEVBQUUsRUFBRSxZQUFZO0FBQUEsSUFDbEM7QUFBQSxJQUNBO0FBQ0UsWUFBTSxhQUFhLEdBQUcsS0FBSyxNQUFNLFNBQVMsdUJBQXVCLElBQUksc0JBQXNCLFlBQVksS0FBSyxJQUFJLENBQUMsR0FBRztBQUFBLEVBQ3hIO0FBQ0Y7QUFFTyxTQUFTLGVBQWUsT0FBTyxXQUFXO0FBQy9DLE1BQUksY0FBYyxVQUFXLFFBQU8sTUFBTSxZQUFZO0FBQ3RELE1BQUksY0FBYyxVQUFXLFFBQU8sTUFBTSxZQUFZO0FBQ3RELFNBQU87QUFDVDs7O0FDaENBLElBQU0sV0FBVyxFQUFFLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxLQUFLO0FBQzlFLElBQU0sV0FBVyxvQkFBSSxJQUFJLENBQUMsTUFBTSxNQUFNLE1BQU0sSUFBSSxDQUFDO0FBQzFDLElBQU0sT0FBTyxPQUFPLE9BQU8sRUFBRSxNQUFNLFNBQVMsT0FBTyxLQUFLLENBQUM7QUFDekQsSUFBTSxRQUFRLE9BQU8sT0FBTyxFQUFFLE1BQU0sU0FBUyxPQUFPLE1BQU0sQ0FBQztBQWEzRCxTQUFTLGFBQWEsS0FBSyxFQUFFLE9BQU8sV0FBQUEsYUFBWSxNQUFNLE9BQVUsR0FBRztBQUN4RSxXQUFTLE1BQU0sTUFBTSxTQUFTO0FBQzVCLFlBQVEsS0FBSyxNQUFNO0FBQUEsTUFDakIsS0FBSztBQUFPLGVBQU8sTUFBTSxLQUFLLFNBQVMsQ0FBQyxPQUFPO0FBQUEsTUFDL0MsS0FBSztBQUFBLE1BQ0wsS0FBSyxNQUFNO0FBQ1QsY0FBTSxRQUFTLEtBQUssU0FBUyxVQUFXO0FBQ3hDLGVBQU8sUUFBUSxRQUFRLFFBQVEsTUFBTSxDQUFDLE1BQU0sS0FBSyxNQUFNLE9BQU8sR0FBRyxNQUFNLEtBQUssT0FBTyxPQUFPLENBQUMsQ0FBQztBQUFBLE1BQzlGO0FBQUEsTUFDQSxLQUFLO0FBQVcsZUFBTyxZQUFZLE1BQU0sT0FBTztBQUFBLE1BQ2hELEtBQUs7QUFBWSxlQUFPLGFBQWEsTUFBTSxPQUFPO0FBQUEsTUFDbEQsS0FBSztBQUFNLGVBQU8sT0FBTyxNQUFNLE9BQU87QUFBQSxNQUN0QztBQUFTLGNBQU0sYUFBYSxHQUFHLEtBQUssMEJBQTBCLEtBQUssSUFBSSxHQUFHO0FBQUEsSUFDNUU7QUFBQSxFQUNGO0FBRUEsV0FBUyxlQUFlLFdBQVcsV0FBVztBQUM1QyxVQUFNLE9BQU9BLFdBQVUsU0FBUztBQUNoQyxRQUFJLGNBQWMsUUFBUSxTQUFTLFVBQWEsU0FBUyxVQUFVO0FBQ2pFLFlBQU0sYUFBYSxHQUFHLEtBQUssS0FBSyxTQUFTLGlDQUFpQyxTQUFTLFVBQVUsSUFBSSxRQUFRO0FBQUEsSUFDM0c7QUFBQSxFQUNGO0FBRUEsV0FBUyxZQUFZLE1BQU0sU0FBUztBQUNsQyxRQUFJLEVBQUUsSUFBSSxNQUFNLE1BQU0sSUFBSTtBQUMxQixRQUFJLEtBQUssU0FBUyxhQUFhLE1BQU0sU0FBUyxTQUFTO0FBQUUsT0FBQyxNQUFNLEtBQUssSUFBSSxDQUFDLE9BQU8sSUFBSTtBQUFHLFdBQUssU0FBUyxFQUFFO0FBQUEsSUFBRztBQUMzRyxRQUFJLEtBQUssU0FBUyxXQUFXLE1BQU0sU0FBUyxXQUFXO0FBQ3JELFlBQU0sYUFBYSxHQUFHLEtBQUsseUZBQXlGLEtBQUssU0FBUyxVQUFVLFdBQVcsVUFBVSxvQkFBb0I7QUFBQSxJQUN2TDtBQUNBLG1CQUFlLEtBQUssTUFBTSxLQUFLLFNBQVM7QUFDeEMsUUFBSSxRQUFRLGNBQWMsTUFBTSxPQUFPQSxXQUFVLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxLQUFLO0FBQzdFLFVBQU0sWUFBWSxLQUFLO0FBQ3ZCLFFBQUksY0FBYyxRQUFRLFVBQVUsUUFBUSxPQUFPLFVBQVUsVUFBVTtBQUNyRSxZQUFNLGFBQWEsR0FBRyxLQUFLLEtBQUssU0FBUyxJQUFJLEtBQUssSUFBSSxzQkFBc0IsT0FBTyxLQUFLLElBQUksT0FBTyxLQUFLLENBQUMscUJBQXFCO0FBQUEsSUFDaEk7QUFDQSxRQUFJLFNBQVMsSUFBSSxFQUFFLEdBQUc7QUFFcEIsVUFBSSxVQUFVLEtBQU0sUUFBTyxVQUFVLE9BQU87QUFDNUMsYUFBTyxFQUFFLE1BQU0sV0FBVyxPQUFPLEtBQUssTUFBTSxXQUFXLElBQUksT0FBTyxRQUFRO0FBQUEsSUFDNUU7QUFDQSxRQUFJLFFBQVMsTUFBSyxPQUFPLE9BQU8sT0FBTztBQUV2QyxRQUFJLGNBQWMsUUFBUSxVQUFVLFFBQVEsZUFBZSxPQUFPLFNBQVMsTUFBTSxNQUFPLFFBQU8sT0FBTyxPQUFPLFFBQVE7QUFDckgsV0FBTyxFQUFFLE1BQU0sV0FBVyxPQUFPLEtBQUssTUFBTSxXQUFXLElBQUksTUFBTTtBQUFBLEVBQ25FO0FBRUEsV0FBUyxhQUFhLE1BQU0sU0FBUztBQUNuQyxtQkFBZSxLQUFLLE9BQU8sS0FBSyxTQUFTO0FBQ3pDLFVBQU0sT0FBT0EsV0FBVSxLQUFLLEtBQUs7QUFDakMsUUFBSSxTQUFTLFVBQWEsU0FBUyxTQUFVLE9BQU0sYUFBYSxHQUFHLEtBQUssS0FBSyxLQUFLLElBQUksaUNBQWlDLEtBQUssS0FBSyxVQUFVLElBQUksUUFBUTtBQUN2SixRQUFJLEtBQUssY0FBYyxRQUFRLGVBQWUsS0FBSyxPQUFPLEtBQUssU0FBUyxNQUFNLEtBQUssT0FBTztBQUV4RixhQUFPLFVBQVUsRUFBRSxNQUFNLFdBQVcsT0FBTyxLQUFLLE9BQU8sV0FBVyxNQUFNLElBQUksTUFBTSxPQUFPLEtBQUssSUFBSTtBQUFBLElBQ3BHO0FBQ0EsV0FBTyxFQUFFLE1BQU0sWUFBWSxNQUFNLEtBQUssTUFBTSxPQUFPLEtBQUssT0FBTyxXQUFXLEtBQUssV0FBVyxPQUFPLEtBQUssT0FBTyxRQUFRO0FBQUEsRUFDdkg7QUFFQSxXQUFTLE9BQU8sTUFBTSxTQUFTO0FBQzdCLG1CQUFlLEtBQUssT0FBTyxLQUFLLFNBQVM7QUFDekMsVUFBTSxPQUFPQSxXQUFVLEtBQUssS0FBSztBQUNqQyxRQUFJLFNBQVMsS0FBSyxPQUFPLElBQUksQ0FBQyxNQUFNLGNBQWMsR0FBRyxNQUFNLEtBQUssT0FBTyxLQUFLLENBQUM7QUFDN0UsUUFBSSxLQUFLLGNBQWMsTUFBTTtBQUMzQixpQkFBVyxLQUFLLE9BQVEsS0FBSSxPQUFPLE1BQU0sU0FBVSxPQUFNLGFBQWEsR0FBRyxLQUFLLEtBQUssS0FBSyxTQUFTLElBQUksS0FBSyxLQUFLLG9CQUFvQixPQUFPLENBQUMsSUFBSSxPQUFPLENBQUMsQ0FBQyxvQkFBb0I7QUFDNUssZUFBUyxPQUFPLE9BQU8sQ0FBQyxNQUFNLGVBQWUsR0FBRyxLQUFLLFNBQVMsTUFBTSxDQUFDO0FBQUEsSUFDdkU7QUFDQSxhQUFTLENBQUMsR0FBRyxJQUFJLElBQUksTUFBTSxDQUFDO0FBQzVCLFFBQUksT0FBTyxXQUFXLEVBQUcsUUFBTyxVQUFVLE9BQU87QUFDakQsV0FBTyxFQUFFLE1BQU0sTUFBTSxPQUFPLEtBQUssT0FBTyxXQUFXLEtBQUssV0FBVyxRQUFRLFFBQVE7QUFBQSxFQUNyRjtBQUVBLFNBQU8sTUFBTSxLQUFLLEtBQUs7QUFDekI7QUFHTyxTQUFTLFFBQVEsTUFBTSxVQUFVO0FBQ3RDLFFBQU0sWUFBWSxTQUFTLFFBQVEsUUFBUTtBQUMzQyxRQUFNLE9BQU8sQ0FBQztBQUNkLGFBQVcsV0FBVyxVQUFVO0FBQzlCLFFBQUksUUFBUSxTQUFTLFNBQVM7QUFDNUIsVUFBSSxRQUFRLFVBQVUsVUFBVyxRQUFPLFlBQVksT0FBTztBQUMzRDtBQUFBLElBQ0Y7QUFDQSxRQUFJLFFBQVEsU0FBUyxLQUFNLE1BQUssS0FBSyxHQUFHLFFBQVEsUUFBUTtBQUFBLFFBQ25ELE1BQUssS0FBSyxPQUFPO0FBQUEsRUFDeEI7QUFDQSxNQUFJLEtBQUssV0FBVyxFQUFHLFFBQU8sWUFBWSxRQUFRO0FBQ2xELE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTyxLQUFLLENBQUM7QUFDcEMsU0FBTyxFQUFFLE1BQU0sVUFBVSxLQUFLO0FBQ2hDO0FBR08sU0FBUyxTQUFTLE1BQU0sT0FBTyxvQkFBSSxJQUFJLEdBQUc7QUFDL0MsTUFBSSxLQUFLLFNBQVMsU0FBUyxLQUFLLFNBQVMsS0FBTSxZQUFXLFdBQVcsS0FBSyxTQUFVLFVBQVMsU0FBUyxJQUFJO0FBQUEsV0FDakcsS0FBSyxTQUFTLFFBQVMsTUFBSyxJQUFJLEtBQUssS0FBSztBQUNuRCxTQUFPO0FBQ1Q7OztBQ3hITyxJQUFNLGdCQUFnQjtBQUN0QixJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTztBQUV2RSxJQUFNLGlCQUFpQixFQUFFLEtBQUssT0FBTyxTQUFTLE9BQU8sS0FBSyxPQUFPLEtBQUssT0FBTyxLQUFLLE1BQU07QUFFakYsU0FBUyxhQUFhLE9BQU8sT0FBTyxLQUFLO0FBQzlDLFFBQU0sU0FBUyxPQUFPLFVBQVUsWUFBWSxRQUFRLEtBQUssTUFBTSxLQUFLLENBQUMsSUFBSSxPQUFPLEtBQUssSUFBSTtBQUN6RixNQUFJLE9BQU8sV0FBVyxZQUFZLENBQUMsT0FBTyxjQUFjLE1BQU0sS0FBSyxTQUFTLEtBQUs7QUFDL0UsVUFBTSxhQUFhLEdBQUcsS0FBSyw0QkFBNEIsR0FBRyxFQUFFO0FBQUEsRUFDOUQ7QUFDQSxTQUFPO0FBQ1Q7QUFFTyxTQUFTLGFBQWEsT0FBTyxPQUFPO0FBQ3pDLE1BQUksVUFBVSxRQUFRLFVBQVUsT0FBUSxRQUFPO0FBQy9DLE1BQUksVUFBVSxTQUFTLFVBQVUsUUFBUyxRQUFPO0FBQ2pELFFBQU0sYUFBYSxHQUFHLEtBQUssMEJBQTBCO0FBQ3ZEO0FBRU8sU0FBUyxvQkFBb0IsT0FBTyxPQUFPO0FBQ2hELFFBQU0sT0FBTyxPQUFPLFVBQVUsV0FBVyxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLElBQUk7QUFDakYsTUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLEtBQUssS0FBSyxXQUFXLEVBQUcsT0FBTSxhQUFhLEdBQUcsS0FBSyx3REFBd0Q7QUFDbEksYUFBVyxRQUFRLE1BQU07QUFDdkIsUUFBSSxPQUFPLFNBQVMsWUFBWSxDQUFDLGNBQWMsS0FBSyxJQUFJLEdBQUc7QUFDekQsWUFBTSxhQUFhLEdBQUcsS0FBSyxtQkFBbUIsT0FBTyxJQUFJLENBQUMscUNBQXFDO0FBQUEsSUFDakc7QUFBQSxFQUNGO0FBQ0EsTUFBSSxJQUFJLElBQUksSUFBSSxFQUFFLFNBQVMsS0FBSyxPQUFRLE9BQU0sYUFBYSxHQUFHLEtBQUssMEJBQTBCO0FBQzdGLFNBQU87QUFDVDtBQUVPLFNBQVMsYUFBYSxPQUFPLE9BQU87QUFDekMsUUFBTSxRQUFRLE9BQU8sVUFBVSxXQUFXLE1BQU0sTUFBTSxHQUFHLElBQUk7QUFDN0QsTUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEtBQUssTUFBTSxXQUFXLEVBQUcsT0FBTSxhQUFhLEdBQUcsS0FBSywrREFBK0Q7QUFDM0ksUUFBTSxPQUFPLG9CQUFJLElBQUk7QUFDckIsU0FBTyxNQUFNLElBQUksU0FBUyxlQUFlLE1BQU07QUFDN0MsVUFBTSxRQUFRLE9BQU8sU0FBUyxXQUFXLEtBQUssS0FBSyxFQUFFLE1BQU0sS0FBSyxJQUFJLENBQUM7QUFDckUsVUFBTSxDQUFDLE1BQU0sWUFBWSxLQUFLLElBQUk7QUFDbEMsUUFBSSxNQUFNLFNBQVMsS0FBSyxNQUFNLFNBQVMsS0FBSyxDQUFDLGNBQWMsS0FBSyxJQUFJLEtBQU0sY0FBYyxTQUFTLGNBQWMsUUFBUztBQUN0SCxZQUFNLGFBQWEsR0FBRyxLQUFLLG1CQUFtQixPQUFPLElBQUksQ0FBQyxnREFBZ0Q7QUFBQSxJQUM1RztBQUNBLFFBQUksS0FBSyxJQUFJLElBQUksRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLE1BQU0sSUFBSSx1QkFBdUI7QUFDaEYsU0FBSyxJQUFJLElBQUk7QUFDYixXQUFPLEVBQUUsT0FBTyxNQUFNLFVBQVU7QUFBQSxFQUNsQyxDQUFDO0FBQ0g7QUFFQSxJQUFNLHdCQUF3QjtBQUM5QixJQUFNLGFBQWE7QUFDbkIsSUFBTSxZQUFZO0FBUVgsU0FBUyxXQUFXLE9BQU8sT0FBTztBQUN2QyxNQUFJLGNBQWMsS0FBSyxFQUFHLFFBQU8saUJBQWlCLE9BQU8sS0FBSztBQUM5RCxNQUFJLE9BQU8sVUFBVSxTQUFVLE9BQU0sYUFBYSxHQUFHLEtBQUssMEdBQTBHO0FBQ3BLLFFBQU0sT0FBTyxNQUFNLEtBQUs7QUFDeEIsUUFBTSxVQUFVLFdBQVcsS0FBSyxJQUFJO0FBQ3BDLE1BQUksU0FBUztBQUNYLFFBQUksUUFBUSxDQUFDLE1BQU0sT0FBVyxPQUFNLGFBQWEsR0FBRyxLQUFLLHFHQUFxRztBQUM5SixVQUFNQyxNQUFLLG9CQUFvQixRQUFRLENBQUMsR0FBRyxHQUFHLEtBQUssVUFBVTtBQUM3RCxXQUFPLEVBQUUsR0FBRyx1QkFBdUIsUUFBUSxDQUFDLEdBQUcsS0FBSyxHQUFHLElBQUFBLElBQUc7QUFBQSxFQUM1RDtBQUNBLE1BQUksc0JBQXNCLEtBQUssSUFBSSxLQUFLLG1CQUFtQixLQUFLLElBQUksRUFBRyxRQUFPLEVBQUUsR0FBRyx1QkFBdUIsTUFBTSxLQUFLLEdBQUcsSUFBSSxDQUFDLEVBQUU7QUFDL0gsUUFBTSxTQUFTLFVBQVUsS0FBSyxJQUFJO0FBQ2xDLE1BQUksQ0FBQyxPQUFRLE9BQU0sYUFBYSxHQUFHLEtBQUssbUhBQW1IO0FBQzNKLFFBQU0sS0FBSyxPQUFPLENBQUMsS0FBSyxPQUFPLENBQUM7QUFDaEMsUUFBTSxLQUFLLE9BQU8sQ0FBQyxLQUFLLE9BQU8sQ0FBQztBQUNoQyxTQUFPLGlCQUFpQixFQUFFLElBQUksR0FBRyxHQUFHLEtBQUs7QUFDM0M7QUFFQSxTQUFTLHVCQUF1QixNQUFNLE9BQU87QUFDM0MsUUFBTSxRQUFRLHNCQUFzQixLQUFLLEtBQUssS0FBSyxDQUFDO0FBQ3BELE1BQUksQ0FBQyxNQUFPLE9BQU0sYUFBYSxHQUFHLEtBQUssbUdBQW1HO0FBQzFJLFFBQU0sQ0FBQyxFQUFFLE9BQU8sUUFBUSxRQUFRLEtBQUssSUFBSTtBQUN6QyxNQUFJLE1BQU8sUUFBTyxFQUFFLElBQUksU0FBUyxPQUFPLE1BQU0sSUFBSSxNQUFNO0FBQ3hELFFBQU0sS0FBSyxlQUFlLE1BQU07QUFDaEMsTUFBSSxPQUFPLE9BQVcsT0FBTSxhQUFhLEdBQUcsS0FBSyxpQ0FBaUMsTUFBTSwwREFBMEQ7QUFDbEosU0FBTyxFQUFFLElBQUksT0FBTyxRQUFRLElBQUksTUFBTTtBQUN4QztBQUVBLFNBQVMsaUJBQWlCLE9BQU8sT0FBTztBQUN0QyxRQUFNLEtBQUssZUFBZSxNQUFNLEVBQUUsTUFBTSxNQUFNLE9BQU8sVUFBVSxVQUFVO0FBQ3pFLE1BQUksT0FBTyxPQUFXLE9BQU0sYUFBYSxHQUFHLEtBQUssOENBQThDLG9CQUFvQixLQUFLLElBQUksQ0FBQyxFQUFFO0FBQy9ILFFBQU0sS0FBSyxNQUFNLE9BQU8sU0FBWSxDQUFDLElBQUksb0JBQW9CLE1BQU0sSUFBSSxHQUFHLEtBQUssS0FBSztBQUNwRixTQUFPLEVBQUUsSUFBSSxPQUFPLE9BQU8sVUFBVSxPQUFPLFNBQVMsSUFBSSxJQUFJLFFBQVE7QUFDdkU7QUFHTyxTQUFTLFVBQVUsT0FBTyxPQUFPO0FBQ3RDLE1BQUksT0FBTyxVQUFVLFlBQWEsT0FBTyxVQUFVLFlBQVksZ0JBQWdCLEtBQUssS0FBSyxHQUFJO0FBQzNGLFVBQU0sVUFBVSxPQUFPLEtBQUs7QUFDNUIsUUFBSSxPQUFPLFNBQVMsT0FBTyxLQUFLLFdBQVcsRUFBRyxRQUFPLEtBQUssTUFBTSxVQUFVLEdBQUk7QUFBQSxFQUNoRixXQUFXLE9BQU8sVUFBVSxZQUFZLHlFQUF5RSxLQUFLLEtBQUssR0FBRztBQUM1SCxVQUFNLEtBQUssS0FBSyxNQUFNLEtBQUs7QUFDM0IsUUFBSSxDQUFDLE9BQU8sTUFBTSxFQUFFLEVBQUcsUUFBTztBQUFBLEVBQ2hDO0FBQ0EsUUFBTSxhQUFhLEdBQUcsS0FBSyxnR0FBZ0c7QUFDN0g7QUFFQSxJQUFNLGlCQUFpQixFQUFFLElBQUksTUFBTyxHQUFHLEdBQUcsR0FBRyxJQUFJLEdBQUcsTUFBTSxHQUFHLE9BQU8sR0FBRyxRQUFRLEdBQUcsUUFBUztBQUdwRixTQUFTLGNBQWMsT0FBTyxPQUFPO0FBQzFDLE1BQUksT0FBTyxVQUFVLFlBQWEsT0FBTyxVQUFVLFlBQVksZ0JBQWdCLEtBQUssS0FBSyxHQUFJO0FBQzNGLFVBQU0sVUFBVSxPQUFPLEtBQUs7QUFDNUIsUUFBSSxVQUFVLEtBQUssT0FBTyxTQUFTLE9BQU8sRUFBRyxRQUFPLEVBQUUsTUFBTSxHQUFHLE9BQU8sS0FBSyxRQUFRO0FBQUEsRUFDckYsV0FBVyxPQUFPLFVBQVUsWUFBWSwyQkFBMkIsS0FBSyxLQUFLLEdBQUc7QUFDOUUsUUFBSSxVQUFVO0FBQ2QsZUFBVyxDQUFDLEVBQUUsUUFBUSxJQUFJLEtBQUssTUFBTSxTQUFTLHdCQUF3QixFQUFHLFlBQVcsT0FBTyxNQUFNLElBQUksZUFBZSxJQUFJO0FBQ3hILFFBQUksVUFBVSxFQUFHLFFBQU8sRUFBRSxNQUFNLE9BQU8sUUFBUTtBQUFBLEVBQ2pEO0FBQ0EsUUFBTSxhQUFhLEdBQUcsS0FBSyxvRkFBb0Y7QUFDakg7OztBQ2xITyxTQUFTLGlCQUFpQixRQUFRLE9BQU87QUFDOUMsUUFBTSxRQUFRLENBQUM7QUFDZixNQUFJLFVBQVU7QUFDZCxNQUFJLFdBQVc7QUFDZixhQUFXLE1BQU0sT0FBTyxRQUFRLE9BQU8sRUFBRSxHQUFHO0FBQzFDLFFBQUksT0FBTyxJQUFLLFlBQVcsQ0FBQztBQUM1QixRQUFJLE9BQU8sT0FBTyxDQUFDLFVBQVU7QUFBRSxZQUFNLEtBQUssT0FBTztBQUFHLGdCQUFVO0FBQUk7QUFBQSxJQUFVO0FBQzVFLGVBQVc7QUFBQSxFQUNiO0FBQ0EsUUFBTSxLQUFLLE9BQU87QUFDbEIsUUFBTSxRQUFRLENBQUM7QUFDZixhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJLEtBQUssS0FBSyxNQUFNLEdBQUk7QUFDeEIsVUFBTSxLQUFLLEtBQUssUUFBUSxHQUFHO0FBQzNCLFVBQU0sTUFBTSxvQkFBb0IsS0FBSyxJQUFJLE9BQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxHQUFHLEtBQUssRUFBRSxLQUFLO0FBQy9FLFVBQU0sS0FBSyxFQUFFLEtBQUssT0FBTyxvQkFBb0IsS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLEtBQUssQ0FBQyxHQUFHLEdBQUcsS0FBSyxJQUFJLEdBQUcsRUFBRSxFQUFFLEtBQUssRUFBRSxDQUFDO0FBQUEsRUFDNUc7QUFDQSxTQUFPO0FBQ1Q7QUFFTyxTQUFTLG9CQUFvQixNQUFNLE9BQU87QUFDL0MsUUFBTSxTQUFTLEtBQUssUUFBUSxPQUFPLEdBQUc7QUFDdEMsTUFBSSxDQUFDLE9BQU8sU0FBUyxHQUFHLEVBQUcsUUFBTztBQUNsQyxNQUFJO0FBQ0YsV0FBTyxtQkFBbUIsTUFBTTtBQUFBLEVBQ2xDLFFBQVE7QUFDTixVQUFNLE1BQU0sbUVBQW1FLEtBQUssTUFBTTtBQUMxRixVQUFNLGFBQWEsR0FBRyxLQUFLLCtCQUErQixNQUFNLGdCQUFnQixJQUFJLEtBQUssS0FBSyxFQUFFLCtCQUErQjtBQUFBLEVBQ2pJO0FBQ0Y7OztBQzlCTyxJQUFNLGdCQUFnQixDQUFDLFVBQVUsVUFBVSxVQUFVLE9BQU8sUUFBUSxXQUFXLFVBQVUsU0FBUyxTQUFTLFFBQVEsTUFBTSxRQUFRLE1BQU07QUFFdkksSUFBTSxvQkFBb0IsQ0FBQyxHQUFHLGVBQWUsV0FBVztBQUMvRCxJQUFNLG9CQUFvQjtBQVFuQixTQUFTLGVBQWUsT0FBTztBQUNwQyxRQUFNLEVBQUUsS0FBSyxXQUFXLElBQUksWUFBWSxLQUFLO0FBQzdDLFFBQU0sTUFBTSxDQUFDLFFBQVEsSUFBSSxHQUFHLE1BQU0sVUFBYSxJQUFJLEdBQUcsTUFBTTtBQUM1RCxRQUFNLFNBQVM7QUFBQSxJQUNiO0FBQUEsSUFBWSxRQUFRO0FBQUEsSUFBTSxRQUFRO0FBQUEsSUFBTSxRQUFRO0FBQUEsSUFBTSxLQUFLO0FBQUEsSUFBTSxNQUFNO0FBQUEsSUFBTSxTQUFTO0FBQUEsSUFBTSxRQUFRO0FBQUEsSUFDcEcsV0FBVztBQUFBLElBQU0sT0FBTztBQUFBLElBQU8sTUFBTTtBQUFBLElBQU0sSUFBSTtBQUFBLElBQU0sTUFBTTtBQUFBLElBQU0sTUFBTTtBQUFBLEVBQ3pFO0FBQ0EsTUFBSSxJQUFJLFFBQVEsR0FBRztBQUNqQixRQUFJLE9BQU8sSUFBSSxXQUFXLFlBQVksSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFJLE9BQU0sYUFBYSxHQUFHLFdBQVcsUUFBUSxDQUFDLCtCQUErQjtBQUN6SSxXQUFPLFNBQVMsSUFBSSxPQUFPLEtBQUs7QUFBQSxFQUNsQztBQUNBLE1BQUksSUFBSSxRQUFRLEdBQUc7QUFDakIsUUFBSSxPQUFPLElBQUksV0FBVyxTQUFVLE9BQU0sYUFBYSxHQUFHLFdBQVcsUUFBUSxDQUFDLHVDQUF1QztBQUNySCxXQUFPLFNBQVMsWUFBWSxJQUFJLFFBQVEsV0FBVyxRQUFRLENBQUM7QUFBQSxFQUM5RDtBQUNBLE1BQUksSUFBSSxRQUFRLEdBQUc7QUFDakIsUUFBSSxPQUFPLElBQUksV0FBVyxZQUFZLElBQUksT0FBTyxLQUFLLE1BQU0sR0FBSSxPQUFNLGFBQWEsR0FBRyxXQUFXLFFBQVEsQ0FBQyxrQ0FBa0M7QUFDNUksUUFBSSxJQUFJLE9BQU8sU0FBUyxrQkFBbUIsT0FBTSxhQUFhLEdBQUcsV0FBVyxRQUFRLENBQUMsaUJBQWlCLGlCQUFpQixhQUFhO0FBQ3BJLFdBQU8sU0FBUyxJQUFJLE9BQU8sS0FBSztBQUFBLEVBQ2xDO0FBQ0EsTUFBSSxJQUFJLEtBQUssRUFBRyxRQUFPLE1BQU0sYUFBYSxJQUFJLEtBQUssV0FBVyxLQUFLLEdBQUcsQ0FBQztBQUN2RSxNQUFJLElBQUksTUFBTSxFQUFHLFFBQU8sT0FBTyxhQUFhLElBQUksTUFBTSxXQUFXLE1BQU0sR0FBRyxDQUFDO0FBQzNFLE1BQUksSUFBSSxTQUFTLEVBQUcsUUFBTyxVQUFVLGFBQWEsSUFBSSxTQUFTLFdBQVcsU0FBUyxDQUFDO0FBQ3BGLE1BQUksSUFBSSxRQUFRLEVBQUcsUUFBTyxTQUFTLG9CQUFvQixJQUFJLFFBQVEsV0FBVyxRQUFRLENBQUM7QUFDdkYsTUFBSSxJQUFJLE9BQU8sRUFBRyxRQUFPLFlBQVksV0FBVyxJQUFJLE9BQU8sV0FBVyxPQUFPLENBQUM7QUFDOUUsTUFBSSxJQUFJLE9BQU8sRUFBRyxRQUFPLFFBQVEsYUFBYSxJQUFJLE9BQU8sV0FBVyxPQUFPLENBQUM7QUFDNUUsTUFBSSxJQUFJLE1BQU0sRUFBRyxRQUFPLE9BQU8sVUFBVSxJQUFJLE1BQU0sV0FBVyxNQUFNLENBQUM7QUFDckUsTUFBSSxJQUFJLElBQUksRUFBRyxRQUFPLEtBQUssVUFBVSxJQUFJLElBQUksV0FBVyxJQUFJLENBQUM7QUFDN0QsTUFBSSxJQUFJLE1BQU0sRUFBRyxRQUFPLE9BQU8sVUFBVSxJQUFJLE1BQU0sV0FBVyxNQUFNLENBQUM7QUFDckUsTUFBSSxJQUFJLE1BQU0sRUFBRyxRQUFPLE9BQU8sY0FBYyxJQUFJLE1BQU0sV0FBVyxNQUFNLENBQUM7QUFDekUsTUFBSSxPQUFPLFNBQVMsUUFBUSxPQUFPLE9BQU8sUUFBUSxPQUFPLFFBQVEsT0FBTyxJQUFJO0FBQzFFLFVBQU0sYUFBYSxHQUFHLFdBQVcsSUFBSSxDQUFDLHdCQUF3QixXQUFXLE1BQU0sQ0FBQyxFQUFFO0FBQUEsRUFDcEY7QUFDQSxNQUFJLE9BQU8sY0FBYyxRQUFRLE9BQU8sV0FBVyxNQUFNO0FBQ3ZELFVBQU0sYUFBYSxHQUFHLFdBQVcsUUFBUSxDQUFDLDZCQUE2QixXQUFXLE9BQU8sQ0FBQyx5REFBeUQ7QUFBQSxFQUNySjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxPQUFPO0FBQzFCLE1BQUksT0FBTyxVQUFVLFVBQVU7QUFDN0IsVUFBTUMsT0FBTSxDQUFDO0FBQ2IsZUFBVyxFQUFFLEtBQUssTUFBTSxLQUFLLGlCQUFpQixPQUFPLGFBQWEsR0FBRztBQUNuRSxZQUFNLE9BQU8sSUFBSSxRQUFRLE9BQU8sRUFBRTtBQUNsQyxVQUFJLENBQUMsY0FBYyxTQUFTLElBQUksR0FBRztBQUNqQyxjQUFNLGFBQWEsc0NBQXNDLEdBQUcsc0JBQXNCLGNBQWMsSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBRztBQUFBLE1BQ25JO0FBQ0EsVUFBSSxRQUFRQSxLQUFLLE9BQU0sYUFBYSwrQkFBK0IsSUFBSSwyQkFBMkI7QUFDbEcsTUFBQUEsS0FBSSxJQUFJLElBQUk7QUFBQSxJQUNkO0FBQ0EsV0FBTyxFQUFFLEtBQUFBLE1BQUssWUFBWSxDQUFDLFFBQVEsZ0JBQWdCLEdBQUcsR0FBRztBQUFBLEVBQzNEO0FBQ0EsTUFBSSxDQUFDLGNBQWMsS0FBSyxFQUFHLE9BQU0sYUFBYSwwREFBMEQ7QUFDeEcsYUFBVyxPQUFPLE9BQU8sS0FBSyxLQUFLLEdBQUc7QUFDcEMsUUFBSSxDQUFDLGtCQUFrQixTQUFTLEdBQUcsRUFBRyxPQUFNLGFBQWEsZUFBZSxHQUFHLHFDQUFxQyxrQkFBa0IsS0FBSyxJQUFJLENBQUMsR0FBRztBQUFBLEVBQ2pKO0FBQ0EsTUFBSSxNQUFNLFVBQVUsVUFBYSxNQUFNLGNBQWMsT0FBVyxPQUFNLGFBQWEsMERBQTBEO0FBQzdJLFFBQU0sV0FBVyxNQUFNLGNBQWMsU0FBWSxjQUFjO0FBQy9ELFFBQU0sTUFBTSxFQUFFLEdBQUcsT0FBTyxPQUFPLE1BQU0sUUFBUSxFQUFFO0FBQy9DLFNBQU8sRUFBRSxLQUFLLFlBQVksQ0FBQyxRQUFRLGVBQWUsUUFBUSxVQUFVLFdBQVcsR0FBRyxHQUFHO0FBQ3ZGO0FBR08sU0FBUyxtQkFBbUIsT0FBTztBQUN4QyxNQUFJLENBQUMsY0FBYyxLQUFLLEVBQUcsT0FBTSxhQUFhLGdEQUFnRDtBQUM5RixNQUFJLE1BQU0sVUFBVSxPQUFXLE9BQU0sYUFBYSx5REFBeUQ7QUFDM0csU0FBTyxlQUFlLE1BQU0sS0FBSztBQUNuQzs7O0FDU08sU0FBUyxnQkFBZ0IsR0FBRyxHQUFHO0FBQ3BDLFFBQU0sSUFBSSxNQUFNLFNBQVksT0FBTztBQUNuQyxRQUFNLElBQUksTUFBTSxTQUFZLE9BQU87QUFDbkMsTUFBSSxNQUFNLEVBQUcsUUFBTztBQUNwQixNQUFJLE1BQU0sS0FBTSxRQUFPO0FBQ3ZCLE1BQUksTUFBTSxLQUFNLFFBQU87QUFDdkIsTUFBSSxPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU0sU0FBVSxRQUFPLElBQUk7QUFDL0QsUUFBTSxLQUFLLE9BQU8sQ0FBQztBQUNuQixRQUFNLEtBQUssT0FBTyxDQUFDO0FBQ25CLFNBQU8sS0FBSyxLQUFLLEtBQUssS0FBSyxLQUFLLElBQUk7QUFDdEM7QUFFTyxTQUFTLFNBQVMsTUFBTSxTQUFTO0FBQ3RDLFNBQU8sS0FDSixJQUFJLENBQUMsS0FBSyxXQUFXLEVBQUUsS0FBSyxNQUFNLEVBQUUsRUFDcEMsS0FBSyxTQUFTLGFBQWEsR0FBRyxHQUFHO0FBQ2hDLGVBQVcsRUFBRSxPQUFPLFVBQVUsS0FBSyxTQUFTO0FBQzFDLFlBQU0sUUFBUSxnQkFBZ0IsRUFBRSxJQUFJLEtBQUssR0FBRyxFQUFFLElBQUksS0FBSyxDQUFDO0FBQ3hELFVBQUksVUFBVSxFQUFHLFFBQU8sY0FBYyxTQUFTLENBQUMsUUFBUTtBQUFBLElBQzFEO0FBQ0EsV0FBTyxFQUFFLFFBQVEsRUFBRTtBQUFBLEVBQ3JCLENBQUMsRUFDQSxJQUFJLENBQUMsVUFBVSxNQUFNLEdBQUc7QUFDN0I7QUF3Q08sU0FBUyxTQUFTLE1BQU0sR0FBRyxFQUFFLGFBQWEsUUFBUSxJQUFJLENBQUMsR0FBRztBQUMvRCxNQUFJLFNBQVM7QUFDYixRQUFNLFVBQVUsRUFBRSxZQUFZLEVBQUUsUUFBUSxPQUFPLENBQUMsRUFBRSxPQUFPLFlBQVksV0FBVyxPQUFPLENBQUMsSUFBSTtBQUM1RixNQUFJLFlBQVksS0FBTSxVQUFTLFNBQVMsUUFBUSxPQUFPO0FBQ3ZELFFBQU0sUUFBUSxPQUFPO0FBQ3JCLE1BQUksRUFBRSxTQUFTLEtBQU0sVUFBUyxPQUFPLE1BQU0sRUFBRSxJQUFJO0FBQ2pELE1BQUksRUFBRSxRQUFRLEtBQU0sVUFBUyxPQUFPLE1BQU0sR0FBRyxFQUFFLEdBQUc7QUFDbEQsTUFBSSxFQUFFLFdBQVcsS0FBTSxVQUFTLE9BQU8sSUFBSSxDQUFDLFFBQVEsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLENBQUMsU0FBUyxDQUFDLE1BQU0sSUFBSSxJQUFJLEtBQUssSUFBSSxDQUFDLENBQUMsQ0FBQztBQUN6SCxTQUFPLEVBQUUsT0FBTyxRQUFRLE1BQU07QUFDaEM7OztBQ3BLTyxTQUFTLFlBQVksRUFBRSxTQUFTLE9BQU8sTUFBTSxHQUFHO0FBQ3JELFNBQU8sRUFBRSxrQkFBa0IsU0FBUyxnQkFBZ0IsVUFBVSxTQUFZLE1BQU0sU0FBUyxPQUFPLE1BQU07QUFDeEc7OztBQ0FBLElBQU0sUUFBUSxDQUFDLENBQUMsS0FBSyxJQUFPLEdBQUcsQ0FBQyxLQUFLLEdBQUssR0FBRyxDQUFDLEtBQUssR0FBSSxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUM7QUFHNUQsU0FBUyxhQUFhLElBQUk7QUFDL0IsTUFBSSxPQUFPLEtBQUssTUFBTSxFQUFFO0FBQ3hCLE1BQUksRUFBRSxPQUFPLEdBQUksT0FBTSxJQUFJLE1BQU0sc0JBQXNCLEVBQUUscUJBQXFCO0FBQzlFLE1BQUksT0FBTztBQUNYLGFBQVcsQ0FBQyxNQUFNLElBQUksS0FBSyxPQUFPO0FBQ2hDLFVBQU0sU0FBUyxLQUFLLE1BQU0sT0FBTyxJQUFJO0FBQ3JDLFFBQUksU0FBUyxHQUFHO0FBQUUsY0FBUSxHQUFHLE1BQU0sR0FBRyxJQUFJO0FBQUksY0FBUSxTQUFTO0FBQUEsSUFBTTtBQUFBLEVBQ3ZFO0FBQ0EsU0FBTztBQUNUOzs7QUNaQSxJQUFNLG1CQUFtQixDQUFDLFVBQVUsVUFBVSxRQUFRLFNBQVM7QUFDL0QsSUFBTSxvQkFBb0IsQ0FBQyxRQUFRLFlBQVksTUFBTTtBQUVyRCxTQUFTLFlBQVksU0FBUztBQUM1QixRQUFNLFFBQVEsSUFBSSxNQUFNLGtCQUFrQixPQUFPLEVBQUU7QUFDbkQsUUFBTSxPQUFPO0FBQ2IsU0FBTztBQUNUO0FBRUEsU0FBUyxTQUFTLE9BQU8sS0FBSztBQUM1QixNQUFJLFVBQVUsT0FBVyxRQUFPLENBQUM7QUFDakMsTUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEtBQUssQ0FBQyxNQUFNLE1BQU0sQ0FBQyxNQUFNLE9BQU8sTUFBTSxRQUFRLEVBQUcsT0FBTSxZQUFZLFVBQVUsR0FBRyxxQ0FBcUM7QUFDN0ksU0FBTztBQUNUO0FBT08sU0FBUyxXQUFXLEtBQUs7QUFDOUIsUUFBTSxTQUFTLGNBQWMsS0FBSyxNQUFNLElBQUksSUFBSSxTQUFTLENBQUM7QUFDMUQsUUFBTSxrQkFBa0IsT0FBTyxtQkFBbUI7QUFDbEQsTUFBSSxDQUFDLGtCQUFrQixTQUFTLGVBQWUsRUFBRyxPQUFNLFlBQVksMkNBQTJDLGtCQUFrQixLQUFLLElBQUksQ0FBQyxFQUFFO0FBQzdJLFFBQU0sT0FBTyxDQUFDLEtBQUssYUFBYTtBQUM5QixRQUFJO0FBQ0osUUFBSTtBQUFFLGdCQUFVLGNBQWMsT0FBTyxHQUFHLEtBQUssVUFBVSxVQUFVLEdBQUcsRUFBRSxFQUFFO0FBQUEsSUFBUyxTQUFTLE9BQU87QUFBRSxZQUFNLFlBQVksTUFBTSxPQUFPO0FBQUEsSUFBRztBQUNySSxVQUFNLEtBQUssS0FBSyxNQUFNLFVBQVUsR0FBSTtBQUNwQyxRQUFJLEtBQUssRUFBRyxPQUFNLFlBQVksVUFBVSxHQUFHLHdCQUF3QjtBQUNuRSxXQUFPLEVBQUUsSUFBSSxNQUFNLGFBQWEsRUFBRSxFQUFFO0FBQUEsRUFDdEM7QUFDQSxTQUFPO0FBQUEsSUFDTCxVQUFVLFNBQVMsT0FBTyxVQUFVLFVBQVU7QUFBQSxJQUM5QyxRQUFRLFNBQVMsT0FBTyxRQUFRLFFBQVE7QUFBQSxJQUN4QztBQUFBLElBQ0EsZ0JBQWdCLEtBQUssa0JBQWtCLEtBQUs7QUFBQSxJQUM1QyxZQUFZLEtBQUssY0FBYyxJQUFJO0FBQUEsRUFDckM7QUFDRjtBQUdPLFNBQVMsVUFBVSxRQUFRLFFBQVE7QUFDeEMsTUFBSSxPQUFPLE9BQU8sU0FBUyxNQUFNLEVBQUcsUUFBTztBQUMzQyxTQUFPLE9BQU8sU0FBUyxTQUFTLE1BQU0sS0FBSyxpQkFBaUIsS0FBSyxDQUFDLFdBQVcsT0FBTyxTQUFTLE1BQU0sQ0FBQztBQUN0Rzs7O0FDMUNBLElBQU0sVUFBVTtBQUdoQixTQUFTLGlCQUFpQixHQUFHLFdBQVcsU0FBUztBQUMvQyxNQUFJLEVBQUUsWUFBWSxLQUFNO0FBQ3hCLGFBQVcsRUFBRSxNQUFNLEtBQUssRUFBRSxTQUFTO0FBQ2pDLFFBQUksRUFBRSxjQUFjLFFBQVEsVUFBVSxhQUFhLENBQUMsRUFBRSxVQUFVLEdBQUcsU0FBUyxLQUFLLEdBQUc7QUFDbEYsWUFBTSxTQUFTLENBQUMsR0FBRyxFQUFFLFVBQVUsSUFBSSxTQUFTLEVBQUUsS0FBSyxJQUFJO0FBQ3ZELFlBQU0sYUFBYSxHQUFHLEVBQUUsV0FBVyxTQUFTLENBQUMsTUFBTSxLQUFLLHFEQUFxRCxNQUFNLEdBQUc7QUFBQSxJQUN4SDtBQUNBLFFBQUksV0FBVyxVQUFVLGFBQWE7QUFDcEMsWUFBTSxZQUFZLEVBQUUsV0FBVyxTQUFTLEdBQUcseUNBQXlDLFNBQVMsZ0dBQWdHO0FBQUEsSUFDL0w7QUFBQSxFQUNGO0FBQ0Y7QUFRTyxTQUFTLFdBQVcsR0FBRyxNQUFNO0FBQ2xDLFFBQU0sWUFBWSxFQUFFLGNBQWMsT0FBTyxFQUFFLFVBQVUsS0FBSztBQUMxRCxRQUFNLFVBQVUsU0FBUztBQUN6QixtQkFBaUIsR0FBRyxXQUFXLE9BQU87QUFDdEMsUUFBTSxRQUFRLEVBQUUsWUFBWSxFQUFFLFFBQVEsT0FBTyxDQUFDLEVBQUUsT0FBTyxXQUFXLFdBQVcsT0FBTyxDQUFDLElBQUk7QUFDekYsUUFBTSxVQUFVLFVBQVUsUUFBUSxNQUFNLFdBQVcsS0FBSyxNQUFNLENBQUMsRUFBRSxVQUFVO0FBQzNFLFFBQU0sUUFBUSxFQUFFLFFBQVEsU0FBUyxFQUFFLFFBQVEsS0FBSztBQUNoRCxRQUFNLFdBQVcsU0FBUyxXQUFXLENBQUMsRUFBRTtBQUN4QyxRQUFNLFVBQVUsQ0FBQztBQUNqQixNQUFJLFVBQVUsS0FBTSxTQUFRLEtBQUssVUFBVTtBQUUzQyxPQUFLLEVBQUUsUUFBUSxLQUFLLEtBQUssRUFBRSxZQUFZLFNBQVUsU0FBUSxLQUFLLE9BQU87QUFDckUsTUFBSSxFQUFFLFFBQVEsUUFBUSxFQUFFLFlBQVksU0FBVSxTQUFRLEtBQUssTUFBTTtBQUNqRSxNQUFJLEVBQUUsV0FBVyxLQUFNLFNBQVEsS0FBSyxTQUFTO0FBQzdDLE1BQUksRUFBRSxNQUFPLFNBQVEsS0FBSyxRQUFRO0FBQ2xDLFNBQU8sRUFBRSxXQUFXLE9BQU8sVUFBVSxXQUFXLFVBQVUsTUFBTSxDQUFDLEVBQUUsWUFBWSxNQUFNLFFBQVE7QUFDL0Y7QUFHTyxTQUFTLFlBQVksTUFBTSxHQUFHLE1BQU07QUFDekMsTUFBSSxDQUFDLEtBQUssWUFBWSxFQUFFLFFBQVEsS0FBTSxRQUFPO0FBQzdDLFNBQU8sR0FBRyxLQUFLLGNBQWMsUUFBUSxZQUFZLE1BQU0sSUFBSSxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsS0FBSyxJQUFJO0FBQzNGO0FBU08sU0FBUyxVQUFVLFFBQVEsR0FBRyxNQUFNLE9BQU8sYUFBYTtBQUM3RCxNQUFJLENBQUMsS0FBSyxTQUFVLFFBQU87QUFDM0IsUUFBTSxPQUFPLGNBQWMsSUFBSSxNQUFNLE1BQU07QUFDM0MsUUFBTSxJQUFJLEtBQUssY0FBYyxRQUFRLFlBQVk7QUFDakQsUUFBTSxPQUFPLEVBQUUsUUFBUTtBQUN2QixNQUFJLEVBQUUsUUFBUSxRQUFRLFNBQVMsRUFBRyxRQUFPO0FBQ3pDLFFBQU0sU0FBUyxNQUFNLFVBQVUsTUFBTTtBQUNyQyxRQUFNLFFBQVEsU0FBUyxTQUFTLGtCQUFrQixNQUFNLEtBQUssYUFBYSxNQUFNLFFBQVEsTUFBTSxPQUFPLENBQUMsSUFBSSxNQUFNLElBQUk7QUFDcEgsTUFBSSxRQUFRO0FBQ1YsUUFBSSxTQUFTLEVBQUcsUUFBTyxHQUFHLENBQUMsSUFBSSxFQUFFLEdBQUcsS0FBSyxNQUFNO0FBQUEsRUFDakQ7QUFDQSxNQUFJLEVBQUUsUUFBUSxLQUFNLFFBQU8sR0FBRyxJQUFJLFdBQVcsQ0FBQyxJQUFJLElBQUksS0FBSyxLQUFLO0FBQ2hFLE1BQUksU0FBUyxFQUFHLFFBQU8sR0FBRyxJQUFJLFFBQVEsQ0FBQyxJQUFJLEVBQUUsR0FBRyxLQUFLLEtBQUs7QUFDMUQsU0FBTyxHQUFHLElBQUksU0FBUyxDQUFDLElBQUksT0FBTyxFQUFFLEdBQUcsS0FBSyxLQUFLLFlBQVksQ0FBQyxJQUFJLElBQUksS0FBSyxLQUFLO0FBQ25GOzs7QUNqRUEsU0FBUyxZQUFZLEtBQUssT0FBTztBQUMvQixNQUFJLFFBQVEsTUFBTyxRQUFPO0FBQzFCLE1BQUksUUFBUSxVQUFVLFFBQVEsTUFBTyxRQUFPO0FBQzVDLE1BQUksUUFBUSxPQUFRLFFBQU87QUFDM0IsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixNQUFJLE9BQU8sUUFBUSxZQUFZLElBQUksS0FBSyxNQUFNLE1BQU0sT0FBTyxNQUFNLEtBQUssRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLDJDQUEyQyxLQUFLLFVBQVUsR0FBRyxDQUFDLEVBQUU7QUFDcEssU0FBTztBQUNUO0FBRUEsU0FBUyxXQUFXLEtBQUssT0FBTztBQUM5QixNQUFJLE9BQU8sUUFBUSxZQUFZLENBQUMsT0FBTyxTQUFTLEdBQUcsRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLHdDQUF3QztBQUN6SCxTQUFPLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxHQUFJLENBQUMsRUFBRSxZQUFZO0FBQ3REO0FBRUEsU0FBUyxXQUFXLE1BQU0sT0FBTztBQUMvQixNQUFJLENBQUMsTUFBTSxRQUFRLElBQUksS0FBSyxLQUFLLFdBQVcsRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLHdDQUF3QztBQUNsSCxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGFBQWEsUUFBUSxlQUFlO0FBQzNDLFFBQU0sRUFBRSxVQUFVLE1BQU0sR0FBRyxPQUFPLElBQUksY0FBYyxNQUFNLElBQUksU0FBUyxDQUFDO0FBQ3hFLFFBQU0sYUFBYSxRQUFRO0FBQzNCLFNBQU8sZUFBZSxTQUFZLFNBQVMsRUFBRSxRQUFRLFlBQVksR0FBRyxPQUFPO0FBQzdFO0FBRUEsU0FBUyxhQUFhLE9BQU87QUFDM0IsTUFBSSxDQUFDLGNBQWMsS0FBSyxLQUFLLENBQUMsY0FBYyxNQUFNLFFBQVEsRUFBRyxPQUFNLGFBQWEsZ0VBQWdFO0FBQ2hKLE1BQUksTUFBTSxZQUFZLFVBQWEsT0FBTyxNQUFNLFlBQVksU0FBVSxPQUFNLGFBQWEsa0NBQWtDO0FBQzNILFFBQU0sT0FBTyxNQUFNO0FBQ25CLE1BQUksS0FBSyxXQUFXLFNBQVM7QUFDM0IsVUFBTSxRQUFRLElBQUksTUFBTSw0QkFBNEIsS0FBSyxhQUFhLFNBQVMsTUFBTSxLQUFLLFNBQVMsa0JBQWtCLEVBQUU7QUFDdkgsVUFBTSxPQUFPO0FBQ2IsVUFBTTtBQUFBLEVBQ1I7QUFDQSxNQUFJLEtBQUssV0FBVyxVQUFXLE9BQU0sYUFBYSxzREFBc0Q7QUFDeEcsTUFBSSxDQUFDLGNBQWMsS0FBSyxJQUFJLEVBQUcsT0FBTSxhQUFhLHlDQUF5QztBQUMzRixTQUFPO0FBQ1Q7QUFHQSxTQUFTLGNBQWMsTUFBTSxZQUFZLGVBQWUsS0FBSztBQUMzRCxRQUFNLFFBQVE7QUFDZCxRQUFNLEVBQUUsWUFBWSxPQUFPLElBQUk7QUFDL0IsTUFBSSxlQUFlLFlBQVksZUFBZSxVQUFVO0FBQ3RELFVBQU0sQ0FBQyxJQUFJLEdBQUcsSUFBSSxXQUFXLFFBQVEsS0FBSztBQUMxQyxXQUFPLENBQUMsRUFBRSxRQUFRLENBQUMsR0FBRyxNQUFNLENBQUMsRUFBRSxXQUFXLFdBQVcsSUFBSSxLQUFLLEdBQUcsQ0FBQyxVQUFVLEdBQUcsZUFBZSxXQUFXLFlBQVksS0FBSyxLQUFLLElBQUksT0FBTyxHQUFHLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFBQSxFQUNySjtBQUNBLE1BQUksZUFBZSxZQUFZLGVBQWUsU0FBVSxPQUFNLGFBQWEsZ0ZBQWdGO0FBQzNKLE1BQUksQ0FBQyxNQUFNLFFBQVEsTUFBTSxFQUFHLE9BQU0sYUFBYSxHQUFHLEtBQUsscUJBQXFCO0FBQzVFLFFBQU0sTUFBTSxDQUFDO0FBQ2IsU0FBTyxRQUFRLFNBQVMsV0FBVyxRQUFRLEdBQUc7QUFDNUMsUUFBSSxRQUFRLGNBQWMsVUFBYSxRQUFRLGVBQWUsUUFBVztBQUN2RSxXQUFLLEtBQUssS0FBSyxvQ0FBb0MsQ0FBQyx1Q0FBdUM7QUFDM0Y7QUFBQSxJQUNGO0FBQ0EsVUFBTSxTQUFTLGFBQWEsUUFBUSxRQUFRLGFBQWE7QUFDekQsVUFBTSxRQUFRLGVBQWUsV0FBVyxDQUFDLFFBQVEsS0FBSyxJQUFJLFFBQVE7QUFDbEUsUUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEVBQUcsT0FBTSxhQUFhLEdBQUcsS0FBSyxJQUFJLENBQUMsMkRBQTJEO0FBQ3RILFVBQU0sT0FBTyxNQUFNLElBQUksU0FBUyxjQUFjLE1BQU0sR0FBRztBQUNyRCxZQUFNLFFBQVEsR0FBRyxLQUFLLElBQUksQ0FBQyxJQUFJLGVBQWUsV0FBVyxXQUFXLFdBQVcsQ0FBQyxHQUFHO0FBQ25GLFlBQU0sQ0FBQyxJQUFJLEdBQUcsSUFBSSxXQUFXLE1BQU0sS0FBSztBQUN4QyxhQUFPLEVBQUUsR0FBRyxRQUFRLFdBQVcsV0FBVyxJQUFJLEtBQUssR0FBRyxDQUFDLFVBQVUsR0FBRyxZQUFZLEtBQUssS0FBSyxFQUFFO0FBQUEsSUFDOUYsQ0FBQztBQUNELFFBQUksS0FBSyxFQUFFLFFBQVEsS0FBSyxDQUFDO0FBQUEsRUFDM0IsQ0FBQztBQUNELFNBQU87QUFDVDtBQUdBLFNBQVMsV0FBVyxRQUFRLFlBQVk7QUFDdEMsUUFBTSxVQUFVLEVBQUUsS0FBSyxVQUFVLFFBQVEsVUFBVTtBQUNuRCxRQUFNLFNBQVMsT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLFFBQVEsRUFBRSxVQUFVLENBQUMsS0FBSyxFQUFFLFVBQVUsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQ2xILFNBQU8sT0FBTyxTQUFTLE9BQU8sT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQyxJQUFJLE9BQU8sU0FBUztBQUM3RTtBQU1BLFNBQVMsV0FBVyxZQUFZLEdBQUcsTUFBTTtBQUN2QyxNQUFJLE9BQU87QUFDWCxNQUFJLEtBQUssVUFBVSxNQUFNO0FBQ3ZCLFVBQU0sTUFBTSxDQUFDLFFBQVEsVUFBVyxVQUFVLEtBQUssWUFBWSxXQUFXLFFBQVEsS0FBSyxTQUFTLElBQUksT0FBTyxPQUFPLEtBQUssS0FBSztBQUN4SCxXQUFPLEtBQ0osSUFBSSxDQUFDLFFBQVEsV0FBVyxFQUFFLFFBQVEsTUFBTSxFQUFFLEVBQzFDLEtBQUssU0FBUyxRQUFRLEdBQUcsR0FBRztBQUMzQixpQkFBVyxFQUFFLE9BQU8sVUFBVSxLQUFLLEtBQUssT0FBTztBQUM3QyxjQUFNLFFBQVEsZ0JBQWdCLElBQUksRUFBRSxRQUFRLEtBQUssR0FBRyxJQUFJLEVBQUUsUUFBUSxLQUFLLENBQUM7QUFDeEUsWUFBSSxVQUFVLEVBQUcsUUFBTyxjQUFjLFNBQVMsQ0FBQyxRQUFRO0FBQUEsTUFDMUQ7QUFDQSxhQUFPLEVBQUUsUUFBUSxFQUFFO0FBQUEsSUFDckIsQ0FBQyxFQUNBLElBQUksQ0FBQyxVQUFVLE1BQU0sTUFBTTtBQUFBLEVBQ2hDO0FBQ0EsUUFBTSxRQUFRLEtBQUssT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEVBQUUsS0FBSyxRQUFRLENBQUM7QUFDeEQsTUFBSSxLQUFLLFFBQVEsU0FBUyxPQUFPLEVBQUcsUUFBTyxLQUFLLE1BQU0sRUFBRSxJQUFJO0FBQzVELE1BQUksS0FBSyxRQUFRLFNBQVMsTUFBTSxFQUFHLFFBQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxHQUFHO0FBQzdELE1BQUksT0FBTyxLQUFLLFFBQVEsQ0FBQyxNQUFNLEVBQUUsSUFBSTtBQUNyQyxNQUFJLEVBQUUsV0FBVyxLQUFNLFFBQU8sS0FBSyxJQUFJLENBQUMsUUFBUSxPQUFPLFlBQVksRUFBRSxPQUFPLElBQUksQ0FBQyxTQUFTLENBQUMsTUFBTSxJQUFJLElBQUksS0FBSyxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBQ3JILFNBQU8sRUFBRSxPQUFPLE1BQU0sTUFBTTtBQUM5QjtBQUVPLFNBQVMsZ0JBQWdCLE9BQU8sS0FBSztBQUMxQyxRQUFNLE9BQU8sYUFBYSxLQUFLO0FBQy9CLFFBQU0sSUFBSSxNQUFNLFVBQVUsU0FBWSxPQUFPLGVBQWUsTUFBTSxLQUFLO0FBQ3ZFLE1BQUksTUFBTSxRQUFRLEtBQUssUUFBUSxFQUFHLFlBQVcsS0FBSyxLQUFLLFNBQVUsTUFBSyxLQUFLLEtBQUssdUJBQXVCLENBQUMsRUFBRTtBQUMxRyxRQUFNLFVBQVUsTUFBTSxXQUFXO0FBQ2pDLFFBQU0sYUFBYSxHQUFHLFlBQVksRUFBRSxVQUFVLEtBQUs7QUFDbkQsUUFBTSxnQkFBZ0IsTUFBTSxRQUFRLEVBQUUsY0FBYyxRQUFRLEVBQUUsV0FBVyxPQUFPLEVBQUUsU0FBUztBQUMzRixRQUFNLGFBQWEsY0FBYyxLQUFLLE1BQU0sWUFBWSxlQUFlLEdBQUc7QUFDMUUsTUFBSSxNQUFNLEtBQU0sUUFBTyxZQUFZLEVBQUUsU0FBUyxPQUFPLFdBQVcsUUFBUSxDQUFDLE1BQU0sRUFBRSxJQUFJLEVBQUUsQ0FBQztBQUN4RixRQUFNLFVBQVUsRUFBRSxTQUFTO0FBQzNCLFFBQU0sT0FBTyxXQUFXLEdBQUcsVUFBVSxVQUFVLFNBQVM7QUFDeEQsUUFBTSxPQUFPLFVBQVUsV0FBVyxZQUFZLEdBQUcsSUFBSSxJQUFJLFNBQVMsV0FBVyxRQUFRLENBQUMsTUFBTSxFQUFFLElBQUksR0FBRyxHQUFHLEVBQUUsV0FBVyxDQUFDO0FBQ3RILFNBQU8sWUFBWSxFQUFFLFNBQVMsT0FBTyxLQUFLLE9BQU8sT0FBTyxFQUFFLFFBQVEsS0FBSyxRQUFRLEtBQUssTUFBTSxPQUFPLENBQUM7QUFDcEc7OztBQ3RITyxJQUFNLGNBQWM7QUFDM0IsSUFBTSxtQkFBbUIsRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksS0FBSyxJQUFJLEtBQUssSUFBSSxNQUFNLElBQUksS0FBSztBQUNwRixJQUFNLFVBQVUsRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLEtBQUs7QUFFbEQsSUFBTSxtQkFBbUI7QUFDaEMsSUFBTUMsV0FBVTtBQUVULFNBQVMsYUFBYSxPQUFPO0FBQ2xDLFNBQU8sTUFBTSxNQUFNLFFBQVEsT0FBTyxNQUFNLEVBQUUsUUFBUSxNQUFNLEtBQUssRUFBRSxRQUFRLE9BQU8sS0FBSyxJQUFJO0FBQ3pGO0FBR0EsU0FBUyxZQUFZLE9BQU87QUFDMUIsU0FBTyxNQUFNLFFBQVEsdUJBQXVCLE1BQU07QUFDcEQ7QUFNQSxTQUFTLFVBQVUsY0FBYyxXQUFXO0FBQzFDLFFBQU0sU0FBUyxjQUFjLE9BQU8sS0FBSyxRQUFRLGFBQWEsS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLElBQUksTUFBTTtBQUMxRixVQUFRLFFBQVEsS0FBSyxLQUFLLE1BQU0sTUFBTSxhQUFhLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLEtBQUssR0FBRztBQUNoRjtBQUVBLElBQU0scUJBQXFCLENBQUMsV0FBVyxFQUFFLE1BQU0sWUFBWSxPQUFPLEtBQUssQ0FBQyxHQUFHLE1BQU0sTUFBTTtBQUV2RixTQUFTLG9CQUFvQixNQUFNO0FBQ2pDLFFBQU0sT0FBTyxZQUFZLEtBQUssS0FBSztBQUNuQyxRQUFNLE9BQU8sS0FBSyxTQUFTLGFBQWEsS0FBSyxJQUFJLE9BQU8sS0FBSyxTQUFTLGVBQWUsR0FBRyxJQUFJLE9BQU8sS0FBSyxJQUFJO0FBQzVHLFNBQU8sRUFBRSxNQUFNLE1BQU0sS0FBSztBQUM1QjtBQU9BLFNBQVMsZUFBZSxNQUFNO0FBQzVCLE1BQUksS0FBSyxTQUFTLFNBQVMsS0FBSyxTQUFTLEtBQU0sUUFBTyxRQUFRLEtBQUssTUFBTSxLQUFLLFNBQVMsSUFBSSxjQUFjLENBQUM7QUFDMUcsTUFBSSxLQUFLLFNBQVMsUUFBUyxRQUFPO0FBQ2xDLE1BQUksS0FBSyxVQUFVLGFBQWE7QUFDOUIsUUFBSSxLQUFLLFNBQVMsS0FBTSxRQUFPO0FBQy9CLFVBQU0sS0FBSyxLQUFLLFVBQVUsT0FBTztBQUNqQyxXQUFPLFFBQVEsS0FBSyxVQUFVLFFBQVEsTUFBTSxLQUFLLE9BQU8sSUFBSSxDQUFDLFdBQVcsRUFBRSxNQUFNLFdBQVcsT0FBTyxLQUFLLE9BQU8sV0FBVyxNQUFNLElBQUksTUFBTSxFQUFFLENBQUM7QUFBQSxFQUM5STtBQUNBLE1BQUksS0FBSyxTQUFTLGFBQWEsS0FBSyxVQUFVLEdBQUksUUFBTyxLQUFLLE9BQU8sT0FBTyxRQUFRLEtBQUssT0FBTyxPQUFPLE9BQU87QUFDOUcsTUFBSSxLQUFLLFNBQVMsTUFBTTtBQUN0QixVQUFNLFNBQVMsS0FBSyxPQUFPLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRTtBQUNqRCxRQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU8sS0FBSyxVQUFVLE9BQU87QUFFdEQsUUFBSSxPQUFPLFdBQVcsRUFBRyxRQUFPLEVBQUUsTUFBTSxXQUFXLE9BQU8sS0FBSyxPQUFPLFdBQVcsS0FBSyxXQUFXLElBQUksS0FBSyxVQUFVLE9BQU8sTUFBTSxPQUFPLE9BQU8sQ0FBQyxFQUFFO0FBQ2xKLFdBQU8sRUFBRSxHQUFHLE1BQU0sT0FBTztBQUFBLEVBQzNCO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxlQUFlLE1BQU07QUFDNUIsTUFBSSxLQUFLLFVBQVUsWUFBYSxRQUFPO0FBQ3ZDLE1BQUksS0FBSyxTQUFTLGFBQWEsS0FBSyxPQUFPLEtBQU0sUUFBTyxDQUFDLEtBQUssVUFBVSxPQUFPLEVBQUUsTUFBTSxJQUFJLE1BQU0sTUFBTSxJQUFJLG1CQUFtQixLQUFLLEtBQUssQ0FBQztBQUN6SSxNQUFJLEtBQUssU0FBUyxRQUFRLENBQUMsS0FBSyxRQUFTLFFBQU8sS0FBSyxPQUFPLElBQUksa0JBQWtCO0FBQ2xGLE1BQUksS0FBSyxTQUFTLGNBQWMsQ0FBQyxLQUFLLFdBQVcsS0FBSyxVQUFVLEdBQUksUUFBTyxDQUFDLG9CQUFvQixJQUFJLENBQUM7QUFDckcsU0FBTztBQUNUO0FBR0EsU0FBUyxrQkFBa0IsTUFBTTtBQUMvQixNQUFJLEtBQUssU0FBUyxTQUFTLEtBQUssU0FBUyxLQUFNLFFBQU87QUFDdEQsUUFBTSxPQUFPLG9CQUFJLElBQUk7QUFDckIsUUFBTSxXQUFXLEtBQUssU0FBUyxJQUFJLGlCQUFpQixFQUFFLE9BQU8sU0FBUyxnQkFBZ0IsU0FBUztBQUM3RixVQUFNLE1BQU0sS0FBSyxVQUFVLE9BQU87QUFDbEMsUUFBSSxLQUFLLElBQUksR0FBRyxFQUFHLFFBQU87QUFDMUIsU0FBSyxJQUFJLEdBQUc7QUFDWixXQUFPO0FBQUEsRUFDVCxDQUFDO0FBQ0QsTUFBSSxLQUFLLFNBQVMsTUFBTyxRQUFPLFNBQVMsV0FBVyxJQUFJLFNBQVMsQ0FBQyxJQUFJLEVBQUUsTUFBTSxPQUFPLFNBQVM7QUFFOUYsUUFBTSxTQUFTLG9CQUFJLElBQUk7QUFDdkIsUUFBTSxRQUFRLENBQUM7QUFDZixhQUFXLFdBQVcsVUFBVTtBQUM5QixVQUFNLGVBQWUsZUFBZSxPQUFPO0FBQzNDLFFBQUksaUJBQWlCLE1BQU07QUFBRSxZQUFNLEtBQUssT0FBTztBQUFHO0FBQUEsSUFBVTtBQUM1RCxVQUFNLE1BQU0sR0FBRyxRQUFRLEtBQUssS0FBUyxRQUFRLFNBQVM7QUFDdEQsUUFBSSxDQUFDLE9BQU8sSUFBSSxHQUFHLEdBQUc7QUFDcEIsWUFBTSxRQUFRLEVBQUUsT0FBTyxRQUFRLE9BQU8sV0FBVyxRQUFRLFdBQVcsY0FBYyxDQUFDLEdBQUcsU0FBUyxDQUFDLEVBQUU7QUFDbEcsYUFBTyxJQUFJLEtBQUssS0FBSztBQUNyQixZQUFNLEtBQUssS0FBSztBQUFBLElBQ2xCO0FBQ0EsV0FBTyxJQUFJLEdBQUcsRUFBRSxhQUFhLEtBQUssR0FBRyxZQUFZO0FBQ2pELFdBQU8sSUFBSSxHQUFHLEVBQUUsUUFBUSxLQUFLLE9BQU87QUFBQSxFQUN0QztBQUVBLFFBQU0sTUFBTSxNQUFNLElBQUksQ0FBQyxTQUFTO0FBQzlCLFFBQUksS0FBSyxZQUFZLE9BQVcsUUFBTztBQUN2QyxRQUFJLEtBQUssUUFBUSxXQUFXLEVBQUcsUUFBTyxLQUFLLFFBQVEsQ0FBQztBQUNwRCxVQUFNLFNBQVMsQ0FBQyxHQUFHLElBQUksSUFBSSxLQUFLLGFBQWEsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxPQUFPLENBQUM7QUFDOUUsV0FBTyxFQUFFLE1BQU0sU0FBUyxPQUFPLEtBQUssT0FBTyxXQUFXLEtBQUssV0FBVyxjQUFjLE9BQU87QUFBQSxFQUM3RixDQUFDO0FBQ0QsU0FBTyxJQUFJLFdBQVcsSUFBSSxJQUFJLENBQUMsSUFBSSxFQUFFLE1BQU0sTUFBTSxVQUFVLElBQUk7QUFDakU7QUFHQSxTQUFTLFdBQVcsTUFBTSxPQUFPO0FBQy9CLE1BQUksS0FBSyxTQUFTLFFBQVMsUUFBTyxLQUFLLFFBQVEsQ0FBQyxJQUFJO0FBQ3BELFFBQU0sUUFBUSxLQUFLO0FBQ25CLE1BQUksVUFBVSxZQUFhLFFBQU8sQ0FBQyxnQkFBZ0IsTUFBTSxLQUFLLENBQUM7QUFDL0QsUUFBTSxVQUFVLENBQUMsSUFBSSxrQkFBa0IsRUFBRSxNQUFNLFNBQVMsTUFBTSxHQUFHLEtBQUssR0FBRyxFQUFFLEdBQUcsYUFBYSxVQUFVLGNBQWMsS0FBSyxTQUFTLENBQUMsQ0FBQyxHQUFHO0FBQ3RJLFVBQVEsS0FBSyxNQUFNO0FBQUEsSUFDakIsS0FBSztBQUFTLGFBQU8sQ0FBQyxRQUFRLE1BQU0sS0FBSyxZQUFZLENBQUM7QUFBQSxJQUN0RCxLQUFLLFdBQVc7QUFDZCxVQUFJLEtBQUssT0FBTyxRQUFRLEtBQUssT0FBTyxNQUFNO0FBQ3hDLGNBQU0sWUFBWSxPQUFPLGFBQWEsS0FBSyxFQUFFLGVBQWUsS0FBSyxLQUFLQSxVQUFTLHNEQUFzRCxXQUFXLFFBQVE7QUFBQSxNQUMxSjtBQUVBLFVBQUksS0FBSyxjQUFjLFFBQVEsS0FBSyxVQUFVLEtBQU0sUUFBTyxDQUFDLFFBQVEsS0FBSyxPQUFPLE9BQU8sT0FBTyxNQUFNLENBQUMsbUJBQW1CLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQztBQUNySSxZQUFNLE9BQU8sS0FBSyxVQUFVLE9BQU8sS0FBSyxPQUFPLEtBQUssS0FBSztBQUN6RCxhQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsTUFBTSxHQUFHLEtBQUssR0FBRyxLQUFLLE9BQU8sT0FBTyxNQUFNLElBQUksR0FBRyxhQUFhLElBQUksQ0FBQyxHQUFHLENBQUM7QUFBQSxJQUNsRztBQUFBLElBQ0EsS0FBSztBQUVILGFBQU8sQ0FBQyxRQUFRLEtBQUssVUFBVSxPQUFPLE1BQU0sS0FBSyxPQUFPLElBQUksa0JBQWtCLENBQUMsQ0FBQztBQUFBLElBQ2xGLEtBQUssWUFBWTtBQUVmLFlBQU0sVUFBVSxFQUFFLE1BQU0sU0FBUyxNQUFNLEdBQUcsS0FBSyxPQUFPO0FBQ3RELFVBQUksS0FBSyxRQUFTLFFBQU8sQ0FBQyxRQUFRLE1BQU0sQ0FBQyxvQkFBb0IsSUFBSSxDQUFDLENBQUMsR0FBRyxPQUFPO0FBQzdFLGFBQU8sS0FBSyxVQUFVLEtBQUssQ0FBQyxPQUFPLElBQUksQ0FBQyxRQUFRLE1BQU0sQ0FBQyxvQkFBb0IsSUFBSSxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ3BGO0FBQUEsSUFDQTtBQUNFLFlBQU0sYUFBYSxHQUFHLEtBQUssMEJBQTBCLEtBQUssSUFBSSxHQUFHO0FBQUEsRUFDckU7QUFDRjtBQUVBLFNBQVMsZ0JBQWdCLE1BQU0sT0FBTztBQUNwQyxNQUFJLEtBQUssU0FBUyxVQUFXLE9BQU0sWUFBWSxPQUFPLEdBQUcsS0FBSyxJQUFJLFVBQVUsV0FBVyxLQUFLQSxVQUFTLGlEQUFpRDtBQUN0SixNQUFJLEtBQUssVUFBVSxNQUFNO0FBRXZCLFdBQU8sS0FBSyxPQUFPLE9BQU8sRUFBRSxNQUFNLFFBQVEsSUFBSSxFQUFFLE1BQU0sU0FBUztBQUFBLEVBQ2pFO0FBQ0EsUUFBTSxLQUFLLEtBQUssVUFBVSxRQUFRLEtBQUssRUFBRSxJQUFJLEtBQUs7QUFDbEQsU0FBTyxFQUFFLE1BQU0sU0FBUyxNQUFNLEdBQUcsaUJBQWlCLEVBQUUsQ0FBQyxJQUFJLEtBQUssS0FBSyxHQUFHO0FBQ3hFO0FBRUEsU0FBUyxRQUFRLE9BQU87QUFDdEIsU0FBTyxhQUFhLEdBQUcsS0FBSyxnQ0FBZ0MsZ0JBQWdCLHNKQUFzSjtBQUNwTztBQUdBLFNBQVMsTUFBTSxNQUFNLE9BQU87QUFDMUIsTUFBSSxLQUFLLFNBQVMsTUFBTTtBQUN0QixVQUFNLE1BQU0sS0FBSyxTQUFTLFFBQVEsQ0FBQyxZQUFZLE1BQU0sU0FBUyxLQUFLLENBQUM7QUFDcEUsUUFBSSxJQUFJLFNBQVMsaUJBQWtCLE9BQU0sUUFBUSxLQUFLO0FBQ3RELFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxLQUFLLFNBQVMsT0FBTztBQUN2QixRQUFJLE1BQU0sQ0FBQyxDQUFDLENBQUM7QUFDYixlQUFXLFdBQVcsS0FBSyxVQUFVO0FBQ25DLFlBQU0sUUFBUSxNQUFNLFNBQVMsS0FBSztBQUNsQyxZQUFNLElBQUksUUFBUSxDQUFDLE1BQU0sTUFBTSxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQ3ZELFVBQUksSUFBSSxTQUFTLGlCQUFrQixPQUFNLFFBQVEsS0FBSztBQUFBLElBQ3hEO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxRQUFNLFdBQVcsV0FBVyxNQUFNLEtBQUs7QUFDdkMsU0FBTyxhQUFhLE9BQU8sQ0FBQyxJQUFJLENBQUMsUUFBUTtBQUMzQztBQU1PLFNBQVMsZUFBZSxRQUFRLE9BQU87QUFDNUMsUUFBTSxNQUFNLE1BQU0sa0JBQWtCLGVBQWUsTUFBTSxDQUFDLEdBQUcsS0FBSztBQUNsRSxRQUFNLE1BQU0sQ0FBQztBQUNiLFFBQU0sT0FBTyxvQkFBSSxJQUFJO0FBQ3JCLGFBQVcsWUFBWSxLQUFLO0FBQzFCLFFBQUksU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLFNBQVMsT0FBTyxFQUFHO0FBQzlDLFVBQU0sV0FBVyxDQUFDLEdBQUcsSUFBSSxJQUFJLFNBQVMsT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLE9BQU8sRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDO0FBQzNGLFVBQU0sY0FBYyxTQUFTLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxPQUFPLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJO0FBQ2hGLFVBQU0sTUFBTSxLQUFLLFVBQVUsQ0FBQyxVQUFVLFdBQVcsQ0FBQztBQUNsRCxRQUFJLENBQUMsS0FBSyxJQUFJLEdBQUcsR0FBRztBQUFFLFdBQUssSUFBSSxHQUFHO0FBQUcsVUFBSSxLQUFLLEVBQUUsVUFBVSxZQUFZLENBQUM7QUFBQSxJQUFHO0FBQUEsRUFDNUU7QUFDQSxTQUFPO0FBQ1Q7OztBQ2xMQSxJQUFNLGFBQWE7QUFDbkIsSUFBTSxNQUFNLENBQUMsT0FBTyxJQUFJLEtBQUssRUFBRSxFQUFFLFlBQVk7QUFFdEMsU0FBUyxZQUFZLEdBQUc7QUFDN0IsUUFBTSxPQUFPLEVBQUU7QUFDZixNQUFJLEVBQUUsU0FBUyxNQUFNO0FBQ25CLGVBQVcsT0FBTyxDQUFDLFFBQVEsTUFBTSxNQUFNLEdBQUc7QUFDeEMsVUFBSSxFQUFFLEdBQUcsTUFBTSxLQUFNLE9BQU0sYUFBYSxHQUFHLEtBQUssTUFBTSxDQUFDLG1EQUFtRCxLQUFLLEdBQUcsQ0FBQyxTQUFTLEtBQUssTUFBTSxDQUFDLElBQUksS0FBSyxJQUFJLENBQUMsMkJBQTJCO0FBQUEsSUFDbkw7QUFDQSxXQUFPLEVBQUUsTUFBTSxXQUFXLE1BQU0sSUFBSSxFQUFFLElBQUksR0FBRyxRQUFRLEVBQUUsTUFBTSxRQUFRLE1BQU0sT0FBTyxLQUFLO0FBQUEsRUFDekY7QUFDQSxNQUFJLEVBQUUsU0FBUyxNQUFNO0FBQ25CLFFBQUksRUFBRSxTQUFTLEtBQU0sT0FBTSxhQUFhLEdBQUcsS0FBSyxNQUFNLENBQUMsbUJBQW1CLEtBQUssTUFBTSxDQUFDLHlCQUF5QjtBQUMvRyxRQUFJLEVBQUUsT0FBTyxLQUFNLE9BQU0sYUFBYSxHQUFHLEtBQUssSUFBSSxDQUFDLG1CQUFtQixLQUFLLE1BQU0sQ0FBQyx5QkFBeUI7QUFDM0csVUFBTSxTQUFTLEtBQUssTUFBTSxFQUFFLEtBQUssVUFBVSxHQUFJO0FBQy9DLFFBQUksU0FBUyxFQUFHLE9BQU0sYUFBYSxHQUFHLEtBQUssTUFBTSxDQUFDLHdCQUF3QjtBQUMxRSxVQUFNLFFBQVEsS0FBSyxPQUFPLEVBQUUsS0FBSyxJQUFJLEVBQUUsUUFBUSxNQUFNO0FBQ3JELFFBQUksUUFBUSxJQUFJLFdBQVksT0FBTSxhQUFhLEdBQUcsS0FBSyxNQUFNLENBQUMsS0FBSyxFQUFFLEtBQUssSUFBSSxVQUFVLFFBQVEsQ0FBQyxrREFBa0QsVUFBVSxxQkFBcUI7QUFDbEwsVUFBTSxRQUFRLEVBQUUsT0FBTyxRQUFRO0FBQy9CLFdBQU87QUFBQSxNQUNMLE1BQU07QUFBQSxNQUFTLE1BQU07QUFBQSxNQUFNLFFBQVE7QUFBQSxNQUFNLFFBQVE7QUFBQSxNQUNqRCxPQUFPLEVBQUUsT0FBTyxJQUFJLEVBQUUsSUFBSSxHQUFHLEtBQUssSUFBSSxLQUFLLEdBQUcsTUFBTSxhQUFhLE1BQU0sR0FBRyxTQUFTLEVBQUUsTUFBTSxPQUFPLE9BQU87QUFBQSxJQUMzRztBQUFBLEVBQ0Y7QUFDQSxNQUFJLEVBQUUsU0FBUyxNQUFNO0FBQ25CLFFBQUksRUFBRSxPQUFPLEtBQU0sT0FBTSxhQUFhLEdBQUcsS0FBSyxJQUFJLENBQUMsbUJBQW1CLEtBQUssTUFBTSxDQUFDLG9DQUFvQztBQUN0SCxVQUFNLEtBQUssRUFBRSxLQUFLLEVBQUU7QUFDcEIsV0FBTyxFQUFFLE1BQU0sVUFBVSxNQUFNLElBQUksRUFBRSxLQUFLLENBQUMsR0FBRyxRQUFRLEVBQUUsS0FBSyxHQUFHLFFBQVEsRUFBRSxJQUFJLE1BQU0sYUFBYSxFQUFFLEVBQUUsR0FBRyxPQUFPLEtBQUs7QUFBQSxFQUN0SDtBQUNBLE1BQUksRUFBRSxPQUFPLEtBQU0sUUFBTyxFQUFFLE1BQU0sV0FBVyxNQUFNLElBQUksRUFBRSxLQUFLLENBQUMsR0FBRyxRQUFRLEVBQUUsS0FBSyxHQUFHLFFBQVEsTUFBTSxPQUFPLEtBQUs7QUFDOUcsU0FBTyxFQUFFLE1BQU0sV0FBVyxNQUFNLE1BQU0sUUFBUSxNQUFNLFFBQVEsTUFBTSxPQUFPLEtBQUs7QUFDaEY7OztBQzVCQSxJQUFNQyxXQUFVO0FBQ2hCLElBQU0saUJBQWlCO0FBR2hCLElBQU0sWUFBWSxDQUFDLFNBQVUsU0FBUyxjQUFjLFdBQVcsU0FBUyxjQUFjLGFBQWE7QUFZMUcsU0FBUyxlQUFlLEdBQUcsUUFBUSxRQUFRO0FBQ3pDLFFBQU0sVUFBVSxVQUFVLEVBQUUsUUFBUSxNQUFNLEtBQUssT0FBTyxvQkFBb0I7QUFDMUUsTUFBSSxPQUFPLFNBQVMsVUFBVTtBQUM1QixXQUFPLFVBQVUsRUFBRSxNQUFNLE9BQU8saUJBQWlCLFFBQVEsT0FBTyxPQUFPLE1BQU0sUUFBUSxJQUFJLEVBQUUsTUFBTSxpQkFBaUIsUUFBUSxPQUFPLE9BQU8sTUFBTSxRQUFRO0FBQUEsRUFDeEo7QUFDQSxNQUFJLENBQUMsUUFBUyxRQUFPLEVBQUUsTUFBTSxNQUFNLFFBQVEsTUFBTSxRQUFRO0FBQ3pELE1BQUksT0FBTyxTQUFTLFVBQVcsUUFBTyxFQUFFLE1BQU0sT0FBTyxpQkFBaUIsUUFBUSxPQUFPLFdBQVcsTUFBTSxRQUFRO0FBQzlHLFFBQU0sV0FBVyxPQUFPLGVBQWU7QUFDdkMsU0FBTyxFQUFFLE1BQU0sT0FBTyxpQkFBaUIsUUFBUSxhQUFhLEtBQUssSUFBSSxPQUFPLE1BQU0sU0FBUyxVQUFVLElBQUksUUFBUSxDQUFDLEdBQUcsUUFBUTtBQUMvSDtBQUVBLFNBQVMsbUJBQW1CLEdBQUc7QUFDN0IsTUFBSSxFQUFFLFdBQVcsS0FBTSxRQUFPLENBQUMsRUFBRSxVQUFVLENBQUMsR0FBRyxhQUFhLENBQUMsRUFBRSxDQUFDO0FBQ2hFLFFBQU0sUUFBUSxFQUFFLFdBQVcsUUFBUTtBQUNuQyxRQUFNLFNBQVMsYUFBYSxFQUFFLFFBQVEsRUFBRSxPQUFPLFVBQVUsQ0FBQztBQUMxRCxNQUFJLFNBQVMsTUFBTSxFQUFFLElBQUksV0FBVyxHQUFHO0FBQ3JDLFVBQU0sWUFBWSxPQUFPLDhCQUE4QkEsVUFBUyw0QkFBNEIsRUFBRSxXQUFXLE1BQU0sQ0FBQyxJQUFJLEVBQUUsV0FBVyxJQUFJLENBQUMsRUFBRTtBQUFBLEVBQzFJO0FBQ0EsUUFBTSxlQUFlLGVBQWUsUUFBUSxLQUFLO0FBRWpELFNBQU8sYUFBYSxTQUFTLGVBQWUsQ0FBQyxFQUFFLFVBQVUsQ0FBQyxnQkFBZ0IsR0FBRyxhQUFhLENBQUMsRUFBRSxDQUFDO0FBQ2hHO0FBR0EsU0FBUyxXQUFXLE1BQU0sR0FBRztBQUMzQixNQUFJLEVBQUUsY0FBYyxLQUFNLFFBQU87QUFDakMsTUFBSSxFQUFFLFVBQVUsVUFBVSxRQUFRLEVBQUUsVUFBVSxVQUFVLGFBQWE7QUFDbkUsVUFBTSxZQUFZLEVBQUUsV0FBVyxPQUFPLEdBQUcsZ0JBQWdCLEVBQUUsVUFBVSxLQUFLLEtBQUtBLFVBQVMsMkJBQTJCLFdBQVcsc0JBQXNCO0FBQUEsRUFDdEo7QUFDQSxRQUFNLEtBQUssRUFBRSxVQUFVLEdBQUcsU0FBUyxRQUFRLEVBQUUsVUFBVSxHQUFHLEtBQUssSUFBSSxDQUFDLE9BQU87QUFDM0UsU0FBTyxHQUFHLEVBQUUsVUFBVSxFQUFFLEdBQUcsRUFBRSxJQUFJLElBQUk7QUFDdkM7QUFFQSxTQUFTLGVBQWUsT0FBTyxLQUFLO0FBQ2xDLFFBQU0sU0FBUyxXQUFXLEdBQUc7QUFDN0IsUUFBTSxJQUFJLG1CQUFtQixLQUFLO0FBQ2xDLFFBQU0sY0FBYyxFQUFFLFdBQVcsUUFBUTtBQUN6QyxNQUFJLEVBQUUsV0FBVyxLQUFNLE9BQU0sYUFBYSxHQUFHLFdBQVcsdUNBQXVDO0FBQy9GLE1BQUksQ0FBQyxlQUFlLEtBQUssRUFBRSxNQUFNLEVBQUcsT0FBTSxhQUFhLEdBQUcsV0FBVywwQkFBMEIsRUFBRSxNQUFNLHVDQUF1QztBQUM5SSxNQUFJLEVBQUUsV0FBVyxLQUFNLE9BQU0sWUFBWSxFQUFFLFdBQVcsUUFBUSxHQUFHLFdBQVdBLFVBQVMsMEVBQTBFO0FBQy9KLFFBQU0sU0FBUyxZQUFZLENBQUM7QUFDNUIsUUFBTSxPQUFPLFdBQVcsR0FBRyxPQUFPLElBQUk7QUFDdEMsUUFBTSxLQUFLLGVBQWUsR0FBRyxRQUFRLE1BQU07QUFFM0MsUUFBTSxRQUFRLG1CQUFtQixDQUFDLEVBQUUsSUFBSSxTQUFTLGtCQUFrQixFQUFFLFVBQVUsWUFBWSxHQUFHO0FBQzVGLFVBQU0sV0FBVyxFQUFFLFVBQVUsU0FBUyxTQUFTLElBQUksU0FBUyxLQUFLLElBQUksQ0FBQyxNQUFNO0FBRTVFLFVBQU0sU0FBUyxHQUFHLFNBQVMsT0FBTyxXQUFXLEdBQUcsR0FBRyxJQUFJLElBQUksUUFBUSxJQUFJLEdBQUcsTUFBTTtBQUNoRixXQUFPLFNBQVMsWUFBWSxJQUFJLENBQUMsTUFBTSxJQUFJLENBQUMsRUFBRSxFQUFFLEtBQUssRUFBRTtBQUFBLEVBQ3pELENBQUM7QUFDRCxNQUFJLE9BQU8sV0FBVyxNQUFNLEtBQUssTUFBTSxHQUFHLENBQUM7QUFDM0MsTUFBSSxPQUFPLFNBQVMsU0FBUztBQUMzQixXQUFPLFVBQVUsTUFBTSxHQUFHLE1BQU0sT0FBTyxPQUFPLE1BQU0sU0FBUyxLQUFLLEVBQUUsY0FBYyxJQUFJO0FBQUEsRUFDeEYsT0FBTztBQUNMLFdBQU8sWUFBWSxNQUFNLEdBQUcsSUFBSTtBQUFBLEVBQ2xDO0FBRUEsUUFBTSxRQUFRLE9BQU87QUFDckIsUUFBTSxTQUFTO0FBQUEsSUFDYixRQUFRO0FBQUEsSUFDUixVQUFVLFFBQVEsd0JBQXdCO0FBQUEsSUFDMUMsUUFBUSxRQUFRLEVBQUUsT0FBTyxNQUFNLE9BQU8sTUFBTSxPQUFPLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxLQUFLLElBQUksRUFBRSxPQUFPLE1BQU0sR0FBSSxPQUFPLE9BQU8sRUFBRSxNQUFNLE9BQU8sS0FBSyxJQUFJLENBQUMsRUFBRztBQUFBLElBQ3JKLFlBQVksUUFBUSxXQUFXO0FBQUEsSUFDL0IsT0FBTyxRQUFRLEVBQUUsT0FBTyxNQUFNLE9BQU8sS0FBSyxNQUFNLEtBQUssTUFBTSxNQUFNLEtBQUssSUFBSTtBQUFBLElBQzFFLE1BQU0sT0FBTztBQUFBLElBQ2IsUUFBUSxPQUFPLFNBQVMsT0FBTyxPQUFPLE9BQU87QUFBQSxFQUMvQztBQUNBLE1BQUksR0FBRyxRQUFTLFFBQU8sVUFBVSxFQUFFLFVBQVUsT0FBTyxpQkFBaUIsUUFBUSxHQUFHLE9BQU87QUFFdkYsTUFBSSxLQUFLLFFBQVEsT0FBUSxRQUFPLGdCQUFnQixLQUFLO0FBQ3JELFNBQU87QUFDVDtBQUVBLElBQU8sZ0JBQVE7QUFBQSxFQUNiLG1CQUFtQjtBQUFBLEVBQ25CLG9CQUFvQjtBQUN0QjsiLCJuYW1lcyI6WyJmaWVsZFR5cGUiLCJieSIsInJhdyIsIkFEQVBURVIiLCJBREFQVEVSIl0sInNvdXJjZVJvb3QiOiIifQ==
