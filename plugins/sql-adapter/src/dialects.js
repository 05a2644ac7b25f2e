// What differs between the SQL engines the adapter writes for. Everything else (the query's shape,
// the null rules) is the same text.

function quoteIdentifier(name) {
  return name.split('.').map((part) => `"${part.replace(/"/g, '""')}"`).join('.');
}

/** GLOB metacharacters become one-character classes: [*] matches a literal '*'. */
function escapeGlob(value) {
  return value.replace(/[*?[]/g, (ch) => `[${ch}]`);
}

const LIKE_ESCAPE = '!';
function escapeLike(value) {
  return value.replace(/[!%_]/g, (ch) => LIKE_ESCAPE + ch);
}

const PATTERNS = {
  contains: (any, body) => `${any}${body}${any}`,
  startswith: (any, body) => `${body}${any}`,
  endswith: (any, body) => `${any}${body}`,
};

export const DIALECTS = {
  // SQLite's LIKE ignores ASCII case, so substring tests use GLOB, which does not.
  sqlite: {
    name: 'sqlite',
    placeholder: () => '?',
    quoteIdentifier,
    distinctFrom: (left, right) => `${left} IS NOT ${right}`,
    matchPattern: (name, value) => PATTERNS[name]('*', escapeGlob(value)),
    matchSql: (column, negated, placeholder) => `${column} ${negated ? 'NOT GLOB' : 'GLOB'} ${placeholder}`,
    orderText: (column) => column, // SQLite's default BINARY collation is code-point order already
    bindValue: (value) => (typeof value === 'boolean' ? (value ? 1 : 0) : value),
  },
  // Postgres: $1..$n, IS DISTINCT FROM, LIKE (case-sensitive) with an explicit escape, and "C"
  // collation for ordering text so results do not depend on the server's locale.
  postgres: {
    name: 'postgres',
    placeholder: (n) => `$${n}`,
    quoteIdentifier,
    distinctFrom: (left, right) => `${left} IS DISTINCT FROM ${right}`,
    matchPattern: (name, value) => PATTERNS[name]('%', escapeLike(value)),
    matchSql: (column, negated, placeholder) => `${column} ${negated ? 'NOT LIKE' : 'LIKE'} ${placeholder} ESCAPE '${LIKE_ESCAPE}'`,
    orderText: (column) => `${column} COLLATE "C"`,
    bindValue: (value) => value,
  },
};
