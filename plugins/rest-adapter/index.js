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
function normalizeQuery(query2) {
  const { raw, optionName } = readOptions(query2);
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
function readOptions(query2) {
  if (typeof query2 === "string") {
    const raw2 = {};
    for (const { key, value } of splitQueryString(query2, "input.query")) {
      const name = key.replace(/^\$/, "");
      if (!QUERY_OPTIONS.includes(name)) {
        throw invalidInput(`input.query: unknown query option '${key}' (expected one of ${QUERY_OPTIONS.map((o) => "$" + o).join(", ")})`);
      }
      if (name in raw2) throw invalidInput(`input.query: query option '$${name}' is given more than once`);
      raw2[name] = value;
    }
    return { raw: raw2, optionName: (key) => `input.query.$${key}` };
  }
  if (!isPlainObject(query2)) throw invalidInput("input.query: expected an OData query string or an object");
  for (const key of Object.keys(query2)) {
    if (!OBJECT_QUERY_KEYS.includes(key)) throw invalidInput(`input.query.${key}: unknown option (expected one of ${OBJECT_QUERY_KEYS.join(", ")})`);
  }
  if (query2.apply !== void 0 && query2.aggregate !== void 0) throw invalidInput("input.query.aggregate: give apply or aggregate, not both");
  const applyKey = query2.aggregate !== void 0 ? "aggregate" : "apply";
  const raw = { ...query2, apply: query2[applyKey] };
  return { raw, optionName: (key) => `input.query.${key === "apply" ? applyKey : key}` };
}
function readTranslateInput(input) {
  if (!isPlainObject(input)) throw invalidInput('input: expected an object with a "query" field');
  if (input.query === void 0) throw invalidInput("input.query: required (an OData query string or object)");
  return normalizeQuery(input.query);
}

// ../shared/odata/evaluate.js
function fieldValue(row, operand) {
  const value = row[operand.name];
  if (value === void 0 || value === null) return null;
  if (operand.transform === null || operand.transform === void 0) return value;
  return typeof value === "string" ? applyTransform(value, operand.transform) : null;
}
function sameType(a, b) {
  return typeof a === typeof b;
}
function datetimeMs(value) {
  return typeof value === "string" ? Date.parse(value) : Number.NaN;
}
function compareValues(op, left, right, type) {
  if (op === "eq" || op === "ne") {
    let equal;
    if (left === null || right === null) equal = left === right;
    else if (type === "datetime") equal = datetimeMs(left) === datetimeMs(right);
    else equal = sameType(left, right) && left === right;
    return op === "eq" ? equal : !equal;
  }
  if (left === null || right === null) return false;
  let a = left;
  let b = right;
  if (type === "datetime") {
    a = datetimeMs(left);
    b = datetimeMs(right);
  } else if (!sameType(a, b) || typeof a === "boolean") return false;
  if (op === "gt") return a > b;
  if (op === "ge") return a >= b;
  if (op === "lt") return a < b;
  return a <= b;
}
var MIRRORED2 = { eq: "eq", ne: "ne", gt: "lt", lt: "gt", ge: "le", le: "ge" };
function evaluateFilter(ast, row, { fieldType = () => void 0, where = "filter" } = {}) {
  function evaluate(node) {
    switch (node.type) {
      case "and": {
        const left = evaluate(node.left);
        const right = evaluate(node.right);
        if (left === false || right === false) return false;
        return left === true && right === true ? true : null;
      }
      case "or": {
        const left = evaluate(node.left);
        const right = evaluate(node.right);
        if (left === true || right === true) return true;
        return left === false && right === false ? false : null;
      }
      case "not": {
        const inner = evaluate(node.operand);
        return inner === null ? null : !inner;
      }
      case "compare": {
        let { op, left, right } = node;
        if (left.kind === "literal" && right.kind === "field") {
          [left, right] = [right, left];
          op = MIRRORED2[op];
        }
        if (left.kind !== "field" || right.kind !== "literal") throw invalidInput(`${where}: each comparison needs a field on one side and a literal on the other`);
        const type = fieldType(left.name);
        return compareValues(op, fieldValue(row, left), coerceLiteral(right.value, type, left.name, where), type);
      }
      case "function": {
        const type = fieldType(node.field);
        if (type !== void 0 && type !== "string") throw invalidInput(`${where}: ${node.name}() applies to string fields; '${node.field}' is a ${type} field`);
        const value = fieldValue(row, { name: node.field, transform: node.transform });
        if (typeof value !== "string") return null;
        if (node.name === "contains") return value.includes(node.value);
        if (node.name === "startswith") return value.startsWith(node.value);
        return value.endsWith(node.value);
      }
      case "in": {
        const value = fieldValue(row, { name: node.field, transform: node.transform });
        const type = fieldType(node.field);
        return node.values.some((v) => compareValues("eq", value, coerceLiteral(v, type, node.field, where), type));
      }
      default:
        throw invalidInput(`${where}: unknown filter node '${node.type}'`);
    }
  }
  return evaluate(ast);
}
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
function aggregateValues(op, values) {
  if (op === "count") return values.length;
  const present = values.filter((v) => typeof v === "number");
  if (present.length === 0) return null;
  if (op === "sum") return present.reduce((a, b) => a + b, 0);
  if (op === "avg") return present.reduce((a, b) => a + b, 0) / present.length;
  if (op === "min") return Math.min(...present);
  return Math.max(...present);
}
function aggregateRows(rows, aggregate) {
  const groups = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const key = JSON.stringify(aggregate.by.map((name) => row[name] ?? null));
    let group = groups.get(key);
    if (group === void 0) {
      group = { keys: Object.fromEntries(aggregate.by.map((name) => [name, row[name] ?? null])), values: [] };
      groups.set(key, group);
    }
    group.values.push(aggregate.field === null ? 1 : row[aggregate.field] ?? null);
  }
  if (groups.size === 0 && aggregate.by.length === 0) groups.set("[]", { keys: {}, values: [] });
  return [...groups.values()].map((g) => ({ ...g.keys, [aggregate.as]: aggregateValues(aggregate.op, g.values) }));
}
function applyQuery(rows, q, { fieldType, valueField = "value", where } = {}) {
  let result = q.filter === null ? rows : rows.filter((row) => evaluateFilter(q.filter, row, { fieldType, where: where ?? q.optionName("filter") }) === true);
  if (q.aggregate !== null) result = aggregateRows(result, q.aggregate);
  return pageRows(result, q, { valueField: q.aggregate !== null ? q.aggregate.as : valueField });
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

// src/config.js
var HEADER_RE = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
var PARAM_RE = /^[A-Za-z0-9_.~-]+$/;
function configError(message) {
  const error = new Error(`plugin config: ${message}`);
  error.name = "ConfigError";
  return error;
}
function stringMap(value, key, check) {
  if (value === void 0) return {};
  if (!isPlainObject(value)) throw configError(`config.${key}: expected an object`);
  for (const [name, v] of Object.entries(value)) check(name, v, `config.${key}.${name}`);
  return value;
}
function readConfig(ctx) {
  const config = isPlainObject(ctx?.config) ? ctx.config : {};
  if (typeof config.baseUrl !== "string" || !/^https?:\/\/[^/?#]+$/.test(config.baseUrl.replace(/\/$/, ""))) {
    throw configError('config.baseUrl: expected an http(s) origin such as "https://metrics.example.com"');
  }
  if (typeof config.urlTemplate !== "string" || !config.urlTemplate.startsWith("/")) throw configError('config.urlTemplate: expected a path starting with "/", e.g. "/api/metrics/{metric}"');
  for (const [, name] of config.urlTemplate.matchAll(/\{([^}]*)\}/g)) {
    if (name !== "metric") throw configError(`config.urlTemplate: unknown variable {${name}} (only {metric})`);
  }
  const fields = stringMap(config.fields, "fields", (name, type, where) => {
    if (!IDENTIFIER_RE.test(name) || !FIELD_TYPES.includes(type)) throw configError(`${where}: expected one of ${FIELD_TYPES.join(", ")}`);
  });
  const parameters = isPlainObject(config.parameters) ? config.parameters : {};
  const filters = stringMap(parameters.filters, "parameters.filters", (name, param, where) => {
    if (!(name in fields) || typeof param !== "string" || !PARAM_RE.test(param)) throw configError(`${where}: expected a query parameter name for a field in config.fields`);
  });
  for (const key of ["from", "to"]) {
    if (parameters[key] !== void 0 && (typeof parameters[key] !== "string" || !PARAM_RE.test(parameters[key]))) throw configError(`config.parameters.${key}: expected a query parameter name`);
  }
  const fieldNames = stringMap(config.fieldNames, "fieldNames", (name, target, where) => {
    if (typeof target !== "string" || !(target in fields)) throw configError(`${where}: expected a field of config.fields`);
  });
  const headers = stringMap(config.headers, "headers", (name, value, where) => {
    if (!HEADER_RE.test(name) || typeof value !== "string") throw configError(`${where}: expected a header value string`);
  });
  if (typeof config.resultPath !== "string" || !/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$|^$/.test(config.resultPath)) throw configError('config.resultPath: expected a dotted path such as "data.items" ("" for a top-level array)');
  const maxRows = config.maxRows ?? 1e3;
  if (!Number.isSafeInteger(maxRows) || maxRows < 1) throw configError("config.maxRows: expected a positive integer");
  return {
    baseUrl: config.baseUrl.replace(/\/$/, ""),
    urlTemplate: config.urlTemplate,
    fields,
    filters,
    from: parameters.from,
    to: parameters.to,
    limitParameter: typeof config.limitParameter === "string" && PARAM_RE.test(config.limitParameter) ? config.limitParameter : void 0,
    resultPath: config.resultPath === "" ? [] : config.resultPath.split("."),
    fieldNames,
    headers,
    tokenHeader: typeof config.tokenHeader === "string" && HEADER_RE.test(config.tokenHeader) ? config.tokenHeader : "authorization",
    tokenPrefix: typeof config.tokenPrefix === "string" ? config.tokenPrefix : "Bearer ",
    apiToken: typeof config.apiToken === "string" ? config.apiToken : "",
    maxRows
  };
}

// src/index.js
var ADAPTER = "REST adapter";
function serverFilters(q, config) {
  if (q.filter === null) return {};
  const normal = toNormalForm(q.filter, { where: q.optionName("filter"), fieldType: (name) => config.fields[name] });
  const conjuncts = normal.type === "and" ? normal.operands : [normal];
  const params = {};
  for (const leaf of conjuncts) {
    if (leaf.type !== "compare" || leaf.op !== "eq" || leaf.value === null || leaf.transform !== null) continue;
    const param = config.filters[leaf.field];
    if (param !== void 0 && !(param in params)) params[param] = String(leaf.value);
  }
  return params;
}
function buildRequest(q, config) {
  if (q.search !== null) throw unsupported(q.optionName("search"), "$search", ADAPTER);
  if (q.time !== null) throw unsupported(q.optionName("time"), "an instant query ($time)", ADAPTER, "give $from and $to");
  if (config.urlTemplate.includes("{metric}") && q.metric === null) throw invalidInput(`${q.optionName("metric")}: required (the URL template has {metric})`);
  const path = config.urlTemplate.replace("{metric}", () => encodeURIComponent(q.metric));
  const params = serverFilters(q, config);
  const rangeField = (key) => {
    const value = q[key];
    if (value === null) return;
    if (config[key] === void 0) throw unsupported(q.optionName(key), `$${key}`, ADAPTER, `map it to a query parameter in config.parameters.${key}`);
    params[config[key]] = new Date(value).toISOString();
  };
  rangeField("from");
  rangeField("to");
  if (config.limitParameter !== void 0) params[config.limitParameter] = String(config.maxRows);
  const search = Object.entries(params).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
  return { method: "GET", url: `${config.baseUrl}${path}${search ? `?${search}` : ""}`, server: params };
}
function translateQuery(input, ctx) {
  const config = readConfig(ctx);
  const q = readTranslateInput(input);
  const request = buildRequest(q, config);
  const client = ["$filter", "$orderby", "$skip", "$top", "$select", "$apply", "$count"].filter((name) => {
    const key = name.slice(1) === "apply" ? "aggregate" : name.slice(1);
    return key === "count" ? q.count : q[key] !== null;
  });
  return { method: request.method, url: request.url, server: request.server, client };
}
function rowsAt(body, config) {
  let value = body;
  for (const [i, key] of config.resultPath.entries()) {
    if (!isPlainObject(value) || !(key in value)) throw invalidInput(`response: no '${config.resultPath.slice(0, i + 1).join(".")}' (config.resultPath is '${config.resultPath.join(".")}')`);
    value = value[key];
  }
  if (!Array.isArray(value)) throw invalidInput(`response.${config.resultPath.join(".") || "(top level)"}: expected an array of rows`);
  return value.map(function renameRow(row, i) {
    if (!isPlainObject(row)) throw invalidInput(`response.${config.resultPath.join(".")}[${i}]: expected an object`);
    const out = {};
    for (const [key, v] of Object.entries(row)) out[config.fieldNames[key] ?? key] = v;
    return out;
  });
}
function shape(rows, q, config, context) {
  const truncated = rows.length >= config.maxRows;
  const page = applyQuery(rows, q, { fieldType: (name) => config.fields[name] });
  const result = odataResult({ context, value: page.value, count: page.total });
  if (truncated) result["@corral.truncated"] = `the API returned ${rows.length} rows (config.maxRows); results beyond them are not seen`;
  return result;
}
async function query(input, ctx) {
  const config = readConfig(ctx);
  const q = readTranslateInput(input);
  const request = buildRequest(q, config);
  const headers = { ...config.headers };
  if (config.apiToken !== "") headers[config.tokenHeader] = `${config.tokenPrefix}${config.apiToken}`;
  const response = await ctx.fetch(request.url, { method: "GET", headers });
  const text = await response.text();
  if (!response.ok) throw new Error(`the REST API answered ${response.status} for GET ${request.url}: ${text.slice(0, 200)}`);
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`the REST API's answer to GET ${request.url} is not JSON: ${text.slice(0, 80)}`);
  }
  return shape(rowsAt(body, config).slice(0, config.maxRows), q, config, input.context ?? "$metadata#Metrics");
}
function translateResult(input, ctx) {
  const config = readConfig(ctx);
  if (!isPlainObject(input) || input.response === void 0) throw invalidInput("input.response: expected the REST API's JSON answer");
  const q = normalizeQuery(input.query ?? {});
  return shape(rowsAt(input.response, config), q, config, input.context ?? "$metadata#Metrics");
}
var index_default = {
  "translate-query": translateQuery,
  query,
  "translate-result": translateResult
};
export {
  index_default as default
};
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIi4uL3NoYXJlZC9vZGF0YS9lcnJvcnMuanMiLCIuLi9zaGFyZWQvb2RhdGEvZmlsdGVyLXRva2Vucy5qcyIsIi4uL3NoYXJlZC9vZGF0YS9maWx0ZXItcGFyc2VyLmpzIiwiLi4vc2hhcmVkL29kYXRhL2xpdGVyYWwtdHlwZXMuanMiLCIuLi9zaGFyZWQvb2RhdGEvbm9ybWFsLWZvcm0uanMiLCIuLi9zaGFyZWQvb2RhdGEvcXVlcnktb3B0aW9ucy5qcyIsIi4uL3NoYXJlZC9vZGF0YS9xdWVyeS1zdHJpbmcuanMiLCIuLi9zaGFyZWQvb2RhdGEvbm9ybWFsaXplLXF1ZXJ5LmpzIiwiLi4vc2hhcmVkL29kYXRhL2V2YWx1YXRlLmpzIiwiLi4vc2hhcmVkL29kYXRhL29kYXRhLXJlc3VsdC5qcyIsInNyYy9jb25maWcuanMiLCJzcmMvaW5kZXguanMiXSwibWFwcGluZ3MiOiI7QUFHTyxTQUFTLGFBQWEsU0FBUztBQUNwQyxRQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU87QUFDL0IsUUFBTSxPQUFPO0FBQ2IsU0FBTztBQUNUO0FBRU8sU0FBUyxZQUFZLE9BQU8sS0FBSyxTQUFTO0FBQy9DLFNBQU8sYUFBYSxHQUFHLEtBQUssOEJBQThCLEdBQUcsS0FBSyxPQUFPLEVBQUU7QUFDN0U7QUFHTyxTQUFTLFlBQVksT0FBTyxXQUFXLFNBQVMsTUFBTTtBQUMzRCxTQUFPLGFBQWEsR0FBRyxLQUFLLEtBQUssU0FBUyw0QkFBNEIsT0FBTyxHQUFHLE9BQU8sS0FBSyxJQUFJLEtBQUssRUFBRSxFQUFFO0FBQzNHO0FBRU8sU0FBUyxjQUFjLE9BQU87QUFDbkMsU0FBTyxVQUFVLFFBQVEsT0FBTyxVQUFVLFlBQVksQ0FBQyxNQUFNLFFBQVEsS0FBSztBQUM1RTs7O0FDbEJBLElBQU0sWUFBWTtBQUNsQixJQUFNLFVBQVU7QUFDaEIsSUFBTSxjQUFjLG9CQUFJLElBQUksQ0FBQyxLQUFLLEtBQUssR0FBRyxDQUFDO0FBQzNDLElBQU0sYUFBYSxvQkFBSSxJQUFJLENBQUMsS0FBSyxLQUFNLE1BQU0sSUFBSSxDQUFDO0FBRzNDLFNBQVMsZUFBZSxRQUFRLE9BQU87QUFDNUMsUUFBTSxTQUFTLENBQUM7QUFDaEIsTUFBSSxNQUFNO0FBQ1YsU0FBTyxNQUFNLE9BQU8sUUFBUTtBQUMxQixVQUFNLEtBQUssT0FBTyxHQUFHO0FBQ3JCLFFBQUksV0FBVyxJQUFJLEVBQUUsR0FBRztBQUFFO0FBQU87QUFBQSxJQUFVO0FBQzNDLFFBQUksWUFBWSxJQUFJLEVBQUUsR0FBRztBQUFFLGFBQU8sS0FBSyxFQUFFLE1BQU0sSUFBSSxPQUFPLElBQUksSUFBSSxDQUFDO0FBQUc7QUFBTztBQUFBLElBQVU7QUFDdkYsUUFBSSxPQUFPLEtBQUs7QUFDZCxZQUFNLEVBQUUsT0FBTyxJQUFJLElBQUksV0FBVyxRQUFRLEtBQUssS0FBSztBQUNwRCxhQUFPLEtBQUssRUFBRSxNQUFNLFVBQVUsT0FBTyxJQUFJLENBQUM7QUFDMUMsWUFBTTtBQUNOO0FBQUEsSUFDRjtBQUNBLGNBQVUsWUFBWTtBQUN0QixRQUFJLFFBQVEsVUFBVSxLQUFLLE1BQU07QUFDakMsUUFBSSxPQUFPO0FBQ1QsWUFBTSxNQUFNLE1BQU0sTUFBTSxDQUFDLEVBQUU7QUFDM0IsVUFBSSxNQUFNLE9BQU8sVUFBVSxnQkFBZ0IsS0FBSyxPQUFPLEdBQUcsQ0FBQyxFQUFHLE9BQU0sWUFBWSxPQUFPLEtBQUssa0JBQWtCO0FBQzlHLFVBQUksQ0FBQyxPQUFPLFNBQVMsT0FBTyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUcsT0FBTSxZQUFZLE9BQU8sS0FBSyxxQkFBcUI7QUFDM0YsYUFBTyxLQUFLLEVBQUUsTUFBTSxVQUFVLE9BQU8sT0FBTyxNQUFNLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQztBQUM1RCxZQUFNO0FBQ047QUFBQSxJQUNGO0FBQ0EsWUFBUSxZQUFZO0FBQ3BCLFlBQVEsUUFBUSxLQUFLLE1BQU07QUFDM0IsUUFBSSxPQUFPO0FBQUUsYUFBTyxLQUFLLEVBQUUsTUFBTSxRQUFRLE9BQU8sTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDO0FBQUcsYUFBTyxNQUFNLENBQUMsRUFBRTtBQUFRO0FBQUEsSUFBVTtBQUNwRyxVQUFNLFlBQVksT0FBTyxLQUFLLHlCQUF5QixFQUFFLEdBQUc7QUFBQSxFQUM5RDtBQUNBLFNBQU8sS0FBSyxFQUFFLE1BQU0sT0FBTyxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sQ0FBQztBQUMxRCxTQUFPO0FBQ1Q7QUFHQSxTQUFTLFdBQVcsUUFBUSxPQUFPLE9BQU87QUFDeEMsTUFBSSxRQUFRO0FBQ1osTUFBSSxNQUFNLFFBQVE7QUFDbEIsYUFBUztBQUNQLFFBQUksT0FBTyxPQUFPLE9BQVEsT0FBTSxZQUFZLE9BQU8sT0FBTyw2QkFBNkI7QUFDdkYsUUFBSSxPQUFPLEdBQUcsTUFBTSxLQUFLO0FBQ3ZCLFVBQUksT0FBTyxNQUFNLENBQUMsTUFBTSxLQUFLO0FBQUUsaUJBQVM7QUFBSyxlQUFPO0FBQUc7QUFBQSxNQUFVO0FBQ2pFLGFBQU8sRUFBRSxPQUFPLEtBQUssTUFBTSxFQUFFO0FBQUEsSUFDL0I7QUFDQSxhQUFTLE9BQU8sS0FBSztBQUFBLEVBQ3ZCO0FBQ0Y7QUFFTyxTQUFTLGNBQWMsT0FBTztBQUNuQyxNQUFJLE1BQU0sU0FBUyxNQUFPLFFBQU87QUFDakMsTUFBSSxNQUFNLFNBQVMsU0FBVSxRQUFPLFdBQVcsTUFBTSxLQUFLO0FBQzFELFNBQU8sSUFBSSxNQUFNLEtBQUs7QUFDeEI7OztBQ3ZETyxJQUFNLHVCQUF1QixDQUFDLE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxJQUFJO0FBQ2hFLElBQU0sbUJBQW1CLENBQUMsWUFBWSxjQUFjLFVBQVU7QUFDOUQsSUFBTSxpQkFBaUIsQ0FBQyxXQUFXLFNBQVM7QUFDbkQsSUFBTSxpQkFBaUIsQ0FBQyxPQUFPLE1BQU0sT0FBTyxNQUFNLEdBQUcsb0JBQW9CO0FBR2xFLElBQU0sbUJBQW1CO0FBQ3pCLElBQU0sbUJBQW1CO0FBQ3pCLElBQU0sZ0JBQWdCO0FBZXRCLFNBQVMsWUFBWSxRQUFRLE9BQU87QUFDekMsUUFBTSxTQUFTLGVBQWUsUUFBUSxLQUFLO0FBQzNDLE1BQUksUUFBUTtBQUNaLE1BQUksUUFBUTtBQUNaLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxDQUFDLFFBQVEsTUFBTSxPQUFPLFFBQVEsS0FBSztBQUNoRCxRQUFNLFNBQVMsQ0FBQyxPQUFPLFNBQVMsTUFBTSxTQUFTLFVBQVUsTUFBTSxVQUFVO0FBRXpFLFdBQVMsT0FBTyxNQUFNLE1BQU07QUFDMUIsVUFBTSxRQUFRLE9BQU8sS0FBSztBQUMxQixRQUFJLE1BQU0sU0FBUyxLQUFNLE9BQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxZQUFZLElBQUksY0FBYyxjQUFjLEtBQUssQ0FBQyxFQUFFO0FBQ2pIO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxXQUFTLFVBQVU7QUFDakIsUUFBSSxPQUFPLFNBQVM7QUFDcEIsV0FBTyxPQUFPLEtBQUssR0FBRyxJQUFJLEdBQUc7QUFBRTtBQUFTLGFBQU8sRUFBRSxNQUFNLE1BQU0sTUFBTSxPQUFPLFNBQVMsRUFBRTtBQUFBLElBQUc7QUFDeEYsV0FBTztBQUFBLEVBQ1Q7QUFDQSxXQUFTLFdBQVc7QUFDbEIsUUFBSSxPQUFPLFdBQVc7QUFDdEIsV0FBTyxPQUFPLEtBQUssR0FBRyxLQUFLLEdBQUc7QUFBRTtBQUFTLGFBQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxPQUFPLFdBQVcsRUFBRTtBQUFBLElBQUc7QUFDNUYsV0FBTztBQUFBLEVBQ1Q7QUFDQSxXQUFTLGFBQWE7QUFDcEIsUUFBSSxFQUFFLFFBQVEsaUJBQWtCLE9BQU0sWUFBWSxPQUFPLEtBQUssRUFBRSxLQUFLLGlDQUFpQyxnQkFBZ0IsU0FBUztBQUMvSCxRQUFJO0FBQ0osUUFBSSxPQUFPLEtBQUssR0FBRyxLQUFLLEdBQUc7QUFBRTtBQUFTLGFBQU8sRUFBRSxNQUFNLE9BQU8sU0FBUyxXQUFXLEVBQUU7QUFBQSxJQUFHLE1BQ2hGLFFBQU8sYUFBYTtBQUN6QjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsV0FBUyxlQUFlO0FBQ3RCLFVBQU0sUUFBUSxLQUFLO0FBQ25CLFFBQUksTUFBTSxTQUFTLE9BQU8sRUFBRSxRQUFRLGlCQUFrQixPQUFNLFlBQVksT0FBTyxNQUFNLEtBQUssYUFBYSxnQkFBZ0IsYUFBYTtBQUNwSSxRQUFJLE1BQU0sU0FBUyxLQUFLO0FBQ3RCO0FBQ0EsWUFBTSxRQUFRLFFBQVE7QUFDdEIsYUFBTyxLQUFLLEtBQUs7QUFDakIsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLE1BQU0sU0FBUyxVQUFVLGlCQUFpQixTQUFTLE1BQU0sS0FBSyxLQUFLLEtBQUssQ0FBQyxFQUFFLFNBQVMsSUFBSyxRQUFPLG9CQUFvQjtBQUN4SCxVQUFNLE9BQU8sYUFBYTtBQUMxQixVQUFNLEtBQUssS0FBSztBQUNoQixRQUFJLE9BQU8sSUFBSSxJQUFJLEVBQUcsUUFBTyxRQUFRLE1BQU0sRUFBRTtBQUM3QyxRQUFJLEdBQUcsU0FBUyxVQUFVLENBQUMscUJBQXFCLFNBQVMsR0FBRyxLQUFLLEdBQUc7QUFDbEUsWUFBTSxZQUFZLE9BQU8sR0FBRyxLQUFLLG1DQUFtQyxxQkFBcUIsS0FBSyxJQUFJLENBQUMsdUJBQXVCLGNBQWMsRUFBRSxDQUFDLEVBQUU7QUFBQSxJQUMvSTtBQUNBO0FBQ0EsV0FBTyxFQUFFLE1BQU0sV0FBVyxJQUFJLEdBQUcsT0FBTyxNQUFNLE9BQU8sYUFBYSxFQUFFO0FBQUEsRUFDdEU7QUFDQSxXQUFTLHNCQUFzQjtBQUM3QixVQUFNLE9BQU8sT0FBTyxPQUFPLEVBQUU7QUFDN0IsV0FBTyxLQUFLLEtBQUs7QUFDakIsVUFBTSxjQUFjLEtBQUs7QUFDekIsVUFBTSxTQUFTLGFBQWE7QUFDNUIsUUFBSSxPQUFPLFNBQVMsUUFBUyxPQUFNLFlBQVksT0FBTyxZQUFZLEtBQUssR0FBRyxJQUFJLCtDQUErQztBQUM3SCxXQUFPLEtBQUssS0FBSztBQUNqQixVQUFNLFFBQVEsT0FBTyxVQUFVLDhDQUE4QyxJQUFJLElBQUksRUFBRTtBQUN2RixXQUFPLEtBQUssS0FBSztBQUNqQixXQUFPLEVBQUUsTUFBTSxZQUFZLE1BQU0sT0FBTyxPQUFPLE1BQU0sV0FBVyxPQUFPLFdBQVcsTUFBTTtBQUFBLEVBQzFGO0FBQ0EsV0FBUyxRQUFRLE1BQU0sSUFBSTtBQUN6QixRQUFJLEtBQUssU0FBUyxRQUFTLE9BQU0sWUFBWSxPQUFPLEdBQUcsS0FBSyx1Q0FBdUM7QUFDbkc7QUFDQSxXQUFPLEtBQUssZ0JBQWdCO0FBQzVCLFVBQU0sU0FBUyxDQUFDO0FBQ2hCLGVBQVM7QUFDUCxZQUFNLFFBQVEsS0FBSztBQUNuQixZQUFNLFVBQVUsYUFBYTtBQUM3QixVQUFJLFFBQVEsU0FBUyxVQUFXLE9BQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxpREFBaUQsUUFBUSxJQUFJLEdBQUc7QUFDcEksVUFBSSxRQUFRLFVBQVUsS0FBTSxPQUFNLFlBQVksT0FBTyxNQUFNLEtBQUssc0RBQXNEO0FBQ3RILFVBQUksT0FBTyxXQUFXLGNBQWUsT0FBTSxZQUFZLE9BQU8sTUFBTSxLQUFLLGFBQWEsYUFBYSwwQkFBMEI7QUFDN0gsYUFBTyxLQUFLLFFBQVEsS0FBSztBQUN6QixVQUFJLEtBQUssRUFBRSxTQUFTLElBQUs7QUFDekI7QUFBQSxJQUNGO0FBQ0EsV0FBTyxLQUFLLDJCQUEyQjtBQUN2QyxXQUFPLEVBQUUsTUFBTSxNQUFNLE9BQU8sS0FBSyxNQUFNLFdBQVcsS0FBSyxXQUFXLE9BQU87QUFBQSxFQUMzRTtBQUNBLFdBQVMsZUFBZTtBQUN0QixVQUFNLFFBQVEsS0FBSztBQUNuQixRQUFJLE1BQU0sU0FBUyxZQUFZLE1BQU0sU0FBUyxVQUFVO0FBQUU7QUFBUyxhQUFPLEVBQUUsTUFBTSxXQUFXLE9BQU8sTUFBTSxNQUFNO0FBQUEsSUFBRztBQUNuSCxRQUFJLE1BQU0sU0FBUyxVQUFVLGVBQWUsU0FBUyxNQUFNLEtBQUssS0FBSyxLQUFLLENBQUMsRUFBRSxTQUFTLEtBQUs7QUFDekYsZUFBUztBQUNULFlBQU0sUUFBUSxPQUFPLFFBQVEsdUJBQXVCLE1BQU0sS0FBSyxJQUFJO0FBQ25FLFVBQUksZUFBZSxTQUFTLE1BQU0sS0FBSyxLQUFLLENBQUMsUUFBUSxTQUFTLE1BQU0sRUFBRSxTQUFTLE1BQU0sS0FBSyxLQUFLLGVBQWUsU0FBUyxNQUFNLEtBQUssR0FBRztBQUNuSSxjQUFNLFlBQVksT0FBTyxNQUFNLEtBQUssR0FBRyxNQUFNLEtBQUsscUNBQXFDLGNBQWMsS0FBSyxDQUFDLEVBQUU7QUFBQSxNQUMvRztBQUNBLGFBQU8sS0FBSyxlQUFlLE1BQU0sS0FBSyxJQUFJO0FBQzFDLGFBQU8sRUFBRSxNQUFNLFNBQVMsTUFBTSxNQUFNLE9BQU8sV0FBVyxNQUFNLE1BQU07QUFBQSxJQUNwRTtBQUNBLFFBQUksTUFBTSxTQUFTLFVBQVUsQ0FBQyxlQUFlLFNBQVMsTUFBTSxLQUFLLEdBQUc7QUFDbEU7QUFDQSxVQUFJLE1BQU0sVUFBVSxPQUFRLFFBQU8sRUFBRSxNQUFNLFdBQVcsT0FBTyxLQUFLO0FBQ2xFLFVBQUksTUFBTSxVQUFVLFFBQVMsUUFBTyxFQUFFLE1BQU0sV0FBVyxPQUFPLE1BQU07QUFDcEUsVUFBSSxNQUFNLFVBQVUsT0FBUSxRQUFPLEVBQUUsTUFBTSxXQUFXLE9BQU8sS0FBSztBQUNsRSxhQUFPLEVBQUUsTUFBTSxTQUFTLE1BQU0sTUFBTSxPQUFPLFdBQVcsS0FBSztBQUFBLElBQzdEO0FBQ0EsVUFBTSxZQUFZLE9BQU8sTUFBTSxLQUFLLGdEQUFnRCxjQUFjLEtBQUssQ0FBQyxFQUFFO0FBQUEsRUFDNUc7QUFFQSxNQUFJLEtBQUssRUFBRSxTQUFTLE1BQU8sT0FBTSxZQUFZLE9BQU8sR0FBRyxrQkFBa0I7QUFDekUsUUFBTSxNQUFNLFFBQVE7QUFDcEIsTUFBSSxLQUFLLEVBQUUsU0FBUyxNQUFPLE9BQU0sWUFBWSxPQUFPLEtBQUssRUFBRSxLQUFLLGNBQWMsY0FBYyxLQUFLLENBQUMsQ0FBQyw4QkFBOEI7QUFDakksU0FBTztBQUNUOzs7QUNqSU8sSUFBTSxjQUFjLENBQUMsVUFBVSxVQUFVLFdBQVcsVUFBVTtBQUVyRSxTQUFTLFNBQVMsT0FBTztBQUN2QixTQUFPLE9BQU8sVUFBVSxXQUFXLGVBQWUsS0FBSyxNQUFNLE9BQU8sT0FBTyxLQUFLLElBQUksT0FBTyxLQUFLLENBQUM7QUFDbkc7QUFRTyxTQUFTLGNBQWMsT0FBTyxNQUFNLFdBQVcsT0FBTztBQUMzRCxNQUFJLFVBQVUsUUFBUSxTQUFTLE9BQVcsUUFBTztBQUNqRCxRQUFNLFFBQVEsTUFBTSxhQUFhLEdBQUcsS0FBSyxNQUFNLFNBQVMsVUFBVSxJQUFJLFdBQVcsU0FBUyxLQUFLLENBQUMsNkJBQTZCO0FBQzdILFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUNILFVBQUksT0FBTyxVQUFVLFNBQVUsUUFBTztBQUN0QyxVQUFJLE9BQU8sVUFBVSxTQUFVLFFBQU8sT0FBTyxLQUFLO0FBQ2xELFlBQU0sTUFBTTtBQUFBLElBQ2QsS0FBSztBQUNILFVBQUksT0FBTyxVQUFVLFNBQVUsUUFBTztBQUN0QyxZQUFNLE1BQU07QUFBQSxJQUNkLEtBQUs7QUFDSCxVQUFJLE9BQU8sVUFBVSxVQUFXLFFBQU87QUFDdkMsWUFBTSxNQUFNO0FBQUEsSUFDZCxLQUFLLFlBQVk7QUFDZixVQUFJLEtBQUssT0FBTztBQUNoQixVQUFJLE9BQU8sVUFBVSxZQUFZLFNBQVMsRUFBRyxNQUFLLFFBQVE7QUFBQSxlQUNqRCxPQUFPLFVBQVUsWUFBWSx5RUFBeUUsS0FBSyxLQUFLLEVBQUcsTUFBSyxLQUFLLE1BQU0sS0FBSztBQUNqSixVQUFJLENBQUMsT0FBTyxTQUFTLEVBQUUsRUFBRyxPQUFNLGFBQWEsR0FBRyxLQUFLLE1BQU0sU0FBUyxnR0FBZ0csU0FBUyxLQUFLLENBQUMsRUFBRTtBQUNyTCxhQUFPLElBQUksS0FBSyxFQUFFLEVBQUUsWUFBWTtBQUFBLElBQ2xDO0FBQUEsSUFDQTtBQUNFLFlBQU0sYUFBYSxHQUFHLEtBQUssTUFBTSxTQUFTLHVCQUF1QixJQUFJLHNCQUFzQixZQUFZLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFBQSxFQUN4SDtBQUNGO0FBRU8sU0FBUyxlQUFlLE9BQU8sV0FBVztBQUMvQyxNQUFJLGNBQWMsVUFBVyxRQUFPLE1BQU0sWUFBWTtBQUN0RCxNQUFJLGNBQWMsVUFBVyxRQUFPLE1BQU0sWUFBWTtBQUN0RCxTQUFPO0FBQ1Q7OztBQ2hDQSxJQUFNLFdBQVcsRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksS0FBSztBQUM5RSxJQUFNLFdBQVcsb0JBQUksSUFBSSxDQUFDLE1BQU0sTUFBTSxNQUFNLElBQUksQ0FBQztBQUMxQyxJQUFNLE9BQU8sT0FBTyxPQUFPLEVBQUUsTUFBTSxTQUFTLE9BQU8sS0FBSyxDQUFDO0FBQ3pELElBQU0sUUFBUSxPQUFPLE9BQU8sRUFBRSxNQUFNLFNBQVMsT0FBTyxNQUFNLENBQUM7QUFhM0QsU0FBUyxhQUFhLEtBQUssRUFBRSxPQUFPLFlBQVksTUFBTSxPQUFVLEdBQUc7QUFDeEUsV0FBUyxNQUFNLE1BQU0sU0FBUztBQUM1QixZQUFRLEtBQUssTUFBTTtBQUFBLE1BQ2pCLEtBQUs7QUFBTyxlQUFPLE1BQU0sS0FBSyxTQUFTLENBQUMsT0FBTztBQUFBLE1BQy9DLEtBQUs7QUFBQSxNQUNMLEtBQUssTUFBTTtBQUNULGNBQU0sUUFBUyxLQUFLLFNBQVMsVUFBVztBQUN4QyxlQUFPLFFBQVEsUUFBUSxRQUFRLE1BQU0sQ0FBQyxNQUFNLEtBQUssTUFBTSxPQUFPLEdBQUcsTUFBTSxLQUFLLE9BQU8sT0FBTyxDQUFDLENBQUM7QUFBQSxNQUM5RjtBQUFBLE1BQ0EsS0FBSztBQUFXLGVBQU8sWUFBWSxNQUFNLE9BQU87QUFBQSxNQUNoRCxLQUFLO0FBQVksZUFBTyxhQUFhLE1BQU0sT0FBTztBQUFBLE1BQ2xELEtBQUs7QUFBTSxlQUFPLE9BQU8sTUFBTSxPQUFPO0FBQUEsTUFDdEM7QUFBUyxjQUFNLGFBQWEsR0FBRyxLQUFLLDBCQUEwQixLQUFLLElBQUksR0FBRztBQUFBLElBQzVFO0FBQUEsRUFDRjtBQUVBLFdBQVMsZUFBZSxXQUFXLFdBQVc7QUFDNUMsVUFBTSxPQUFPLFVBQVUsU0FBUztBQUNoQyxRQUFJLGNBQWMsUUFBUSxTQUFTLFVBQWEsU0FBUyxVQUFVO0FBQ2pFLFlBQU0sYUFBYSxHQUFHLEtBQUssS0FBSyxTQUFTLGlDQUFpQyxTQUFTLFVBQVUsSUFBSSxRQUFRO0FBQUEsSUFDM0c7QUFBQSxFQUNGO0FBRUEsV0FBUyxZQUFZLE1BQU0sU0FBUztBQUNsQyxRQUFJLEVBQUUsSUFBSSxNQUFNLE1BQU0sSUFBSTtBQUMxQixRQUFJLEtBQUssU0FBUyxhQUFhLE1BQU0sU0FBUyxTQUFTO0FBQUUsT0FBQyxNQUFNLEtBQUssSUFBSSxDQUFDLE9BQU8sSUFBSTtBQUFHLFdBQUssU0FBUyxFQUFFO0FBQUEsSUFBRztBQUMzRyxRQUFJLEtBQUssU0FBUyxXQUFXLE1BQU0sU0FBUyxXQUFXO0FBQ3JELFlBQU0sYUFBYSxHQUFHLEtBQUsseUZBQXlGLEtBQUssU0FBUyxVQUFVLFdBQVcsVUFBVSxvQkFBb0I7QUFBQSxJQUN2TDtBQUNBLG1CQUFlLEtBQUssTUFBTSxLQUFLLFNBQVM7QUFDeEMsUUFBSSxRQUFRLGNBQWMsTUFBTSxPQUFPLFVBQVUsS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLEtBQUs7QUFDN0UsVUFBTSxZQUFZLEtBQUs7QUFDdkIsUUFBSSxjQUFjLFFBQVEsVUFBVSxRQUFRLE9BQU8sVUFBVSxVQUFVO0FBQ3JFLFlBQU0sYUFBYSxHQUFHLEtBQUssS0FBSyxTQUFTLElBQUksS0FBSyxJQUFJLHNCQUFzQixPQUFPLEtBQUssSUFBSSxPQUFPLEtBQUssQ0FBQyxxQkFBcUI7QUFBQSxJQUNoSTtBQUNBLFFBQUksU0FBUyxJQUFJLEVBQUUsR0FBRztBQUVwQixVQUFJLFVBQVUsS0FBTSxRQUFPLFVBQVUsT0FBTztBQUM1QyxhQUFPLEVBQUUsTUFBTSxXQUFXLE9BQU8sS0FBSyxNQUFNLFdBQVcsSUFBSSxPQUFPLFFBQVE7QUFBQSxJQUM1RTtBQUNBLFFBQUksUUFBUyxNQUFLLE9BQU8sT0FBTyxPQUFPO0FBRXZDLFFBQUksY0FBYyxRQUFRLFVBQVUsUUFBUSxlQUFlLE9BQU8sU0FBUyxNQUFNLE1BQU8sUUFBTyxPQUFPLE9BQU8sUUFBUTtBQUNySCxXQUFPLEVBQUUsTUFBTSxXQUFXLE9BQU8sS0FBSyxNQUFNLFdBQVcsSUFBSSxNQUFNO0FBQUEsRUFDbkU7QUFFQSxXQUFTLGFBQWEsTUFBTSxTQUFTO0FBQ25DLG1CQUFlLEtBQUssT0FBTyxLQUFLLFNBQVM7QUFDekMsVUFBTSxPQUFPLFVBQVUsS0FBSyxLQUFLO0FBQ2pDLFFBQUksU0FBUyxVQUFhLFNBQVMsU0FBVSxPQUFNLGFBQWEsR0FBRyxLQUFLLEtBQUssS0FBSyxJQUFJLGlDQUFpQyxLQUFLLEtBQUssVUFBVSxJQUFJLFFBQVE7QUFDdkosUUFBSSxLQUFLLGNBQWMsUUFBUSxlQUFlLEtBQUssT0FBTyxLQUFLLFNBQVMsTUFBTSxLQUFLLE9BQU87QUFFeEYsYUFBTyxVQUFVLEVBQUUsTUFBTSxXQUFXLE9BQU8sS0FBSyxPQUFPLFdBQVcsTUFBTSxJQUFJLE1BQU0sT0FBTyxLQUFLLElBQUk7QUFBQSxJQUNwRztBQUNBLFdBQU8sRUFBRSxNQUFNLFlBQVksTUFBTSxLQUFLLE1BQU0sT0FBTyxLQUFLLE9BQU8sV0FBVyxLQUFLLFdBQVcsT0FBTyxLQUFLLE9BQU8sUUFBUTtBQUFBLEVBQ3ZIO0FBRUEsV0FBUyxPQUFPLE1BQU0sU0FBUztBQUM3QixtQkFBZSxLQUFLLE9BQU8sS0FBSyxTQUFTO0FBQ3pDLFVBQU0sT0FBTyxVQUFVLEtBQUssS0FBSztBQUNqQyxRQUFJLFNBQVMsS0FBSyxPQUFPLElBQUksQ0FBQyxNQUFNLGNBQWMsR0FBRyxNQUFNLEtBQUssT0FBTyxLQUFLLENBQUM7QUFDN0UsUUFBSSxLQUFLLGNBQWMsTUFBTTtBQUMzQixpQkFBVyxLQUFLLE9BQVEsS0FBSSxPQUFPLE1BQU0sU0FBVSxPQUFNLGFBQWEsR0FBRyxLQUFLLEtBQUssS0FBSyxTQUFTLElBQUksS0FBSyxLQUFLLG9CQUFvQixPQUFPLENBQUMsSUFBSSxPQUFPLENBQUMsQ0FBQyxvQkFBb0I7QUFDNUssZUFBUyxPQUFPLE9BQU8sQ0FBQyxNQUFNLGVBQWUsR0FBRyxLQUFLLFNBQVMsTUFBTSxDQUFDO0FBQUEsSUFDdkU7QUFDQSxhQUFTLENBQUMsR0FBRyxJQUFJLElBQUksTUFBTSxDQUFDO0FBQzVCLFFBQUksT0FBTyxXQUFXLEVBQUcsUUFBTyxVQUFVLE9BQU87QUFDakQsV0FBTyxFQUFFLE1BQU0sTUFBTSxPQUFPLEtBQUssT0FBTyxXQUFXLEtBQUssV0FBVyxRQUFRLFFBQVE7QUFBQSxFQUNyRjtBQUVBLFNBQU8sTUFBTSxLQUFLLEtBQUs7QUFDekI7QUFHTyxTQUFTLFFBQVEsTUFBTSxVQUFVO0FBQ3RDLFFBQU0sWUFBWSxTQUFTLFFBQVEsUUFBUTtBQUMzQyxRQUFNLE9BQU8sQ0FBQztBQUNkLGFBQVcsV0FBVyxVQUFVO0FBQzlCLFFBQUksUUFBUSxTQUFTLFNBQVM7QUFDNUIsVUFBSSxRQUFRLFVBQVUsVUFBVyxRQUFPLFlBQVksT0FBTztBQUMzRDtBQUFBLElBQ0Y7QUFDQSxRQUFJLFFBQVEsU0FBUyxLQUFNLE1BQUssS0FBSyxHQUFHLFFBQVEsUUFBUTtBQUFBLFFBQ25ELE1BQUssS0FBSyxPQUFPO0FBQUEsRUFDeEI7QUFDQSxNQUFJLEtBQUssV0FBVyxFQUFHLFFBQU8sWUFBWSxRQUFRO0FBQ2xELE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTyxLQUFLLENBQUM7QUFDcEMsU0FBTyxFQUFFLE1BQU0sVUFBVSxLQUFLO0FBQ2hDOzs7QUNqSE8sSUFBTSxnQkFBZ0I7QUFDdEIsSUFBTSxzQkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU87QUFFdkUsSUFBTSxpQkFBaUIsRUFBRSxLQUFLLE9BQU8sU0FBUyxPQUFPLEtBQUssT0FBTyxLQUFLLE9BQU8sS0FBSyxNQUFNO0FBRWpGLFNBQVMsYUFBYSxPQUFPLE9BQU8sS0FBSztBQUM5QyxRQUFNLFNBQVMsT0FBTyxVQUFVLFlBQVksUUFBUSxLQUFLLE1BQU0sS0FBSyxDQUFDLElBQUksT0FBTyxLQUFLLElBQUk7QUFDekYsTUFBSSxPQUFPLFdBQVcsWUFBWSxDQUFDLE9BQU8sY0FBYyxNQUFNLEtBQUssU0FBUyxLQUFLO0FBQy9FLFVBQU0sYUFBYSxHQUFHLEtBQUssNEJBQTRCLEdBQUcsRUFBRTtBQUFBLEVBQzlEO0FBQ0EsU0FBTztBQUNUO0FBRU8sU0FBUyxhQUFhLE9BQU8sT0FBTztBQUN6QyxNQUFJLFVBQVUsUUFBUSxVQUFVLE9BQVEsUUFBTztBQUMvQyxNQUFJLFVBQVUsU0FBUyxVQUFVLFFBQVMsUUFBTztBQUNqRCxRQUFNLGFBQWEsR0FBRyxLQUFLLDBCQUEwQjtBQUN2RDtBQUVPLFNBQVMsb0JBQW9CLE9BQU8sT0FBTztBQUNoRCxRQUFNLE9BQU8sT0FBTyxVQUFVLFdBQVcsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxJQUFJO0FBQ2pGLE1BQUksQ0FBQyxNQUFNLFFBQVEsSUFBSSxLQUFLLEtBQUssV0FBVyxFQUFHLE9BQU0sYUFBYSxHQUFHLEtBQUssd0RBQXdEO0FBQ2xJLGFBQVcsUUFBUSxNQUFNO0FBQ3ZCLFFBQUksT0FBTyxTQUFTLFlBQVksQ0FBQyxjQUFjLEtBQUssSUFBSSxHQUFHO0FBQ3pELFlBQU0sYUFBYSxHQUFHLEtBQUssbUJBQW1CLE9BQU8sSUFBSSxDQUFDLHFDQUFxQztBQUFBLElBQ2pHO0FBQUEsRUFDRjtBQUNBLE1BQUksSUFBSSxJQUFJLElBQUksRUFBRSxTQUFTLEtBQUssT0FBUSxPQUFNLGFBQWEsR0FBRyxLQUFLLDBCQUEwQjtBQUM3RixTQUFPO0FBQ1Q7QUFFTyxTQUFTLGFBQWEsT0FBTyxPQUFPO0FBQ3pDLFFBQU0sUUFBUSxPQUFPLFVBQVUsV0FBVyxNQUFNLE1BQU0sR0FBRyxJQUFJO0FBQzdELE1BQUksQ0FBQyxNQUFNLFFBQVEsS0FBSyxLQUFLLE1BQU0sV0FBVyxFQUFHLE9BQU0sYUFBYSxHQUFHLEtBQUssK0RBQStEO0FBQzNJLFFBQU0sT0FBTyxvQkFBSSxJQUFJO0FBQ3JCLFNBQU8sTUFBTSxJQUFJLFNBQVMsZUFBZSxNQUFNO0FBQzdDLFVBQU0sUUFBUSxPQUFPLFNBQVMsV0FBVyxLQUFLLEtBQUssRUFBRSxNQUFNLEtBQUssSUFBSSxDQUFDO0FBQ3JFLFVBQU0sQ0FBQyxNQUFNLFlBQVksS0FBSyxJQUFJO0FBQ2xDLFFBQUksTUFBTSxTQUFTLEtBQUssTUFBTSxTQUFTLEtBQUssQ0FBQyxjQUFjLEtBQUssSUFBSSxLQUFNLGNBQWMsU0FBUyxjQUFjLFFBQVM7QUFDdEgsWUFBTSxhQUFhLEdBQUcsS0FBSyxtQkFBbUIsT0FBTyxJQUFJLENBQUMsZ0RBQWdEO0FBQUEsSUFDNUc7QUFDQSxRQUFJLEtBQUssSUFBSSxJQUFJLEVBQUcsT0FBTSxhQUFhLEdBQUcsS0FBSyxNQUFNLElBQUksdUJBQXVCO0FBQ2hGLFNBQUssSUFBSSxJQUFJO0FBQ2IsV0FBTyxFQUFFLE9BQU8sTUFBTSxVQUFVO0FBQUEsRUFDbEMsQ0FBQztBQUNIO0FBRUEsSUFBTSx3QkFBd0I7QUFDOUIsSUFBTSxhQUFhO0FBQ25CLElBQU0sWUFBWTtBQVFYLFNBQVMsV0FBVyxPQUFPLE9BQU87QUFDdkMsTUFBSSxjQUFjLEtBQUssRUFBRyxRQUFPLGlCQUFpQixPQUFPLEtBQUs7QUFDOUQsTUFBSSxPQUFPLFVBQVUsU0FBVSxPQUFNLGFBQWEsR0FBRyxLQUFLLDBHQUEwRztBQUNwSyxRQUFNLE9BQU8sTUFBTSxLQUFLO0FBQ3hCLFFBQU0sVUFBVSxXQUFXLEtBQUssSUFBSTtBQUNwQyxNQUFJLFNBQVM7QUFDWCxRQUFJLFFBQVEsQ0FBQyxNQUFNLE9BQVcsT0FBTSxhQUFhLEdBQUcsS0FBSyxxR0FBcUc7QUFDOUosVUFBTUEsTUFBSyxvQkFBb0IsUUFBUSxDQUFDLEdBQUcsR0FBRyxLQUFLLFVBQVU7QUFDN0QsV0FBTyxFQUFFLEdBQUcsdUJBQXVCLFFBQVEsQ0FBQyxHQUFHLEtBQUssR0FBRyxJQUFBQSxJQUFHO0FBQUEsRUFDNUQ7QUFDQSxNQUFJLHNCQUFzQixLQUFLLElBQUksS0FBSyxtQkFBbUIsS0FBSyxJQUFJLEVBQUcsUUFBTyxFQUFFLEdBQUcsdUJBQXVCLE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxFQUFFO0FBQy9ILFFBQU0sU0FBUyxVQUFVLEtBQUssSUFBSTtBQUNsQyxNQUFJLENBQUMsT0FBUSxPQUFNLGFBQWEsR0FBRyxLQUFLLG1IQUFtSDtBQUMzSixRQUFNLEtBQUssT0FBTyxDQUFDLEtBQUssT0FBTyxDQUFDO0FBQ2hDLFFBQU0sS0FBSyxPQUFPLENBQUMsS0FBSyxPQUFPLENBQUM7QUFDaEMsU0FBTyxpQkFBaUIsRUFBRSxJQUFJLEdBQUcsR0FBRyxLQUFLO0FBQzNDO0FBRUEsU0FBUyx1QkFBdUIsTUFBTSxPQUFPO0FBQzNDLFFBQU0sUUFBUSxzQkFBc0IsS0FBSyxLQUFLLEtBQUssQ0FBQztBQUNwRCxNQUFJLENBQUMsTUFBTyxPQUFNLGFBQWEsR0FBRyxLQUFLLG1HQUFtRztBQUMxSSxRQUFNLENBQUMsRUFBRSxPQUFPLFFBQVEsUUFBUSxLQUFLLElBQUk7QUFDekMsTUFBSSxNQUFPLFFBQU8sRUFBRSxJQUFJLFNBQVMsT0FBTyxNQUFNLElBQUksTUFBTTtBQUN4RCxRQUFNLEtBQUssZUFBZSxNQUFNO0FBQ2hDLE1BQUksT0FBTyxPQUFXLE9BQU0sYUFBYSxHQUFHLEtBQUssaUNBQWlDLE1BQU0sMERBQTBEO0FBQ2xKLFNBQU8sRUFBRSxJQUFJLE9BQU8sUUFBUSxJQUFJLE1BQU07QUFDeEM7QUFFQSxTQUFTLGlCQUFpQixPQUFPLE9BQU87QUFDdEMsUUFBTSxLQUFLLGVBQWUsTUFBTSxFQUFFLE1BQU0sTUFBTSxPQUFPLFVBQVUsVUFBVTtBQUN6RSxNQUFJLE9BQU8sT0FBVyxPQUFNLGFBQWEsR0FBRyxLQUFLLDhDQUE4QyxvQkFBb0IsS0FBSyxJQUFJLENBQUMsRUFBRTtBQUMvSCxRQUFNLEtBQUssTUFBTSxPQUFPLFNBQVksQ0FBQyxJQUFJLG9CQUFvQixNQUFNLElBQUksR0FBRyxLQUFLLEtBQUs7QUFDcEYsU0FBTyxFQUFFLElBQUksT0FBTyxPQUFPLFVBQVUsT0FBTyxTQUFTLElBQUksSUFBSSxRQUFRO0FBQ3ZFO0FBR08sU0FBUyxVQUFVLE9BQU8sT0FBTztBQUN0QyxNQUFJLE9BQU8sVUFBVSxZQUFhLE9BQU8sVUFBVSxZQUFZLGdCQUFnQixLQUFLLEtBQUssR0FBSTtBQUMzRixVQUFNLFVBQVUsT0FBTyxLQUFLO0FBQzVCLFFBQUksT0FBTyxTQUFTLE9BQU8sS0FBSyxXQUFXLEVBQUcsUUFBTyxLQUFLLE1BQU0sVUFBVSxHQUFJO0FBQUEsRUFDaEYsV0FBVyxPQUFPLFVBQVUsWUFBWSx5RUFBeUUsS0FBSyxLQUFLLEdBQUc7QUFDNUgsVUFBTSxLQUFLLEtBQUssTUFBTSxLQUFLO0FBQzNCLFFBQUksQ0FBQyxPQUFPLE1BQU0sRUFBRSxFQUFHLFFBQU87QUFBQSxFQUNoQztBQUNBLFFBQU0sYUFBYSxHQUFHLEtBQUssZ0dBQWdHO0FBQzdIO0FBRUEsSUFBTSxpQkFBaUIsRUFBRSxJQUFJLE1BQU8sR0FBRyxHQUFHLEdBQUcsSUFBSSxHQUFHLE1BQU0sR0FBRyxPQUFPLEdBQUcsUUFBUSxHQUFHLFFBQVM7QUFHcEYsU0FBUyxjQUFjLE9BQU8sT0FBTztBQUMxQyxNQUFJLE9BQU8sVUFBVSxZQUFhLE9BQU8sVUFBVSxZQUFZLGdCQUFnQixLQUFLLEtBQUssR0FBSTtBQUMzRixVQUFNLFVBQVUsT0FBTyxLQUFLO0FBQzVCLFFBQUksVUFBVSxLQUFLLE9BQU8sU0FBUyxPQUFPLEVBQUcsUUFBTyxFQUFFLE1BQU0sR0FBRyxPQUFPLEtBQUssUUFBUTtBQUFBLEVBQ3JGLFdBQVcsT0FBTyxVQUFVLFlBQVksMkJBQTJCLEtBQUssS0FBSyxHQUFHO0FBQzlFLFFBQUksVUFBVTtBQUNkLGVBQVcsQ0FBQyxFQUFFLFFBQVEsSUFBSSxLQUFLLE1BQU0sU0FBUyx3QkFBd0IsRUFBRyxZQUFXLE9BQU8sTUFBTSxJQUFJLGVBQWUsSUFBSTtBQUN4SCxRQUFJLFVBQVUsRUFBRyxRQUFPLEVBQUUsTUFBTSxPQUFPLFFBQVE7QUFBQSxFQUNqRDtBQUNBLFFBQU0sYUFBYSxHQUFHLEtBQUssb0ZBQW9GO0FBQ2pIOzs7QUNsSE8sU0FBUyxpQkFBaUIsUUFBUSxPQUFPO0FBQzlDLFFBQU0sUUFBUSxDQUFDO0FBQ2YsTUFBSSxVQUFVO0FBQ2QsTUFBSSxXQUFXO0FBQ2YsYUFBVyxNQUFNLE9BQU8sUUFBUSxPQUFPLEVBQUUsR0FBRztBQUMxQyxRQUFJLE9BQU8sSUFBSyxZQUFXLENBQUM7QUFDNUIsUUFBSSxPQUFPLE9BQU8sQ0FBQyxVQUFVO0FBQUUsWUFBTSxLQUFLLE9BQU87QUFBRyxnQkFBVTtBQUFJO0FBQUEsSUFBVTtBQUM1RSxlQUFXO0FBQUEsRUFDYjtBQUNBLFFBQU0sS0FBSyxPQUFPO0FBQ2xCLFFBQU0sUUFBUSxDQUFDO0FBQ2YsYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJO0FBQ3hCLFVBQU0sS0FBSyxLQUFLLFFBQVEsR0FBRztBQUMzQixVQUFNLE1BQU0sb0JBQW9CLEtBQUssSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsR0FBRyxLQUFLLEVBQUUsS0FBSztBQUMvRSxVQUFNLEtBQUssRUFBRSxLQUFLLE9BQU8sb0JBQW9CLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxLQUFLLENBQUMsR0FBRyxHQUFHLEtBQUssSUFBSSxHQUFHLEVBQUUsRUFBRSxLQUFLLEVBQUUsQ0FBQztBQUFBLEVBQzVHO0FBQ0EsU0FBTztBQUNUO0FBRU8sU0FBUyxvQkFBb0IsTUFBTSxPQUFPO0FBQy9DLFFBQU0sU0FBUyxLQUFLLFFBQVEsT0FBTyxHQUFHO0FBQ3RDLE1BQUksQ0FBQyxPQUFPLFNBQVMsR0FBRyxFQUFHLFFBQU87QUFDbEMsTUFBSTtBQUNGLFdBQU8sbUJBQW1CLE1BQU07QUFBQSxFQUNsQyxRQUFRO0FBQ04sVUFBTSxNQUFNLG1FQUFtRSxLQUFLLE1BQU07QUFDMUYsVUFBTSxhQUFhLEdBQUcsS0FBSywrQkFBK0IsTUFBTSxnQkFBZ0IsSUFBSSxLQUFLLEtBQUssRUFBRSwrQkFBK0I7QUFBQSxFQUNqSTtBQUNGOzs7QUM5Qk8sSUFBTSxnQkFBZ0IsQ0FBQyxVQUFVLFVBQVUsVUFBVSxPQUFPLFFBQVEsV0FBVyxVQUFVLFNBQVMsU0FBUyxRQUFRLE1BQU0sUUFBUSxNQUFNO0FBRXZJLElBQU0sb0JBQW9CLENBQUMsR0FBRyxlQUFlLFdBQVc7QUFDL0QsSUFBTSxvQkFBb0I7QUFRbkIsU0FBUyxlQUFlQyxRQUFPO0FBQ3BDLFFBQU0sRUFBRSxLQUFLLFdBQVcsSUFBSSxZQUFZQSxNQUFLO0FBQzdDLFFBQU0sTUFBTSxDQUFDLFFBQVEsSUFBSSxHQUFHLE1BQU0sVUFBYSxJQUFJLEdBQUcsTUFBTTtBQUM1RCxRQUFNLFNBQVM7QUFBQSxJQUNiO0FBQUEsSUFBWSxRQUFRO0FBQUEsSUFBTSxRQUFRO0FBQUEsSUFBTSxRQUFRO0FBQUEsSUFBTSxLQUFLO0FBQUEsSUFBTSxNQUFNO0FBQUEsSUFBTSxTQUFTO0FBQUEsSUFBTSxRQUFRO0FBQUEsSUFDcEcsV0FBVztBQUFBLElBQU0sT0FBTztBQUFBLElBQU8sTUFBTTtBQUFBLElBQU0sSUFBSTtBQUFBLElBQU0sTUFBTTtBQUFBLElBQU0sTUFBTTtBQUFBLEVBQ3pFO0FBQ0EsTUFBSSxJQUFJLFFBQVEsR0FBRztBQUNqQixRQUFJLE9BQU8sSUFBSSxXQUFXLFlBQVksSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFJLE9BQU0sYUFBYSxHQUFHLFdBQVcsUUFBUSxDQUFDLCtCQUErQjtBQUN6SSxXQUFPLFNBQVMsSUFBSSxPQUFPLEtBQUs7QUFBQSxFQUNsQztBQUNBLE1BQUksSUFBSSxRQUFRLEdBQUc7QUFDakIsUUFBSSxPQUFPLElBQUksV0FBVyxTQUFVLE9BQU0sYUFBYSxHQUFHLFdBQVcsUUFBUSxDQUFDLHVDQUF1QztBQUNySCxXQUFPLFNBQVMsWUFBWSxJQUFJLFFBQVEsV0FBVyxRQUFRLENBQUM7QUFBQSxFQUM5RDtBQUNBLE1BQUksSUFBSSxRQUFRLEdBQUc7QUFDakIsUUFBSSxPQUFPLElBQUksV0FBVyxZQUFZLElBQUksT0FBTyxLQUFLLE1BQU0sR0FBSSxPQUFNLGFBQWEsR0FBRyxXQUFXLFFBQVEsQ0FBQyxrQ0FBa0M7QUFDNUksUUFBSSxJQUFJLE9BQU8sU0FBUyxrQkFBbUIsT0FBTSxhQUFhLEdBQUcsV0FBVyxRQUFRLENBQUMsaUJBQWlCLGlCQUFpQixhQUFhO0FBQ3BJLFdBQU8sU0FBUyxJQUFJLE9BQU8sS0FBSztBQUFBLEVBQ2xDO0FBQ0EsTUFBSSxJQUFJLEtBQUssRUFBRyxRQUFPLE1BQU0sYUFBYSxJQUFJLEtBQUssV0FBVyxLQUFLLEdBQUcsQ0FBQztBQUN2RSxNQUFJLElBQUksTUFBTSxFQUFHLFFBQU8sT0FBTyxhQUFhLElBQUksTUFBTSxXQUFXLE1BQU0sR0FBRyxDQUFDO0FBQzNFLE1BQUksSUFBSSxTQUFTLEVBQUcsUUFBTyxVQUFVLGFBQWEsSUFBSSxTQUFTLFdBQVcsU0FBUyxDQUFDO0FBQ3BGLE1BQUksSUFBSSxRQUFRLEVBQUcsUUFBTyxTQUFTLG9CQUFvQixJQUFJLFFBQVEsV0FBVyxRQUFRLENBQUM7QUFDdkYsTUFBSSxJQUFJLE9BQU8sRUFBRyxRQUFPLFlBQVksV0FBVyxJQUFJLE9BQU8sV0FBVyxPQUFPLENBQUM7QUFDOUUsTUFBSSxJQUFJLE9BQU8sRUFBRyxRQUFPLFFBQVEsYUFBYSxJQUFJLE9BQU8sV0FBVyxPQUFPLENBQUM7QUFDNUUsTUFBSSxJQUFJLE1BQU0sRUFBRyxRQUFPLE9BQU8sVUFBVSxJQUFJLE1BQU0sV0FBVyxNQUFNLENBQUM7QUFDckUsTUFBSSxJQUFJLElBQUksRUFBRyxRQUFPLEtBQUssVUFBVSxJQUFJLElBQUksV0FBVyxJQUFJLENBQUM7QUFDN0QsTUFBSSxJQUFJLE1BQU0sRUFBRyxRQUFPLE9BQU8sVUFBVSxJQUFJLE1BQU0sV0FBVyxNQUFNLENBQUM7QUFDckUsTUFBSSxJQUFJLE1BQU0sRUFBRyxRQUFPLE9BQU8sY0FBYyxJQUFJLE1BQU0sV0FBVyxNQUFNLENBQUM7QUFDekUsTUFBSSxPQUFPLFNBQVMsUUFBUSxPQUFPLE9BQU8sUUFBUSxPQUFPLFFBQVEsT0FBTyxJQUFJO0FBQzFFLFVBQU0sYUFBYSxHQUFHLFdBQVcsSUFBSSxDQUFDLHdCQUF3QixXQUFXLE1BQU0sQ0FBQyxFQUFFO0FBQUEsRUFDcEY7QUFDQSxNQUFJLE9BQU8sY0FBYyxRQUFRLE9BQU8sV0FBVyxNQUFNO0FBQ3ZELFVBQU0sYUFBYSxHQUFHLFdBQVcsUUFBUSxDQUFDLDZCQUE2QixXQUFXLE9BQU8sQ0FBQyx5REFBeUQ7QUFBQSxFQUNySjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWUEsUUFBTztBQUMxQixNQUFJLE9BQU9BLFdBQVUsVUFBVTtBQUM3QixVQUFNQyxPQUFNLENBQUM7QUFDYixlQUFXLEVBQUUsS0FBSyxNQUFNLEtBQUssaUJBQWlCRCxRQUFPLGFBQWEsR0FBRztBQUNuRSxZQUFNLE9BQU8sSUFBSSxRQUFRLE9BQU8sRUFBRTtBQUNsQyxVQUFJLENBQUMsY0FBYyxTQUFTLElBQUksR0FBRztBQUNqQyxjQUFNLGFBQWEsc0NBQXNDLEdBQUcsc0JBQXNCLGNBQWMsSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBRztBQUFBLE1BQ25JO0FBQ0EsVUFBSSxRQUFRQyxLQUFLLE9BQU0sYUFBYSwrQkFBK0IsSUFBSSwyQkFBMkI7QUFDbEcsTUFBQUEsS0FBSSxJQUFJLElBQUk7QUFBQSxJQUNkO0FBQ0EsV0FBTyxFQUFFLEtBQUFBLE1BQUssWUFBWSxDQUFDLFFBQVEsZ0JBQWdCLEdBQUcsR0FBRztBQUFBLEVBQzNEO0FBQ0EsTUFBSSxDQUFDLGNBQWNELE1BQUssRUFBRyxPQUFNLGFBQWEsMERBQTBEO0FBQ3hHLGFBQVcsT0FBTyxPQUFPLEtBQUtBLE1BQUssR0FBRztBQUNwQyxRQUFJLENBQUMsa0JBQWtCLFNBQVMsR0FBRyxFQUFHLE9BQU0sYUFBYSxlQUFlLEdBQUcscUNBQXFDLGtCQUFrQixLQUFLLElBQUksQ0FBQyxHQUFHO0FBQUEsRUFDako7QUFDQSxNQUFJQSxPQUFNLFVBQVUsVUFBYUEsT0FBTSxjQUFjLE9BQVcsT0FBTSxhQUFhLDBEQUEwRDtBQUM3SSxRQUFNLFdBQVdBLE9BQU0sY0FBYyxTQUFZLGNBQWM7QUFDL0QsUUFBTSxNQUFNLEVBQUUsR0FBR0EsUUFBTyxPQUFPQSxPQUFNLFFBQVEsRUFBRTtBQUMvQyxTQUFPLEVBQUUsS0FBSyxZQUFZLENBQUMsUUFBUSxlQUFlLFFBQVEsVUFBVSxXQUFXLEdBQUcsR0FBRztBQUN2RjtBQUdPLFNBQVMsbUJBQW1CLE9BQU87QUFDeEMsTUFBSSxDQUFDLGNBQWMsS0FBSyxFQUFHLE9BQU0sYUFBYSxnREFBZ0Q7QUFDOUYsTUFBSSxNQUFNLFVBQVUsT0FBVyxPQUFNLGFBQWEseURBQXlEO0FBQzNHLFNBQU8sZUFBZSxNQUFNLEtBQUs7QUFDbkM7OztBQzVFQSxTQUFTLFdBQVcsS0FBSyxTQUFTO0FBQ2hDLFFBQU0sUUFBUSxJQUFJLFFBQVEsSUFBSTtBQUM5QixNQUFJLFVBQVUsVUFBYSxVQUFVLEtBQU0sUUFBTztBQUNsRCxNQUFJLFFBQVEsY0FBYyxRQUFRLFFBQVEsY0FBYyxPQUFXLFFBQU87QUFDMUUsU0FBTyxPQUFPLFVBQVUsV0FBVyxlQUFlLE9BQU8sUUFBUSxTQUFTLElBQUk7QUFDaEY7QUFFQSxTQUFTLFNBQVMsR0FBRyxHQUFHO0FBQ3RCLFNBQU8sT0FBTyxNQUFNLE9BQU87QUFDN0I7QUFFQSxTQUFTLFdBQVcsT0FBTztBQUN6QixTQUFPLE9BQU8sVUFBVSxXQUFXLEtBQUssTUFBTSxLQUFLLElBQUksT0FBTztBQUNoRTtBQUVBLFNBQVMsY0FBYyxJQUFJLE1BQU0sT0FBTyxNQUFNO0FBQzVDLE1BQUksT0FBTyxRQUFRLE9BQU8sTUFBTTtBQUM5QixRQUFJO0FBQ0osUUFBSSxTQUFTLFFBQVEsVUFBVSxLQUFNLFNBQVEsU0FBUztBQUFBLGFBQzdDLFNBQVMsV0FBWSxTQUFRLFdBQVcsSUFBSSxNQUFNLFdBQVcsS0FBSztBQUFBLFFBQ3RFLFNBQVEsU0FBUyxNQUFNLEtBQUssS0FBSyxTQUFTO0FBQy9DLFdBQU8sT0FBTyxPQUFPLFFBQVEsQ0FBQztBQUFBLEVBQ2hDO0FBQ0EsTUFBSSxTQUFTLFFBQVEsVUFBVSxLQUFNLFFBQU87QUFDNUMsTUFBSSxJQUFJO0FBQ1IsTUFBSSxJQUFJO0FBQ1IsTUFBSSxTQUFTLFlBQVk7QUFBRSxRQUFJLFdBQVcsSUFBSTtBQUFHLFFBQUksV0FBVyxLQUFLO0FBQUEsRUFBRyxXQUMvRCxDQUFDLFNBQVMsR0FBRyxDQUFDLEtBQUssT0FBTyxNQUFNLFVBQVcsUUFBTztBQUMzRCxNQUFJLE9BQU8sS0FBTSxRQUFPLElBQUk7QUFDNUIsTUFBSSxPQUFPLEtBQU0sUUFBTyxLQUFLO0FBQzdCLE1BQUksT0FBTyxLQUFNLFFBQU8sSUFBSTtBQUM1QixTQUFPLEtBQUs7QUFDZDtBQUVBLElBQU1FLFlBQVcsRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksS0FBSztBQUd2RSxTQUFTLGVBQWUsS0FBSyxLQUFLLEVBQUUsWUFBWSxNQUFNLFFBQVcsUUFBUSxTQUFTLElBQUksQ0FBQyxHQUFHO0FBQy9GLFdBQVMsU0FBUyxNQUFNO0FBQ3RCLFlBQVEsS0FBSyxNQUFNO0FBQUEsTUFDakIsS0FBSyxPQUFPO0FBQ1YsY0FBTSxPQUFPLFNBQVMsS0FBSyxJQUFJO0FBQy9CLGNBQU0sUUFBUSxTQUFTLEtBQUssS0FBSztBQUNqQyxZQUFJLFNBQVMsU0FBUyxVQUFVLE1BQU8sUUFBTztBQUM5QyxlQUFPLFNBQVMsUUFBUSxVQUFVLE9BQU8sT0FBTztBQUFBLE1BQ2xEO0FBQUEsTUFDQSxLQUFLLE1BQU07QUFDVCxjQUFNLE9BQU8sU0FBUyxLQUFLLElBQUk7QUFDL0IsY0FBTSxRQUFRLFNBQVMsS0FBSyxLQUFLO0FBQ2pDLFlBQUksU0FBUyxRQUFRLFVBQVUsS0FBTSxRQUFPO0FBQzVDLGVBQU8sU0FBUyxTQUFTLFVBQVUsUUFBUSxRQUFRO0FBQUEsTUFDckQ7QUFBQSxNQUNBLEtBQUssT0FBTztBQUNWLGNBQU0sUUFBUSxTQUFTLEtBQUssT0FBTztBQUNuQyxlQUFPLFVBQVUsT0FBTyxPQUFPLENBQUM7QUFBQSxNQUNsQztBQUFBLE1BQ0EsS0FBSyxXQUFXO0FBQ2QsWUFBSSxFQUFFLElBQUksTUFBTSxNQUFNLElBQUk7QUFDMUIsWUFBSSxLQUFLLFNBQVMsYUFBYSxNQUFNLFNBQVMsU0FBUztBQUFFLFdBQUMsTUFBTSxLQUFLLElBQUksQ0FBQyxPQUFPLElBQUk7QUFBRyxlQUFLQSxVQUFTLEVBQUU7QUFBQSxRQUFHO0FBQzNHLFlBQUksS0FBSyxTQUFTLFdBQVcsTUFBTSxTQUFTLFVBQVcsT0FBTSxhQUFhLEdBQUcsS0FBSyx3RUFBd0U7QUFDMUosY0FBTSxPQUFPLFVBQVUsS0FBSyxJQUFJO0FBQ2hDLGVBQU8sY0FBYyxJQUFJLFdBQVcsS0FBSyxJQUFJLEdBQUcsY0FBYyxNQUFNLE9BQU8sTUFBTSxLQUFLLE1BQU0sS0FBSyxHQUFHLElBQUk7QUFBQSxNQUMxRztBQUFBLE1BQ0EsS0FBSyxZQUFZO0FBQ2YsY0FBTSxPQUFPLFVBQVUsS0FBSyxLQUFLO0FBQ2pDLFlBQUksU0FBUyxVQUFhLFNBQVMsU0FBVSxPQUFNLGFBQWEsR0FBRyxLQUFLLEtBQUssS0FBSyxJQUFJLGlDQUFpQyxLQUFLLEtBQUssVUFBVSxJQUFJLFFBQVE7QUFDdkosY0FBTSxRQUFRLFdBQVcsS0FBSyxFQUFFLE1BQU0sS0FBSyxPQUFPLFdBQVcsS0FBSyxVQUFVLENBQUM7QUFDN0UsWUFBSSxPQUFPLFVBQVUsU0FBVSxRQUFPO0FBQ3RDLFlBQUksS0FBSyxTQUFTLFdBQVksUUFBTyxNQUFNLFNBQVMsS0FBSyxLQUFLO0FBQzlELFlBQUksS0FBSyxTQUFTLGFBQWMsUUFBTyxNQUFNLFdBQVcsS0FBSyxLQUFLO0FBQ2xFLGVBQU8sTUFBTSxTQUFTLEtBQUssS0FBSztBQUFBLE1BQ2xDO0FBQUEsTUFDQSxLQUFLLE1BQU07QUFDVCxjQUFNLFFBQVEsV0FBVyxLQUFLLEVBQUUsTUFBTSxLQUFLLE9BQU8sV0FBVyxLQUFLLFVBQVUsQ0FBQztBQUM3RSxjQUFNLE9BQU8sVUFBVSxLQUFLLEtBQUs7QUFDakMsZUFBTyxLQUFLLE9BQU8sS0FBSyxDQUFDLE1BQU0sY0FBYyxNQUFNLE9BQU8sY0FBYyxHQUFHLE1BQU0sS0FBSyxPQUFPLEtBQUssR0FBRyxJQUFJLENBQUM7QUFBQSxNQUM1RztBQUFBLE1BQ0E7QUFDRSxjQUFNLGFBQWEsR0FBRyxLQUFLLDBCQUEwQixLQUFLLElBQUksR0FBRztBQUFBLElBQ3JFO0FBQUEsRUFDRjtBQUNBLFNBQU8sU0FBUyxHQUFHO0FBQ3JCO0FBR08sU0FBUyxnQkFBZ0IsR0FBRyxHQUFHO0FBQ3BDLFFBQU0sSUFBSSxNQUFNLFNBQVksT0FBTztBQUNuQyxRQUFNLElBQUksTUFBTSxTQUFZLE9BQU87QUFDbkMsTUFBSSxNQUFNLEVBQUcsUUFBTztBQUNwQixNQUFJLE1BQU0sS0FBTSxRQUFPO0FBQ3ZCLE1BQUksTUFBTSxLQUFNLFFBQU87QUFDdkIsTUFBSSxPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU0sU0FBVSxRQUFPLElBQUk7QUFDL0QsUUFBTSxLQUFLLE9BQU8sQ0FBQztBQUNuQixRQUFNLEtBQUssT0FBTyxDQUFDO0FBQ25CLFNBQU8sS0FBSyxLQUFLLEtBQUssS0FBSyxLQUFLLElBQUk7QUFDdEM7QUFFTyxTQUFTLFNBQVMsTUFBTSxTQUFTO0FBQ3RDLFNBQU8sS0FDSixJQUFJLENBQUMsS0FBSyxXQUFXLEVBQUUsS0FBSyxNQUFNLEVBQUUsRUFDcEMsS0FBSyxTQUFTLGFBQWEsR0FBRyxHQUFHO0FBQ2hDLGVBQVcsRUFBRSxPQUFPLFVBQVUsS0FBSyxTQUFTO0FBQzFDLFlBQU0sUUFBUSxnQkFBZ0IsRUFBRSxJQUFJLEtBQUssR0FBRyxFQUFFLElBQUksS0FBSyxDQUFDO0FBQ3hELFVBQUksVUFBVSxFQUFHLFFBQU8sY0FBYyxTQUFTLENBQUMsUUFBUTtBQUFBLElBQzFEO0FBQ0EsV0FBTyxFQUFFLFFBQVEsRUFBRTtBQUFBLEVBQ3JCLENBQUMsRUFDQSxJQUFJLENBQUMsVUFBVSxNQUFNLEdBQUc7QUFDN0I7QUFFQSxTQUFTLGdCQUFnQixJQUFJLFFBQVE7QUFDbkMsTUFBSSxPQUFPLFFBQVMsUUFBTyxPQUFPO0FBQ2xDLFFBQU0sVUFBVSxPQUFPLE9BQU8sQ0FBQyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQzFELE1BQUksUUFBUSxXQUFXLEVBQUcsUUFBTztBQUNqQyxNQUFJLE9BQU8sTUFBTyxRQUFPLFFBQVEsT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQztBQUMxRCxNQUFJLE9BQU8sTUFBTyxRQUFPLFFBQVEsT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQyxJQUFJLFFBQVE7QUFDdEUsTUFBSSxPQUFPLE1BQU8sUUFBTyxLQUFLLElBQUksR0FBRyxPQUFPO0FBQzVDLFNBQU8sS0FBSyxJQUFJLEdBQUcsT0FBTztBQUM1QjtBQUdPLFNBQVMsY0FBYyxNQUFNLFdBQVc7QUFDN0MsUUFBTSxTQUFTLG9CQUFJLElBQUk7QUFDdkIsYUFBVyxPQUFPLE1BQU07QUFDdEIsVUFBTSxNQUFNLEtBQUssVUFBVSxVQUFVLEdBQUcsSUFBSSxDQUFDLFNBQVMsSUFBSSxJQUFJLEtBQUssSUFBSSxDQUFDO0FBQ3hFLFFBQUksUUFBUSxPQUFPLElBQUksR0FBRztBQUMxQixRQUFJLFVBQVUsUUFBVztBQUN2QixjQUFRLEVBQUUsTUFBTSxPQUFPLFlBQVksVUFBVSxHQUFHLElBQUksQ0FBQyxTQUFTLENBQUMsTUFBTSxJQUFJLElBQUksS0FBSyxJQUFJLENBQUMsQ0FBQyxHQUFHLFFBQVEsQ0FBQyxFQUFFO0FBQ3RHLGFBQU8sSUFBSSxLQUFLLEtBQUs7QUFBQSxJQUN2QjtBQUNBLFVBQU0sT0FBTyxLQUFLLFVBQVUsVUFBVSxPQUFPLElBQUksSUFBSSxVQUFVLEtBQUssS0FBSyxJQUFJO0FBQUEsRUFDL0U7QUFDQSxNQUFJLE9BQU8sU0FBUyxLQUFLLFVBQVUsR0FBRyxXQUFXLEVBQUcsUUFBTyxJQUFJLE1BQU0sRUFBRSxNQUFNLENBQUMsR0FBRyxRQUFRLENBQUMsRUFBRSxDQUFDO0FBQzdGLFNBQU8sQ0FBQyxHQUFHLE9BQU8sT0FBTyxDQUFDLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxHQUFHLEVBQUUsTUFBTSxDQUFDLFVBQVUsRUFBRSxHQUFHLGdCQUFnQixVQUFVLElBQUksRUFBRSxNQUFNLEVBQUUsRUFBRTtBQUNqSDtBQU9PLFNBQVMsV0FBVyxNQUFNLEdBQUcsRUFBRSxXQUFXLGFBQWEsU0FBUyxNQUFNLElBQUksQ0FBQyxHQUFHO0FBQ25GLE1BQUksU0FBUyxFQUFFLFdBQVcsT0FBTyxPQUFPLEtBQUssT0FBTyxDQUFDLFFBQVEsZUFBZSxFQUFFLFFBQVEsS0FBSyxFQUFFLFdBQVcsT0FBTyxTQUFTLEVBQUUsV0FBVyxRQUFRLEVBQUUsQ0FBQyxNQUFNLElBQUk7QUFDMUosTUFBSSxFQUFFLGNBQWMsS0FBTSxVQUFTLGNBQWMsUUFBUSxFQUFFLFNBQVM7QUFDcEUsU0FBTyxTQUFTLFFBQVEsR0FBRyxFQUFFLFlBQVksRUFBRSxjQUFjLE9BQU8sRUFBRSxVQUFVLEtBQUssV0FBVyxDQUFDO0FBQy9GO0FBR08sU0FBUyxTQUFTLE1BQU0sR0FBRyxFQUFFLGFBQWEsUUFBUSxJQUFJLENBQUMsR0FBRztBQUMvRCxNQUFJLFNBQVM7QUFDYixRQUFNLFVBQVUsRUFBRSxZQUFZLEVBQUUsUUFBUSxPQUFPLENBQUMsRUFBRSxPQUFPLFlBQVksV0FBVyxPQUFPLENBQUMsSUFBSTtBQUM1RixNQUFJLFlBQVksS0FBTSxVQUFTLFNBQVMsUUFBUSxPQUFPO0FBQ3ZELFFBQU0sUUFBUSxPQUFPO0FBQ3JCLE1BQUksRUFBRSxTQUFTLEtBQU0sVUFBUyxPQUFPLE1BQU0sRUFBRSxJQUFJO0FBQ2pELE1BQUksRUFBRSxRQUFRLEtBQU0sVUFBUyxPQUFPLE1BQU0sR0FBRyxFQUFFLEdBQUc7QUFDbEQsTUFBSSxFQUFFLFdBQVcsS0FBTSxVQUFTLE9BQU8sSUFBSSxDQUFDLFFBQVEsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLENBQUMsU0FBUyxDQUFDLE1BQU0sSUFBSSxJQUFJLEtBQUssSUFBSSxDQUFDLENBQUMsQ0FBQztBQUN6SCxTQUFPLEVBQUUsT0FBTyxRQUFRLE1BQU07QUFDaEM7OztBQ3BLTyxTQUFTLFlBQVksRUFBRSxTQUFTLE9BQU8sTUFBTSxHQUFHO0FBQ3JELFNBQU8sRUFBRSxrQkFBa0IsU0FBUyxnQkFBZ0IsVUFBVSxTQUFZLE1BQU0sU0FBUyxPQUFPLE1BQU07QUFDeEc7OztBQ0RBLElBQU0sWUFBWTtBQUNsQixJQUFNLFdBQVc7QUFFakIsU0FBUyxZQUFZLFNBQVM7QUFDNUIsUUFBTSxRQUFRLElBQUksTUFBTSxrQkFBa0IsT0FBTyxFQUFFO0FBQ25ELFFBQU0sT0FBTztBQUNiLFNBQU87QUFDVDtBQUVBLFNBQVMsVUFBVSxPQUFPLEtBQUssT0FBTztBQUNwQyxNQUFJLFVBQVUsT0FBVyxRQUFPLENBQUM7QUFDakMsTUFBSSxDQUFDLGNBQWMsS0FBSyxFQUFHLE9BQU0sWUFBWSxVQUFVLEdBQUcsc0JBQXNCO0FBQ2hGLGFBQVcsQ0FBQyxNQUFNLENBQUMsS0FBSyxPQUFPLFFBQVEsS0FBSyxFQUFHLE9BQU0sTUFBTSxHQUFHLFVBQVUsR0FBRyxJQUFJLElBQUksRUFBRTtBQUNyRixTQUFPO0FBQ1Q7QUFFTyxTQUFTLFdBQVcsS0FBSztBQUM5QixRQUFNLFNBQVMsY0FBYyxLQUFLLE1BQU0sSUFBSSxJQUFJLFNBQVMsQ0FBQztBQUMxRCxNQUFJLE9BQU8sT0FBTyxZQUFZLFlBQVksQ0FBQyx1QkFBdUIsS0FBSyxPQUFPLFFBQVEsUUFBUSxPQUFPLEVBQUUsQ0FBQyxHQUFHO0FBQ3pHLFVBQU0sWUFBWSxrRkFBa0Y7QUFBQSxFQUN0RztBQUNBLE1BQUksT0FBTyxPQUFPLGdCQUFnQixZQUFZLENBQUMsT0FBTyxZQUFZLFdBQVcsR0FBRyxFQUFHLE9BQU0sWUFBWSxxRkFBcUY7QUFDMUwsYUFBVyxDQUFDLEVBQUUsSUFBSSxLQUFLLE9BQU8sWUFBWSxTQUFTLGNBQWMsR0FBRztBQUNsRSxRQUFJLFNBQVMsU0FBVSxPQUFNLFlBQVkseUNBQXlDLElBQUksbUJBQW1CO0FBQUEsRUFDM0c7QUFDQSxRQUFNLFNBQVMsVUFBVSxPQUFPLFFBQVEsVUFBVSxDQUFDLE1BQU0sTUFBTSxVQUFVO0FBQ3ZFLFFBQUksQ0FBQyxjQUFjLEtBQUssSUFBSSxLQUFLLENBQUMsWUFBWSxTQUFTLElBQUksRUFBRyxPQUFNLFlBQVksR0FBRyxLQUFLLHFCQUFxQixZQUFZLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUN2SSxDQUFDO0FBQ0QsUUFBTSxhQUFhLGNBQWMsT0FBTyxVQUFVLElBQUksT0FBTyxhQUFhLENBQUM7QUFDM0UsUUFBTSxVQUFVLFVBQVUsV0FBVyxTQUFTLHNCQUFzQixDQUFDLE1BQU0sT0FBTyxVQUFVO0FBQzFGLFFBQUksRUFBRSxRQUFRLFdBQVcsT0FBTyxVQUFVLFlBQVksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFHLE9BQU0sWUFBWSxHQUFHLEtBQUssZ0VBQWdFO0FBQUEsRUFDekssQ0FBQztBQUNELGFBQVcsT0FBTyxDQUFDLFFBQVEsSUFBSSxHQUFHO0FBQ2hDLFFBQUksV0FBVyxHQUFHLE1BQU0sV0FBYyxPQUFPLFdBQVcsR0FBRyxNQUFNLFlBQVksQ0FBQyxTQUFTLEtBQUssV0FBVyxHQUFHLENBQUMsR0FBSSxPQUFNLFlBQVkscUJBQXFCLEdBQUcsbUNBQW1DO0FBQUEsRUFDOUw7QUFDQSxRQUFNLGFBQWEsVUFBVSxPQUFPLFlBQVksY0FBYyxDQUFDLE1BQU0sUUFBUSxVQUFVO0FBQ3JGLFFBQUksT0FBTyxXQUFXLFlBQVksRUFBRSxVQUFVLFFBQVMsT0FBTSxZQUFZLEdBQUcsS0FBSyxxQ0FBcUM7QUFBQSxFQUN4SCxDQUFDO0FBQ0QsUUFBTSxVQUFVLFVBQVUsT0FBTyxTQUFTLFdBQVcsQ0FBQyxNQUFNLE9BQU8sVUFBVTtBQUMzRSxRQUFJLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLFVBQVUsU0FBVSxPQUFNLFlBQVksR0FBRyxLQUFLLGtDQUFrQztBQUFBLEVBQ3RILENBQUM7QUFDRCxNQUFJLE9BQU8sT0FBTyxlQUFlLFlBQVksQ0FBQyx1Q0FBdUMsS0FBSyxPQUFPLFVBQVUsRUFBRyxPQUFNLFlBQVksMkZBQTJGO0FBQzNOLFFBQU0sVUFBVSxPQUFPLFdBQVc7QUFDbEMsTUFBSSxDQUFDLE9BQU8sY0FBYyxPQUFPLEtBQUssVUFBVSxFQUFHLE9BQU0sWUFBWSw2Q0FBNkM7QUFDbEgsU0FBTztBQUFBLElBQ0wsU0FBUyxPQUFPLFFBQVEsUUFBUSxPQUFPLEVBQUU7QUFBQSxJQUN6QyxhQUFhLE9BQU87QUFBQSxJQUNwQjtBQUFBLElBQ0E7QUFBQSxJQUNBLE1BQU0sV0FBVztBQUFBLElBQ2pCLElBQUksV0FBVztBQUFBLElBQ2YsZ0JBQWdCLE9BQU8sT0FBTyxtQkFBbUIsWUFBWSxTQUFTLEtBQUssT0FBTyxjQUFjLElBQUksT0FBTyxpQkFBaUI7QUFBQSxJQUM1SCxZQUFZLE9BQU8sZUFBZSxLQUFLLENBQUMsSUFBSSxPQUFPLFdBQVcsTUFBTSxHQUFHO0FBQUEsSUFDdkU7QUFBQSxJQUNBO0FBQUEsSUFDQSxhQUFhLE9BQU8sT0FBTyxnQkFBZ0IsWUFBWSxVQUFVLEtBQUssT0FBTyxXQUFXLElBQUksT0FBTyxjQUFjO0FBQUEsSUFDakgsYUFBYSxPQUFPLE9BQU8sZ0JBQWdCLFdBQVcsT0FBTyxjQUFjO0FBQUEsSUFDM0UsVUFBVSxPQUFPLE9BQU8sYUFBYSxXQUFXLE9BQU8sV0FBVztBQUFBLElBQ2xFO0FBQUEsRUFDRjtBQUNGOzs7QUN0REEsSUFBTSxVQUFVO0FBR2hCLFNBQVMsY0FBYyxHQUFHLFFBQVE7QUFDaEMsTUFBSSxFQUFFLFdBQVcsS0FBTSxRQUFPLENBQUM7QUFDL0IsUUFBTSxTQUFTLGFBQWEsRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLFdBQVcsUUFBUSxHQUFHLFdBQVcsQ0FBQyxTQUFTLE9BQU8sT0FBTyxJQUFJLEVBQUUsQ0FBQztBQUNqSCxRQUFNLFlBQVksT0FBTyxTQUFTLFFBQVEsT0FBTyxXQUFXLENBQUMsTUFBTTtBQUNuRSxRQUFNLFNBQVMsQ0FBQztBQUNoQixhQUFXLFFBQVEsV0FBVztBQUM1QixRQUFJLEtBQUssU0FBUyxhQUFhLEtBQUssT0FBTyxRQUFRLEtBQUssVUFBVSxRQUFRLEtBQUssY0FBYyxLQUFNO0FBQ25HLFVBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLFFBQUksVUFBVSxVQUFhLEVBQUUsU0FBUyxRQUFTLFFBQU8sS0FBSyxJQUFJLE9BQU8sS0FBSyxLQUFLO0FBQUEsRUFDbEY7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGFBQWEsR0FBRyxRQUFRO0FBQy9CLE1BQUksRUFBRSxXQUFXLEtBQU0sT0FBTSxZQUFZLEVBQUUsV0FBVyxRQUFRLEdBQUcsV0FBVyxPQUFPO0FBQ25GLE1BQUksRUFBRSxTQUFTLEtBQU0sT0FBTSxZQUFZLEVBQUUsV0FBVyxNQUFNLEdBQUcsNEJBQTRCLFNBQVMsb0JBQW9CO0FBQ3RILE1BQUksT0FBTyxZQUFZLFNBQVMsVUFBVSxLQUFLLEVBQUUsV0FBVyxLQUFNLE9BQU0sYUFBYSxHQUFHLEVBQUUsV0FBVyxRQUFRLENBQUMsNENBQTRDO0FBQzFKLFFBQU0sT0FBTyxPQUFPLFlBQVksUUFBUSxZQUFZLE1BQU0sbUJBQW1CLEVBQUUsTUFBTSxDQUFDO0FBQ3RGLFFBQU0sU0FBUyxjQUFjLEdBQUcsTUFBTTtBQUN0QyxRQUFNLGFBQWEsQ0FBQyxRQUFRO0FBQzFCLFVBQU0sUUFBUSxFQUFFLEdBQUc7QUFDbkIsUUFBSSxVQUFVLEtBQU07QUFDcEIsUUFBSSxPQUFPLEdBQUcsTUFBTSxPQUFXLE9BQU0sWUFBWSxFQUFFLFdBQVcsR0FBRyxHQUFHLElBQUksR0FBRyxJQUFJLFNBQVMsb0RBQW9ELEdBQUcsRUFBRTtBQUNqSixXQUFPLE9BQU8sR0FBRyxDQUFDLElBQUksSUFBSSxLQUFLLEtBQUssRUFBRSxZQUFZO0FBQUEsRUFDcEQ7QUFDQSxhQUFXLE1BQU07QUFDakIsYUFBVyxJQUFJO0FBRWYsTUFBSSxPQUFPLG1CQUFtQixPQUFXLFFBQU8sT0FBTyxjQUFjLElBQUksT0FBTyxPQUFPLE9BQU87QUFDOUYsUUFBTSxTQUFTLE9BQU8sUUFBUSxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sR0FBRyxtQkFBbUIsQ0FBQyxDQUFDLElBQUksbUJBQW1CLENBQUMsQ0FBQyxFQUFFLEVBQUUsS0FBSyxHQUFHO0FBQ25ILFNBQU8sRUFBRSxRQUFRLE9BQU8sS0FBSyxHQUFHLE9BQU8sT0FBTyxHQUFHLElBQUksR0FBRyxTQUFTLElBQUksTUFBTSxLQUFLLEVBQUUsSUFBSSxRQUFRLE9BQU87QUFDdkc7QUFFQSxTQUFTLGVBQWUsT0FBTyxLQUFLO0FBQ2xDLFFBQU0sU0FBUyxXQUFXLEdBQUc7QUFDN0IsUUFBTSxJQUFJLG1CQUFtQixLQUFLO0FBQ2xDLFFBQU0sVUFBVSxhQUFhLEdBQUcsTUFBTTtBQUN0QyxRQUFNLFNBQVMsQ0FBQyxXQUFXLFlBQVksU0FBUyxRQUFRLFdBQVcsVUFBVSxRQUFRLEVBQUUsT0FBTyxDQUFDLFNBQVM7QUFDdEcsVUFBTSxNQUFNLEtBQUssTUFBTSxDQUFDLE1BQU0sVUFBVSxjQUFjLEtBQUssTUFBTSxDQUFDO0FBQ2xFLFdBQU8sUUFBUSxVQUFVLEVBQUUsUUFBUSxFQUFFLEdBQUcsTUFBTTtBQUFBLEVBQ2hELENBQUM7QUFDRCxTQUFPLEVBQUUsUUFBUSxRQUFRLFFBQVEsS0FBSyxRQUFRLEtBQUssUUFBUSxRQUFRLFFBQVEsT0FBTztBQUNwRjtBQUVBLFNBQVMsT0FBTyxNQUFNLFFBQVE7QUFDNUIsTUFBSSxRQUFRO0FBQ1osYUFBVyxDQUFDLEdBQUcsR0FBRyxLQUFLLE9BQU8sV0FBVyxRQUFRLEdBQUc7QUFDbEQsUUFBSSxDQUFDLGNBQWMsS0FBSyxLQUFLLEVBQUUsT0FBTyxPQUFRLE9BQU0sYUFBYSxpQkFBaUIsT0FBTyxXQUFXLE1BQU0sR0FBRyxJQUFJLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQyw0QkFBNEIsT0FBTyxXQUFXLEtBQUssR0FBRyxDQUFDLElBQUk7QUFDeEwsWUFBUSxNQUFNLEdBQUc7QUFBQSxFQUNuQjtBQUNBLE1BQUksQ0FBQyxNQUFNLFFBQVEsS0FBSyxFQUFHLE9BQU0sYUFBYSxZQUFZLE9BQU8sV0FBVyxLQUFLLEdBQUcsS0FBSyxhQUFhLDZCQUE2QjtBQUNuSSxTQUFPLE1BQU0sSUFBSSxTQUFTLFVBQVUsS0FBSyxHQUFHO0FBQzFDLFFBQUksQ0FBQyxjQUFjLEdBQUcsRUFBRyxPQUFNLGFBQWEsWUFBWSxPQUFPLFdBQVcsS0FBSyxHQUFHLENBQUMsSUFBSSxDQUFDLHVCQUF1QjtBQUMvRyxVQUFNLE1BQU0sQ0FBQztBQUNiLGVBQVcsQ0FBQyxLQUFLLENBQUMsS0FBSyxPQUFPLFFBQVEsR0FBRyxFQUFHLEtBQUksT0FBTyxXQUFXLEdBQUcsS0FBSyxHQUFHLElBQUk7QUFDakYsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUNIO0FBRUEsU0FBUyxNQUFNLE1BQU0sR0FBRyxRQUFRLFNBQVM7QUFDdkMsUUFBTSxZQUFZLEtBQUssVUFBVSxPQUFPO0FBQ3hDLFFBQU0sT0FBTyxXQUFXLE1BQU0sR0FBRyxFQUFFLFdBQVcsQ0FBQyxTQUFTLE9BQU8sT0FBTyxJQUFJLEVBQUUsQ0FBQztBQUM3RSxRQUFNLFNBQVMsWUFBWSxFQUFFLFNBQVMsT0FBTyxLQUFLLE9BQU8sT0FBTyxLQUFLLE1BQU0sQ0FBQztBQUM1RSxNQUFJLFVBQVcsUUFBTyxtQkFBbUIsSUFBSSxvQkFBb0IsS0FBSyxNQUFNO0FBQzVFLFNBQU87QUFDVDtBQUVBLGVBQWUsTUFBTSxPQUFPLEtBQUs7QUFDL0IsUUFBTSxTQUFTLFdBQVcsR0FBRztBQUM3QixRQUFNLElBQUksbUJBQW1CLEtBQUs7QUFDbEMsUUFBTSxVQUFVLGFBQWEsR0FBRyxNQUFNO0FBQ3RDLFFBQU0sVUFBVSxFQUFFLEdBQUcsT0FBTyxRQUFRO0FBQ3BDLE1BQUksT0FBTyxhQUFhLEdBQUksU0FBUSxPQUFPLFdBQVcsSUFBSSxHQUFHLE9BQU8sV0FBVyxHQUFHLE9BQU8sUUFBUTtBQUNqRyxRQUFNLFdBQVcsTUFBTSxJQUFJLE1BQU0sUUFBUSxLQUFLLEVBQUUsUUFBUSxPQUFPLFFBQVEsQ0FBQztBQUN4RSxRQUFNLE9BQU8sTUFBTSxTQUFTLEtBQUs7QUFDakMsTUFBSSxDQUFDLFNBQVMsR0FBSSxPQUFNLElBQUksTUFBTSx5QkFBeUIsU0FBUyxNQUFNLFlBQVksUUFBUSxHQUFHLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxDQUFDLEVBQUU7QUFDMUgsTUFBSTtBQUNKLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFJO0FBQUEsRUFDeEIsUUFBUTtBQUNOLFVBQU0sSUFBSSxNQUFNLGdDQUFnQyxRQUFRLEdBQUcsaUJBQWlCLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxFQUFFO0FBQUEsRUFDakc7QUFDQSxTQUFPLE1BQU0sT0FBTyxNQUFNLE1BQU0sRUFBRSxNQUFNLEdBQUcsT0FBTyxPQUFPLEdBQUcsR0FBRyxRQUFRLE1BQU0sV0FBVyxtQkFBbUI7QUFDN0c7QUFFQSxTQUFTLGdCQUFnQixPQUFPLEtBQUs7QUFDbkMsUUFBTSxTQUFTLFdBQVcsR0FBRztBQUM3QixNQUFJLENBQUMsY0FBYyxLQUFLLEtBQUssTUFBTSxhQUFhLE9BQVcsT0FBTSxhQUFhLHFEQUFzRDtBQUNwSSxRQUFNLElBQUksZUFBZSxNQUFNLFNBQVMsQ0FBQyxDQUFDO0FBQzFDLFNBQU8sTUFBTSxPQUFPLE1BQU0sVUFBVSxNQUFNLEdBQUcsR0FBRyxRQUFRLE1BQU0sV0FBVyxtQkFBbUI7QUFDOUY7QUFFQSxJQUFPLGdCQUFRO0FBQUEsRUFDYixtQkFBbUI7QUFBQSxFQUNuQjtBQUFBLEVBQ0Esb0JBQW9CO0FBQ3RCOyIsIm5hbWVzIjpbImJ5IiwicXVlcnkiLCJyYXciLCJNSVJST1JFRCJdLCJzb3VyY2VSb290IjoiIn0=
