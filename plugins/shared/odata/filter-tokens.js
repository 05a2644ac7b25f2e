import { syntaxError } from './errors.js';

const NUMBER_RE = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const WORD_RE = /[A-Za-z_][A-Za-z0-9_]*/y;
const PUNCTUATION = new Set(['(', ')', ',']);
const WHITESPACE = new Set([' ', '\t', '\r', '\n']);

/** Splits a $filter expression into tokens; every token remembers its 0-based character offset. */
export function tokenizeFilter(source, field) {
  const tokens = [];
  let pos = 0;
  while (pos < source.length) {
    const ch = source[pos];
    if (WHITESPACE.has(ch)) { pos++; continue; }
    if (PUNCTUATION.has(ch)) { tokens.push({ type: ch, value: ch, pos }); pos++; continue; }
    if (ch === "'") {
      const { value, end } = readString(source, pos, field);
      tokens.push({ type: 'string', value, pos });
      pos = end;
      continue;
    }
    NUMBER_RE.lastIndex = pos;
    let match = NUMBER_RE.exec(source);
    if (match) {
      const end = pos + match[0].length;
      if (end < source.length && /[A-Za-z0-9_.]/.test(source[end])) throw syntaxError(field, pos, 'malformed number');
      if (!Number.isFinite(Number(match[0]))) throw syntaxError(field, pos, 'number out of range');
      tokens.push({ type: 'number', value: Number(match[0]), pos });
      pos = end;
      continue;
    }
    WORD_RE.lastIndex = pos;
    match = WORD_RE.exec(source);
    if (match) { tokens.push({ type: 'word', value: match[0], pos }); pos += match[0].length; continue; }
    throw syntaxError(field, pos, `unexpected character '${ch}'`);
  }
  tokens.push({ type: 'end', value: '', pos: source.length });
  return tokens;
}

/** OData string literal: a quote inside the string is written as two quotes ('O''Brien'). */
function readString(source, start, field) {
  let value = '';
  let end = start + 1;
  for (;;) {
    if (end >= source.length) throw syntaxError(field, start, 'unterminated string literal');
    if (source[end] === "'") {
      if (source[end + 1] === "'") { value += "'"; end += 2; continue; }
      return { value, end: end + 1 };
    }
    value += source[end++];
  }
}

export function describeToken(token) {
  if (token.type === 'end') return 'end of input';
  if (token.type === 'string') return `string '${token.value}'`;
  return `'${token.value}'`;
}
