import { syntaxError } from './errors.js';
import { describeToken, tokenizeFilter } from './filter-tokens.js';

export const COMPARISON_OPERATORS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
export const STRING_FUNCTIONS = ['contains', 'startswith', 'endswith'];
export const CASE_FUNCTIONS = ['tolower', 'toupper'];
const RESERVED_WORDS = ['and', 'or', 'not', 'in', ...COMPARISON_OPERATORS];
// Deep nesting or very long and/or chains would otherwise let a caller exhaust the isolate's stack
// (the AST and every pass over it are recursive).
export const MAX_FILTER_DEPTH = 64;
export const MAX_FILTER_TERMS = 200;
export const MAX_IN_VALUES = 100;

/**
 * Recursive-descent parser for the $filter subset every adapter shares. Grammar (lowest precedence first):
 *   or      := and ('or' and)*
 *   and     := unary ('and' unary)*
 *   unary   := 'not' unary | primary
 *   primary := '(' or ')' | strfunc '(' target ',' string ')' | target 'in' '(' literal (',' literal)* ')'
 *            | operand cmp operand
 *   target  := field | ('tolower' | 'toupper') '(' field ')'
 *   operand := target | string | number | true | false | null
 * AST nodes: {type:'or'|'and', left, right} {type:'not', operand} {type:'compare', op, left, right}
 * {type:'function', name, field, transform, value} {type:'in', field, transform, values}; operands are
 * {kind:'field', name, transform} (transform null, 'tolower' or 'toupper') or {kind:'literal', value}.
 */
export function parseFilter(source, field) {
  const tokens = tokenizeFilter(source, field);
  let index = 0;
  let depth = 0;
  let terms = 0;
  const peek = (ahead = 0) => tokens[index + ahead];
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
    if (token.type === 'word' && STRING_FUNCTIONS.includes(token.value) && peek(1).type === '(') return parseStringFunction();
    const left = parseOperand();
    const op = peek();
    if (isWord(op, 'in')) return parseIn(left, op);
    if (op.type !== 'word' || !COMPARISON_OPERATORS.includes(op.value)) {
      throw syntaxError(field, op.pos, `expected a comparison operator (${COMPARISON_OPERATORS.join(', ')}) or 'in' but found ${describeToken(op)}`);
    }
    index++;
    return { type: 'compare', op: op.value, left, right: parseOperand() };
  }
  function parseStringFunction() {
    const name = tokens[index++].value;
    expect('(', "'('");
    const targetToken = peek();
    const target = parseOperand();
    if (target.kind !== 'field') throw syntaxError(field, targetToken.pos, `${name}() expects a field name as its first argument`);
    expect(',', "','");
    const value = expect('string', `a string literal as the second argument of ${name}()`).value;
    expect(')', "')'");
    return { type: 'function', name, field: target.name, transform: target.transform, value };
  }
  function parseIn(left, op) {
    if (left.kind !== 'field') throw syntaxError(field, op.pos, "'in' expects a field name on its left");
    index++;
    expect('(', "'(' after 'in'");
    const values = [];
    for (;;) {
      const token = peek();
      const literal = parseOperand();
      if (literal.kind !== 'literal') throw syntaxError(field, token.pos, `'in' takes a list of literals, not the field '${literal.name}'`);
      if (literal.value === null) throw syntaxError(field, token.pos, "null cannot be listed in 'in' (write 'or x eq null')");
      if (values.length === MAX_IN_VALUES) throw syntaxError(field, token.pos, `more than ${MAX_IN_VALUES} values in one 'in' list`);
      values.push(literal.value);
      if (peek().type !== ',') break;
      index++;
    }
    expect(')', "')' closing the 'in' list");
    return { type: 'in', field: left.name, transform: left.transform, values };
  }
  function parseOperand() {
    const token = peek();
    if (token.type === 'string' || token.type === 'number') { index++; return { kind: 'literal', value: token.value }; }
    if (token.type === 'word' && CASE_FUNCTIONS.includes(token.value) && peek(1).type === '(') {
      index += 2;
      const inner = expect('word', `a field name inside ${token.value}()`);
      if (RESERVED_WORDS.includes(inner.value) || ['true', 'false', 'null'].includes(inner.value) || CASE_FUNCTIONS.includes(inner.value)) {
        throw syntaxError(field, inner.pos, `${token.value}() expects a field name but found ${describeToken(inner)}`);
      }
      expect(')', `')' closing ${token.value}()`);
      return { kind: 'field', name: inner.value, transform: token.value };
    }
    if (token.type === 'word' && !RESERVED_WORDS.includes(token.value)) {
      index++;
      if (token.value === 'true') return { kind: 'literal', value: true };
      if (token.value === 'false') return { kind: 'literal', value: false };
      if (token.value === 'null') return { kind: 'literal', value: null };
      return { kind: 'field', name: token.value, transform: null };
    }
    throw syntaxError(field, token.pos, `expected a field name or a literal but found ${describeToken(token)}`);
  }

  if (peek().type === 'end') throw syntaxError(field, 0, 'empty expression');
  const ast = parseOr();
  if (peek().type !== 'end') throw syntaxError(field, peek().pos, `unexpected ${describeToken(peek())} after a complete expression`);
  return ast;
}
