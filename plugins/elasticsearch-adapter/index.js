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
function toNormalForm(ast, { where, fieldType = () => void 0 }) {
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
    const type = fieldType(fieldName);
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
    let value = coerceLiteral(right.value, fieldType(left.name), left.name, where);
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
    const type = fieldType(node.field);
    if (type !== void 0 && type !== "string") throw invalidInput(`${where}: ${node.name}() applies to string fields; '${node.field}' is a ${type} field`);
    if (node.transform !== null && applyTransform(node.value, node.transform) !== node.value) {
      return negated ? { type: "compare", field: node.field, transform: null, op: "ne", value: null } : FALSE;
    }
    return { type: "function", name: node.name, field: node.field, transform: node.transform, value: node.value, negated };
  }
  function inLeaf(node, negated) {
    checkTransform(node.field, node.transform);
    const type = fieldType(node.field);
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

// src/bool-query.js
var RANGE_OPERATORS = { gt: "gt", ge: "gte", lt: "lt", le: "lte" };
var ADAPTER = "Elasticsearch adapter";
function escapeWildcard(value) {
  return value.replace(/[\\*?]/g, "\\$&");
}
var not = (query) => ({ bool: { must_not: [query] } });
var exists = (field) => ({ exists: { field } });
function boolQuery(node, { fieldKind, where }) {
  function checkKeyword(leaf, construct) {
    if (fieldKind(leaf.field) === "text") {
      throw unsupported(where, `${construct} on the analysed text field '${leaf.field}'`, ADAPTER, "compare a keyword field (map the field as keyword, or use $search for text)");
    }
  }
  function render(node2) {
    switch (node2.type) {
      case "const":
        return node2.value ? { match_all: {} } : { match_none: {} };
      case "and":
        return { bool: { filter: node2.operands.map(render) } };
      case "or":
        return { bool: { should: node2.operands.map(render), minimum_should_match: 1 } };
      case "compare":
        return compare(node2);
      case "in": {
        checkKeyword(node2, "'in'");
        const positive = node2.transform === null ? { terms: { [node2.field]: node2.values } } : { bool: { should: node2.values.map((value) => term(node2.field, value, true)), minimum_should_match: 1 } };
        return node2.negated ? not(positive) : positive;
      }
      case "function": {
        checkKeyword(node2, `${node2.name}()`);
        const caseInsensitive = node2.transform !== null;
        let positive;
        if (node2.value === "") positive = exists(node2.field);
        else if (node2.name === "startswith") positive = { prefix: { [node2.field]: { value: node2.value, ...caseInsensitive ? { case_insensitive: true } : {} } } };
        else {
          const body = escapeWildcard(node2.value);
          const pattern = node2.name === "contains" ? `*${body}*` : `*${body}`;
          positive = { wildcard: { [node2.field]: { value: pattern, ...caseInsensitive ? { case_insensitive: true } : {} } } };
        }
        return node2.negated ? { bool: { filter: [exists(node2.field)], must_not: [positive] } } : positive;
      }
      default:
        throw new Error(`unknown normal-form node ${node2.type}`);
    }
  }
  function term(field, value, caseInsensitive) {
    return { term: { [field]: { value, ...caseInsensitive ? { case_insensitive: true } : {} } } };
  }
  function compare(leaf) {
    if (leaf.value === null) return leaf.op === "eq" ? not(exists(leaf.field)) : exists(leaf.field);
    if (leaf.op === "eq" || leaf.op === "ne") {
      checkKeyword(leaf, `operator '${leaf.op}'`);
      const positive = term(leaf.field, leaf.value, leaf.transform !== null);
      return leaf.op === "eq" ? positive : not(positive);
    }
    checkKeyword(leaf, `operator '${leaf.op}'`);
    if (leaf.transform !== null) throw unsupported(where, `${leaf.transform}() with operator '${leaf.op}'`, ADAPTER, "compare the field itself");
    const range = { range: { [leaf.field]: { [RANGE_OPERATORS[leaf.op]]: leaf.value } } };
    return leaf.negated ? not(range) : range;
  }
  return render(node);
}

// src/config.js
var ES_TYPES = { keyword: "string", text: "string", number: "number", boolean: "boolean", datetime: "datetime" };
var FIELD_RE = /^[A-Za-z_@][A-Za-z0-9_.@-]*$/;
var INDEX_RE = /^[a-z0-9*][a-z0-9*,._-]*$/;
var MAX_RESULT_WINDOW = 1e4;
function configError(message) {
  const error = new Error(`plugin config: ${message}`);
  error.name = "ConfigError";
  return error;
}
function readConfig(ctx) {
  const config = isPlainObject(ctx?.config) ? ctx.config : {};
  if (typeof config.index !== "string" || !INDEX_RE.test(config.index)) throw configError('config.index: expected an index name or pattern such as "metrics-*"');
  if (!isPlainObject(config.fields) || Object.keys(config.fields).length === 0) throw configError("config.fields: expected a map of field names to keyword, text, number, boolean or datetime");
  for (const [name, type] of Object.entries(config.fields)) {
    if (!FIELD_RE.test(name)) throw configError(`config.fields: invalid field name '${name}'`);
    if (!(type in ES_TYPES)) throw configError(`config.fields.${name}: expected one of ${Object.keys(ES_TYPES).join(", ")}`);
  }
  const searchFields = config.searchFields ?? [];
  if (!Array.isArray(searchFields) || !searchFields.every((f) => config.fields[f] === "text")) throw configError("config.searchFields: expected names of text fields");
  const maxSize = config.maxSize ?? 1e3;
  if (!Number.isSafeInteger(maxSize) || maxSize < 1 || maxSize > MAX_RESULT_WINDOW) throw configError(`config.maxSize: expected an integer from 1 to ${MAX_RESULT_WINDOW}`);
  const named = (key, fallback) => {
    const value = config[key] ?? fallback;
    if (!(value in config.fields) || !IDENTIFIER_RE.test(value.replace(/[.@-]/g, "_"))) throw configError(`config.${key}: '${value}' is not in config.fields`);
    return value;
  };
  return {
    index: config.index,
    fields: config.fields,
    metricField: named("metricField", "metric"),
    timeField: named("timeField", "timestamp"),
    valueField: named("valueField", "value"),
    searchFields,
    maxSize
  };
}

// src/result.js
function hitTotal(hits) {
  const total = hits.total;
  if (typeof total === "number") return total;
  if (isPlainObject(total) && typeof total.value === "number") return total.value;
  return void 0;
}
function translateResult(input, ctx) {
  if (!isPlainObject(input) || !isPlainObject(input.response)) throw invalidInput("input.response: expected an Elasticsearch _search response object");
  if (input.context !== void 0 && typeof input.context !== "string") throw invalidInput("input.context: expected a string");
  const body = input.response;
  if (isPlainObject(body.error)) {
    const error = new Error(`Elasticsearch search failed (${body.error.type ?? "unknown"}): ${body.error.reason ?? "no reason given"}`);
    error.name = "ElasticsearchError";
    throw error;
  }
  const q = input.query === void 0 ? null : normalizeQuery(input.query);
  const context = input.context || "$metadata#Metrics";
  if (!isPlainObject(body.hits)) throw invalidInput("input.response.hits: expected an object");
  if (body.hits.total !== void 0 && isPlainObject(body.hits.total) && body.hits.total.relation === "gte") {
    ctx?.log?.warn("hits.total is a lower bound (track_total_hits was not set)");
  }
  const aggregate = q?.aggregate ?? null;
  if (aggregate !== null) {
    if (aggregate.by.length === 0) {
      const value = aggregate.op === "count" ? hitTotal(body.hits) : body.aggregations?.[aggregate.as]?.value;
      if (value === void 0) throw invalidInput(`input.response.aggregations.${aggregate.as}: missing`);
      return odataResult({ context, value: [{ [aggregate.as]: value }] });
    }
    const buckets = body.aggregations?.groups?.buckets;
    if (!Array.isArray(buckets)) throw invalidInput("input.response.aggregations.groups.buckets: expected the composite aggregation's buckets");
    if (isPlainObject(body.aggregations.groups.after_key) && buckets.length > 0) ctx?.log?.debug("composite aggregation has more pages (after_key)");
    const rows2 = buckets.map(function bucketRow(bucket, i) {
      if (!isPlainObject(bucket) || !isPlainObject(bucket.key)) throw invalidInput(`input.response.aggregations.groups.buckets[${i}]: expected { key, doc_count }`);
      const value = aggregate.op === "count" ? bucket.doc_count : bucket[aggregate.as]?.value ?? null;
      return { ...bucket.key, [aggregate.as]: value };
    });
    const page = pageRows(rows2, q, { valueField: aggregate.as });
    return odataResult({ context, value: page.value, count: page.total });
  }
  if (!Array.isArray(body.hits.hits)) throw invalidInput("input.response.hits.hits: expected an array");
  const rows = body.hits.hits.map(function hitRow(hit, i) {
    if (!isPlainObject(hit) || !isPlainObject(hit._source)) throw invalidInput(`input.response.hits.hits[${i}]._source: expected an object`);
    return { ...hit._source };
  });
  return odataResult({ context, value: rows, count: q?.count ? hitTotal(body.hits) : void 0 });
}

// src/index.js
var ADAPTER2 = "Elasticsearch adapter";
var METRICS = { sum: "sum", avg: "avg", min: "min", max: "max" };
function translateQuery(input, ctx) {
  const config = readConfig(ctx);
  const q = readTranslateInput(input);
  const known = (name, field) => {
    if (!(name in config.fields)) throw invalidInput(`${field}: unknown field '${name}' (allowed: ${Object.keys(config.fields).join(", ")})`);
    return name;
  };
  const fieldType = (name) => ES_TYPES[config.fields[name]];
  if (q.time !== null) throw unsupported(q.optionName("time"), "an instant query ($time)", ADAPTER2, "give $from and $to");
  const filter = [];
  const must = [];
  if (q.metric !== null) filter.push({ term: { [config.metricField]: { value: q.metric } } });
  if (q.from !== null || q.to !== null) {
    const bounds = {};
    if (q.from !== null) bounds.gte = new Date(q.from).toISOString();
    if (q.to !== null) bounds.lt = new Date(q.to).toISOString();
    filter.push({ range: { [config.timeField]: { ...bounds, format: "strict_date_optional_time" } } });
  }
  if (q.filter !== null) {
    const where = q.optionName("filter");
    const normal = toNormalForm(q.filter, { where, fieldType });
    for (const name of fieldsOf(normal)) known(name, where);
    const query = boolQuery(normal, { fieldKind: (name) => config.fields[name], where });
    if (!("match_all" in query)) filter.push(query);
  }
  if (q.search !== null) {
    if (config.searchFields.length === 0) throw unsupported(q.optionName("search"), "$search", ADAPTER2, "configure searchFields (text fields)");
    must.push({ multi_match: { query: q.search, fields: config.searchFields } });
  }
  const body = { query: filter.length || must.length ? { bool: { ...filter.length ? { filter } : {}, ...must.length ? { must } : {} } } : { match_all: {} } };
  const resultOptions = [];
  if (q.aggregate !== null) {
    const applyField = q.optionName("apply");
    const alias = q.aggregate.as;
    const measured = q.aggregate.field === "value" ? config.valueField : q.aggregate.field;
    if (measured !== null) known(measured, applyField);
    if (measured !== null && config.fields[measured] !== "number") throw invalidInput(`${applyField}: ${q.aggregate.op} needs a number field; '${measured}' is ${config.fields[measured]}`);
    const metric = q.aggregate.op === "count" ? null : { [alias]: { [METRICS[q.aggregate.op]]: { field: measured } } };
    body.size = 0;
    if (q.aggregate.by.length === 0) {
      if (metric) body.aggs = metric;
      else body.track_total_hits = true;
    } else {
      for (const name of q.aggregate.by) {
        known(name, `${applyField} groupby`);
        if (config.fields[name] === "text") throw unsupported(applyField, `grouping by the analysed text field '${name}'`, ADAPTER2, "group by a keyword field");
      }
      body.aggs = {
        groups: {
          composite: { size: config.maxSize, sources: q.aggregate.by.map((name) => ({ [name]: { terms: { field: name, missing_bucket: true } } })) },
          ...metric ? { aggs: metric } : {}
        }
      };
      resultOptions.push("$orderby", "$skip", "$top");
    }
    if (q.count) resultOptions.push("$count");
  } else {
    const order = q.orderby ?? (q.top !== null ? [{ field: config.valueField, direction: "desc" }] : null);
    if (order !== null) {
      body.sort = order.map(function sortItem(item) {
        known(item.field, q.optionName("orderby"));
        if (config.fields[item.field] === "text") throw unsupported(q.optionName("orderby"), `sorting by the analysed text field '${item.field}'`, ADAPTER2, "sort by a keyword field");
        return { [item.field]: { order: item.direction, missing: item.direction === "asc" ? "_first" : "_last" } };
      });
    }
    const size = q.top ?? config.maxSize;
    if (q.top !== null && q.top > config.maxSize) throw invalidInput(`${q.optionName("top")}: at most ${config.maxSize} hits may be requested`);
    if ((q.skip ?? 0) + size > MAX_RESULT_WINDOW) {
      throw invalidInput(`${q.optionName("skip")}: from + size may not exceed ${MAX_RESULT_WINDOW} (Elasticsearch's index.max_result_window); use a narrower filter`);
    }
    body.size = size;
    if (q.skip !== null) body.from = q.skip;
    if (q.select !== null) body._source = q.select.map((name) => known(name, q.optionName("select")));
    if (q.count) body.track_total_hits = true;
  }
  if (q.step !== null) resultOptions.push(`${q.optionName("step")} ignored: a search returns every stored document in the range`);
  return { index: config.index, endpoint: `/${config.index}/_search`, body, ...resultOptions.length ? { resultOptions } : {} };
}
var index_default = {
  "translate-query": translateQuery,
  "translate-result": translateResult
};
export {
  index_default as default
};
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIi4uL3NoYXJlZC9vZGF0YS9lcnJvcnMuanMiLCIuLi9zaGFyZWQvb2RhdGEvZmlsdGVyLXRva2Vucy5qcyIsIi4uL3NoYXJlZC9vZGF0YS9maWx0ZXItcGFyc2VyLmpzIiwiLi4vc2hhcmVkL29kYXRhL2xpdGVyYWwtdHlwZXMuanMiLCIuLi9zaGFyZWQvb2RhdGEvbm9ybWFsLWZvcm0uanMiLCIuLi9zaGFyZWQvb2RhdGEvcXVlcnktb3B0aW9ucy5qcyIsIi4uL3NoYXJlZC9vZGF0YS9xdWVyeS1zdHJpbmcuanMiLCIuLi9zaGFyZWQvb2RhdGEvbm9ybWFsaXplLXF1ZXJ5LmpzIiwiLi4vc2hhcmVkL29kYXRhL2V2YWx1YXRlLmpzIiwiLi4vc2hhcmVkL29kYXRhL29kYXRhLXJlc3VsdC5qcyIsInNyYy9ib29sLXF1ZXJ5LmpzIiwic3JjL2NvbmZpZy5qcyIsInNyYy9yZXN1bHQuanMiLCJzcmMvaW5kZXguanMiXSwibWFwcGluZ3MiOiI7QUFHTyxTQUFTLGFBQWEsU0FBUztBQUNwQyxRQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU87QUFDL0IsUUFBTSxPQUFPO0FBQ2IsU0FBTztBQUNUO0FBRU8sU0FBUyxZQUFZLE9BQU8sS0FBSyxTQUFTO0FBQy9DLFNBQU8sYUFBYSxHQUFHLEtBQUssOEJBQThCLEdBQUcsS0FBSyxPQUFPLEVBQUU7QUFDN0U7QUFHTyxTQUFTLFlBQVksT0FBTyxXQUFXLFNBQVMsTUFBTTtBQUMzRCxTQUFPLGFBQWEsR0FBRyxLQUFLLEtBQUssU0FBUyw0QkFBNEIsT0FBTyxHQUFHLE9BQU8sS0FBSyxJQUFJLEtBQUssRUFBRSxFQUFFO0FBQzNHO0FBRU8sU0FBUyxjQUFjLE9BQU87QUFDbkMsU0FBTyxVQUFVLFFBQVEsT0FBTyxVQUFVLFlBQVksQ0FBQyxNQUFNLFFBQVEsS0FBSztBQUM1RTs7O0FDbEJBLElBQU0sWUFBWTtBQUNsQixJQUFNLFVBQVU7QUFDaEIsSUFBTSxjQUFjLG9CQUFJLElBQUksQ0FBQyxLQUFLLEtBQUssR0FBRyxDQUFDO0FBQzNDLElBQU0sYUFBYSxvQkFBSSxJQUFJLENBQUMsS0FBSyxLQUFNLE1BQU0sSUFBSSxDQUFDO0FBRzNDLFNBQVMsZUFBZSxRQUFRLE9BQU87QUFDNUMsUUFBTSxTQUFTLENBQUM7QUFDaEIsTUFBSSxNQUFNO0FBQ1YsU0FBTyxNQUFNLE9BQU8sUUFBUTtBQUMxQixVQUFNLEtBQUssT0FBTyxHQUFHO0FBQ3JCLFFBQUksV0FBVyxJQUFJLEVBQUUsR0FBRztBQUFFO0FBQU87QUFBQSxJQUFVO0FBQzNDLFFBQUksWUFBWSxJQUFJLEVBQUUsR0FBRztBQUFFLGFBQU8sS0FBSyxFQUFFLE1BQU0sSUFBSSxPQUFPLElBQUksSUFBSSxDQUFDO0FBQUc7QUFBTztBQUFBLElBQVU7QUFDdkYsUUFBSSxPQUFPLEtBQUs7QUFDZCxZQUFNLEVBQUUsT0FBTyxJQUFJLElBQUksV0FBVyxRQUFRLEtBQUssS0FBSztBQUNwRCxhQUFPLEtBQUssRUFBRSxNQUFNLFVBQVUsT0FBTyxJQUFJLENBQUM7QUFDMUMsWUFBTTtBQUNOO0FBQUEsSUFDRjtBQUNBLGNBQVUsWUFBWTtBQUN0QixRQUFJLFFBQVEsVUFBVSxLQUFLLE1BQU07QUFDakMsUUFBSSxPQUFPO0FBQ1QsWUFBTSxNQUFNLE1BQU0sTUFBTSxDQUFDLEVBQUU7QUFDM0IsVUFBSSxNQUFNLE9BQU8sVUFBVSxnQkFBZ0IsS0FBSyxPQUFPLEdBQUcsQ0FBQyxFQUFHLE9BQU0sWUFBWSxPQUFPLEtBQUssa0JBQWtCO0FBQzlHLFVBQUksQ0FBQyxPQUFPLFNBQVMsT0FBTyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUcsT0FBTSxZQUFZLE9BQU8sS0FBSyxxQkFBcUI7QUFDM0YsYUFBTyxLQUFLLEVBQUUsTUFBTSxVQUFVLE9BQU8sT0FBTyxNQUFNLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQztBQUM1RCxZQUFNO0FBQ047QUFBQSxJQUNGO0FBQ0EsWUFBUSxZQUFZO0FBQ3BCLFlBQVEsUUFBUSxLQUFLLE1BQU07QUFDM0IsUUFBSSxPQUFPO0FBQUUsYUFBTyxLQUFLLEVBQUUsTUFBTSxRQUFRLE9BQU8sTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDO0FBQUcsYUFBTyxNQUFNLENBQUMsRUFBRTtBQUFRO0FBQUEsSUFBVTtBQUNwRyxVQUFNLFlBQVksT0FBTyxLQUFLLHlCQUF5QixFQUFFLEdBQUc7QUFBQSxFQUM5RDtBQUNBLFNBQU8sS0FBSyxFQUFFLE1BQU0sT0FBTyxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sQ0FBQztBQUMxRCxTQUFPO0FBQ1Q7QUFHQSxTQUFTLFdBQVcsUUFBUSxPQUFPLE9BQU87QUFDeEMsTUFBSSxRQUFRO0FBQ1osTUFBSSxNQUFNLFFBQVE7QUFDbEIsYUFBUztBQUNQLFFBQUksT0FBTyxPQUFPLE9BQVEsT0FBTSxZQUFZLE9BQU8sT0FBTyw2QkFBNkI7QUFDdkYsUUFBSSxPQUFPLEdBQUcsTUFBTSxLQUFLO0FBQ3ZCLFVBQUksT0FBTyxNQUFNLENBQUMsTUFBTSxLQUFLO0FBQUUsaUJBQVM7QUFBSyxlQUFPO0FBQUc7QUFBQSxNQUFVO0FBQ2pFLGFBQU8sRUFBRSxPQUFPLEtBQUssTUFBTSxFQUFFO0FBQUEsSUFDL0I7QUFDQSxhQUFTLE9BQU8sS0FBSztBQUFBLEVBQ3ZCO0FBQ0Y7QUFFTyxTQUFTLGNBQWMsT0FBTztBQUNuQyxNQUFJLE1BQU0sU0FBUyxNQUFPLFFBQU87QUFDakMsTUFBSSxNQUFNLFNBQVMsU0FBVSxRQUFPLFdBQVcsTUFBTSxLQUFLO0FBQzFELFNBQU8sSUFBSSxNQUFNLEtBQUs7QUFDeEI7OztBQ3ZETyxJQUFNLHVCQUF1QixDQUFDLE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxJQUFJO0FBQ2hFLElBQU0sbUJBQW1CLENBQUMsWUFBWSxjQUFjLFVBQVU7QUFDOUQsSUFBTSxpQkFBaUIsQ0FBQyxXQUFXLFNBQVM7QUFDbkQsSUFBTSxpQkFBaUIsQ0FBQyxPQUFPLE1BQU0sT0FBTyxNQUFNLEdBQUcsb0JBQW9CO0FBR2xFLElBQU0sbUJBQW1CO0FBQ3pCLElBQU0sbUJBQW1CO0FBQ3pCLElBQU0sZ0JBQWdCO0FBZXRCLFNBQVMsWUFBWSxRQUFRLE9BQU87QUFDekMsUUFBTSxTQUFTLGVBQWUsUUFBUSxLQUFLO0FBQzNDLE1BQUksUUFBUTtBQUNaLE1BQUksUUFBUTtBQUNaLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxDQUFDLFFBQVEsTUFBTSxPQUFPLFFBQVEsS0FBSztBQUNoRCxRQUFNLFNBQVMsQ0FBQyxPQUFPLFNBQVMsTUFBTSxTQUFTLFVBQVUsTUFBTSxVQUFVO0FBRXpFLFdBQVMsT0FBTyxNQUFNLE1BQU07QUFDMUIsVUFBTSxRQUFRLE9BQU8sS0FBSztBQUMxQixRQUFJLE1BQU0sU0FBUyxLQUFNLE9BQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxZQUFZLElBQUksY0FBYyxjQUFjLEtBQUssQ0FBQyxFQUFFO0FBQ2pIO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxXQUFTLFVBQVU7QUFDakIsUUFBSSxPQUFPLFNBQVM7QUFDcEIsV0FBTyxPQUFPLEtBQUssR0FBRyxJQUFJLEdBQUc7QUFBRTtBQUFTLGFBQU8sRUFBRSxNQUFNLE1BQU0sTUFBTSxPQUFPLFNBQVMsRUFBRTtBQUFBLElBQUc7QUFDeEYsV0FBTztBQUFBLEVBQ1Q7QUFDQSxXQUFTLFdBQVc7QUFDbEIsUUFBSSxPQUFPLFdBQVc7QUFDdEIsV0FBTyxPQUFPLEtBQUssR0FBRyxLQUFLLEdBQUc7QUFBRTtBQUFTLGFBQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxPQUFPLFdBQVcsRUFBRTtBQUFBLElBQUc7QUFDNUYsV0FBTztBQUFBLEVBQ1Q7QUFDQSxXQUFTLGFBQWE7QUFDcEIsUUFBSSxFQUFFLFFBQVEsaUJBQWtCLE9BQU0sWUFBWSxPQUFPLEtBQUssRUFBRSxLQUFLLGlDQUFpQyxnQkFBZ0IsU0FBUztBQUMvSCxRQUFJO0FBQ0osUUFBSSxPQUFPLEtBQUssR0FBRyxLQUFLLEdBQUc7QUFBRTtBQUFTLGFBQU8sRUFBRSxNQUFNLE9BQU8sU0FBUyxXQUFXLEVBQUU7QUFBQSxJQUFHLE1BQ2hGLFFBQU8sYUFBYTtBQUN6QjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsV0FBUyxlQUFlO0FBQ3RCLFVBQU0sUUFBUSxLQUFLO0FBQ25CLFFBQUksTUFBTSxTQUFTLE9BQU8sRUFBRSxRQUFRLGlCQUFrQixPQUFNLFlBQVksT0FBTyxNQUFNLEtBQUssYUFBYSxnQkFBZ0IsYUFBYTtBQUNwSSxRQUFJLE1BQU0sU0FBUyxLQUFLO0FBQ3RCO0FBQ0EsWUFBTSxRQUFRLFFBQVE7QUFDdEIsYUFBTyxLQUFLLEtBQUs7QUFDakIsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLE1BQU0sU0FBUyxVQUFVLGlCQUFpQixTQUFTLE1BQU0sS0FBSyxLQUFLLEtBQUssQ0FBQyxFQUFFLFNBQVMsSUFBSyxRQUFPLG9CQUFvQjtBQUN4SCxVQUFNLE9BQU8sYUFBYTtBQUMxQixVQUFNLEtBQUssS0FBSztBQUNoQixRQUFJLE9BQU8sSUFBSSxJQUFJLEVBQUcsUUFBTyxRQUFRLE1BQU0sRUFBRTtBQUM3QyxRQUFJLEdBQUcsU0FBUyxVQUFVLENBQUMscUJBQXFCLFNBQVMsR0FBRyxLQUFLLEdBQUc7QUFDbEUsWUFBTSxZQUFZLE9BQU8sR0FBRyxLQUFLLG1DQUFtQyxxQkFBcUIsS0FBSyxJQUFJLENBQUMsdUJBQXVCLGNBQWMsRUFBRSxDQUFDLEVBQUU7QUFBQSxJQUMvSTtBQUNBO0FBQ0EsV0FBTyxFQUFFLE1BQU0sV0FBVyxJQUFJLEdBQUcsT0FBTyxNQUFNLE9BQU8sYUFBYSxFQUFFO0FBQUEsRUFDdEU7QUFDQSxXQUFTLHNCQUFzQjtBQUM3QixVQUFNLE9BQU8sT0FBTyxPQUFPLEVBQUU7QUFDN0IsV0FBTyxLQUFLLEtBQUs7QUFDakIsVUFBTSxjQUFjLEtBQUs7QUFDekIsVUFBTSxTQUFTLGFBQWE7QUFDNUIsUUFBSSxPQUFPLFNBQVMsUUFBUyxPQUFNLFlBQVksT0FBTyxZQUFZLEtBQUssR0FBRyxJQUFJLCtDQUErQztBQUM3SCxXQUFPLEtBQUssS0FBSztBQUNqQixVQUFNLFFBQVEsT0FBTyxVQUFVLDhDQUE4QyxJQUFJLElBQUksRUFBRTtBQUN2RixXQUFPLEtBQUssS0FBSztBQUNqQixXQUFPLEVBQUUsTUFBTSxZQUFZLE1BQU0sT0FBTyxPQUFPLE1BQU0sV0FBVyxPQUFPLFdBQVcsTUFBTTtBQUFBLEVBQzFGO0FBQ0EsV0FBUyxRQUFRLE1BQU0sSUFBSTtBQUN6QixRQUFJLEtBQUssU0FBUyxRQUFTLE9BQU0sWUFBWSxPQUFPLEdBQUcsS0FBSyx1Q0FBdUM7QUFDbkc7QUFDQSxXQUFPLEtBQUssZ0JBQWdCO0FBQzVCLFVBQU0sU0FBUyxDQUFDO0FBQ2hCLGVBQVM7QUFDUCxZQUFNLFFBQVEsS0FBSztBQUNuQixZQUFNLFVBQVUsYUFBYTtBQUM3QixVQUFJLFFBQVEsU0FBUyxVQUFXLE9BQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxpREFBaUQsUUFBUSxJQUFJLEdBQUc7QUFDcEksVUFBSSxRQUFRLFVBQVUsS0FBTSxPQUFNLFlBQVksT0FBTyxNQUFNLEtBQUssc0RBQXNEO0FBQ3RILFVBQUksT0FBTyxXQUFXLGNBQWUsT0FBTSxZQUFZLE9BQU8sTUFBTSxLQUFLLGFBQWEsYUFBYSwwQkFBMEI7QUFDN0gsYUFBTyxLQUFLLFFBQVEsS0FBSztBQUN6QixVQUFJLEtBQUssRUFBRSxTQUFTLElBQUs7QUFDekI7QUFBQSxJQUNGO0FBQ0EsV0FBTyxLQUFLLDJCQUEyQjtBQUN2QyxXQUFPLEVBQUUsTUFBTSxNQUFNLE9BQU8sS0FBSyxNQUFNLFdBQVcsS0FBSyxXQUFXLE9BQU87QUFBQSxFQUMzRTtBQUNBLFdBQVMsZUFBZTtBQUN0QixVQUFNLFFBQVEsS0FBSztBQUNuQixRQUFJLE1BQU0sU0FBUyxZQUFZLE1BQU0sU0FBUyxVQUFVO0FBQUU7QUFBUyxhQUFPLEVBQUUsTUFBTSxXQUFXLE9BQU8sTUFBTSxNQUFNO0FBQUEsSUFBRztBQUNuSCxRQUFJLE1BQU0sU0FBUyxVQUFVLGVBQWUsU0FBUyxNQUFNLEtBQUssS0FBSyxLQUFLLENBQUMsRUFBRSxTQUFTLEtBQUs7QUFDekYsZUFBUztBQUNULFlBQU0sUUFBUSxPQUFPLFFBQVEsdUJBQXVCLE1BQU0sS0FBSyxJQUFJO0FBQ25FLFVBQUksZUFBZSxTQUFTLE1BQU0sS0FBSyxLQUFLLENBQUMsUUFBUSxTQUFTLE1BQU0sRUFBRSxTQUFTLE1BQU0sS0FBSyxLQUFLLGVBQWUsU0FBUyxNQUFNLEtBQUssR0FBRztBQUNuSSxjQUFNLFlBQVksT0FBTyxNQUFNLEtBQUssR0FBRyxNQUFNLEtBQUsscUNBQXFDLGNBQWMsS0FBSyxDQUFDLEVBQUU7QUFBQSxNQUMvRztBQUNBLGFBQU8sS0FBSyxlQUFlLE1BQU0sS0FBSyxJQUFJO0FBQzFDLGFBQU8sRUFBRSxNQUFNLFNBQVMsTUFBTSxNQUFNLE9BQU8sV0FBVyxNQUFNLE1BQU07QUFBQSxJQUNwRTtBQUNBLFFBQUksTUFBTSxTQUFTLFVBQVUsQ0FBQyxlQUFlLFNBQVMsTUFBTSxLQUFLLEdBQUc7QUFDbEU7QUFDQSxVQUFJLE1BQU0sVUFBVSxPQUFRLFFBQU8sRUFBRSxNQUFNLFdBQVcsT0FBTyxLQUFLO0FBQ2xFLFVBQUksTUFBTSxVQUFVLFFBQVMsUUFBTyxFQUFFLE1BQU0sV0FBVyxPQUFPLE1BQU07QUFDcEUsVUFBSSxNQUFNLFVBQVUsT0FBUSxRQUFPLEVBQUUsTUFBTSxXQUFXLE9BQU8sS0FBSztBQUNsRSxhQUFPLEVBQUUsTUFBTSxTQUFTLE1BQU0sTUFBTSxPQUFPLFdBQVcsS0FBSztBQUFBLElBQzdEO0FBQ0EsVUFBTSxZQUFZLE9BQU8sTUFBTSxLQUFLLGdEQUFnRCxjQUFjLEtBQUssQ0FBQyxFQUFFO0FBQUEsRUFDNUc7QUFFQSxNQUFJLEtBQUssRUFBRSxTQUFTLE1BQU8sT0FBTSxZQUFZLE9BQU8sR0FBRyxrQkFBa0I7QUFDekUsUUFBTSxNQUFNLFFBQVE7QUFDcEIsTUFBSSxLQUFLLEVBQUUsU0FBUyxNQUFPLE9BQU0sWUFBWSxPQUFPLEtBQUssRUFBRSxLQUFLLGNBQWMsY0FBYyxLQUFLLENBQUMsQ0FBQyw4QkFBOEI7QUFDakksU0FBTztBQUNUOzs7QUNqSU8sSUFBTSxjQUFjLENBQUMsVUFBVSxVQUFVLFdBQVcsVUFBVTtBQUVyRSxTQUFTLFNBQVMsT0FBTztBQUN2QixTQUFPLE9BQU8sVUFBVSxXQUFXLGVBQWUsS0FBSyxNQUFNLE9BQU8sT0FBTyxLQUFLLElBQUksT0FBTyxLQUFLLENBQUM7QUFDbkc7QUFRTyxTQUFTLGNBQWMsT0FBTyxNQUFNLFdBQVcsT0FBTztBQUMzRCxNQUFJLFVBQVUsUUFBUSxTQUFTLE9BQVcsUUFBTztBQUNqRCxRQUFNLFFBQVEsTUFBTSxhQUFhLEdBQUcsS0FBSyxNQUFNLFNBQVMsVUFBVSxJQUFJLFdBQVcsU0FBUyxLQUFLLENBQUMsNkJBQTZCO0FBQzdILFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUNILFVBQUksT0FBTyxVQUFVLFNBQVUsUUFBTztBQUN0QyxVQUFJLE9BQU8sVUFBVSxTQUFVLFFBQU8sT0FBTyxLQUFLO0FBQ2xELFlBQU0sTUFBTTtBQUFBLElBQ2QsS0FBSztBQUNILFVBQUksT0FBTyxVQUFVLFNBQVUsUUFBTztBQUN0QyxZQUFNLE1BQU07QUFBQSxJQUNkLEtBQUs7QUFDSCxVQUFJLE9BQU8sVUFBVSxVQUFXLFFBQU87QUFDdkMsWUFBTSxNQUFNO0FBQUEsSUFDZCxLQUFLLFlBQVk7QUFDZixVQUFJLEtBQUssT0FBTztBQUNoQixVQUFJLE9BQU8sVUFBVSxZQUFZLFNBQVMsRUFBRyxNQUFLLFFBQVE7QUFBQSxlQUNqRCxPQUFPLFVBQVUsWUFBWSx5RUFBeUUsS0FBSyxLQUFLLEVBQUcsTUFBSyxLQUFLLE1BQU0sS0FBSztBQUNqSixVQUFJLENBQUMsT0FBTyxTQUFTLEVBQUUsRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLE1BQU0sU0FBUyxnR0FBZ0csU0FBUyxLQUFLLENBQUMsRUFBRTtBQUNyTCxhQUFPLElBQUksS0FBSyxFQUFFLEVBQUUsWUFBWTtBQUFBLElBQ2xDO0FBQUEsSUFDQTtBQUNFLFlBQU0sYUFBYSxHQUFHLEtBQUssTUFBTSxTQUFTLHVCQUF1QixJQUFJLHNCQUFzQixZQUFZLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFBQSxFQUN4SDtBQUNGO0FBRU8sU0FBUyxlQUFlLE9BQU8sV0FBVztBQUMvQyxNQUFJLGNBQWMsVUFBVyxRQUFPLE1BQU0sWUFBWTtBQUN0RCxNQUFJLGNBQWMsVUFBVyxRQUFPLE1BQU0sWUFBWTtBQUN0RCxTQUFPO0FBQ1Q7OztBQ2hDQSxJQUFNLFdBQVcsRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksS0FBSztBQUM5RSxJQUFNLFdBQVcsb0JBQUksSUFBSSxDQUFDLE1BQU0sTUFBTSxNQUFNLElBQUksQ0FBQztBQUMxQyxJQUFNLE9BQU8sT0FBTyxPQUFPLEVBQUUsTUFBTSxTQUFTLE9BQU8sS0FBSyxDQUFDO0FBQ3pELElBQU0sUUFBUSxPQUFPLE9BQU8sRUFBRSxNQUFNLFNBQVMsT0FBTyxNQUFNLENBQUM7QUFhM0QsU0FBUyxhQUFhLEtBQUssRUFBRSxPQUFPLFlBQVksTUFBTSxPQUFVLEdBQUc7QUFDeEUsV0FBUyxNQUFNLE1BQU0sU0FBUztBQUM1QixZQUFRLEtBQUssTUFBTTtBQUFBLE1BQ2pCLEtBQUs7QUFBTyxlQUFPLE1BQU0sS0FBSyxTQUFTLENBQUMsT0FBTztBQUFBLE1BQy9DLEtBQUs7QUFBQSxNQUNMLEtBQUssTUFBTTtBQUNULGNBQU0sUUFBUyxLQUFLLFNBQVMsVUFBVztBQUN4QyxlQUFPLFFBQVEsUUFBUSxRQUFRLE1BQU0sQ0FBQyxNQUFNLEtBQUssTUFBTSxPQUFPLEdBQUcsTUFBTSxLQUFLLE9BQU8sT0FBTyxDQUFDLENBQUM7QUFBQSxNQUM5RjtBQUFBLE1BQ0EsS0FBSztBQUFXLGVBQU8sWUFBWSxNQUFNLE9BQU87QUFBQSxNQUNoRCxLQUFLO0FBQVksZUFBTyxhQUFhLE1BQU0sT0FBTztBQUFBLE1BQ2xELEtBQUs7QUFBTSxlQUFPLE9BQU8sTUFBTSxPQUFPO0FBQUEsTUFDdEM7QUFBUyxjQUFNLGFBQWEsR0FBRyxLQUFLLDBCQUEwQixLQUFLLElBQUksR0FBRztBQUFBLElBQzVFO0FBQUEsRUFDRjtBQUVBLFdBQVMsZUFBZSxXQUFXLFdBQVc7QUFDNUMsVUFBTSxPQUFPLFVBQVUsU0FBUztBQUNoQyxRQUFJLGNBQWMsUUFBUSxTQUFTLFVBQWEsU0FBUyxVQUFVO0FBQ2pFLFlBQU0sYUFBYSxHQUFHLEtBQUssS0FBSyxTQUFTLGlDQUFpQyxTQUFTLFVBQVUsSUFBSSxRQUFRO0FBQUEsSUFDM0c7QUFBQSxFQUNGO0FBRUEsV0FBUyxZQUFZLE1BQU0sU0FBUztBQUNsQyxRQUFJLEVBQUUsSUFBSSxNQUFNLE1BQU0sSUFBSTtBQUMxQixRQUFJLEtBQUssU0FBUyxhQUFhLE1BQU0sU0FBUyxTQUFTO0FBQUUsT0FBQyxNQUFNLEtBQUssSUFBSSxDQUFDLE9BQU8sSUFBSTtBQUFHLFdBQUssU0FBUyxFQUFFO0FBQUEsSUFBRztBQUMzRyxRQUFJLEtBQUssU0FBUyxXQUFXLE1BQU0sU0FBUyxXQUFXO0FBQ3JELFlBQU0sYUFBYSxHQUFHLEtBQUsseUZBQXlGLEtBQUssU0FBUyxVQUFVLFdBQVcsVUFBVSxvQkFBb0I7QUFBQSxJQUN2TDtBQUNBLG1CQUFlLEtBQUssTUFBTSxLQUFLLFNBQVM7QUFDeEMsUUFBSSxRQUFRLGNBQWMsTUFBTSxPQUFPLFVBQVUsS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLEtBQUs7QUFDN0UsVUFBTSxZQUFZLEtBQUs7QUFDdkIsUUFBSSxjQUFjLFFBQVEsVUFBVSxRQUFRLE9BQU8sVUFBVSxVQUFVO0FBQ3JFLFlBQU0sYUFBYSxHQUFHLEtBQUssS0FBSyxTQUFTLElBQUksS0FBSyxJQUFJLHNCQUFzQixPQUFPLEtBQUssSUFBSSxPQUFPLEtBQUssQ0FBQyxxQkFBcUI7QUFBQSxJQUNoSTtBQUNBLFFBQUksU0FBUyxJQUFJLEVBQUUsR0FBRztBQUVwQixVQUFJLFVBQVUsS0FBTSxRQUFPLFVBQVUsT0FBTztBQUM1QyxhQUFPLEVBQUUsTUFBTSxXQUFXLE9BQU8sS0FBSyxNQUFNLFdBQVcsSUFBSSxPQUFPLFFBQVE7QUFBQSxJQUM1RTtBQUNBLFFBQUksUUFBUyxNQUFLLE9BQU8sT0FBTyxPQUFPO0FBRXZDLFFBQUksY0FBYyxRQUFRLFVBQVUsUUFBUSxlQUFlLE9BQU8sU0FBUyxNQUFNLE1BQU8sUUFBTyxPQUFPLE9BQU8sUUFBUTtBQUNySCxXQUFPLEVBQUUsTUFBTSxXQUFXLE9BQU8sS0FBSyxNQUFNLFdBQVcsSUFBSSxNQUFNO0FBQUEsRUFDbkU7QUFFQSxXQUFTLGFBQWEsTUFBTSxTQUFTO0FBQ25DLG1CQUFlLEtBQUssT0FBTyxLQUFLLFNBQVM7QUFDekMsVUFBTSxPQUFPLFVBQVUsS0FBSyxLQUFLO0FBQ2pDLFFBQUksU0FBUyxVQUFhLFNBQVMsU0FBVSxPQUFNLGFBQWEsR0FBRyxLQUFLLEtBQUssS0FBSyxJQUFJLGlDQUFpQyxLQUFLLEtBQUssVUFBVSxJQUFJLFFBQVE7QUFDdkosUUFBSSxLQUFLLGNBQWMsUUFBUSxlQUFlLEtBQUssT0FBTyxLQUFLLFNBQVMsTUFBTSxLQUFLLE9BQU87QUFFeEYsYUFBTyxVQUFVLEVBQUUsTUFBTSxXQUFXLE9BQU8sS0FBSyxPQUFPLFdBQVcsTUFBTSxJQUFJLE1BQU0sT0FBTyxLQUFLLElBQUk7QUFBQSxJQUNwRztBQUNBLFdBQU8sRUFBRSxNQUFNLFlBQVksTUFBTSxLQUFLLE1BQU0sT0FBTyxLQUFLLE9BQU8sV0FBVyxLQUFLLFdBQVcsT0FBTyxLQUFLLE9BQU8sUUFBUTtBQUFBLEVBQ3ZIO0FBRUEsV0FBUyxPQUFPLE1BQU0sU0FBUztBQUM3QixtQkFBZSxLQUFLLE9BQU8sS0FBSyxTQUFTO0FBQ3pDLFVBQU0sT0FBTyxVQUFVLEtBQUssS0FBSztBQUNqQyxRQUFJLFNBQVMsS0FBSyxPQUFPLElBQUksQ0FBQyxNQUFNLGNBQWMsR0FBRyxNQUFNLEtBQUssT0FBTyxLQUFLLENBQUM7QUFDN0UsUUFBSSxLQUFLLGNBQWMsTUFBTTtBQUMzQixpQkFBVyxLQUFLLE9BQVEsS0FBSSxPQUFPLE1BQU0sU0FBVSxPQUFNLGFBQWEsR0FBRyxLQUFLLEtBQUssS0FBSyxTQUFTLElBQUksS0FBSyxLQUFLLG9CQUFvQixPQUFPLENBQUMsSUFBSSxPQUFPLENBQUMsQ0FBQyxvQkFBb0I7QUFDNUssZUFBUyxPQUFPLE9BQU8sQ0FBQyxNQUFNLGVBQWUsR0FBRyxLQUFLLFNBQVMsTUFBTSxDQUFDO0FBQUEsSUFDdkU7QUFDQSxhQUFTLENBQUMsR0FBRyxJQUFJLElBQUksTUFBTSxDQUFDO0FBQzVCLFFBQUksT0FBTyxXQUFXLEVBQUcsUUFBTyxVQUFVLE9BQU87QUFDakQsV0FBTyxFQUFFLE1BQU0sTUFBTSxPQUFPLEtBQUssT0FBTyxXQUFXLEtBQUssV0FBVyxRQUFRLFFBQVE7QUFBQSxFQUNyRjtBQUVBLFNBQU8sTUFBTSxLQUFLLEtBQUs7QUFDekI7QUFHTyxTQUFTLFFBQVEsTUFBTSxVQUFVO0FBQ3RDLFFBQU0sWUFBWSxTQUFTLFFBQVEsUUFBUTtBQUMzQyxRQUFNLE9BQU8sQ0FBQztBQUNkLGFBQVcsV0FBVyxVQUFVO0FBQzlCLFFBQUksUUFBUSxTQUFTLFNBQVM7QUFDNUIsVUFBSSxRQUFRLFVBQVUsVUFBVyxRQUFPLFlBQVksT0FBTztBQUMzRDtBQUFBLElBQ0Y7QUFDQSxRQUFJLFFBQVEsU0FBUyxLQUFNLE1BQUssS0FBSyxHQUFHLFFBQVEsUUFBUTtBQUFBLFFBQ25ELE1BQUssS0FBSyxPQUFPO0FBQUEsRUFDeEI7QUFDQSxNQUFJLEtBQUssV0FBVyxFQUFHLFFBQU8sWUFBWSxRQUFRO0FBQ2xELE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTyxLQUFLLENBQUM7QUFDcEMsU0FBTyxFQUFFLE1BQU0sVUFBVSxLQUFLO0FBQ2hDO0FBR08sU0FBUyxTQUFTLE1BQU0sT0FBTyxvQkFBSSxJQUFJLEdBQUc7QUFDL0MsTUFBSSxLQUFLLFNBQVMsU0FBUyxLQUFLLFNBQVMsS0FBTSxZQUFXLFdBQVcsS0FBSyxTQUFVLFVBQVMsU0FBUyxJQUFJO0FBQUEsV0FDakcsS0FBSyxTQUFTLFFBQVMsTUFBSyxJQUFJLEtBQUssS0FBSztBQUNuRCxTQUFPO0FBQ1Q7OztBQ3hITyxJQUFNLGdCQUFnQjtBQUN0QixJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTztBQUV2RSxJQUFNLGlCQUFpQixFQUFFLEtBQUssT0FBTyxTQUFTLE9BQU8sS0FBSyxPQUFPLEtBQUssT0FBTyxLQUFLLE1BQU07QUFFakYsU0FBUyxhQUFhLE9BQU8sT0FBTyxLQUFLO0FBQzlDLFFBQU0sU0FBUyxPQUFPLFVBQVUsWUFBWSxRQUFRLEtBQUssTUFBTSxLQUFLLENBQUMsSUFBSSxPQUFPLEtBQUssSUFBSTtBQUN6RixNQUFJLE9BQU8sV0FBVyxZQUFZLENBQUMsT0FBTyxjQUFjLE1BQU0sS0FBSyxTQUFTLEtBQUs7QUFDL0UsVUFBTSxhQUFhLEdBQUcsS0FBSyw0QkFBNEIsR0FBRyxFQUFFO0FBQUEsRUFDOUQ7QUFDQSxTQUFPO0FBQ1Q7QUFFTyxTQUFTLGFBQWEsT0FBTyxPQUFPO0FBQ3pDLE1BQUksVUFBVSxRQUFRLFVBQVUsT0FBUSxRQUFPO0FBQy9DLE1BQUksVUFBVSxTQUFTLFVBQVUsUUFBUyxRQUFPO0FBQ2pELFFBQU0sYUFBYSxHQUFHLEtBQUssMEJBQTBCO0FBQ3ZEO0FBRU8sU0FBUyxvQkFBb0IsT0FBTyxPQUFPO0FBQ2hELFFBQU0sT0FBTyxPQUFPLFVBQVUsV0FBVyxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLElBQUk7QUFDakYsTUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLEtBQUssS0FBSyxXQUFXLEVBQUcsT0FBTSxhQUFhLEdBQUcsS0FBSyx3REFBd0Q7QUFDbEksYUFBVyxRQUFRLE1BQU07QUFDdkIsUUFBSSxPQUFPLFNBQVMsWUFBWSxDQUFDLGNBQWMsS0FBSyxJQUFJLEdBQUc7QUFDekQsWUFBTSxhQUFhLEdBQUcsS0FBSyxtQkFBbUIsT0FBTyxJQUFJLENBQUMscUNBQXFDO0FBQUEsSUFDakc7QUFBQSxFQUNGO0FBQ0EsTUFBSSxJQUFJLElBQUksSUFBSSxFQUFFLFNBQVMsS0FBSyxPQUFRLE9BQU0sYUFBYSxHQUFHLEtBQUssMEJBQTBCO0FBQzdGLFNBQU87QUFDVDtBQUVPLFNBQVMsYUFBYSxPQUFPLE9BQU87QUFDekMsUUFBTSxRQUFRLE9BQU8sVUFBVSxXQUFXLE1BQU0sTUFBTSxHQUFHLElBQUk7QUFDN0QsTUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEtBQUssTUFBTSxXQUFXLEVBQUcsT0FBTSxhQUFhLEdBQUcsS0FBSywrREFBK0Q7QUFDM0ksUUFBTSxPQUFPLG9CQUFJLElBQUk7QUFDckIsU0FBTyxNQUFNLElBQUksU0FBUyxlQUFlLE1BQU07QUFDN0MsVUFBTSxRQUFRLE9BQU8sU0FBUyxXQUFXLEtBQUssS0FBSyxFQUFFLE1BQU0sS0FBSyxJQUFJLENBQUM7QUFDckUsVUFBTSxDQUFDLE1BQU0sWUFBWSxLQUFLLElBQUk7QUFDbEMsUUFBSSxNQUFNLFNBQVMsS0FBSyxNQUFNLFNBQVMsS0FBSyxDQUFDLGNBQWMsS0FBSyxJQUFJLEtBQU0sY0FBYyxTQUFTLGNBQWMsUUFBUztBQUN0SCxZQUFNLGFBQWEsR0FBRyxLQUFLLG1CQUFtQixPQUFPLElBQUksQ0FBQyxnREFBZ0Q7QUFBQSxJQUM1RztBQUNBLFFBQUksS0FBSyxJQUFJLElBQUksRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLE1BQU0sSUFBSSx1QkFBdUI7QUFDaEYsU0FBSyxJQUFJLElBQUk7QUFDYixXQUFPLEVBQUUsT0FBTyxNQUFNLFVBQVU7QUFBQSxFQUNsQyxDQUFDO0FBQ0g7QUFFQSxJQUFNLHdCQUF3QjtBQUM5QixJQUFNLGFBQWE7QUFDbkIsSUFBTSxZQUFZO0FBUVgsU0FBUyxXQUFXLE9BQU8sT0FBTztBQUN2QyxNQUFJLGNBQWMsS0FBSyxFQUFHLFFBQU8saUJBQWlCLE9BQU8sS0FBSztBQUM5RCxNQUFJLE9BQU8sVUFBVSxTQUFVLE9BQU0sYUFBYSxHQUFHLEtBQUssMEdBQTBHO0FBQ3BLLFFBQU0sT0FBTyxNQUFNLEtBQUs7QUFDeEIsUUFBTSxVQUFVLFdBQVcsS0FBSyxJQUFJO0FBQ3BDLE1BQUksU0FBUztBQUNYLFFBQUksUUFBUSxDQUFDLE1BQU0sT0FBVyxPQUFNLGFBQWEsR0FBRyxLQUFLLHFHQUFxRztBQUM5SixVQUFNQSxNQUFLLG9CQUFvQixRQUFRLENBQUMsR0FBRyxHQUFHLEtBQUssVUFBVTtBQUM3RCxXQUFPLEVBQUUsR0FBRyx1QkFBdUIsUUFBUSxDQUFDLEdBQUcsS0FBSyxHQUFHLElBQUFBLElBQUc7QUFBQSxFQUM1RDtBQUNBLE1BQUksc0JBQXNCLEtBQUssSUFBSSxLQUFLLG1CQUFtQixLQUFLLElBQUksRUFBRyxRQUFPLEVBQUUsR0FBRyx1QkFBdUIsTUFBTSxLQUFLLEdBQUcsSUFBSSxDQUFDLEVBQUU7QUFDL0gsUUFBTSxTQUFTLFVBQVUsS0FBSyxJQUFJO0FBQ2xDLE1BQUksQ0FBQyxPQUFRLE9BQU0sYUFBYSxHQUFHLEtBQUssbUhBQW1IO0FBQzNKLFFBQU0sS0FBSyxPQUFPLENBQUMsS0FBSyxPQUFPLENBQUM7QUFDaEMsUUFBTSxLQUFLLE9BQU8sQ0FBQyxLQUFLLE9BQU8sQ0FBQztBQUNoQyxTQUFPLGlCQUFpQixFQUFFLElBQUksR0FBRyxHQUFHLEtBQUs7QUFDM0M7QUFFQSxTQUFTLHVCQUF1QixNQUFNLE9BQU87QUFDM0MsUUFBTSxRQUFRLHNCQUFzQixLQUFLLEtBQUssS0FBSyxDQUFDO0FBQ3BELE1BQUksQ0FBQyxNQUFPLE9BQU0sYUFBYSxHQUFHLEtBQUssbUdBQW1HO0FBQzFJLFFBQU0sQ0FBQyxFQUFFLE9BQU8sUUFBUSxRQUFRLEtBQUssSUFBSTtBQUN6QyxNQUFJLE1BQU8sUUFBTyxFQUFFLElBQUksU0FBUyxPQUFPLE1BQU0sSUFBSSxNQUFNO0FBQ3hELFFBQU0sS0FBSyxlQUFlLE1BQU07QUFDaEMsTUFBSSxPQUFPLE9BQVcsT0FBTSxhQUFhLEdBQUcsS0FBSyxpQ0FBaUMsTUFBTSwwREFBMEQ7QUFDbEosU0FBTyxFQUFFLElBQUksT0FBTyxRQUFRLElBQUksTUFBTTtBQUN4QztBQUVBLFNBQVMsaUJBQWlCLE9BQU8sT0FBTztBQUN0QyxRQUFNLEtBQUssZUFBZSxNQUFNLEVBQUUsTUFBTSxNQUFNLE9BQU8sVUFBVSxVQUFVO0FBQ3pFLE1BQUksT0FBTyxPQUFXLE9BQU0sYUFBYSxHQUFHLEtBQUssOENBQThDLG9CQUFvQixLQUFLLElBQUksQ0FBQyxFQUFFO0FBQy9ILFFBQU0sS0FBSyxNQUFNLE9BQU8sU0FBWSxDQUFDLElBQUksb0JBQW9CLE1BQU0sSUFBSSxHQUFHLEtBQUssS0FBSztBQUNwRixTQUFPLEVBQUUsSUFBSSxPQUFPLE9BQU8sVUFBVSxPQUFPLFNBQVMsSUFBSSxJQUFJLFFBQVE7QUFDdkU7QUFHTyxTQUFTLFVBQVUsT0FBTyxPQUFPO0FBQ3RDLE1BQUksT0FBTyxVQUFVLFlBQWEsT0FBTyxVQUFVLFlBQVksZ0JBQWdCLEtBQUssS0FBSyxHQUFJO0FBQzNGLFVBQU0sVUFBVSxPQUFPLEtBQUs7QUFDNUIsUUFBSSxPQUFPLFNBQVMsT0FBTyxLQUFLLFdBQVcsRUFBRyxRQUFPLEtBQUssTUFBTSxVQUFVLEdBQUk7QUFBQSxFQUNoRixXQUFXLE9BQU8sVUFBVSxZQUFZLHlFQUF5RSxLQUFLLEtBQUssR0FBRztBQUM1SCxVQUFNLEtBQUssS0FBSyxNQUFNLEtBQUs7QUFDM0IsUUFBSSxDQUFDLE9BQU8sTUFBTSxFQUFFLEVBQUcsUUFBTztBQUFBLEVBQ2hDO0FBQ0EsUUFBTSxhQUFhLEdBQUcsS0FBSyxnR0FBZ0c7QUFDN0g7QUFFQSxJQUFNLGlCQUFpQixFQUFFLElBQUksTUFBTyxHQUFHLEdBQUcsR0FBRyxJQUFJLEdBQUcsTUFBTSxHQUFHLE9BQU8sR0FBRyxRQUFRLEdBQUcsUUFBUztBQUdwRixTQUFTLGNBQWMsT0FBTyxPQUFPO0FBQzFDLE1BQUksT0FBTyxVQUFVLFlBQWEsT0FBTyxVQUFVLFlBQVksZ0JBQWdCLEtBQUssS0FBSyxHQUFJO0FBQzNGLFVBQU0sVUFBVSxPQUFPLEtBQUs7QUFDNUIsUUFBSSxVQUFVLEtBQUssT0FBTyxTQUFTLE9BQU8sRUFBRyxRQUFPLEVBQUUsTUFBTSxHQUFHLE9BQU8sS0FBSyxRQUFRO0FBQUEsRUFDckYsV0FBVyxPQUFPLFVBQVUsWUFBWSwyQkFBMkIsS0FBSyxLQUFLLEdBQUc7QUFDOUUsUUFBSSxVQUFVO0FBQ2QsZUFBVyxDQUFDLEVBQUUsUUFBUSxJQUFJLEtBQUssTUFBTSxTQUFTLHdCQUF3QixFQUFHLFlBQVcsT0FBTyxNQUFNLElBQUksZUFBZSxJQUFJO0FBQ3hILFFBQUksVUFBVSxFQUFHLFFBQU8sRUFBRSxNQUFNLE9BQU8sUUFBUTtBQUFBLEVBQ2pEO0FBQ0EsUUFBTSxhQUFhLEdBQUcsS0FBSyxvRkFBb0Y7QUFDakg7OztBQ2xITyxTQUFTLGlCQUFpQixRQUFRLE9BQU87QUFDOUMsUUFBTSxRQUFRLENBQUM7QUFDZixNQUFJLFVBQVU7QUFDZCxNQUFJLFdBQVc7QUFDZixhQUFXLE1BQU0sT0FBTyxRQUFRLE9BQU8sRUFBRSxHQUFHO0FBQzFDLFFBQUksT0FBTyxJQUFLLFlBQVcsQ0FBQztBQUM1QixRQUFJLE9BQU8sT0FBTyxDQUFDLFVBQVU7QUFBRSxZQUFNLEtBQUssT0FBTztBQUFHLGdCQUFVO0FBQUk7QUFBQSxJQUFVO0FBQzVFLGVBQVc7QUFBQSxFQUNiO0FBQ0EsUUFBTSxLQUFLLE9BQU87QUFDbEIsUUFBTSxRQUFRLENBQUM7QUFDZixhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJLEtBQUssS0FBSyxNQUFNLEdBQUk7QUFDeEIsVUFBTSxLQUFLLEtBQUssUUFBUSxHQUFHO0FBQzNCLFVBQU0sTUFBTSxvQkFBb0IsS0FBSyxJQUFJLE9BQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxHQUFHLEtBQUssRUFBRSxLQUFLO0FBQy9FLFVBQU0sS0FBSyxFQUFFLEtBQUssT0FBTyxvQkFBb0IsS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLEtBQUssQ0FBQyxHQUFHLEdBQUcsS0FBSyxJQUFJLEdBQUcsRUFBRSxFQUFFLEtBQUssRUFBRSxDQUFDO0FBQUEsRUFDNUc7QUFDQSxTQUFPO0FBQ1Q7QUFFTyxTQUFTLG9CQUFvQixNQUFNLE9BQU87QUFDL0MsUUFBTSxTQUFTLEtBQUssUUFBUSxPQUFPLEdBQUc7QUFDdEMsTUFBSSxDQUFDLE9BQU8sU0FBUyxHQUFHLEVBQUcsUUFBTztBQUNsQyxNQUFJO0FBQ0YsV0FBTyxtQkFBbUIsTUFBTTtBQUFBLEVBQ2xDLFFBQVE7QUFDTixVQUFNLE1BQU0sbUVBQW1FLEtBQUssTUFBTTtBQUMxRixVQUFNLGFBQWEsR0FBRyxLQUFLLCtCQUErQixNQUFNLGdCQUFnQixJQUFJLEtBQUssS0FBSyxFQUFFLCtCQUErQjtBQUFBLEVBQ2pJO0FBQ0Y7OztBQzlCTyxJQUFNLGdCQUFnQixDQUFDLFVBQVUsVUFBVSxVQUFVLE9BQU8sUUFBUSxXQUFXLFVBQVUsU0FBUyxTQUFTLFFBQVEsTUFBTSxRQUFRLE1BQU07QUFFdkksSUFBTSxvQkFBb0IsQ0FBQyxHQUFHLGVBQWUsV0FBVztBQUMvRCxJQUFNLG9CQUFvQjtBQVFuQixTQUFTLGVBQWUsT0FBTztBQUNwQyxRQUFNLEVBQUUsS0FBSyxXQUFXLElBQUksWUFBWSxLQUFLO0FBQzdDLFFBQU0sTUFBTSxDQUFDLFFBQVEsSUFBSSxHQUFHLE1BQU0sVUFBYSxJQUFJLEdBQUcsTUFBTTtBQUM1RCxRQUFNLFNBQVM7QUFBQSxJQUNiO0FBQUEsSUFBWSxRQUFRO0FBQUEsSUFBTSxRQUFRO0FBQUEsSUFBTSxRQUFRO0FBQUEsSUFBTSxLQUFLO0FBQUEsSUFBTSxNQUFNO0FBQUEsSUFBTSxTQUFTO0FBQUEsSUFBTSxRQUFRO0FBQUEsSUFDcEcsV0FBVztBQUFBLElBQU0sT0FBTztBQUFBLElBQU8sTUFBTTtBQUFBLElBQU0sSUFBSTtBQUFBLElBQU0sTUFBTTtBQUFBLElBQU0sTUFBTTtBQUFBLEVBQ3pFO0FBQ0EsTUFBSSxJQUFJLFFBQVEsR0FBRztBQUNqQixRQUFJLE9BQU8sSUFBSSxXQUFXLFlBQVksSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFJLE9BQU0sYUFBYSxHQUFHLFdBQVcsUUFBUSxDQUFDLCtCQUErQjtBQUN6SSxXQUFPLFNBQVMsSUFBSSxPQUFPLEtBQUs7QUFBQSxFQUNsQztBQUNBLE1BQUksSUFBSSxRQUFRLEdBQUc7QUFDakIsUUFBSSxPQUFPLElBQUksV0FBVyxTQUFVLE9BQU0sYUFBYSxHQUFHLFdBQVcsUUFBUSxDQUFDLHVDQUF1QztBQUNySCxXQUFPLFNBQVMsWUFBWSxJQUFJLFFBQVEsV0FBVyxRQUFRLENBQUM7QUFBQSxFQUM5RDtBQUNBLE1BQUksSUFBSSxRQUFRLEdBQUc7QUFDakIsUUFBSSxPQUFPLElBQUksV0FBVyxZQUFZLElBQUksT0FBTyxLQUFLLE1BQU0sR0FBSSxPQUFNLGFBQWEsR0FBRyxXQUFXLFFBQVEsQ0FBQyxrQ0FBa0M7QUFDNUksUUFBSSxJQUFJLE9BQU8sU0FBUyxrQkFBbUIsT0FBTSxhQUFhLEdBQUcsV0FBVyxRQUFRLENBQUMsaUJBQWlCLGlCQUFpQixhQUFhO0FBQ3BJLFdBQU8sU0FBUyxJQUFJLE9BQU8sS0FBSztBQUFBLEVBQ2xDO0FBQ0EsTUFBSSxJQUFJLEtBQUssRUFBRyxRQUFPLE1BQU0sYUFBYSxJQUFJLEtBQUssV0FBVyxLQUFLLEdBQUcsQ0FBQztBQUN2RSxNQUFJLElBQUksTUFBTSxFQUFHLFFBQU8sT0FBTyxhQUFhLElBQUksTUFBTSxXQUFXLE1BQU0sR0FBRyxDQUFDO0FBQzNFLE1BQUksSUFBSSxTQUFTLEVBQUcsUUFBTyxVQUFVLGFBQWEsSUFBSSxTQUFTLFdBQVcsU0FBUyxDQUFDO0FBQ3BGLE1BQUksSUFBSSxRQUFRLEVBQUcsUUFBTyxTQUFTLG9CQUFvQixJQUFJLFFBQVEsV0FBVyxRQUFRLENBQUM7QUFDdkYsTUFBSSxJQUFJLE9BQU8sRUFBRyxRQUFPLFlBQVksV0FBVyxJQUFJLE9BQU8sV0FBVyxPQUFPLENBQUM7QUFDOUUsTUFBSSxJQUFJLE9BQU8sRUFBRyxRQUFPLFFBQVEsYUFBYSxJQUFJLE9BQU8sV0FBVyxPQUFPLENBQUM7QUFDNUUsTUFBSSxJQUFJLE1BQU0sRUFBRyxRQUFPLE9BQU8sVUFBVSxJQUFJLE1BQU0sV0FBVyxNQUFNLENBQUM7QUFDckUsTUFBSSxJQUFJLElBQUksRUFBRyxRQUFPLEtBQUssVUFBVSxJQUFJLElBQUksV0FBVyxJQUFJLENBQUM7QUFDN0QsTUFBSSxJQUFJLE1BQU0sRUFBRyxRQUFPLE9BQU8sVUFBVSxJQUFJLE1BQU0sV0FBVyxNQUFNLENBQUM7QUFDckUsTUFBSSxJQUFJLE1BQU0sRUFBRyxRQUFPLE9BQU8sY0FBYyxJQUFJLE1BQU0sV0FBVyxNQUFNLENBQUM7QUFDekUsTUFBSSxPQUFPLFNBQVMsUUFBUSxPQUFPLE9BQU8sUUFBUSxPQUFPLFFBQVEsT0FBTyxJQUFJO0FBQzFFLFVBQU0sYUFBYSxHQUFHLFdBQVcsSUFBSSxDQUFDLHdCQUF3QixXQUFXLE1BQU0sQ0FBQyxFQUFFO0FBQUEsRUFDcEY7QUFDQSxNQUFJLE9BQU8sY0FBYyxRQUFRLE9BQU8sV0FBVyxNQUFNO0FBQ3ZELFVBQU0sYUFBYSxHQUFHLFdBQVcsUUFBUSxDQUFDLDZCQUE2QixXQUFXLE9BQU8sQ0FBQyx5REFBeUQ7QUFBQSxFQUNySjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxPQUFPO0FBQzFCLE1BQUksT0FBTyxVQUFVLFVBQVU7QUFDN0IsVUFBTUMsT0FBTSxDQUFDO0FBQ2IsZUFBVyxFQUFFLEtBQUssTUFBTSxLQUFLLGlCQUFpQixPQUFPLGFBQWEsR0FBRztBQUNuRSxZQUFNLE9BQU8sSUFBSSxRQUFRLE9BQU8sRUFBRTtBQUNsQyxVQUFJLENBQUMsY0FBYyxTQUFTLElBQUksR0FBRztBQUNqQyxjQUFNLGFBQWEsc0NBQXNDLEdBQUcsc0JBQXNCLGNBQWMsSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBRztBQUFBLE1BQ25JO0FBQ0EsVUFBSSxRQUFRQSxLQUFLLE9BQU0sYUFBYSwrQkFBK0IsSUFBSSwyQkFBMkI7QUFDbEcsTUFBQUEsS0FBSSxJQUFJLElBQUk7QUFBQSxJQUNkO0FBQ0EsV0FBTyxFQUFFLEtBQUFBLE1BQUssWUFBWSxDQUFDLFFBQVEsZ0JBQWdCLEdBQUcsR0FBRztBQUFBLEVBQzNEO0FBQ0EsTUFBSSxDQUFDLGNBQWMsS0FBSyxFQUFHLE9BQU0sYUFBYSwwREFBMEQ7QUFDeEcsYUFBVyxPQUFPLE9BQU8sS0FBSyxLQUFLLEdBQUc7QUFDcEMsUUFBSSxDQUFDLGtCQUFrQixTQUFTLEdBQUcsRUFBRyxPQUFNLGFBQWEsZUFBZSxHQUFHLHFDQUFxQyxrQkFBa0IsS0FBSyxJQUFJLENBQUMsR0FBRztBQUFBLEVBQ2pKO0FBQ0EsTUFBSSxNQUFNLFVBQVUsVUFBYSxNQUFNLGNBQWMsT0FBVyxPQUFNLGFBQWEsMERBQTBEO0FBQzdJLFFBQU0sV0FBVyxNQUFNLGNBQWMsU0FBWSxjQUFjO0FBQy9ELFFBQU0sTUFBTSxFQUFFLEdBQUcsT0FBTyxPQUFPLE1BQU0sUUFBUSxFQUFFO0FBQy9DLFNBQU8sRUFBRSxLQUFLLFlBQVksQ0FBQyxRQUFRLGVBQWUsUUFBUSxVQUFVLFdBQVcsR0FBRyxHQUFHO0FBQ3ZGO0FBR08sU0FBUyxtQkFBbUIsT0FBTztBQUN4QyxNQUFJLENBQUMsY0FBYyxLQUFLLEVBQUcsT0FBTSxhQUFhLGdEQUFnRDtBQUM5RixNQUFJLE1BQU0sVUFBVSxPQUFXLE9BQU0sYUFBYSx5REFBeUQ7QUFDM0csU0FBTyxlQUFlLE1BQU0sS0FBSztBQUNuQzs7O0FDU08sU0FBUyxnQkFBZ0IsR0FBRyxHQUFHO0FBQ3BDLFFBQU0sSUFBSSxNQUFNLFNBQVksT0FBTztBQUNuQyxRQUFNLElBQUksTUFBTSxTQUFZLE9BQU87QUFDbkMsTUFBSSxNQUFNLEVBQUcsUUFBTztBQUNwQixNQUFJLE1BQU0sS0FBTSxRQUFPO0FBQ3ZCLE1BQUksTUFBTSxLQUFNLFFBQU87QUFDdkIsTUFBSSxPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU0sU0FBVSxRQUFPLElBQUk7QUFDL0QsUUFBTSxLQUFLLE9BQU8sQ0FBQztBQUNuQixRQUFNLEtBQUssT0FBTyxDQUFDO0FBQ25CLFNBQU8sS0FBSyxLQUFLLEtBQUssS0FBSyxLQUFLLElBQUk7QUFDdEM7QUFFTyxTQUFTLFNBQVMsTUFBTSxTQUFTO0FBQ3RDLFNBQU8sS0FDSixJQUFJLENBQUMsS0FBSyxXQUFXLEVBQUUsS0FBSyxNQUFNLEVBQUUsRUFDcEMsS0FBSyxTQUFTLGFBQWEsR0FBRyxHQUFHO0FBQ2hDLGVBQVcsRUFBRSxPQUFPLFVBQVUsS0FBSyxTQUFTO0FBQzFDLFlBQU0sUUFBUSxnQkFBZ0IsRUFBRSxJQUFJLEtBQUssR0FBRyxFQUFFLElBQUksS0FBSyxDQUFDO0FBQ3hELFVBQUksVUFBVSxFQUFHLFFBQU8sY0FBYyxTQUFTLENBQUMsUUFBUTtBQUFBLElBQzFEO0FBQ0EsV0FBTyxFQUFFLFFBQVEsRUFBRTtBQUFBLEVBQ3JCLENBQUMsRUFDQSxJQUFJLENBQUMsVUFBVSxNQUFNLEdBQUc7QUFDN0I7QUF3Q08sU0FBUyxTQUFTLE1BQU0sR0FBRyxFQUFFLGFBQWEsUUFBUSxJQUFJLENBQUMsR0FBRztBQUMvRCxNQUFJLFNBQVM7QUFDYixRQUFNLFVBQVUsRUFBRSxZQUFZLEVBQUUsUUFBUSxPQUFPLENBQUMsRUFBRSxPQUFPLFlBQVksV0FBVyxPQUFPLENBQUMsSUFBSTtBQUM1RixNQUFJLFlBQVksS0FBTSxVQUFTLFNBQVMsUUFBUSxPQUFPO0FBQ3ZELFFBQU0sUUFBUSxPQUFPO0FBQ3JCLE1BQUksRUFBRSxTQUFTLEtBQU0sVUFBUyxPQUFPLE1BQU0sRUFBRSxJQUFJO0FBQ2pELE1BQUksRUFBRSxRQUFRLEtBQU0sVUFBUyxPQUFPLE1BQU0sR0FBRyxFQUFFLEdBQUc7QUFDbEQsTUFBSSxFQUFFLFdBQVcsS0FBTSxVQUFTLE9BQU8sSUFBSSxDQUFDLFFBQVEsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLENBQUMsU0FBUyxDQUFDLE1BQU0sSUFBSSxJQUFJLEtBQUssSUFBSSxDQUFDLENBQUMsQ0FBQztBQUN6SCxTQUFPLEVBQUUsT0FBTyxRQUFRLE1BQU07QUFDaEM7OztBQ3BLTyxTQUFTLFlBQVksRUFBRSxTQUFTLE9BQU8sTUFBTSxHQUFHO0FBQ3JELFNBQU8sRUFBRSxrQkFBa0IsU0FBUyxnQkFBZ0IsVUFBVSxTQUFZLE1BQU0sU0FBUyxPQUFPLE1BQU07QUFDeEc7OztBQ0dBLElBQU0sa0JBQWtCLEVBQUUsSUFBSSxNQUFNLElBQUksT0FBTyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ25FLElBQU0sVUFBVTtBQUdoQixTQUFTLGVBQWUsT0FBTztBQUM3QixTQUFPLE1BQU0sUUFBUSxXQUFXLE1BQU07QUFDeEM7QUFFQSxJQUFNLE1BQU0sQ0FBQyxXQUFXLEVBQUUsTUFBTSxFQUFFLFVBQVUsQ0FBQyxLQUFLLEVBQUUsRUFBRTtBQUN0RCxJQUFNLFNBQVMsQ0FBQyxXQUFXLEVBQUUsUUFBUSxFQUFFLE1BQU0sRUFBRTtBQUV4QyxTQUFTLFVBQVUsTUFBTSxFQUFFLFdBQVcsTUFBTSxHQUFHO0FBQ3BELFdBQVMsYUFBYSxNQUFNLFdBQVc7QUFDckMsUUFBSSxVQUFVLEtBQUssS0FBSyxNQUFNLFFBQVE7QUFDcEMsWUFBTSxZQUFZLE9BQU8sR0FBRyxTQUFTLGdDQUFnQyxLQUFLLEtBQUssS0FBSyxTQUFTLDZFQUE2RTtBQUFBLElBQzVLO0FBQUEsRUFDRjtBQUNBLFdBQVMsT0FBT0MsT0FBTTtBQUNwQixZQUFRQSxNQUFLLE1BQU07QUFBQSxNQUNqQixLQUFLO0FBQVMsZUFBT0EsTUFBSyxRQUFRLEVBQUUsV0FBVyxDQUFDLEVBQUUsSUFBSSxFQUFFLFlBQVksQ0FBQyxFQUFFO0FBQUEsTUFDdkUsS0FBSztBQUFPLGVBQU8sRUFBRSxNQUFNLEVBQUUsUUFBUUEsTUFBSyxTQUFTLElBQUksTUFBTSxFQUFFLEVBQUU7QUFBQSxNQUNqRSxLQUFLO0FBQU0sZUFBTyxFQUFFLE1BQU0sRUFBRSxRQUFRQSxNQUFLLFNBQVMsSUFBSSxNQUFNLEdBQUcsc0JBQXNCLEVBQUUsRUFBRTtBQUFBLE1BQ3pGLEtBQUs7QUFBVyxlQUFPLFFBQVFBLEtBQUk7QUFBQSxNQUNuQyxLQUFLLE1BQU07QUFDVCxxQkFBYUEsT0FBTSxNQUFNO0FBRXpCLGNBQU0sV0FBV0EsTUFBSyxjQUFjLE9BQ2hDLEVBQUUsT0FBTyxFQUFFLENBQUNBLE1BQUssS0FBSyxHQUFHQSxNQUFLLE9BQU8sRUFBRSxJQUN2QyxFQUFFLE1BQU0sRUFBRSxRQUFRQSxNQUFLLE9BQU8sSUFBSSxDQUFDLFVBQVUsS0FBS0EsTUFBSyxPQUFPLE9BQU8sSUFBSSxDQUFDLEdBQUcsc0JBQXNCLEVBQUUsRUFBRTtBQUMzRyxlQUFPQSxNQUFLLFVBQVUsSUFBSSxRQUFRLElBQUk7QUFBQSxNQUN4QztBQUFBLE1BQ0EsS0FBSyxZQUFZO0FBQ2YscUJBQWFBLE9BQU0sR0FBR0EsTUFBSyxJQUFJLElBQUk7QUFDbkMsY0FBTSxrQkFBa0JBLE1BQUssY0FBYztBQUMzQyxZQUFJO0FBQ0osWUFBSUEsTUFBSyxVQUFVLEdBQUksWUFBVyxPQUFPQSxNQUFLLEtBQUs7QUFBQSxpQkFDMUNBLE1BQUssU0FBUyxhQUFjLFlBQVcsRUFBRSxRQUFRLEVBQUUsQ0FBQ0EsTUFBSyxLQUFLLEdBQUcsRUFBRSxPQUFPQSxNQUFLLE9BQU8sR0FBSSxrQkFBa0IsRUFBRSxrQkFBa0IsS0FBSyxJQUFJLENBQUMsRUFBRyxFQUFFLEVBQUU7QUFBQSxhQUNySjtBQUNILGdCQUFNLE9BQU8sZUFBZUEsTUFBSyxLQUFLO0FBQ3RDLGdCQUFNLFVBQVVBLE1BQUssU0FBUyxhQUFhLElBQUksSUFBSSxNQUFNLElBQUksSUFBSTtBQUNqRSxxQkFBVyxFQUFFLFVBQVUsRUFBRSxDQUFDQSxNQUFLLEtBQUssR0FBRyxFQUFFLE9BQU8sU0FBUyxHQUFJLGtCQUFrQixFQUFFLGtCQUFrQixLQUFLLElBQUksQ0FBQyxFQUFHLEVBQUUsRUFBRTtBQUFBLFFBQ3RIO0FBQ0EsZUFBT0EsTUFBSyxVQUFVLEVBQUUsTUFBTSxFQUFFLFFBQVEsQ0FBQyxPQUFPQSxNQUFLLEtBQUssQ0FBQyxHQUFHLFVBQVUsQ0FBQyxRQUFRLEVBQUUsRUFBRSxJQUFJO0FBQUEsTUFDM0Y7QUFBQSxNQUNBO0FBQ0UsY0FBTSxJQUFJLE1BQU0sNEJBQTRCQSxNQUFLLElBQUksRUFBRTtBQUFBLElBQzNEO0FBQUEsRUFDRjtBQUNBLFdBQVMsS0FBSyxPQUFPLE9BQU8saUJBQWlCO0FBQzNDLFdBQU8sRUFBRSxNQUFNLEVBQUUsQ0FBQyxLQUFLLEdBQUcsRUFBRSxPQUFPLEdBQUksa0JBQWtCLEVBQUUsa0JBQWtCLEtBQUssSUFBSSxDQUFDLEVBQUcsRUFBRSxFQUFFO0FBQUEsRUFDaEc7QUFDQSxXQUFTLFFBQVEsTUFBTTtBQUNyQixRQUFJLEtBQUssVUFBVSxLQUFNLFFBQU8sS0FBSyxPQUFPLE9BQU8sSUFBSSxPQUFPLEtBQUssS0FBSyxDQUFDLElBQUksT0FBTyxLQUFLLEtBQUs7QUFDOUYsUUFBSSxLQUFLLE9BQU8sUUFBUSxLQUFLLE9BQU8sTUFBTTtBQUN4QyxtQkFBYSxNQUFNLGFBQWEsS0FBSyxFQUFFLEdBQUc7QUFDMUMsWUFBTSxXQUFXLEtBQUssS0FBSyxPQUFPLEtBQUssT0FBTyxLQUFLLGNBQWMsSUFBSTtBQUNyRSxhQUFPLEtBQUssT0FBTyxPQUFPLFdBQVcsSUFBSSxRQUFRO0FBQUEsSUFDbkQ7QUFDQSxpQkFBYSxNQUFNLGFBQWEsS0FBSyxFQUFFLEdBQUc7QUFDMUMsUUFBSSxLQUFLLGNBQWMsS0FBTSxPQUFNLFlBQVksT0FBTyxHQUFHLEtBQUssU0FBUyxxQkFBcUIsS0FBSyxFQUFFLEtBQUssU0FBUywwQkFBMEI7QUFDM0ksVUFBTSxRQUFRLEVBQUUsT0FBTyxFQUFFLENBQUMsS0FBSyxLQUFLLEdBQUcsRUFBRSxDQUFDLGdCQUFnQixLQUFLLEVBQUUsQ0FBQyxHQUFHLEtBQUssTUFBTSxFQUFFLEVBQUU7QUFDcEYsV0FBTyxLQUFLLFVBQVUsSUFBSSxLQUFLLElBQUk7QUFBQSxFQUNyQztBQUNBLFNBQU8sT0FBTyxJQUFJO0FBQ3BCOzs7QUNuRU8sSUFBTSxXQUFXLEVBQUUsU0FBUyxVQUFVLE1BQU0sVUFBVSxRQUFRLFVBQVUsU0FBUyxXQUFXLFVBQVUsV0FBVztBQUN4SCxJQUFNLFdBQVc7QUFDakIsSUFBTSxXQUFXO0FBRVYsSUFBTSxvQkFBb0I7QUFFakMsU0FBUyxZQUFZLFNBQVM7QUFDNUIsUUFBTSxRQUFRLElBQUksTUFBTSxrQkFBa0IsT0FBTyxFQUFFO0FBQ25ELFFBQU0sT0FBTztBQUNiLFNBQU87QUFDVDtBQUVPLFNBQVMsV0FBVyxLQUFLO0FBQzlCLFFBQU0sU0FBUyxjQUFjLEtBQUssTUFBTSxJQUFJLElBQUksU0FBUyxDQUFDO0FBQzFELE1BQUksT0FBTyxPQUFPLFVBQVUsWUFBWSxDQUFDLFNBQVMsS0FBSyxPQUFPLEtBQUssRUFBRyxPQUFNLFlBQVkscUVBQXFFO0FBQzdKLE1BQUksQ0FBQyxjQUFjLE9BQU8sTUFBTSxLQUFLLE9BQU8sS0FBSyxPQUFPLE1BQU0sRUFBRSxXQUFXLEVBQUcsT0FBTSxZQUFZLDRGQUE0RjtBQUM1TCxhQUFXLENBQUMsTUFBTSxJQUFJLEtBQUssT0FBTyxRQUFRLE9BQU8sTUFBTSxHQUFHO0FBQ3hELFFBQUksQ0FBQyxTQUFTLEtBQUssSUFBSSxFQUFHLE9BQU0sWUFBWSxzQ0FBc0MsSUFBSSxHQUFHO0FBQ3pGLFFBQUksRUFBRSxRQUFRLFVBQVcsT0FBTSxZQUFZLGlCQUFpQixJQUFJLHFCQUFxQixPQUFPLEtBQUssUUFBUSxFQUFFLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUN6SDtBQUNBLFFBQU0sZUFBZSxPQUFPLGdCQUFnQixDQUFDO0FBQzdDLE1BQUksQ0FBQyxNQUFNLFFBQVEsWUFBWSxLQUFLLENBQUMsYUFBYSxNQUFNLENBQUMsTUFBTSxPQUFPLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRyxPQUFNLFlBQVksb0RBQW9EO0FBQ25LLFFBQU0sVUFBVSxPQUFPLFdBQVc7QUFDbEMsTUFBSSxDQUFDLE9BQU8sY0FBYyxPQUFPLEtBQUssVUFBVSxLQUFLLFVBQVUsa0JBQW1CLE9BQU0sWUFBWSxpREFBaUQsaUJBQWlCLEVBQUU7QUFDeEssUUFBTSxRQUFRLENBQUMsS0FBSyxhQUFhO0FBQy9CLFVBQU0sUUFBUSxPQUFPLEdBQUcsS0FBSztBQUM3QixRQUFJLEVBQUUsU0FBUyxPQUFPLFdBQVcsQ0FBQyxjQUFjLEtBQUssTUFBTSxRQUFRLFVBQVUsR0FBRyxDQUFDLEVBQUcsT0FBTSxZQUFZLFVBQVUsR0FBRyxNQUFNLEtBQUssMkJBQTJCO0FBQ3pKLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTztBQUFBLElBQ0wsT0FBTyxPQUFPO0FBQUEsSUFDZCxRQUFRLE9BQU87QUFBQSxJQUNmLGFBQWEsTUFBTSxlQUFlLFFBQVE7QUFBQSxJQUMxQyxXQUFXLE1BQU0sYUFBYSxXQUFXO0FBQUEsSUFDekMsWUFBWSxNQUFNLGNBQWMsT0FBTztBQUFBLElBQ3ZDO0FBQUEsSUFDQTtBQUFBLEVBQ0Y7QUFDRjs7O0FDckNBLFNBQVMsU0FBUyxNQUFNO0FBQ3RCLFFBQU0sUUFBUSxLQUFLO0FBQ25CLE1BQUksT0FBTyxVQUFVLFNBQVUsUUFBTztBQUV0QyxNQUFJLGNBQWMsS0FBSyxLQUFLLE9BQU8sTUFBTSxVQUFVLFNBQVUsUUFBTyxNQUFNO0FBQzFFLFNBQU87QUFDVDtBQUVPLFNBQVMsZ0JBQWdCLE9BQU8sS0FBSztBQUMxQyxNQUFJLENBQUMsY0FBYyxLQUFLLEtBQUssQ0FBQyxjQUFjLE1BQU0sUUFBUSxFQUFHLE9BQU0sYUFBYSxtRUFBbUU7QUFDbkosTUFBSSxNQUFNLFlBQVksVUFBYSxPQUFPLE1BQU0sWUFBWSxTQUFVLE9BQU0sYUFBYSxrQ0FBa0M7QUFDM0gsUUFBTSxPQUFPLE1BQU07QUFDbkIsTUFBSSxjQUFjLEtBQUssS0FBSyxHQUFHO0FBQzdCLFVBQU0sUUFBUSxJQUFJLE1BQU0sZ0NBQWdDLEtBQUssTUFBTSxRQUFRLFNBQVMsTUFBTSxLQUFLLE1BQU0sVUFBVSxpQkFBaUIsRUFBRTtBQUNsSSxVQUFNLE9BQU87QUFDYixVQUFNO0FBQUEsRUFDUjtBQUNBLFFBQU0sSUFBSSxNQUFNLFVBQVUsU0FBWSxPQUFPLGVBQWUsTUFBTSxLQUFLO0FBQ3ZFLFFBQU0sVUFBVSxNQUFNLFdBQVc7QUFDakMsTUFBSSxDQUFDLGNBQWMsS0FBSyxJQUFJLEVBQUcsT0FBTSxhQUFhLHlDQUF5QztBQUMzRixNQUFJLEtBQUssS0FBSyxVQUFVLFVBQWEsY0FBYyxLQUFLLEtBQUssS0FBSyxLQUFLLEtBQUssS0FBSyxNQUFNLGFBQWEsT0FBTztBQUN6RyxTQUFLLEtBQUssS0FBSyw0REFBNEQ7QUFBQSxFQUM3RTtBQUNBLFFBQU0sWUFBWSxHQUFHLGFBQWE7QUFDbEMsTUFBSSxjQUFjLE1BQU07QUFDdEIsUUFBSSxVQUFVLEdBQUcsV0FBVyxHQUFHO0FBQzdCLFlBQU0sUUFBUSxVQUFVLE9BQU8sVUFBVSxTQUFTLEtBQUssSUFBSSxJQUFJLEtBQUssZUFBZSxVQUFVLEVBQUUsR0FBRztBQUNsRyxVQUFJLFVBQVUsT0FBVyxPQUFNLGFBQWEsK0JBQStCLFVBQVUsRUFBRSxXQUFXO0FBQ2xHLGFBQU8sWUFBWSxFQUFFLFNBQVMsT0FBTyxDQUFDLEVBQUUsQ0FBQyxVQUFVLEVBQUUsR0FBRyxNQUFNLENBQUMsRUFBRSxDQUFDO0FBQUEsSUFDcEU7QUFDQSxVQUFNLFVBQVUsS0FBSyxjQUFjLFFBQVE7QUFDM0MsUUFBSSxDQUFDLE1BQU0sUUFBUSxPQUFPLEVBQUcsT0FBTSxhQUFhLDBGQUEyRjtBQUMzSSxRQUFJLGNBQWMsS0FBSyxhQUFhLE9BQU8sU0FBUyxLQUFLLFFBQVEsU0FBUyxFQUFHLE1BQUssS0FBSyxNQUFNLGtEQUFrRDtBQUMvSSxVQUFNQyxRQUFPLFFBQVEsSUFBSSxTQUFTLFVBQVUsUUFBUSxHQUFHO0FBQ3JELFVBQUksQ0FBQyxjQUFjLE1BQU0sS0FBSyxDQUFDLGNBQWMsT0FBTyxHQUFHLEVBQUcsT0FBTSxhQUFhLDhDQUE4QyxDQUFDLGdDQUFnQztBQUM1SixZQUFNLFFBQVEsVUFBVSxPQUFPLFVBQVUsT0FBTyxZQUFZLE9BQU8sVUFBVSxFQUFFLEdBQUcsU0FBUztBQUMzRixhQUFPLEVBQUUsR0FBRyxPQUFPLEtBQUssQ0FBQyxVQUFVLEVBQUUsR0FBRyxNQUFNO0FBQUEsSUFDaEQsQ0FBQztBQUNELFVBQU0sT0FBTyxTQUFTQSxPQUFNLEdBQUcsRUFBRSxZQUFZLFVBQVUsR0FBRyxDQUFDO0FBQzNELFdBQU8sWUFBWSxFQUFFLFNBQVMsT0FBTyxLQUFLLE9BQU8sT0FBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLEVBQ3RFO0FBQ0EsTUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEtBQUssSUFBSSxFQUFHLE9BQU0sYUFBYSw2Q0FBNkM7QUFDcEcsUUFBTSxPQUFPLEtBQUssS0FBSyxLQUFLLElBQUksU0FBUyxPQUFPLEtBQUssR0FBRztBQUN0RCxRQUFJLENBQUMsY0FBYyxHQUFHLEtBQUssQ0FBQyxjQUFjLElBQUksT0FBTyxFQUFHLE9BQU0sYUFBYSw0QkFBNEIsQ0FBQywrQkFBK0I7QUFDdkksV0FBTyxFQUFFLEdBQUcsSUFBSSxRQUFRO0FBQUEsRUFDMUIsQ0FBQztBQUNELFNBQU8sWUFBWSxFQUFFLFNBQVMsT0FBTyxNQUFNLE9BQU8sR0FBRyxRQUFRLFNBQVMsS0FBSyxJQUFJLElBQUksT0FBVSxDQUFDO0FBQ2hHOzs7QUN6Q0EsSUFBTUMsV0FBVTtBQUNoQixJQUFNLFVBQVUsRUFBRSxLQUFLLE9BQU8sS0FBSyxPQUFPLEtBQUssT0FBTyxLQUFLLE1BQU07QUFFakUsU0FBUyxlQUFlLE9BQU8sS0FBSztBQUNsQyxRQUFNLFNBQVMsV0FBVyxHQUFHO0FBQzdCLFFBQU0sSUFBSSxtQkFBbUIsS0FBSztBQUNsQyxRQUFNLFFBQVEsQ0FBQyxNQUFNLFVBQVU7QUFDN0IsUUFBSSxFQUFFLFFBQVEsT0FBTyxRQUFTLE9BQU0sYUFBYSxHQUFHLEtBQUssb0JBQW9CLElBQUksZUFBZSxPQUFPLEtBQUssT0FBTyxNQUFNLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBRztBQUN4SSxXQUFPO0FBQUEsRUFDVDtBQUNBLFFBQU0sWUFBWSxDQUFDLFNBQVMsU0FBUyxPQUFPLE9BQU8sSUFBSSxDQUFDO0FBQ3hELE1BQUksRUFBRSxTQUFTLEtBQU0sT0FBTSxZQUFZLEVBQUUsV0FBVyxNQUFNLEdBQUcsNEJBQTRCQSxVQUFTLG9CQUFvQjtBQUN0SCxRQUFNLFNBQVMsQ0FBQztBQUNoQixRQUFNLE9BQU8sQ0FBQztBQUNkLE1BQUksRUFBRSxXQUFXLEtBQU0sUUFBTyxLQUFLLEVBQUUsTUFBTSxFQUFFLENBQUMsT0FBTyxXQUFXLEdBQUcsRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLEVBQUUsQ0FBQztBQUMxRixNQUFJLEVBQUUsU0FBUyxRQUFRLEVBQUUsT0FBTyxNQUFNO0FBQ3BDLFVBQU0sU0FBUyxDQUFDO0FBQ2hCLFFBQUksRUFBRSxTQUFTLEtBQU0sUUFBTyxNQUFNLElBQUksS0FBSyxFQUFFLElBQUksRUFBRSxZQUFZO0FBQy9ELFFBQUksRUFBRSxPQUFPLEtBQU0sUUFBTyxLQUFLLElBQUksS0FBSyxFQUFFLEVBQUUsRUFBRSxZQUFZO0FBQzFELFdBQU8sS0FBSyxFQUFFLE9BQU8sRUFBRSxDQUFDLE9BQU8sU0FBUyxHQUFHLEVBQUUsR0FBRyxRQUFRLFFBQVEsNEJBQTRCLEVBQUUsRUFBRSxDQUFDO0FBQUEsRUFDbkc7QUFDQSxNQUFJLEVBQUUsV0FBVyxNQUFNO0FBQ3JCLFVBQU0sUUFBUSxFQUFFLFdBQVcsUUFBUTtBQUNuQyxVQUFNLFNBQVMsYUFBYSxFQUFFLFFBQVEsRUFBRSxPQUFPLFVBQVUsQ0FBQztBQUMxRCxlQUFXLFFBQVEsU0FBUyxNQUFNLEVBQUcsT0FBTSxNQUFNLEtBQUs7QUFDdEQsVUFBTSxRQUFRLFVBQVUsUUFBUSxFQUFFLFdBQVcsQ0FBQyxTQUFTLE9BQU8sT0FBTyxJQUFJLEdBQUcsTUFBTSxDQUFDO0FBQ25GLFFBQUksRUFBRSxlQUFlLE9BQVEsUUFBTyxLQUFLLEtBQUs7QUFBQSxFQUNoRDtBQUNBLE1BQUksRUFBRSxXQUFXLE1BQU07QUFDckIsUUFBSSxPQUFPLGFBQWEsV0FBVyxFQUFHLE9BQU0sWUFBWSxFQUFFLFdBQVcsUUFBUSxHQUFHLFdBQVdBLFVBQVMsc0NBQXNDO0FBQzFJLFNBQUssS0FBSyxFQUFFLGFBQWEsRUFBRSxPQUFPLEVBQUUsUUFBUSxRQUFRLE9BQU8sYUFBYSxFQUFFLENBQUM7QUFBQSxFQUM3RTtBQUNBLFFBQU0sT0FBTyxFQUFFLE9BQU8sT0FBTyxVQUFVLEtBQUssU0FBUyxFQUFFLE1BQU0sRUFBRSxHQUFJLE9BQU8sU0FBUyxFQUFFLE9BQU8sSUFBSSxDQUFDLEdBQUksR0FBSSxLQUFLLFNBQVMsRUFBRSxLQUFLLElBQUksQ0FBQyxFQUFHLEVBQUUsSUFBSSxFQUFFLFdBQVcsQ0FBQyxFQUFFLEVBQUU7QUFDOUosUUFBTSxnQkFBZ0IsQ0FBQztBQUV2QixNQUFJLEVBQUUsY0FBYyxNQUFNO0FBQ3hCLFVBQU0sYUFBYSxFQUFFLFdBQVcsT0FBTztBQUN2QyxVQUFNLFFBQVEsRUFBRSxVQUFVO0FBQzFCLFVBQU0sV0FBVyxFQUFFLFVBQVUsVUFBVSxVQUFVLE9BQU8sYUFBYSxFQUFFLFVBQVU7QUFDakYsUUFBSSxhQUFhLEtBQU0sT0FBTSxVQUFVLFVBQVU7QUFDakQsUUFBSSxhQUFhLFFBQVEsT0FBTyxPQUFPLFFBQVEsTUFBTSxTQUFVLE9BQU0sYUFBYSxHQUFHLFVBQVUsS0FBSyxFQUFFLFVBQVUsRUFBRSwyQkFBMkIsUUFBUSxRQUFRLE9BQU8sT0FBTyxRQUFRLENBQUMsRUFBRTtBQUN0TCxVQUFNLFNBQVMsRUFBRSxVQUFVLE9BQU8sVUFBVSxPQUFPLEVBQUUsQ0FBQyxLQUFLLEdBQUcsRUFBRSxDQUFDLFFBQVEsRUFBRSxVQUFVLEVBQUUsQ0FBQyxHQUFHLEVBQUUsT0FBTyxTQUFTLEVBQUUsRUFBRTtBQUNqSCxTQUFLLE9BQU87QUFDWixRQUFJLEVBQUUsVUFBVSxHQUFHLFdBQVcsR0FBRztBQUUvQixVQUFJLE9BQVEsTUFBSyxPQUFPO0FBQUEsVUFDbkIsTUFBSyxtQkFBbUI7QUFBQSxJQUMvQixPQUFPO0FBQ0wsaUJBQVcsUUFBUSxFQUFFLFVBQVUsSUFBSTtBQUNqQyxjQUFNLE1BQU0sR0FBRyxVQUFVLFVBQVU7QUFDbkMsWUFBSSxPQUFPLE9BQU8sSUFBSSxNQUFNLE9BQVEsT0FBTSxZQUFZLFlBQVksd0NBQXdDLElBQUksS0FBS0EsVUFBUywwQkFBMEI7QUFBQSxNQUN4SjtBQUlBLFdBQUssT0FBTztBQUFBLFFBQ1YsUUFBUTtBQUFBLFVBQ04sV0FBVyxFQUFFLE1BQU0sT0FBTyxTQUFTLFNBQVMsRUFBRSxVQUFVLEdBQUcsSUFBSSxDQUFDLFVBQVUsRUFBRSxDQUFDLElBQUksR0FBRyxFQUFFLE9BQU8sRUFBRSxPQUFPLE1BQU0sZ0JBQWdCLEtBQUssRUFBRSxFQUFFLEVBQUUsRUFBRTtBQUFBLFVBQ3pJLEdBQUksU0FBUyxFQUFFLE1BQU0sT0FBTyxJQUFJLENBQUM7QUFBQSxRQUNuQztBQUFBLE1BQ0Y7QUFDQSxvQkFBYyxLQUFLLFlBQVksU0FBUyxNQUFNO0FBQUEsSUFDaEQ7QUFDQSxRQUFJLEVBQUUsTUFBTyxlQUFjLEtBQUssUUFBUTtBQUFBLEVBQzFDLE9BQU87QUFDTCxVQUFNLFFBQVEsRUFBRSxZQUFZLEVBQUUsUUFBUSxPQUFPLENBQUMsRUFBRSxPQUFPLE9BQU8sWUFBWSxXQUFXLE9BQU8sQ0FBQyxJQUFJO0FBQ2pHLFFBQUksVUFBVSxNQUFNO0FBQ2xCLFdBQUssT0FBTyxNQUFNLElBQUksU0FBUyxTQUFTLE1BQU07QUFDNUMsY0FBTSxLQUFLLE9BQU8sRUFBRSxXQUFXLFNBQVMsQ0FBQztBQUN6QyxZQUFJLE9BQU8sT0FBTyxLQUFLLEtBQUssTUFBTSxPQUFRLE9BQU0sWUFBWSxFQUFFLFdBQVcsU0FBUyxHQUFHLHVDQUF1QyxLQUFLLEtBQUssS0FBS0EsVUFBUyx5QkFBeUI7QUFFN0ssZUFBTyxFQUFFLENBQUMsS0FBSyxLQUFLLEdBQUcsRUFBRSxPQUFPLEtBQUssV0FBVyxTQUFTLEtBQUssY0FBYyxRQUFRLFdBQVcsUUFBUSxFQUFFO0FBQUEsTUFDM0csQ0FBQztBQUFBLElBQ0g7QUFDQSxVQUFNLE9BQU8sRUFBRSxPQUFPLE9BQU87QUFDN0IsUUFBSSxFQUFFLFFBQVEsUUFBUSxFQUFFLE1BQU0sT0FBTyxRQUFTLE9BQU0sYUFBYSxHQUFHLEVBQUUsV0FBVyxLQUFLLENBQUMsYUFBYSxPQUFPLE9BQU8sd0JBQXdCO0FBQzFJLFNBQUssRUFBRSxRQUFRLEtBQUssT0FBTyxtQkFBbUI7QUFDNUMsWUFBTSxhQUFhLEdBQUcsRUFBRSxXQUFXLE1BQU0sQ0FBQyxnQ0FBZ0MsaUJBQWlCLG1FQUFtRTtBQUFBLElBQ2hLO0FBQ0EsU0FBSyxPQUFPO0FBQ1osUUFBSSxFQUFFLFNBQVMsS0FBTSxNQUFLLE9BQU8sRUFBRTtBQUNuQyxRQUFJLEVBQUUsV0FBVyxLQUFNLE1BQUssVUFBVSxFQUFFLE9BQU8sSUFBSSxDQUFDLFNBQVMsTUFBTSxNQUFNLEVBQUUsV0FBVyxRQUFRLENBQUMsQ0FBQztBQUNoRyxRQUFJLEVBQUUsTUFBTyxNQUFLLG1CQUFtQjtBQUFBLEVBQ3ZDO0FBQ0EsTUFBSSxFQUFFLFNBQVMsS0FBTSxlQUFjLEtBQUssR0FBRyxFQUFFLFdBQVcsTUFBTSxDQUFDLCtEQUErRDtBQUM5SCxTQUFPLEVBQUUsT0FBTyxPQUFPLE9BQU8sVUFBVSxJQUFJLE9BQU8sS0FBSyxZQUFZLE1BQU0sR0FBSSxjQUFjLFNBQVMsRUFBRSxjQUFjLElBQUksQ0FBQyxFQUFHO0FBQy9IO0FBRUEsSUFBTyxnQkFBUTtBQUFBLEVBQ2IsbUJBQW1CO0FBQUEsRUFDbkIsb0JBQW9CO0FBQ3RCOyIsIm5hbWVzIjpbImJ5IiwicmF3Iiwibm9kZSIsInJvd3MiLCJBREFQVEVSIl0sInNvdXJjZVJvb3QiOiIifQ==
