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

// ../shared/odata/odata-result.js
function odataResult({ context, value, count }) {
  return { "@odata.context": context, "@odata.count": count === void 0 ? value.length : count, value };
}

// src/dialects.js
function quoteIdentifier(name) {
  return name.split(".").map((part) => `"${part.replace(/"/g, '""')}"`).join(".");
}
function escapeGlob(value) {
  return value.replace(/[*?[]/g, (ch) => `[${ch}]`);
}
var LIKE_ESCAPE = "!";
function escapeLike(value) {
  return value.replace(/[!%_]/g, (ch) => LIKE_ESCAPE + ch);
}
var PATTERNS = {
  contains: (any, body) => `${any}${body}${any}`,
  startswith: (any, body) => `${body}${any}`,
  endswith: (any, body) => `${any}${body}`
};
var DIALECTS = {
  // SQLite's LIKE ignores ASCII case, so substring tests use GLOB, which does not.
  sqlite: {
    name: "sqlite",
    placeholder: () => "?",
    quoteIdentifier,
    distinctFrom: (left, right) => `${left} IS NOT ${right}`,
    matchPattern: (name, value) => PATTERNS[name]("*", escapeGlob(value)),
    matchSql: (column, negated, placeholder) => `${column} ${negated ? "NOT GLOB" : "GLOB"} ${placeholder}`,
    orderText: (column) => column,
    // SQLite's default BINARY collation is code-point order already
    bindValue: (value) => typeof value === "boolean" ? value ? 1 : 0 : value
  },
  // Postgres: $1..$n, IS DISTINCT FROM, LIKE (case-sensitive) with an explicit escape, and "C"
  // collation for ordering text so results do not depend on the server's locale.
  postgres: {
    name: "postgres",
    placeholder: (n) => `$${n}`,
    quoteIdentifier,
    distinctFrom: (left, right) => `${left} IS DISTINCT FROM ${right}`,
    matchPattern: (name, value) => PATTERNS[name]("%", escapeLike(value)),
    matchSql: (column, negated, placeholder) => `${column} ${negated ? "NOT LIKE" : "LIKE"} ${placeholder} ESCAPE '${LIKE_ESCAPE}'`,
    orderText: (column) => `${column} COLLATE "C"`,
    bindValue: (value) => value
  }
};

// src/config.js
var TABLE_RE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;
function configError(message) {
  const error = new Error(`plugin config: ${message}`);
  error.name = "ConfigError";
  return error;
}
function readConfig(ctx) {
  const config = isPlainObject(ctx?.config) ? ctx.config : {};
  const dialect = DIALECTS[config.dialect ?? "sqlite"];
  if (dialect === void 0) throw configError(`config.dialect: expected one of ${Object.keys(DIALECTS).join(", ")}`);
  if (typeof config.table !== "string" || !TABLE_RE.test(config.table)) {
    throw configError('config.table: expected a table name such as "metrics" or "schema.metrics"');
  }
  const metricColumn = config.metricColumn ?? "metric";
  const timeColumn = config.timeColumn ?? "timestamp";
  const valueColumn = config.valueColumn ?? "value";
  let types;
  if (Array.isArray(config.columns)) {
    types = Object.fromEntries(config.columns.map((c) => [c, c === valueColumn ? "number" : c === timeColumn ? "datetime" : "string"]));
  } else if (isPlainObject(config.columns)) types = { ...config.columns };
  const names = types === void 0 ? [] : Object.keys(types);
  if (names.length === 0 || !names.every((c) => typeof c === "string" && IDENTIFIER_RE.test(c))) {
    throw configError('config.columns: expected a map of column names to types, e.g. { "job": "string", "value": "number" }');
  }
  for (const [name, type] of Object.entries(types)) {
    if (!FIELD_TYPES.includes(type)) throw configError(`config.columns.${name}: expected one of ${FIELD_TYPES.join(", ")}`);
  }
  const maxRows = config.maxRows === void 0 ? 1e3 : config.maxRows;
  if (!Number.isSafeInteger(maxRows) || maxRows < 1) throw configError("config.maxRows: expected a positive integer");
  return { dialect, table: config.table, types, columns: names, metricColumn, timeColumn, valueColumn, maxRows };
}

// src/render-filter.js
var SQL_OPERATORS = { eq: "=", ne: "<>", gt: ">", lt: "<", ge: ">=", le: "<=" };
function renderWhere(node, { dialect, column, param, isText }) {
  function target(leaf) {
    const quoted = column(leaf.field);
    if (leaf.transform === "tolower") return `LOWER(${quoted})`;
    if (leaf.transform === "toupper") return `UPPER(${quoted})`;
    return quoted;
  }
  function render(node2, parent) {
    switch (node2.type) {
      case "const":
        return node2.value ? "1 = 1" : "1 = 0";
      case "and":
      case "or": {
        const text = node2.operands.map((operand) => render(operand, node2.type)).join(node2.type === "and" ? " AND " : " OR ");
        return parent === "and" && node2.type === "or" ? `(${text})` : text;
      }
      case "compare":
        return renderCompare(node2);
      // Both GLOB/LIKE and NOT GLOB/LIKE are NULL on a NULL column: false either way, as OData says.
      case "function":
        return dialect.matchSql(target(node2), node2.negated, param(dialect.matchPattern(node2.name, node2.value)));
      case "in": {
        const list = `(${node2.values.map((v) => param(v)).join(", ")})`;
        const t = target(node2);
        return node2.negated ? `(${column(node2.field)} IS NULL OR ${t} NOT IN ${list})` : `${t} IN ${list}`;
      }
      default:
        throw new Error(`unknown normal-form node ${node2.type}`);
    }
  }
  function renderCompare(leaf) {
    const t = target(leaf);
    if (leaf.value === null) return `${column(leaf.field)} IS ${leaf.op === "eq" ? "" : "NOT "}NULL`;
    if (leaf.op === "eq") return `${t} = ${param(leaf.value)}`;
    if (leaf.op === "ne") return dialect.distinctFrom(t, param(leaf.value));
    const left = isText(leaf.field) ? dialect.orderText(t) : t;
    const comparison = `${left} ${SQL_OPERATORS[leaf.op]} ${param(leaf.value)}`;
    return leaf.negated ? `(${column(leaf.field)} IS NULL OR NOT (${comparison}))` : comparison;
  }
  return render(node, "and");
}

// src/index.js
var ADAPTER = "SQL adapter";
var AGGREGATES = { sum: "SUM", avg: "AVG", min: "MIN", max: "MAX" };
function translateQuery(input, ctx) {
  const config = readConfig(ctx);
  const q = readTranslateInput(input);
  const { dialect } = config;
  if (q.time !== null) throw unsupported(q.optionName("time"), "an instant query ($time)", ADAPTER, "give $from and $to");
  if (q.search !== null) throw unsupported(q.optionName("search"), "$search", ADAPTER, "use contains() on a column in $filter");
  const ignored = q.step !== null ? [q.optionName("step")] : [];
  const params = [];
  const param = (value) => {
    params.push(dialect.bindValue(value));
    return dialect.placeholder(params.length);
  };
  const column = (name, field) => {
    if (!config.columns.includes(name)) throw invalidInput(`${field}: unknown column '${name}' (allowed: ${config.columns.join(", ")})`);
    return dialect.quoteIdentifier(name);
  };
  const fieldType = (name) => config.types[name];
  const conditions = [];
  if (q.metric !== null) conditions.push(`${column(config.metricColumn, q.optionName("metric"))} = ${param(q.metric)}`);
  if (q.from !== null) conditions.push(`${column(config.timeColumn, q.optionName("from"))} >= ${param(new Date(q.from).toISOString())}`);
  if (q.to !== null) conditions.push(`${column(config.timeColumn, q.optionName("to"))} < ${param(new Date(q.to).toISOString())}`);
  if (q.filter !== null) {
    const where2 = q.optionName("filter");
    const normal = toNormalForm(q.filter, { where: where2, fieldType });
    for (const name of fieldsOf(normal)) column(name, where2);
    const text = renderWhere(normal, { dialect, column: (name) => column(name, where2), param, isText: (name) => fieldType(name) === "string" });
    if (text !== "1 = 1") conditions.push(text);
  }
  const where = conditions.length ? ` WHERE ${conditions.join(" AND ")}` : "";
  const from = ` FROM ${dialect.quoteIdentifier(config.table)}`;
  let selectList = "*";
  let groupBy = "";
  let orderable = config.columns;
  let valueName = config.valueColumn;
  if (q.aggregate !== null) {
    const applyField = q.optionName("apply");
    const by = q.aggregate.by.map((name) => column(name, `${applyField} groupby`));
    const measured = q.aggregate.field === "value" ? config.valueColumn : q.aggregate.field;
    if (measured !== null && config.types[measured] !== void 0 && config.types[measured] !== "number" && q.aggregate.op !== "min" && q.aggregate.op !== "max") {
      throw invalidInput(`${applyField}: ${q.aggregate.op} needs a number column; '${measured}' is ${config.types[measured]}`);
    }
    const measure = q.aggregate.op === "count" ? "COUNT(*)" : `${AGGREGATES[q.aggregate.op]}(${column(measured, applyField)})`;
    const alias = q.aggregate.as === "value" ? config.valueColumn : q.aggregate.as;
    selectList = [...by, `${measure} AS ${dialect.quoteIdentifier(alias)}`].join(", ");
    if (by.length) groupBy = ` GROUP BY ${by.join(", ")}`;
    orderable = [...q.aggregate.by, alias];
    valueName = alias;
  } else if (q.select !== null) {
    selectList = q.select.map((name) => column(name, q.optionName("select"))).join(", ");
  }
  const order = q.orderby ?? (q.top !== null ? [{ field: valueName, direction: "desc" }] : null);
  let orderBy = "";
  if (order !== null) {
    const items = order.map(function renderOrderItem(item) {
      if (!orderable.includes(item.field)) {
        throw invalidInput(`${q.optionName("orderby")}: cannot order by '${item.field}' (allowed: ${orderable.join(", ")})`);
      }
      const quoted = dialect.quoteIdentifier(item.field);
      const text = config.types[item.field] === "string" ? dialect.orderText(quoted) : quoted;
      return `${text} ${item.direction === "asc" ? "ASC NULLS FIRST" : "DESC NULLS LAST"}`;
    });
    orderBy = ` ORDER BY ${items.join(", ")}`;
  }
  if (q.top !== null && q.top > config.maxRows) throw invalidInput(`${q.optionName("top")}: at most ${config.maxRows} rows may be requested`);
  const whereParams = params.length;
  let paging = ` LIMIT ${param(q.top !== null ? q.top : config.maxRows)}`;
  if (q.skip !== null) paging += ` OFFSET ${param(q.skip)}`;
  const sql = `SELECT ${selectList}${from}${where}${groupBy}${orderBy}${paging}`;
  const result = { dialect: dialect.name, sql, params };
  if (q.count) {
    const counted = groupBy ? `SELECT COUNT(*) AS "count" FROM (SELECT 1 AS one${from}${where}${groupBy}) AS "groups"` : `SELECT COUNT(*) AS "count"${from}${where}`;
    result.countSql = counted;
    result.countParams = params.slice(0, whereParams);
  }
  if (ignored.length) result.ignored = ignored.map((name) => `${name}: SQL returns every stored row in the range`);
  return result;
}
function translateResult(input) {
  if (!isPlainObject(input)) throw invalidInput('input: expected an object with "rows"');
  if (!Array.isArray(input.rows)) throw invalidInput("input.rows: expected an array of row objects");
  input.rows.forEach((row, i) => {
    if (!isPlainObject(row)) throw invalidInput(`input.rows[${i}]: expected an object`);
  });
  if (input.context !== void 0 && typeof input.context !== "string") throw invalidInput("input.context: expected a string");
  let count;
  if (input.total !== void 0) {
    const total = typeof input.total === "string" && /^\d+$/.test(input.total) ? Number(input.total) : input.total;
    if (!Number.isSafeInteger(total) || total < 0) throw invalidInput("input.total: expected the non-negative integer countSql returned");
    count = total;
  }
  return odataResult({ context: input.context ?? "$metadata#Metrics", value: input.rows.map((row) => ({ ...row })), count });
}
var index_default = {
  "translate-query": translateQuery,
  "translate-result": translateResult
};
export {
  index_default as default
};
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIi4uL3NoYXJlZC9vZGF0YS9lcnJvcnMuanMiLCIuLi9zaGFyZWQvb2RhdGEvZmlsdGVyLXRva2Vucy5qcyIsIi4uL3NoYXJlZC9vZGF0YS9maWx0ZXItcGFyc2VyLmpzIiwiLi4vc2hhcmVkL29kYXRhL2xpdGVyYWwtdHlwZXMuanMiLCIuLi9zaGFyZWQvb2RhdGEvbm9ybWFsLWZvcm0uanMiLCIuLi9zaGFyZWQvb2RhdGEvcXVlcnktb3B0aW9ucy5qcyIsIi4uL3NoYXJlZC9vZGF0YS9xdWVyeS1zdHJpbmcuanMiLCIuLi9zaGFyZWQvb2RhdGEvbm9ybWFsaXplLXF1ZXJ5LmpzIiwiLi4vc2hhcmVkL29kYXRhL29kYXRhLXJlc3VsdC5qcyIsInNyYy9kaWFsZWN0cy5qcyIsInNyYy9jb25maWcuanMiLCJzcmMvcmVuZGVyLWZpbHRlci5qcyIsInNyYy9pbmRleC5qcyJdLCJtYXBwaW5ncyI6IjtBQUdPLFNBQVMsYUFBYSxTQUFTO0FBQ3BDLFFBQU0sUUFBUSxJQUFJLE1BQU0sT0FBTztBQUMvQixRQUFNLE9BQU87QUFDYixTQUFPO0FBQ1Q7QUFFTyxTQUFTLFlBQVksT0FBTyxLQUFLLFNBQVM7QUFDL0MsU0FBTyxhQUFhLEdBQUcsS0FBSyw4QkFBOEIsR0FBRyxLQUFLLE9BQU8sRUFBRTtBQUM3RTtBQUdPLFNBQVMsWUFBWSxPQUFPLFdBQVcsU0FBUyxNQUFNO0FBQzNELFNBQU8sYUFBYSxHQUFHLEtBQUssS0FBSyxTQUFTLDRCQUE0QixPQUFPLEdBQUcsT0FBTyxLQUFLLElBQUksS0FBSyxFQUFFLEVBQUU7QUFDM0c7QUFFTyxTQUFTLGNBQWMsT0FBTztBQUNuQyxTQUFPLFVBQVUsUUFBUSxPQUFPLFVBQVUsWUFBWSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQzVFOzs7QUNsQkEsSUFBTSxZQUFZO0FBQ2xCLElBQU0sVUFBVTtBQUNoQixJQUFNLGNBQWMsb0JBQUksSUFBSSxDQUFDLEtBQUssS0FBSyxHQUFHLENBQUM7QUFDM0MsSUFBTSxhQUFhLG9CQUFJLElBQUksQ0FBQyxLQUFLLEtBQU0sTUFBTSxJQUFJLENBQUM7QUFHM0MsU0FBUyxlQUFlLFFBQVEsT0FBTztBQUM1QyxRQUFNLFNBQVMsQ0FBQztBQUNoQixNQUFJLE1BQU07QUFDVixTQUFPLE1BQU0sT0FBTyxRQUFRO0FBQzFCLFVBQU0sS0FBSyxPQUFPLEdBQUc7QUFDckIsUUFBSSxXQUFXLElBQUksRUFBRSxHQUFHO0FBQUU7QUFBTztBQUFBLElBQVU7QUFDM0MsUUFBSSxZQUFZLElBQUksRUFBRSxHQUFHO0FBQUUsYUFBTyxLQUFLLEVBQUUsTUFBTSxJQUFJLE9BQU8sSUFBSSxJQUFJLENBQUM7QUFBRztBQUFPO0FBQUEsSUFBVTtBQUN2RixRQUFJLE9BQU8sS0FBSztBQUNkLFlBQU0sRUFBRSxPQUFPLElBQUksSUFBSSxXQUFXLFFBQVEsS0FBSyxLQUFLO0FBQ3BELGFBQU8sS0FBSyxFQUFFLE1BQU0sVUFBVSxPQUFPLElBQUksQ0FBQztBQUMxQyxZQUFNO0FBQ047QUFBQSxJQUNGO0FBQ0EsY0FBVSxZQUFZO0FBQ3RCLFFBQUksUUFBUSxVQUFVLEtBQUssTUFBTTtBQUNqQyxRQUFJLE9BQU87QUFDVCxZQUFNLE1BQU0sTUFBTSxNQUFNLENBQUMsRUFBRTtBQUMzQixVQUFJLE1BQU0sT0FBTyxVQUFVLGdCQUFnQixLQUFLLE9BQU8sR0FBRyxDQUFDLEVBQUcsT0FBTSxZQUFZLE9BQU8sS0FBSyxrQkFBa0I7QUFDOUcsVUFBSSxDQUFDLE9BQU8sU0FBUyxPQUFPLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRyxPQUFNLFlBQVksT0FBTyxLQUFLLHFCQUFxQjtBQUMzRixhQUFPLEtBQUssRUFBRSxNQUFNLFVBQVUsT0FBTyxPQUFPLE1BQU0sQ0FBQyxDQUFDLEdBQUcsSUFBSSxDQUFDO0FBQzVELFlBQU07QUFDTjtBQUFBLElBQ0Y7QUFDQSxZQUFRLFlBQVk7QUFDcEIsWUFBUSxRQUFRLEtBQUssTUFBTTtBQUMzQixRQUFJLE9BQU87QUFBRSxhQUFPLEtBQUssRUFBRSxNQUFNLFFBQVEsT0FBTyxNQUFNLENBQUMsR0FBRyxJQUFJLENBQUM7QUFBRyxhQUFPLE1BQU0sQ0FBQyxFQUFFO0FBQVE7QUFBQSxJQUFVO0FBQ3BHLFVBQU0sWUFBWSxPQUFPLEtBQUsseUJBQXlCLEVBQUUsR0FBRztBQUFBLEVBQzlEO0FBQ0EsU0FBTyxLQUFLLEVBQUUsTUFBTSxPQUFPLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxDQUFDO0FBQzFELFNBQU87QUFDVDtBQUdBLFNBQVMsV0FBVyxRQUFRLE9BQU8sT0FBTztBQUN4QyxNQUFJLFFBQVE7QUFDWixNQUFJLE1BQU0sUUFBUTtBQUNsQixhQUFTO0FBQ1AsUUFBSSxPQUFPLE9BQU8sT0FBUSxPQUFNLFlBQVksT0FBTyxPQUFPLDZCQUE2QjtBQUN2RixRQUFJLE9BQU8sR0FBRyxNQUFNLEtBQUs7QUFDdkIsVUFBSSxPQUFPLE1BQU0sQ0FBQyxNQUFNLEtBQUs7QUFBRSxpQkFBUztBQUFLLGVBQU87QUFBRztBQUFBLE1BQVU7QUFDakUsYUFBTyxFQUFFLE9BQU8sS0FBSyxNQUFNLEVBQUU7QUFBQSxJQUMvQjtBQUNBLGFBQVMsT0FBTyxLQUFLO0FBQUEsRUFDdkI7QUFDRjtBQUVPLFNBQVMsY0FBYyxPQUFPO0FBQ25DLE1BQUksTUFBTSxTQUFTLE1BQU8sUUFBTztBQUNqQyxNQUFJLE1BQU0sU0FBUyxTQUFVLFFBQU8sV0FBVyxNQUFNLEtBQUs7QUFDMUQsU0FBTyxJQUFJLE1BQU0sS0FBSztBQUN4Qjs7O0FDdkRPLElBQU0sdUJBQXVCLENBQUMsTUFBTSxNQUFNLE1BQU0sTUFBTSxNQUFNLElBQUk7QUFDaEUsSUFBTSxtQkFBbUIsQ0FBQyxZQUFZLGNBQWMsVUFBVTtBQUM5RCxJQUFNLGlCQUFpQixDQUFDLFdBQVcsU0FBUztBQUNuRCxJQUFNLGlCQUFpQixDQUFDLE9BQU8sTUFBTSxPQUFPLE1BQU0sR0FBRyxvQkFBb0I7QUFHbEUsSUFBTSxtQkFBbUI7QUFDekIsSUFBTSxtQkFBbUI7QUFDekIsSUFBTSxnQkFBZ0I7QUFldEIsU0FBUyxZQUFZLFFBQVEsT0FBTztBQUN6QyxRQUFNLFNBQVMsZUFBZSxRQUFRLEtBQUs7QUFDM0MsTUFBSSxRQUFRO0FBQ1osTUFBSSxRQUFRO0FBQ1osTUFBSSxRQUFRO0FBQ1osUUFBTSxPQUFPLENBQUMsUUFBUSxNQUFNLE9BQU8sUUFBUSxLQUFLO0FBQ2hELFFBQU0sU0FBUyxDQUFDLE9BQU8sU0FBUyxNQUFNLFNBQVMsVUFBVSxNQUFNLFVBQVU7QUFFekUsV0FBUyxPQUFPLE1BQU0sTUFBTTtBQUMxQixVQUFNLFFBQVEsT0FBTyxLQUFLO0FBQzFCLFFBQUksTUFBTSxTQUFTLEtBQU0sT0FBTSxZQUFZLE9BQU8sTUFBTSxLQUFLLFlBQVksSUFBSSxjQUFjLGNBQWMsS0FBSyxDQUFDLEVBQUU7QUFDakg7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFdBQVMsVUFBVTtBQUNqQixRQUFJLE9BQU8sU0FBUztBQUNwQixXQUFPLE9BQU8sS0FBSyxHQUFHLElBQUksR0FBRztBQUFFO0FBQVMsYUFBTyxFQUFFLE1BQU0sTUFBTSxNQUFNLE9BQU8sU0FBUyxFQUFFO0FBQUEsSUFBRztBQUN4RixXQUFPO0FBQUEsRUFDVDtBQUNBLFdBQVMsV0FBVztBQUNsQixRQUFJLE9BQU8sV0FBVztBQUN0QixXQUFPLE9BQU8sS0FBSyxHQUFHLEtBQUssR0FBRztBQUFFO0FBQVMsYUFBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLE9BQU8sV0FBVyxFQUFFO0FBQUEsSUFBRztBQUM1RixXQUFPO0FBQUEsRUFDVDtBQUNBLFdBQVMsYUFBYTtBQUNwQixRQUFJLEVBQUUsUUFBUSxpQkFBa0IsT0FBTSxZQUFZLE9BQU8sS0FBSyxFQUFFLEtBQUssaUNBQWlDLGdCQUFnQixTQUFTO0FBQy9ILFFBQUk7QUFDSixRQUFJLE9BQU8sS0FBSyxHQUFHLEtBQUssR0FBRztBQUFFO0FBQVMsYUFBTyxFQUFFLE1BQU0sT0FBTyxTQUFTLFdBQVcsRUFBRTtBQUFBLElBQUcsTUFDaEYsUUFBTyxhQUFhO0FBQ3pCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxXQUFTLGVBQWU7QUFDdEIsVUFBTSxRQUFRLEtBQUs7QUFDbkIsUUFBSSxNQUFNLFNBQVMsT0FBTyxFQUFFLFFBQVEsaUJBQWtCLE9BQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxhQUFhLGdCQUFnQixhQUFhO0FBQ3BJLFFBQUksTUFBTSxTQUFTLEtBQUs7QUFDdEI7QUFDQSxZQUFNLFFBQVEsUUFBUTtBQUN0QixhQUFPLEtBQUssS0FBSztBQUNqQixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUksTUFBTSxTQUFTLFVBQVUsaUJBQWlCLFNBQVMsTUFBTSxLQUFLLEtBQUssS0FBSyxDQUFDLEVBQUUsU0FBUyxJQUFLLFFBQU8sb0JBQW9CO0FBQ3hILFVBQU0sT0FBTyxhQUFhO0FBQzFCLFVBQU0sS0FBSyxLQUFLO0FBQ2hCLFFBQUksT0FBTyxJQUFJLElBQUksRUFBRyxRQUFPLFFBQVEsTUFBTSxFQUFFO0FBQzdDLFFBQUksR0FBRyxTQUFTLFVBQVUsQ0FBQyxxQkFBcUIsU0FBUyxHQUFHLEtBQUssR0FBRztBQUNsRSxZQUFNLFlBQVksT0FBTyxHQUFHLEtBQUssbUNBQW1DLHFCQUFxQixLQUFLLElBQUksQ0FBQyx1QkFBdUIsY0FBYyxFQUFFLENBQUMsRUFBRTtBQUFBLElBQy9JO0FBQ0E7QUFDQSxXQUFPLEVBQUUsTUFBTSxXQUFXLElBQUksR0FBRyxPQUFPLE1BQU0sT0FBTyxhQUFhLEVBQUU7QUFBQSxFQUN0RTtBQUNBLFdBQVMsc0JBQXNCO0FBQzdCLFVBQU0sT0FBTyxPQUFPLE9BQU8sRUFBRTtBQUM3QixXQUFPLEtBQUssS0FBSztBQUNqQixVQUFNLGNBQWMsS0FBSztBQUN6QixVQUFNLFNBQVMsYUFBYTtBQUM1QixRQUFJLE9BQU8sU0FBUyxRQUFTLE9BQU0sWUFBWSxPQUFPLFlBQVksS0FBSyxHQUFHLElBQUksK0NBQStDO0FBQzdILFdBQU8sS0FBSyxLQUFLO0FBQ2pCLFVBQU0sUUFBUSxPQUFPLFVBQVUsOENBQThDLElBQUksSUFBSSxFQUFFO0FBQ3ZGLFdBQU8sS0FBSyxLQUFLO0FBQ2pCLFdBQU8sRUFBRSxNQUFNLFlBQVksTUFBTSxPQUFPLE9BQU8sTUFBTSxXQUFXLE9BQU8sV0FBVyxNQUFNO0FBQUEsRUFDMUY7QUFDQSxXQUFTLFFBQVEsTUFBTSxJQUFJO0FBQ3pCLFFBQUksS0FBSyxTQUFTLFFBQVMsT0FBTSxZQUFZLE9BQU8sR0FBRyxLQUFLLHVDQUF1QztBQUNuRztBQUNBLFdBQU8sS0FBSyxnQkFBZ0I7QUFDNUIsVUFBTSxTQUFTLENBQUM7QUFDaEIsZUFBUztBQUNQLFlBQU0sUUFBUSxLQUFLO0FBQ25CLFlBQU0sVUFBVSxhQUFhO0FBQzdCLFVBQUksUUFBUSxTQUFTLFVBQVcsT0FBTSxZQUFZLE9BQU8sTUFBTSxLQUFLLGlEQUFpRCxRQUFRLElBQUksR0FBRztBQUNwSSxVQUFJLFFBQVEsVUFBVSxLQUFNLE9BQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxzREFBc0Q7QUFDdEgsVUFBSSxPQUFPLFdBQVcsY0FBZSxPQUFNLFlBQVksT0FBTyxNQUFNLEtBQUssYUFBYSxhQUFhLDBCQUEwQjtBQUM3SCxhQUFPLEtBQUssUUFBUSxLQUFLO0FBQ3pCLFVBQUksS0FBSyxFQUFFLFNBQVMsSUFBSztBQUN6QjtBQUFBLElBQ0Y7QUFDQSxXQUFPLEtBQUssMkJBQTJCO0FBQ3ZDLFdBQU8sRUFBRSxNQUFNLE1BQU0sT0FBTyxLQUFLLE1BQU0sV0FBVyxLQUFLLFdBQVcsT0FBTztBQUFBLEVBQzNFO0FBQ0EsV0FBUyxlQUFlO0FBQ3RCLFVBQU0sUUFBUSxLQUFLO0FBQ25CLFFBQUksTUFBTSxTQUFTLFlBQVksTUFBTSxTQUFTLFVBQVU7QUFBRTtBQUFTLGFBQU8sRUFBRSxNQUFNLFdBQVcsT0FBTyxNQUFNLE1BQU07QUFBQSxJQUFHO0FBQ25ILFFBQUksTUFBTSxTQUFTLFVBQVUsZUFBZSxTQUFTLE1BQU0sS0FBSyxLQUFLLEtBQUssQ0FBQyxFQUFFLFNBQVMsS0FBSztBQUN6RixlQUFTO0FBQ1QsWUFBTSxRQUFRLE9BQU8sUUFBUSx1QkFBdUIsTUFBTSxLQUFLLElBQUk7QUFDbkUsVUFBSSxlQUFlLFNBQVMsTUFBTSxLQUFLLEtBQUssQ0FBQyxRQUFRLFNBQVMsTUFBTSxFQUFFLFNBQVMsTUFBTSxLQUFLLEtBQUssZUFBZSxTQUFTLE1BQU0sS0FBSyxHQUFHO0FBQ25JLGNBQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxHQUFHLE1BQU0sS0FBSyxxQ0FBcUMsY0FBYyxLQUFLLENBQUMsRUFBRTtBQUFBLE1BQy9HO0FBQ0EsYUFBTyxLQUFLLGVBQWUsTUFBTSxLQUFLLElBQUk7QUFDMUMsYUFBTyxFQUFFLE1BQU0sU0FBUyxNQUFNLE1BQU0sT0FBTyxXQUFXLE1BQU0sTUFBTTtBQUFBLElBQ3BFO0FBQ0EsUUFBSSxNQUFNLFNBQVMsVUFBVSxDQUFDLGVBQWUsU0FBUyxNQUFNLEtBQUssR0FBRztBQUNsRTtBQUNBLFVBQUksTUFBTSxVQUFVLE9BQVEsUUFBTyxFQUFFLE1BQU0sV0FBVyxPQUFPLEtBQUs7QUFDbEUsVUFBSSxNQUFNLFVBQVUsUUFBUyxRQUFPLEVBQUUsTUFBTSxXQUFXLE9BQU8sTUFBTTtBQUNwRSxVQUFJLE1BQU0sVUFBVSxPQUFRLFFBQU8sRUFBRSxNQUFNLFdBQVcsT0FBTyxLQUFLO0FBQ2xFLGFBQU8sRUFBRSxNQUFNLFNBQVMsTUFBTSxNQUFNLE9BQU8sV0FBVyxLQUFLO0FBQUEsSUFDN0Q7QUFDQSxVQUFNLFlBQVksT0FBTyxNQUFNLEtBQUssZ0RBQWdELGNBQWMsS0FBSyxDQUFDLEVBQUU7QUFBQSxFQUM1RztBQUVBLE1BQUksS0FBSyxFQUFFLFNBQVMsTUFBTyxPQUFNLFlBQVksT0FBTyxHQUFHLGtCQUFrQjtBQUN6RSxRQUFNLE1BQU0sUUFBUTtBQUNwQixNQUFJLEtBQUssRUFBRSxTQUFTLE1BQU8sT0FBTSxZQUFZLE9BQU8sS0FBSyxFQUFFLEtBQUssY0FBYyxjQUFjLEtBQUssQ0FBQyxDQUFDLDhCQUE4QjtBQUNqSSxTQUFPO0FBQ1Q7OztBQ2pJTyxJQUFNLGNBQWMsQ0FBQyxVQUFVLFVBQVUsV0FBVyxVQUFVO0FBRXJFLFNBQVMsU0FBUyxPQUFPO0FBQ3ZCLFNBQU8sT0FBTyxVQUFVLFdBQVcsZUFBZSxLQUFLLE1BQU0sT0FBTyxPQUFPLEtBQUssSUFBSSxPQUFPLEtBQUssQ0FBQztBQUNuRztBQVFPLFNBQVMsY0FBYyxPQUFPLE1BQU0sV0FBVyxPQUFPO0FBQzNELE1BQUksVUFBVSxRQUFRLFNBQVMsT0FBVyxRQUFPO0FBQ2pELFFBQU0sUUFBUSxNQUFNLGFBQWEsR0FBRyxLQUFLLE1BQU0sU0FBUyxVQUFVLElBQUksV0FBVyxTQUFTLEtBQUssQ0FBQyw2QkFBNkI7QUFDN0gsVUFBUSxNQUFNO0FBQUEsSUFDWixLQUFLO0FBQ0gsVUFBSSxPQUFPLFVBQVUsU0FBVSxRQUFPO0FBQ3RDLFVBQUksT0FBTyxVQUFVLFNBQVUsUUFBTyxPQUFPLEtBQUs7QUFDbEQsWUFBTSxNQUFNO0FBQUEsSUFDZCxLQUFLO0FBQ0gsVUFBSSxPQUFPLFVBQVUsU0FBVSxRQUFPO0FBQ3RDLFlBQU0sTUFBTTtBQUFBLElBQ2QsS0FBSztBQUNILFVBQUksT0FBTyxVQUFVLFVBQVcsUUFBTztBQUN2QyxZQUFNLE1BQU07QUFBQSxJQUNkLEtBQUssWUFBWTtBQUNmLFVBQUksS0FBSyxPQUFPO0FBQ2hCLFVBQUksT0FBTyxVQUFVLFlBQVksU0FBUyxFQUFHLE1BQUssUUFBUTtBQUFBLGVBQ2pELE9BQU8sVUFBVSxZQUFZLHlFQUF5RSxLQUFLLEtBQUssRUFBRyxNQUFLLEtBQUssTUFBTSxLQUFLO0FBQ2pKLFVBQUksQ0FBQyxPQUFPLFNBQVMsRUFBRSxFQUFHLE9BQU0sYUFBYSxHQUFHLEtBQUssTUFBTSxTQUFTLGdHQUFnRyxTQUFTLEtBQUssQ0FBQyxFQUFFO0FBQ3JMLGFBQU8sSUFBSSxLQUFLLEVBQUUsRUFBRSxZQUFZO0FBQUEsSUFDbEM7QUFBQSxJQUNBO0FBQ0UsWUFBTSxhQUFhLEdBQUcsS0FBSyxNQUFNLFNBQVMsdUJBQXVCLElBQUksc0JBQXNCLFlBQVksS0FBSyxJQUFJLENBQUMsR0FBRztBQUFBLEVBQ3hIO0FBQ0Y7QUFFTyxTQUFTLGVBQWUsT0FBTyxXQUFXO0FBQy9DLE1BQUksY0FBYyxVQUFXLFFBQU8sTUFBTSxZQUFZO0FBQ3RELE1BQUksY0FBYyxVQUFXLFFBQU8sTUFBTSxZQUFZO0FBQ3RELFNBQU87QUFDVDs7O0FDaENBLElBQU0sV0FBVyxFQUFFLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxLQUFLO0FBQzlFLElBQU0sV0FBVyxvQkFBSSxJQUFJLENBQUMsTUFBTSxNQUFNLE1BQU0sSUFBSSxDQUFDO0FBQzFDLElBQU0sT0FBTyxPQUFPLE9BQU8sRUFBRSxNQUFNLFNBQVMsT0FBTyxLQUFLLENBQUM7QUFDekQsSUFBTSxRQUFRLE9BQU8sT0FBTyxFQUFFLE1BQU0sU0FBUyxPQUFPLE1BQU0sQ0FBQztBQWEzRCxTQUFTLGFBQWEsS0FBSyxFQUFFLE9BQU8sWUFBWSxNQUFNLE9BQVUsR0FBRztBQUN4RSxXQUFTLE1BQU0sTUFBTSxTQUFTO0FBQzVCLFlBQVEsS0FBSyxNQUFNO0FBQUEsTUFDakIsS0FBSztBQUFPLGVBQU8sTUFBTSxLQUFLLFNBQVMsQ0FBQyxPQUFPO0FBQUEsTUFDL0MsS0FBSztBQUFBLE1BQ0wsS0FBSyxNQUFNO0FBQ1QsY0FBTSxRQUFTLEtBQUssU0FBUyxVQUFXO0FBQ3hDLGVBQU8sUUFBUSxRQUFRLFFBQVEsTUFBTSxDQUFDLE1BQU0sS0FBSyxNQUFNLE9BQU8sR0FBRyxNQUFNLEtBQUssT0FBTyxPQUFPLENBQUMsQ0FBQztBQUFBLE1BQzlGO0FBQUEsTUFDQSxLQUFLO0FBQVcsZUFBTyxZQUFZLE1BQU0sT0FBTztBQUFBLE1BQ2hELEtBQUs7QUFBWSxlQUFPLGFBQWEsTUFBTSxPQUFPO0FBQUEsTUFDbEQsS0FBSztBQUFNLGVBQU8sT0FBTyxNQUFNLE9BQU87QUFBQSxNQUN0QztBQUFTLGNBQU0sYUFBYSxHQUFHLEtBQUssMEJBQTBCLEtBQUssSUFBSSxHQUFHO0FBQUEsSUFDNUU7QUFBQSxFQUNGO0FBRUEsV0FBUyxlQUFlLFdBQVcsV0FBVztBQUM1QyxVQUFNLE9BQU8sVUFBVSxTQUFTO0FBQ2hDLFFBQUksY0FBYyxRQUFRLFNBQVMsVUFBYSxTQUFTLFVBQVU7QUFDakUsWUFBTSxhQUFhLEdBQUcsS0FBSyxLQUFLLFNBQVMsaUNBQWlDLFNBQVMsVUFBVSxJQUFJLFFBQVE7QUFBQSxJQUMzRztBQUFBLEVBQ0Y7QUFFQSxXQUFTLFlBQVksTUFBTSxTQUFTO0FBQ2xDLFFBQUksRUFBRSxJQUFJLE1BQU0sTUFBTSxJQUFJO0FBQzFCLFFBQUksS0FBSyxTQUFTLGFBQWEsTUFBTSxTQUFTLFNBQVM7QUFBRSxPQUFDLE1BQU0sS0FBSyxJQUFJLENBQUMsT0FBTyxJQUFJO0FBQUcsV0FBSyxTQUFTLEVBQUU7QUFBQSxJQUFHO0FBQzNHLFFBQUksS0FBSyxTQUFTLFdBQVcsTUFBTSxTQUFTLFdBQVc7QUFDckQsWUFBTSxhQUFhLEdBQUcsS0FBSyx5RkFBeUYsS0FBSyxTQUFTLFVBQVUsV0FBVyxVQUFVLG9CQUFvQjtBQUFBLElBQ3ZMO0FBQ0EsbUJBQWUsS0FBSyxNQUFNLEtBQUssU0FBUztBQUN4QyxRQUFJLFFBQVEsY0FBYyxNQUFNLE9BQU8sVUFBVSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sS0FBSztBQUM3RSxVQUFNLFlBQVksS0FBSztBQUN2QixRQUFJLGNBQWMsUUFBUSxVQUFVLFFBQVEsT0FBTyxVQUFVLFVBQVU7QUFDckUsWUFBTSxhQUFhLEdBQUcsS0FBSyxLQUFLLFNBQVMsSUFBSSxLQUFLLElBQUksc0JBQXNCLE9BQU8sS0FBSyxJQUFJLE9BQU8sS0FBSyxDQUFDLHFCQUFxQjtBQUFBLElBQ2hJO0FBQ0EsUUFBSSxTQUFTLElBQUksRUFBRSxHQUFHO0FBRXBCLFVBQUksVUFBVSxLQUFNLFFBQU8sVUFBVSxPQUFPO0FBQzVDLGFBQU8sRUFBRSxNQUFNLFdBQVcsT0FBTyxLQUFLLE1BQU0sV0FBVyxJQUFJLE9BQU8sUUFBUTtBQUFBLElBQzVFO0FBQ0EsUUFBSSxRQUFTLE1BQUssT0FBTyxPQUFPLE9BQU87QUFFdkMsUUFBSSxjQUFjLFFBQVEsVUFBVSxRQUFRLGVBQWUsT0FBTyxTQUFTLE1BQU0sTUFBTyxRQUFPLE9BQU8sT0FBTyxRQUFRO0FBQ3JILFdBQU8sRUFBRSxNQUFNLFdBQVcsT0FBTyxLQUFLLE1BQU0sV0FBVyxJQUFJLE1BQU07QUFBQSxFQUNuRTtBQUVBLFdBQVMsYUFBYSxNQUFNLFNBQVM7QUFDbkMsbUJBQWUsS0FBSyxPQUFPLEtBQUssU0FBUztBQUN6QyxVQUFNLE9BQU8sVUFBVSxLQUFLLEtBQUs7QUFDakMsUUFBSSxTQUFTLFVBQWEsU0FBUyxTQUFVLE9BQU0sYUFBYSxHQUFHLEtBQUssS0FBSyxLQUFLLElBQUksaUNBQWlDLEtBQUssS0FBSyxVQUFVLElBQUksUUFBUTtBQUN2SixRQUFJLEtBQUssY0FBYyxRQUFRLGVBQWUsS0FBSyxPQUFPLEtBQUssU0FBUyxNQUFNLEtBQUssT0FBTztBQUV4RixhQUFPLFVBQVUsRUFBRSxNQUFNLFdBQVcsT0FBTyxLQUFLLE9BQU8sV0FBVyxNQUFNLElBQUksTUFBTSxPQUFPLEtBQUssSUFBSTtBQUFBLElBQ3BHO0FBQ0EsV0FBTyxFQUFFLE1BQU0sWUFBWSxNQUFNLEtBQUssTUFBTSxPQUFPLEtBQUssT0FBTyxXQUFXLEtBQUssV0FBVyxPQUFPLEtBQUssT0FBTyxRQUFRO0FBQUEsRUFDdkg7QUFFQSxXQUFTLE9BQU8sTUFBTSxTQUFTO0FBQzdCLG1CQUFlLEtBQUssT0FBTyxLQUFLLFNBQVM7QUFDekMsVUFBTSxPQUFPLFVBQVUsS0FBSyxLQUFLO0FBQ2pDLFFBQUksU0FBUyxLQUFLLE9BQU8sSUFBSSxDQUFDLE1BQU0sY0FBYyxHQUFHLE1BQU0sS0FBSyxPQUFPLEtBQUssQ0FBQztBQUM3RSxRQUFJLEtBQUssY0FBYyxNQUFNO0FBQzNCLGlCQUFXLEtBQUssT0FBUSxLQUFJLE9BQU8sTUFBTSxTQUFVLE9BQU0sYUFBYSxHQUFHLEtBQUssS0FBSyxLQUFLLFNBQVMsSUFBSSxLQUFLLEtBQUssb0JBQW9CLE9BQU8sQ0FBQyxJQUFJLE9BQU8sQ0FBQyxDQUFDLG9CQUFvQjtBQUM1SyxlQUFTLE9BQU8sT0FBTyxDQUFDLE1BQU0sZUFBZSxHQUFHLEtBQUssU0FBUyxNQUFNLENBQUM7QUFBQSxJQUN2RTtBQUNBLGFBQVMsQ0FBQyxHQUFHLElBQUksSUFBSSxNQUFNLENBQUM7QUFDNUIsUUFBSSxPQUFPLFdBQVcsRUFBRyxRQUFPLFVBQVUsT0FBTztBQUNqRCxXQUFPLEVBQUUsTUFBTSxNQUFNLE9BQU8sS0FBSyxPQUFPLFdBQVcsS0FBSyxXQUFXLFFBQVEsUUFBUTtBQUFBLEVBQ3JGO0FBRUEsU0FBTyxNQUFNLEtBQUssS0FBSztBQUN6QjtBQUdPLFNBQVMsUUFBUSxNQUFNLFVBQVU7QUFDdEMsUUFBTSxZQUFZLFNBQVMsUUFBUSxRQUFRO0FBQzNDLFFBQU0sT0FBTyxDQUFDO0FBQ2QsYUFBVyxXQUFXLFVBQVU7QUFDOUIsUUFBSSxRQUFRLFNBQVMsU0FBUztBQUM1QixVQUFJLFFBQVEsVUFBVSxVQUFXLFFBQU8sWUFBWSxPQUFPO0FBQzNEO0FBQUEsSUFDRjtBQUNBLFFBQUksUUFBUSxTQUFTLEtBQU0sTUFBSyxLQUFLLEdBQUcsUUFBUSxRQUFRO0FBQUEsUUFDbkQsTUFBSyxLQUFLLE9BQU87QUFBQSxFQUN4QjtBQUNBLE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTyxZQUFZLFFBQVE7QUFDbEQsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPLEtBQUssQ0FBQztBQUNwQyxTQUFPLEVBQUUsTUFBTSxVQUFVLEtBQUs7QUFDaEM7QUFHTyxTQUFTLFNBQVMsTUFBTSxPQUFPLG9CQUFJLElBQUksR0FBRztBQUMvQyxNQUFJLEtBQUssU0FBUyxTQUFTLEtBQUssU0FBUyxLQUFNLFlBQVcsV0FBVyxLQUFLLFNBQVUsVUFBUyxTQUFTLElBQUk7QUFBQSxXQUNqRyxLQUFLLFNBQVMsUUFBUyxNQUFLLElBQUksS0FBSyxLQUFLO0FBQ25ELFNBQU87QUFDVDs7O0FDeEhPLElBQU0sZ0JBQWdCO0FBQ3RCLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPO0FBRXZFLElBQU0saUJBQWlCLEVBQUUsS0FBSyxPQUFPLFNBQVMsT0FBTyxLQUFLLE9BQU8sS0FBSyxPQUFPLEtBQUssTUFBTTtBQUVqRixTQUFTLGFBQWEsT0FBTyxPQUFPLEtBQUs7QUFDOUMsUUFBTSxTQUFTLE9BQU8sVUFBVSxZQUFZLFFBQVEsS0FBSyxNQUFNLEtBQUssQ0FBQyxJQUFJLE9BQU8sS0FBSyxJQUFJO0FBQ3pGLE1BQUksT0FBTyxXQUFXLFlBQVksQ0FBQyxPQUFPLGNBQWMsTUFBTSxLQUFLLFNBQVMsS0FBSztBQUMvRSxVQUFNLGFBQWEsR0FBRyxLQUFLLDRCQUE0QixHQUFHLEVBQUU7QUFBQSxFQUM5RDtBQUNBLFNBQU87QUFDVDtBQUVPLFNBQVMsYUFBYSxPQUFPLE9BQU87QUFDekMsTUFBSSxVQUFVLFFBQVEsVUFBVSxPQUFRLFFBQU87QUFDL0MsTUFBSSxVQUFVLFNBQVMsVUFBVSxRQUFTLFFBQU87QUFDakQsUUFBTSxhQUFhLEdBQUcsS0FBSywwQkFBMEI7QUFDdkQ7QUFFTyxTQUFTLG9CQUFvQixPQUFPLE9BQU87QUFDaEQsUUFBTSxPQUFPLE9BQU8sVUFBVSxXQUFXLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsSUFBSTtBQUNqRixNQUFJLENBQUMsTUFBTSxRQUFRLElBQUksS0FBSyxLQUFLLFdBQVcsRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLHdEQUF3RDtBQUNsSSxhQUFXLFFBQVEsTUFBTTtBQUN2QixRQUFJLE9BQU8sU0FBUyxZQUFZLENBQUMsY0FBYyxLQUFLLElBQUksR0FBRztBQUN6RCxZQUFNLGFBQWEsR0FBRyxLQUFLLG1CQUFtQixPQUFPLElBQUksQ0FBQyxxQ0FBcUM7QUFBQSxJQUNqRztBQUFBLEVBQ0Y7QUFDQSxNQUFJLElBQUksSUFBSSxJQUFJLEVBQUUsU0FBUyxLQUFLLE9BQVEsT0FBTSxhQUFhLEdBQUcsS0FBSywwQkFBMEI7QUFDN0YsU0FBTztBQUNUO0FBRU8sU0FBUyxhQUFhLE9BQU8sT0FBTztBQUN6QyxRQUFNLFFBQVEsT0FBTyxVQUFVLFdBQVcsTUFBTSxNQUFNLEdBQUcsSUFBSTtBQUM3RCxNQUFJLENBQUMsTUFBTSxRQUFRLEtBQUssS0FBSyxNQUFNLFdBQVcsRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLCtEQUErRDtBQUMzSSxRQUFNLE9BQU8sb0JBQUksSUFBSTtBQUNyQixTQUFPLE1BQU0sSUFBSSxTQUFTLGVBQWUsTUFBTTtBQUM3QyxVQUFNLFFBQVEsT0FBTyxTQUFTLFdBQVcsS0FBSyxLQUFLLEVBQUUsTUFBTSxLQUFLLElBQUksQ0FBQztBQUNyRSxVQUFNLENBQUMsTUFBTSxZQUFZLEtBQUssSUFBSTtBQUNsQyxRQUFJLE1BQU0sU0FBUyxLQUFLLE1BQU0sU0FBUyxLQUFLLENBQUMsY0FBYyxLQUFLLElBQUksS0FBTSxjQUFjLFNBQVMsY0FBYyxRQUFTO0FBQ3RILFlBQU0sYUFBYSxHQUFHLEtBQUssbUJBQW1CLE9BQU8sSUFBSSxDQUFDLGdEQUFnRDtBQUFBLElBQzVHO0FBQ0EsUUFBSSxLQUFLLElBQUksSUFBSSxFQUFHLE9BQU0sYUFBYSxHQUFHLEtBQUssTUFBTSxJQUFJLHVCQUF1QjtBQUNoRixTQUFLLElBQUksSUFBSTtBQUNiLFdBQU8sRUFBRSxPQUFPLE1BQU0sVUFBVTtBQUFBLEVBQ2xDLENBQUM7QUFDSDtBQUVBLElBQU0sd0JBQXdCO0FBQzlCLElBQU0sYUFBYTtBQUNuQixJQUFNLFlBQVk7QUFRWCxTQUFTLFdBQVcsT0FBTyxPQUFPO0FBQ3ZDLE1BQUksY0FBYyxLQUFLLEVBQUcsUUFBTyxpQkFBaUIsT0FBTyxLQUFLO0FBQzlELE1BQUksT0FBTyxVQUFVLFNBQVUsT0FBTSxhQUFhLEdBQUcsS0FBSywwR0FBMEc7QUFDcEssUUFBTSxPQUFPLE1BQU0sS0FBSztBQUN4QixRQUFNLFVBQVUsV0FBVyxLQUFLLElBQUk7QUFDcEMsTUFBSSxTQUFTO0FBQ1gsUUFBSSxRQUFRLENBQUMsTUFBTSxPQUFXLE9BQU0sYUFBYSxHQUFHLEtBQUsscUdBQXFHO0FBQzlKLFVBQU1BLE1BQUssb0JBQW9CLFFBQVEsQ0FBQyxHQUFHLEdBQUcsS0FBSyxVQUFVO0FBQzdELFdBQU8sRUFBRSxHQUFHLHVCQUF1QixRQUFRLENBQUMsR0FBRyxLQUFLLEdBQUcsSUFBQUEsSUFBRztBQUFBLEVBQzVEO0FBQ0EsTUFBSSxzQkFBc0IsS0FBSyxJQUFJLEtBQUssbUJBQW1CLEtBQUssSUFBSSxFQUFHLFFBQU8sRUFBRSxHQUFHLHVCQUF1QixNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsRUFBRTtBQUMvSCxRQUFNLFNBQVMsVUFBVSxLQUFLLElBQUk7QUFDbEMsTUFBSSxDQUFDLE9BQVEsT0FBTSxhQUFhLEdBQUcsS0FBSyxtSEFBbUg7QUFDM0osUUFBTSxLQUFLLE9BQU8sQ0FBQyxLQUFLLE9BQU8sQ0FBQztBQUNoQyxRQUFNLEtBQUssT0FBTyxDQUFDLEtBQUssT0FBTyxDQUFDO0FBQ2hDLFNBQU8saUJBQWlCLEVBQUUsSUFBSSxHQUFHLEdBQUcsS0FBSztBQUMzQztBQUVBLFNBQVMsdUJBQXVCLE1BQU0sT0FBTztBQUMzQyxRQUFNLFFBQVEsc0JBQXNCLEtBQUssS0FBSyxLQUFLLENBQUM7QUFDcEQsTUFBSSxDQUFDLE1BQU8sT0FBTSxhQUFhLEdBQUcsS0FBSyxtR0FBbUc7QUFDMUksUUFBTSxDQUFDLEVBQUUsT0FBTyxRQUFRLFFBQVEsS0FBSyxJQUFJO0FBQ3pDLE1BQUksTUFBTyxRQUFPLEVBQUUsSUFBSSxTQUFTLE9BQU8sTUFBTSxJQUFJLE1BQU07QUFDeEQsUUFBTSxLQUFLLGVBQWUsTUFBTTtBQUNoQyxNQUFJLE9BQU8sT0FBVyxPQUFNLGFBQWEsR0FBRyxLQUFLLGlDQUFpQyxNQUFNLDBEQUEwRDtBQUNsSixTQUFPLEVBQUUsSUFBSSxPQUFPLFFBQVEsSUFBSSxNQUFNO0FBQ3hDO0FBRUEsU0FBUyxpQkFBaUIsT0FBTyxPQUFPO0FBQ3RDLFFBQU0sS0FBSyxlQUFlLE1BQU0sRUFBRSxNQUFNLE1BQU0sT0FBTyxVQUFVLFVBQVU7QUFDekUsTUFBSSxPQUFPLE9BQVcsT0FBTSxhQUFhLEdBQUcsS0FBSyw4Q0FBOEMsb0JBQW9CLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFDL0gsUUFBTSxLQUFLLE1BQU0sT0FBTyxTQUFZLENBQUMsSUFBSSxvQkFBb0IsTUFBTSxJQUFJLEdBQUcsS0FBSyxLQUFLO0FBQ3BGLFNBQU8sRUFBRSxJQUFJLE9BQU8sT0FBTyxVQUFVLE9BQU8sU0FBUyxJQUFJLElBQUksUUFBUTtBQUN2RTtBQUdPLFNBQVMsVUFBVSxPQUFPLE9BQU87QUFDdEMsTUFBSSxPQUFPLFVBQVUsWUFBYSxPQUFPLFVBQVUsWUFBWSxnQkFBZ0IsS0FBSyxLQUFLLEdBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sS0FBSztBQUM1QixRQUFJLE9BQU8sU0FBUyxPQUFPLEtBQUssV0FBVyxFQUFHLFFBQU8sS0FBSyxNQUFNLFVBQVUsR0FBSTtBQUFBLEVBQ2hGLFdBQVcsT0FBTyxVQUFVLFlBQVkseUVBQXlFLEtBQUssS0FBSyxHQUFHO0FBQzVILFVBQU0sS0FBSyxLQUFLLE1BQU0sS0FBSztBQUMzQixRQUFJLENBQUMsT0FBTyxNQUFNLEVBQUUsRUFBRyxRQUFPO0FBQUEsRUFDaEM7QUFDQSxRQUFNLGFBQWEsR0FBRyxLQUFLLGdHQUFnRztBQUM3SDtBQUVBLElBQU0saUJBQWlCLEVBQUUsSUFBSSxNQUFPLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxNQUFNLEdBQUcsT0FBTyxHQUFHLFFBQVEsR0FBRyxRQUFTO0FBR3BGLFNBQVMsY0FBYyxPQUFPLE9BQU87QUFDMUMsTUFBSSxPQUFPLFVBQVUsWUFBYSxPQUFPLFVBQVUsWUFBWSxnQkFBZ0IsS0FBSyxLQUFLLEdBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sS0FBSztBQUM1QixRQUFJLFVBQVUsS0FBSyxPQUFPLFNBQVMsT0FBTyxFQUFHLFFBQU8sRUFBRSxNQUFNLEdBQUcsT0FBTyxLQUFLLFFBQVE7QUFBQSxFQUNyRixXQUFXLE9BQU8sVUFBVSxZQUFZLDJCQUEyQixLQUFLLEtBQUssR0FBRztBQUM5RSxRQUFJLFVBQVU7QUFDZCxlQUFXLENBQUMsRUFBRSxRQUFRLElBQUksS0FBSyxNQUFNLFNBQVMsd0JBQXdCLEVBQUcsWUFBVyxPQUFPLE1BQU0sSUFBSSxlQUFlLElBQUk7QUFDeEgsUUFBSSxVQUFVLEVBQUcsUUFBTyxFQUFFLE1BQU0sT0FBTyxRQUFRO0FBQUEsRUFDakQ7QUFDQSxRQUFNLGFBQWEsR0FBRyxLQUFLLG9GQUFvRjtBQUNqSDs7O0FDbEhPLFNBQVMsaUJBQWlCLFFBQVEsT0FBTztBQUM5QyxRQUFNLFFBQVEsQ0FBQztBQUNmLE1BQUksVUFBVTtBQUNkLE1BQUksV0FBVztBQUNmLGFBQVcsTUFBTSxPQUFPLFFBQVEsT0FBTyxFQUFFLEdBQUc7QUFDMUMsUUFBSSxPQUFPLElBQUssWUFBVyxDQUFDO0FBQzVCLFFBQUksT0FBTyxPQUFPLENBQUMsVUFBVTtBQUFFLFlBQU0sS0FBSyxPQUFPO0FBQUcsZ0JBQVU7QUFBSTtBQUFBLElBQVU7QUFDNUUsZUFBVztBQUFBLEVBQ2I7QUFDQSxRQUFNLEtBQUssT0FBTztBQUNsQixRQUFNLFFBQVEsQ0FBQztBQUNmLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUN4QixVQUFNLEtBQUssS0FBSyxRQUFRLEdBQUc7QUFDM0IsVUFBTSxNQUFNLG9CQUFvQixLQUFLLElBQUksT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLEdBQUcsS0FBSyxFQUFFLEtBQUs7QUFDL0UsVUFBTSxLQUFLLEVBQUUsS0FBSyxPQUFPLG9CQUFvQixLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sS0FBSyxDQUFDLEdBQUcsR0FBRyxLQUFLLElBQUksR0FBRyxFQUFFLEVBQUUsS0FBSyxFQUFFLENBQUM7QUFBQSxFQUM1RztBQUNBLFNBQU87QUFDVDtBQUVPLFNBQVMsb0JBQW9CLE1BQU0sT0FBTztBQUMvQyxRQUFNLFNBQVMsS0FBSyxRQUFRLE9BQU8sR0FBRztBQUN0QyxNQUFJLENBQUMsT0FBTyxTQUFTLEdBQUcsRUFBRyxRQUFPO0FBQ2xDLE1BQUk7QUFDRixXQUFPLG1CQUFtQixNQUFNO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFVBQU0sTUFBTSxtRUFBbUUsS0FBSyxNQUFNO0FBQzFGLFVBQU0sYUFBYSxHQUFHLEtBQUssK0JBQStCLE1BQU0sZ0JBQWdCLElBQUksS0FBSyxLQUFLLEVBQUUsK0JBQStCO0FBQUEsRUFDakk7QUFDRjs7O0FDOUJPLElBQU0sZ0JBQWdCLENBQUMsVUFBVSxVQUFVLFVBQVUsT0FBTyxRQUFRLFdBQVcsVUFBVSxTQUFTLFNBQVMsUUFBUSxNQUFNLFFBQVEsTUFBTTtBQUV2SSxJQUFNLG9CQUFvQixDQUFDLEdBQUcsZUFBZSxXQUFXO0FBQy9ELElBQU0sb0JBQW9CO0FBUW5CLFNBQVMsZUFBZSxPQUFPO0FBQ3BDLFFBQU0sRUFBRSxLQUFLLFdBQVcsSUFBSSxZQUFZLEtBQUs7QUFDN0MsUUFBTSxNQUFNLENBQUMsUUFBUSxJQUFJLEdBQUcsTUFBTSxVQUFhLElBQUksR0FBRyxNQUFNO0FBQzVELFFBQU0sU0FBUztBQUFBLElBQ2I7QUFBQSxJQUFZLFFBQVE7QUFBQSxJQUFNLFFBQVE7QUFBQSxJQUFNLFFBQVE7QUFBQSxJQUFNLEtBQUs7QUFBQSxJQUFNLE1BQU07QUFBQSxJQUFNLFNBQVM7QUFBQSxJQUFNLFFBQVE7QUFBQSxJQUNwRyxXQUFXO0FBQUEsSUFBTSxPQUFPO0FBQUEsSUFBTyxNQUFNO0FBQUEsSUFBTSxJQUFJO0FBQUEsSUFBTSxNQUFNO0FBQUEsSUFBTSxNQUFNO0FBQUEsRUFDekU7QUFDQSxNQUFJLElBQUksUUFBUSxHQUFHO0FBQ2pCLFFBQUksT0FBTyxJQUFJLFdBQVcsWUFBWSxJQUFJLE9BQU8sS0FBSyxNQUFNLEdBQUksT0FBTSxhQUFhLEdBQUcsV0FBVyxRQUFRLENBQUMsK0JBQStCO0FBQ3pJLFdBQU8sU0FBUyxJQUFJLE9BQU8sS0FBSztBQUFBLEVBQ2xDO0FBQ0EsTUFBSSxJQUFJLFFBQVEsR0FBRztBQUNqQixRQUFJLE9BQU8sSUFBSSxXQUFXLFNBQVUsT0FBTSxhQUFhLEdBQUcsV0FBVyxRQUFRLENBQUMsdUNBQXVDO0FBQ3JILFdBQU8sU0FBUyxZQUFZLElBQUksUUFBUSxXQUFXLFFBQVEsQ0FBQztBQUFBLEVBQzlEO0FBQ0EsTUFBSSxJQUFJLFFBQVEsR0FBRztBQUNqQixRQUFJLE9BQU8sSUFBSSxXQUFXLFlBQVksSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFJLE9BQU0sYUFBYSxHQUFHLFdBQVcsUUFBUSxDQUFDLGtDQUFrQztBQUM1SSxRQUFJLElBQUksT0FBTyxTQUFTLGtCQUFtQixPQUFNLGFBQWEsR0FBRyxXQUFXLFFBQVEsQ0FBQyxpQkFBaUIsaUJBQWlCLGFBQWE7QUFDcEksV0FBTyxTQUFTLElBQUksT0FBTyxLQUFLO0FBQUEsRUFDbEM7QUFDQSxNQUFJLElBQUksS0FBSyxFQUFHLFFBQU8sTUFBTSxhQUFhLElBQUksS0FBSyxXQUFXLEtBQUssR0FBRyxDQUFDO0FBQ3ZFLE1BQUksSUFBSSxNQUFNLEVBQUcsUUFBTyxPQUFPLGFBQWEsSUFBSSxNQUFNLFdBQVcsTUFBTSxHQUFHLENBQUM7QUFDM0UsTUFBSSxJQUFJLFNBQVMsRUFBRyxRQUFPLFVBQVUsYUFBYSxJQUFJLFNBQVMsV0FBVyxTQUFTLENBQUM7QUFDcEYsTUFBSSxJQUFJLFFBQVEsRUFBRyxRQUFPLFNBQVMsb0JBQW9CLElBQUksUUFBUSxXQUFXLFFBQVEsQ0FBQztBQUN2RixNQUFJLElBQUksT0FBTyxFQUFHLFFBQU8sWUFBWSxXQUFXLElBQUksT0FBTyxXQUFXLE9BQU8sQ0FBQztBQUM5RSxNQUFJLElBQUksT0FBTyxFQUFHLFFBQU8sUUFBUSxhQUFhLElBQUksT0FBTyxXQUFXLE9BQU8sQ0FBQztBQUM1RSxNQUFJLElBQUksTUFBTSxFQUFHLFFBQU8sT0FBTyxVQUFVLElBQUksTUFBTSxXQUFXLE1BQU0sQ0FBQztBQUNyRSxNQUFJLElBQUksSUFBSSxFQUFHLFFBQU8sS0FBSyxVQUFVLElBQUksSUFBSSxXQUFXLElBQUksQ0FBQztBQUM3RCxNQUFJLElBQUksTUFBTSxFQUFHLFFBQU8sT0FBTyxVQUFVLElBQUksTUFBTSxXQUFXLE1BQU0sQ0FBQztBQUNyRSxNQUFJLElBQUksTUFBTSxFQUFHLFFBQU8sT0FBTyxjQUFjLElBQUksTUFBTSxXQUFXLE1BQU0sQ0FBQztBQUN6RSxNQUFJLE9BQU8sU0FBUyxRQUFRLE9BQU8sT0FBTyxRQUFRLE9BQU8sUUFBUSxPQUFPLElBQUk7QUFDMUUsVUFBTSxhQUFhLEdBQUcsV0FBVyxJQUFJLENBQUMsd0JBQXdCLFdBQVcsTUFBTSxDQUFDLEVBQUU7QUFBQSxFQUNwRjtBQUNBLE1BQUksT0FBTyxjQUFjLFFBQVEsT0FBTyxXQUFXLE1BQU07QUFDdkQsVUFBTSxhQUFhLEdBQUcsV0FBVyxRQUFRLENBQUMsNkJBQTZCLFdBQVcsT0FBTyxDQUFDLHlEQUF5RDtBQUFBLEVBQ3JKO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxZQUFZLE9BQU87QUFDMUIsTUFBSSxPQUFPLFVBQVUsVUFBVTtBQUM3QixVQUFNQyxPQUFNLENBQUM7QUFDYixlQUFXLEVBQUUsS0FBSyxNQUFNLEtBQUssaUJBQWlCLE9BQU8sYUFBYSxHQUFHO0FBQ25FLFlBQU0sT0FBTyxJQUFJLFFBQVEsT0FBTyxFQUFFO0FBQ2xDLFVBQUksQ0FBQyxjQUFjLFNBQVMsSUFBSSxHQUFHO0FBQ2pDLGNBQU0sYUFBYSxzQ0FBc0MsR0FBRyxzQkFBc0IsY0FBYyxJQUFJLENBQUMsTUFBTSxNQUFNLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQUEsTUFDbkk7QUFDQSxVQUFJLFFBQVFBLEtBQUssT0FBTSxhQUFhLCtCQUErQixJQUFJLDJCQUEyQjtBQUNsRyxNQUFBQSxLQUFJLElBQUksSUFBSTtBQUFBLElBQ2Q7QUFDQSxXQUFPLEVBQUUsS0FBQUEsTUFBSyxZQUFZLENBQUMsUUFBUSxnQkFBZ0IsR0FBRyxHQUFHO0FBQUEsRUFDM0Q7QUFDQSxNQUFJLENBQUMsY0FBYyxLQUFLLEVBQUcsT0FBTSxhQUFhLDBEQUEwRDtBQUN4RyxhQUFXLE9BQU8sT0FBTyxLQUFLLEtBQUssR0FBRztBQUNwQyxRQUFJLENBQUMsa0JBQWtCLFNBQVMsR0FBRyxFQUFHLE9BQU0sYUFBYSxlQUFlLEdBQUcscUNBQXFDLGtCQUFrQixLQUFLLElBQUksQ0FBQyxHQUFHO0FBQUEsRUFDako7QUFDQSxNQUFJLE1BQU0sVUFBVSxVQUFhLE1BQU0sY0FBYyxPQUFXLE9BQU0sYUFBYSwwREFBMEQ7QUFDN0ksUUFBTSxXQUFXLE1BQU0sY0FBYyxTQUFZLGNBQWM7QUFDL0QsUUFBTSxNQUFNLEVBQUUsR0FBRyxPQUFPLE9BQU8sTUFBTSxRQUFRLEVBQUU7QUFDL0MsU0FBTyxFQUFFLEtBQUssWUFBWSxDQUFDLFFBQVEsZUFBZSxRQUFRLFVBQVUsV0FBVyxHQUFHLEdBQUc7QUFDdkY7QUFHTyxTQUFTLG1CQUFtQixPQUFPO0FBQ3hDLE1BQUksQ0FBQyxjQUFjLEtBQUssRUFBRyxPQUFNLGFBQWEsZ0RBQWdEO0FBQzlGLE1BQUksTUFBTSxVQUFVLE9BQVcsT0FBTSxhQUFhLHlEQUF5RDtBQUMzRyxTQUFPLGVBQWUsTUFBTSxLQUFLO0FBQ25DOzs7QUNuRk8sU0FBUyxZQUFZLEVBQUUsU0FBUyxPQUFPLE1BQU0sR0FBRztBQUNyRCxTQUFPLEVBQUUsa0JBQWtCLFNBQVMsZ0JBQWdCLFVBQVUsU0FBWSxNQUFNLFNBQVMsT0FBTyxNQUFNO0FBQ3hHOzs7QUNBQSxTQUFTLGdCQUFnQixNQUFNO0FBQzdCLFNBQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxJQUFJLEtBQUssUUFBUSxNQUFNLElBQUksQ0FBQyxHQUFHLEVBQUUsS0FBSyxHQUFHO0FBQ2hGO0FBR0EsU0FBUyxXQUFXLE9BQU87QUFDekIsU0FBTyxNQUFNLFFBQVEsVUFBVSxDQUFDLE9BQU8sSUFBSSxFQUFFLEdBQUc7QUFDbEQ7QUFFQSxJQUFNLGNBQWM7QUFDcEIsU0FBUyxXQUFXLE9BQU87QUFDekIsU0FBTyxNQUFNLFFBQVEsVUFBVSxDQUFDLE9BQU8sY0FBYyxFQUFFO0FBQ3pEO0FBRUEsSUFBTSxXQUFXO0FBQUEsRUFDZixVQUFVLENBQUMsS0FBSyxTQUFTLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxHQUFHO0FBQUEsRUFDNUMsWUFBWSxDQUFDLEtBQUssU0FBUyxHQUFHLElBQUksR0FBRyxHQUFHO0FBQUEsRUFDeEMsVUFBVSxDQUFDLEtBQUssU0FBUyxHQUFHLEdBQUcsR0FBRyxJQUFJO0FBQ3hDO0FBRU8sSUFBTSxXQUFXO0FBQUE7QUFBQSxFQUV0QixRQUFRO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixhQUFhLE1BQU07QUFBQSxJQUNuQjtBQUFBLElBQ0EsY0FBYyxDQUFDLE1BQU0sVUFBVSxHQUFHLElBQUksV0FBVyxLQUFLO0FBQUEsSUFDdEQsY0FBYyxDQUFDLE1BQU0sVUFBVSxTQUFTLElBQUksRUFBRSxLQUFLLFdBQVcsS0FBSyxDQUFDO0FBQUEsSUFDcEUsVUFBVSxDQUFDLFFBQVEsU0FBUyxnQkFBZ0IsR0FBRyxNQUFNLElBQUksVUFBVSxhQUFhLE1BQU0sSUFBSSxXQUFXO0FBQUEsSUFDckcsV0FBVyxDQUFDLFdBQVc7QUFBQTtBQUFBLElBQ3ZCLFdBQVcsQ0FBQyxVQUFXLE9BQU8sVUFBVSxZQUFhLFFBQVEsSUFBSSxJQUFLO0FBQUEsRUFDeEU7QUFBQTtBQUFBO0FBQUEsRUFHQSxVQUFVO0FBQUEsSUFDUixNQUFNO0FBQUEsSUFDTixhQUFhLENBQUMsTUFBTSxJQUFJLENBQUM7QUFBQSxJQUN6QjtBQUFBLElBQ0EsY0FBYyxDQUFDLE1BQU0sVUFBVSxHQUFHLElBQUkscUJBQXFCLEtBQUs7QUFBQSxJQUNoRSxjQUFjLENBQUMsTUFBTSxVQUFVLFNBQVMsSUFBSSxFQUFFLEtBQUssV0FBVyxLQUFLLENBQUM7QUFBQSxJQUNwRSxVQUFVLENBQUMsUUFBUSxTQUFTLGdCQUFnQixHQUFHLE1BQU0sSUFBSSxVQUFVLGFBQWEsTUFBTSxJQUFJLFdBQVcsWUFBWSxXQUFXO0FBQUEsSUFDNUgsV0FBVyxDQUFDLFdBQVcsR0FBRyxNQUFNO0FBQUEsSUFDaEMsV0FBVyxDQUFDLFVBQVU7QUFBQSxFQUN4QjtBQUNGOzs7QUM1Q0EsSUFBTSxXQUFXO0FBRWpCLFNBQVMsWUFBWSxTQUFTO0FBQzVCLFFBQU0sUUFBUSxJQUFJLE1BQU0sa0JBQWtCLE9BQU8sRUFBRTtBQUNuRCxRQUFNLE9BQU87QUFDYixTQUFPO0FBQ1Q7QUFPTyxTQUFTLFdBQVcsS0FBSztBQUM5QixRQUFNLFNBQVMsY0FBYyxLQUFLLE1BQU0sSUFBSSxJQUFJLFNBQVMsQ0FBQztBQUMxRCxRQUFNLFVBQVUsU0FBUyxPQUFPLFdBQVcsUUFBUTtBQUNuRCxNQUFJLFlBQVksT0FBVyxPQUFNLFlBQVksbUNBQW1DLE9BQU8sS0FBSyxRQUFRLEVBQUUsS0FBSyxJQUFJLENBQUMsRUFBRTtBQUNsSCxNQUFJLE9BQU8sT0FBTyxVQUFVLFlBQVksQ0FBQyxTQUFTLEtBQUssT0FBTyxLQUFLLEdBQUc7QUFDcEUsVUFBTSxZQUFZLDJFQUEyRTtBQUFBLEVBQy9GO0FBQ0EsUUFBTSxlQUFlLE9BQU8sZ0JBQWdCO0FBQzVDLFFBQU0sYUFBYSxPQUFPLGNBQWM7QUFDeEMsUUFBTSxjQUFjLE9BQU8sZUFBZTtBQUMxQyxNQUFJO0FBQ0osTUFBSSxNQUFNLFFBQVEsT0FBTyxPQUFPLEdBQUc7QUFDakMsWUFBUSxPQUFPLFlBQVksT0FBTyxRQUFRLElBQUksQ0FBQyxNQUFNLENBQUMsR0FBRyxNQUFNLGNBQWMsV0FBVyxNQUFNLGFBQWEsYUFBYSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ3BJLFdBQVcsY0FBYyxPQUFPLE9BQU8sRUFBRyxTQUFRLEVBQUUsR0FBRyxPQUFPLFFBQVE7QUFDdEUsUUFBTSxRQUFRLFVBQVUsU0FBWSxDQUFDLElBQUksT0FBTyxLQUFLLEtBQUs7QUFDMUQsTUFBSSxNQUFNLFdBQVcsS0FBSyxDQUFDLE1BQU0sTUFBTSxDQUFDLE1BQU0sT0FBTyxNQUFNLFlBQVksY0FBYyxLQUFLLENBQUMsQ0FBQyxHQUFHO0FBQzdGLFVBQU0sWUFBWSxzR0FBc0c7QUFBQSxFQUMxSDtBQUNBLGFBQVcsQ0FBQyxNQUFNLElBQUksS0FBSyxPQUFPLFFBQVEsS0FBSyxHQUFHO0FBQ2hELFFBQUksQ0FBQyxZQUFZLFNBQVMsSUFBSSxFQUFHLE9BQU0sWUFBWSxrQkFBa0IsSUFBSSxxQkFBcUIsWUFBWSxLQUFLLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDeEg7QUFDQSxRQUFNLFVBQVUsT0FBTyxZQUFZLFNBQVksTUFBTyxPQUFPO0FBQzdELE1BQUksQ0FBQyxPQUFPLGNBQWMsT0FBTyxLQUFLLFVBQVUsRUFBRyxPQUFNLFlBQVksNkNBQTZDO0FBQ2xILFNBQU8sRUFBRSxTQUFTLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxPQUFPLGNBQWMsWUFBWSxhQUFhLFFBQVE7QUFDL0c7OztBQ3BDQSxJQUFNLGdCQUFnQixFQUFFLElBQUksS0FBSyxJQUFJLE1BQU0sSUFBSSxLQUFLLElBQUksS0FBSyxJQUFJLE1BQU0sSUFBSSxLQUFLO0FBTXpFLFNBQVMsWUFBWSxNQUFNLEVBQUUsU0FBUyxRQUFRLE9BQU8sT0FBTyxHQUFHO0FBQ3BFLFdBQVMsT0FBTyxNQUFNO0FBQ3BCLFVBQU0sU0FBUyxPQUFPLEtBQUssS0FBSztBQUNoQyxRQUFJLEtBQUssY0FBYyxVQUFXLFFBQU8sU0FBUyxNQUFNO0FBQ3hELFFBQUksS0FBSyxjQUFjLFVBQVcsUUFBTyxTQUFTLE1BQU07QUFDeEQsV0FBTztBQUFBLEVBQ1Q7QUFDQSxXQUFTLE9BQU9DLE9BQU0sUUFBUTtBQUM1QixZQUFRQSxNQUFLLE1BQU07QUFBQSxNQUNqQixLQUFLO0FBQVMsZUFBT0EsTUFBSyxRQUFRLFVBQVU7QUFBQSxNQUM1QyxLQUFLO0FBQUEsTUFDTCxLQUFLLE1BQU07QUFDVCxjQUFNLE9BQU9BLE1BQUssU0FBUyxJQUFJLENBQUMsWUFBWSxPQUFPLFNBQVNBLE1BQUssSUFBSSxDQUFDLEVBQUUsS0FBS0EsTUFBSyxTQUFTLFFBQVEsVUFBVSxNQUFNO0FBQ25ILGVBQU8sV0FBVyxTQUFTQSxNQUFLLFNBQVMsT0FBTyxJQUFJLElBQUksTUFBTTtBQUFBLE1BQ2hFO0FBQUEsTUFDQSxLQUFLO0FBQVcsZUFBTyxjQUFjQSxLQUFJO0FBQUE7QUFBQSxNQUV6QyxLQUFLO0FBQVksZUFBTyxRQUFRLFNBQVMsT0FBT0EsS0FBSSxHQUFHQSxNQUFLLFNBQVMsTUFBTSxRQUFRLGFBQWFBLE1BQUssTUFBTUEsTUFBSyxLQUFLLENBQUMsQ0FBQztBQUFBLE1BQ3ZILEtBQUssTUFBTTtBQUNULGNBQU0sT0FBTyxJQUFJQSxNQUFLLE9BQU8sSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQztBQUM1RCxjQUFNLElBQUksT0FBT0EsS0FBSTtBQUNyQixlQUFPQSxNQUFLLFVBQVUsSUFBSSxPQUFPQSxNQUFLLEtBQUssQ0FBQyxlQUFlLENBQUMsV0FBVyxJQUFJLE1BQU0sR0FBRyxDQUFDLE9BQU8sSUFBSTtBQUFBLE1BQ2xHO0FBQUEsTUFDQTtBQUNFLGNBQU0sSUFBSSxNQUFNLDRCQUE0QkEsTUFBSyxJQUFJLEVBQUU7QUFBQSxJQUMzRDtBQUFBLEVBQ0Y7QUFDQSxXQUFTLGNBQWMsTUFBTTtBQUMzQixVQUFNLElBQUksT0FBTyxJQUFJO0FBQ3JCLFFBQUksS0FBSyxVQUFVLEtBQU0sUUFBTyxHQUFHLE9BQU8sS0FBSyxLQUFLLENBQUMsT0FBTyxLQUFLLE9BQU8sT0FBTyxLQUFLLE1BQU07QUFDMUYsUUFBSSxLQUFLLE9BQU8sS0FBTSxRQUFPLEdBQUcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxLQUFLLENBQUM7QUFFeEQsUUFBSSxLQUFLLE9BQU8sS0FBTSxRQUFPLFFBQVEsYUFBYSxHQUFHLE1BQU0sS0FBSyxLQUFLLENBQUM7QUFDdEUsVUFBTSxPQUFPLE9BQU8sS0FBSyxLQUFLLElBQUksUUFBUSxVQUFVLENBQUMsSUFBSTtBQUN6RCxVQUFNLGFBQWEsR0FBRyxJQUFJLElBQUksY0FBYyxLQUFLLEVBQUUsQ0FBQyxJQUFJLE1BQU0sS0FBSyxLQUFLLENBQUM7QUFFekUsV0FBTyxLQUFLLFVBQVUsSUFBSSxPQUFPLEtBQUssS0FBSyxDQUFDLG9CQUFvQixVQUFVLE9BQU87QUFBQSxFQUNuRjtBQUNBLFNBQU8sT0FBTyxNQUFNLEtBQUs7QUFDM0I7OztBQ3ZDQSxJQUFNLFVBQVU7QUFDaEIsSUFBTSxhQUFhLEVBQUUsS0FBSyxPQUFPLEtBQUssT0FBTyxLQUFLLE9BQU8sS0FBSyxNQUFNO0FBRXBFLFNBQVMsZUFBZSxPQUFPLEtBQUs7QUFDbEMsUUFBTSxTQUFTLFdBQVcsR0FBRztBQUM3QixRQUFNLElBQUksbUJBQW1CLEtBQUs7QUFDbEMsUUFBTSxFQUFFLFFBQVEsSUFBSTtBQUNwQixNQUFJLEVBQUUsU0FBUyxLQUFNLE9BQU0sWUFBWSxFQUFFLFdBQVcsTUFBTSxHQUFHLDRCQUE0QixTQUFTLG9CQUFvQjtBQUN0SCxNQUFJLEVBQUUsV0FBVyxLQUFNLE9BQU0sWUFBWSxFQUFFLFdBQVcsUUFBUSxHQUFHLFdBQVcsU0FBUyx1Q0FBdUM7QUFDNUgsUUFBTSxVQUFVLEVBQUUsU0FBUyxPQUFPLENBQUMsRUFBRSxXQUFXLE1BQU0sQ0FBQyxJQUFJLENBQUM7QUFFNUQsUUFBTSxTQUFTLENBQUM7QUFDaEIsUUFBTSxRQUFRLENBQUMsVUFBVTtBQUFFLFdBQU8sS0FBSyxRQUFRLFVBQVUsS0FBSyxDQUFDO0FBQUcsV0FBTyxRQUFRLFlBQVksT0FBTyxNQUFNO0FBQUEsRUFBRztBQUM3RyxRQUFNLFNBQVMsQ0FBQyxNQUFNLFVBQVU7QUFDOUIsUUFBSSxDQUFDLE9BQU8sUUFBUSxTQUFTLElBQUksRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLHFCQUFxQixJQUFJLGVBQWUsT0FBTyxRQUFRLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDbkksV0FBTyxRQUFRLGdCQUFnQixJQUFJO0FBQUEsRUFDckM7QUFDQSxRQUFNLFlBQVksQ0FBQyxTQUFTLE9BQU8sTUFBTSxJQUFJO0FBRTdDLFFBQU0sYUFBYSxDQUFDO0FBQ3BCLE1BQUksRUFBRSxXQUFXLEtBQU0sWUFBVyxLQUFLLEdBQUcsT0FBTyxPQUFPLGNBQWMsRUFBRSxXQUFXLFFBQVEsQ0FBQyxDQUFDLE1BQU0sTUFBTSxFQUFFLE1BQU0sQ0FBQyxFQUFFO0FBQ3BILE1BQUksRUFBRSxTQUFTLEtBQU0sWUFBVyxLQUFLLEdBQUcsT0FBTyxPQUFPLFlBQVksRUFBRSxXQUFXLE1BQU0sQ0FBQyxDQUFDLE9BQU8sTUFBTSxJQUFJLEtBQUssRUFBRSxJQUFJLEVBQUUsWUFBWSxDQUFDLENBQUMsRUFBRTtBQUNySSxNQUFJLEVBQUUsT0FBTyxLQUFNLFlBQVcsS0FBSyxHQUFHLE9BQU8sT0FBTyxZQUFZLEVBQUUsV0FBVyxJQUFJLENBQUMsQ0FBQyxNQUFNLE1BQU0sSUFBSSxLQUFLLEVBQUUsRUFBRSxFQUFFLFlBQVksQ0FBQyxDQUFDLEVBQUU7QUFDOUgsTUFBSSxFQUFFLFdBQVcsTUFBTTtBQUNyQixVQUFNQyxTQUFRLEVBQUUsV0FBVyxRQUFRO0FBQ25DLFVBQU0sU0FBUyxhQUFhLEVBQUUsUUFBUSxFQUFFLE9BQUFBLFFBQU8sVUFBVSxDQUFDO0FBQzFELGVBQVcsUUFBUSxTQUFTLE1BQU0sRUFBRyxRQUFPLE1BQU1BLE1BQUs7QUFDdkQsVUFBTSxPQUFPLFlBQVksUUFBUSxFQUFFLFNBQVMsUUFBUSxDQUFDLFNBQVMsT0FBTyxNQUFNQSxNQUFLLEdBQUcsT0FBTyxRQUFRLENBQUMsU0FBUyxVQUFVLElBQUksTUFBTSxTQUFTLENBQUM7QUFFMUksUUFBSSxTQUFTLFFBQVMsWUFBVyxLQUFLLElBQUk7QUFBQSxFQUM1QztBQUNBLFFBQU0sUUFBUSxXQUFXLFNBQVMsVUFBVSxXQUFXLEtBQUssT0FBTyxDQUFDLEtBQUs7QUFDekUsUUFBTSxPQUFPLFNBQVMsUUFBUSxnQkFBZ0IsT0FBTyxLQUFLLENBQUM7QUFFM0QsTUFBSSxhQUFhO0FBQ2pCLE1BQUksVUFBVTtBQUNkLE1BQUksWUFBWSxPQUFPO0FBQ3ZCLE1BQUksWUFBWSxPQUFPO0FBQ3ZCLE1BQUksRUFBRSxjQUFjLE1BQU07QUFDeEIsVUFBTSxhQUFhLEVBQUUsV0FBVyxPQUFPO0FBQ3ZDLFVBQU0sS0FBSyxFQUFFLFVBQVUsR0FBRyxJQUFJLENBQUMsU0FBUyxPQUFPLE1BQU0sR0FBRyxVQUFVLFVBQVUsQ0FBQztBQUM3RSxVQUFNLFdBQVcsRUFBRSxVQUFVLFVBQVUsVUFBVSxPQUFPLGNBQWMsRUFBRSxVQUFVO0FBQ2xGLFFBQUksYUFBYSxRQUFRLE9BQU8sTUFBTSxRQUFRLE1BQU0sVUFBYSxPQUFPLE1BQU0sUUFBUSxNQUFNLFlBQVksRUFBRSxVQUFVLE9BQU8sU0FBUyxFQUFFLFVBQVUsT0FBTyxPQUFPO0FBQzVKLFlBQU0sYUFBYSxHQUFHLFVBQVUsS0FBSyxFQUFFLFVBQVUsRUFBRSw0QkFBNEIsUUFBUSxRQUFRLE9BQU8sTUFBTSxRQUFRLENBQUMsRUFBRTtBQUFBLElBQ3pIO0FBQ0EsVUFBTSxVQUFVLEVBQUUsVUFBVSxPQUFPLFVBQVUsYUFBYSxHQUFHLFdBQVcsRUFBRSxVQUFVLEVBQUUsQ0FBQyxJQUFJLE9BQU8sVUFBVSxVQUFVLENBQUM7QUFDdkgsVUFBTSxRQUFRLEVBQUUsVUFBVSxPQUFPLFVBQVUsT0FBTyxjQUFjLEVBQUUsVUFBVTtBQUM1RSxpQkFBYSxDQUFDLEdBQUcsSUFBSSxHQUFHLE9BQU8sT0FBTyxRQUFRLGdCQUFnQixLQUFLLENBQUMsRUFBRSxFQUFFLEtBQUssSUFBSTtBQUNqRixRQUFJLEdBQUcsT0FBUSxXQUFVLGFBQWEsR0FBRyxLQUFLLElBQUksQ0FBQztBQUNuRCxnQkFBWSxDQUFDLEdBQUcsRUFBRSxVQUFVLElBQUksS0FBSztBQUNyQyxnQkFBWTtBQUFBLEVBQ2QsV0FBVyxFQUFFLFdBQVcsTUFBTTtBQUM1QixpQkFBYSxFQUFFLE9BQU8sSUFBSSxDQUFDLFNBQVMsT0FBTyxNQUFNLEVBQUUsV0FBVyxRQUFRLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSTtBQUFBLEVBQ3JGO0FBR0EsUUFBTSxRQUFRLEVBQUUsWUFBWSxFQUFFLFFBQVEsT0FBTyxDQUFDLEVBQUUsT0FBTyxXQUFXLFdBQVcsT0FBTyxDQUFDLElBQUk7QUFDekYsTUFBSSxVQUFVO0FBQ2QsTUFBSSxVQUFVLE1BQU07QUFDbEIsVUFBTSxRQUFRLE1BQU0sSUFBSSxTQUFTLGdCQUFnQixNQUFNO0FBQ3JELFVBQUksQ0FBQyxVQUFVLFNBQVMsS0FBSyxLQUFLLEdBQUc7QUFDbkMsY0FBTSxhQUFhLEdBQUcsRUFBRSxXQUFXLFNBQVMsQ0FBQyxzQkFBc0IsS0FBSyxLQUFLLGVBQWUsVUFBVSxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQUEsTUFDckg7QUFDQSxZQUFNLFNBQVMsUUFBUSxnQkFBZ0IsS0FBSyxLQUFLO0FBQ2pELFlBQU0sT0FBTyxPQUFPLE1BQU0sS0FBSyxLQUFLLE1BQU0sV0FBVyxRQUFRLFVBQVUsTUFBTSxJQUFJO0FBRWpGLGFBQU8sR0FBRyxJQUFJLElBQUksS0FBSyxjQUFjLFFBQVEsb0JBQW9CLGlCQUFpQjtBQUFBLElBQ3BGLENBQUM7QUFDRCxjQUFVLGFBQWEsTUFBTSxLQUFLLElBQUksQ0FBQztBQUFBLEVBQ3pDO0FBR0EsTUFBSSxFQUFFLFFBQVEsUUFBUSxFQUFFLE1BQU0sT0FBTyxRQUFTLE9BQU0sYUFBYSxHQUFHLEVBQUUsV0FBVyxLQUFLLENBQUMsYUFBYSxPQUFPLE9BQU8sd0JBQXdCO0FBQzFJLFFBQU0sY0FBYyxPQUFPO0FBQzNCLE1BQUksU0FBUyxVQUFVLE1BQU0sRUFBRSxRQUFRLE9BQU8sRUFBRSxNQUFNLE9BQU8sT0FBTyxDQUFDO0FBQ3JFLE1BQUksRUFBRSxTQUFTLEtBQU0sV0FBVSxXQUFXLE1BQU0sRUFBRSxJQUFJLENBQUM7QUFFdkQsUUFBTSxNQUFNLFVBQVUsVUFBVSxHQUFHLElBQUksR0FBRyxLQUFLLEdBQUcsT0FBTyxHQUFHLE9BQU8sR0FBRyxNQUFNO0FBQzVFLFFBQU0sU0FBUyxFQUFFLFNBQVMsUUFBUSxNQUFNLEtBQUssT0FBTztBQUNwRCxNQUFJLEVBQUUsT0FBTztBQUVYLFVBQU0sVUFBVSxVQUFVLG1EQUFtRCxJQUFJLEdBQUcsS0FBSyxHQUFHLE9BQU8sa0JBQWtCLDZCQUE2QixJQUFJLEdBQUcsS0FBSztBQUM5SixXQUFPLFdBQVc7QUFDbEIsV0FBTyxjQUFjLE9BQU8sTUFBTSxHQUFHLFdBQVc7QUFBQSxFQUNsRDtBQUNBLE1BQUksUUFBUSxPQUFRLFFBQU8sVUFBVSxRQUFRLElBQUksQ0FBQyxTQUFTLEdBQUcsSUFBSSw2Q0FBNkM7QUFDL0csU0FBTztBQUNUO0FBR0EsU0FBUyxnQkFBZ0IsT0FBTztBQUM5QixNQUFJLENBQUMsY0FBYyxLQUFLLEVBQUcsT0FBTSxhQUFhLHVDQUF1QztBQUNyRixNQUFJLENBQUMsTUFBTSxRQUFRLE1BQU0sSUFBSSxFQUFHLE9BQU0sYUFBYSw4Q0FBOEM7QUFDakcsUUFBTSxLQUFLLFFBQVEsQ0FBQyxLQUFLLE1BQU07QUFBRSxRQUFJLENBQUMsY0FBYyxHQUFHLEVBQUcsT0FBTSxhQUFhLGNBQWMsQ0FBQyx1QkFBdUI7QUFBQSxFQUFHLENBQUM7QUFDdkgsTUFBSSxNQUFNLFlBQVksVUFBYSxPQUFPLE1BQU0sWUFBWSxTQUFVLE9BQU0sYUFBYSxrQ0FBa0M7QUFDM0gsTUFBSTtBQUNKLE1BQUksTUFBTSxVQUFVLFFBQVc7QUFDN0IsVUFBTSxRQUFRLE9BQU8sTUFBTSxVQUFVLFlBQVksUUFBUSxLQUFLLE1BQU0sS0FBSyxJQUFJLE9BQU8sTUFBTSxLQUFLLElBQUksTUFBTTtBQUN6RyxRQUFJLENBQUMsT0FBTyxjQUFjLEtBQUssS0FBSyxRQUFRLEVBQUcsT0FBTSxhQUFhLGtFQUFrRTtBQUNwSSxZQUFRO0FBQUEsRUFDVjtBQUNBLFNBQU8sWUFBWSxFQUFFLFNBQVMsTUFBTSxXQUFXLHFCQUFxQixPQUFPLE1BQU0sS0FBSyxJQUFJLENBQUMsU0FBUyxFQUFFLEdBQUcsSUFBSSxFQUFFLEdBQUcsTUFBTSxDQUFDO0FBQzNIO0FBRUEsSUFBTyxnQkFBUTtBQUFBLEVBQ2IsbUJBQW1CO0FBQUEsRUFDbkIsb0JBQW9CO0FBQ3RCOyIsIm5hbWVzIjpbImJ5IiwicmF3Iiwibm9kZSIsIndoZXJlIl0sInNvdXJjZVJvb3QiOiIifQ==
