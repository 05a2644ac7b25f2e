/**
 * $filter syntax-error rows shared by the prometheus-adapter and sql-adapter tests: both plugins embed
 * the same parser, so both must reject the same inputs at the same position with the same message.
 * Each row: filter text, 0-based error position, expected message fragment.
 */
export const FILTER_SYNTAX_ERRORS: ReadonlyArray<readonly [string, number, string]> = [
  ['job eq', 6, 'expected a field name or a literal but found end of input'],
  ["job eq 'api", 7, 'unterminated string literal'],
  ["(job eq 'a'", 11, "expected ')' but found end of input"],
  ["job eq 'a')", 10, "unexpected ')' after a complete expression"],
  ["job 'a'", 4, "expected a comparison operator (eq, ne, gt, lt, ge, le) but found string 'a'"],
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
