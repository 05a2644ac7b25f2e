/**
 * $filter syntax-error rows shared by every query adapter's tests: all of them bundle the same parser
 * (plugins/shared/odata), so both must reject the same inputs at the same position with the same message.
 * Each row: filter text, 0-based error position, expected message fragment.
 */
export const FILTER_SYNTAX_ERRORS: ReadonlyArray<readonly [string, number, string]> = [
  ['job eq', 6, 'expected a field name or a literal but found end of input'],
  ["job eq 'api", 7, 'unterminated string literal'],
  ["(job eq 'a'", 11, "expected ')' but found end of input"],
  ["job eq 'a')", 10, "unexpected ')' after a complete expression"],
  ["job 'a'", 4, "expected a comparison operator (eq, ne, gt, ge, lt, le) or 'in' but found string 'a'"],
  ["job in 'a'", 7, "expected '(' after 'in' but found string 'a'"],
  ["job in ('a' 'b')", 12, "expected ')' closing the 'in' list but found string 'b'"],
  ["job in ('a', null)", 13, "null cannot be listed in 'in'"],
  ["job in ('a', other)", 13, "'in' takes a list of literals, not the field 'other'"],
  ["'a' in ('a')", 4, "'in' expects a field name on its left"],
  ["tolower('x') eq 'a'", 8, "expected a field name inside tolower() but found string 'x'"],
  ["tolower(job eq 'a'", 12, "expected ')' closing tolower() but found 'eq'"],
  ["job eq 'a' and", 14, 'expected a field name or a literal but found end of input'],
  ["job eq 'a' xor b eq 'c'", 11, "unexpected 'xor' after a complete expression"],
  ['job eq #', 7, "unexpected character '#'"],
  ['value gt 5abc', 9, 'malformed number'],
  ['job eq 1.2.3', 7, 'malformed number'],
  ['job eq -', 7, "unexpected character '-'"],
  ['value gt 1e999', 9, 'number out of range'],
  ["contains(job 'a')", 13, "expected ',' but found string 'a'"],
  ['contains(job, 5)', 14, 'expected a string literal as the second argument of contains()'],
  ["contains('a', 'b')", 9, 'contains() expects a field name as its first argument'],
  ["and eq 'a'", 0, "expected a field name or a literal but found 'and'"],
  ["job eq 'a' or or job eq 'b'", 14, "expected a field name or a literal but found 'or'"],
  ['not', 3, 'expected a field name or a literal but found end of input'],
  ["job eq 'a' and ()", 16, "expected a field name or a literal but found ')'"],
  ["job eq 'a'; drop table metrics", 10, "unexpected character ';'"],
  ['   ', 0, 'empty expression'],
  [Array.from({ length: 201 }, () => "job eq 'a'").join(' and '), 200 * "job eq 'a' and ".length, 'more than 200 conditions'],
  ['('.repeat(70) + "job eq 'a'" + ')'.repeat(70), 64, 'expression nested deeper than 64 levels'],
];
