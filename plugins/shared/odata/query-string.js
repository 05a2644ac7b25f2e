import { invalidInput } from './errors.js';

/**
 * Splits "a=1&$filter=x eq 'a&b'" on '&' outside quoted literals and decodes each part as
 * application/x-www-form-urlencoded: '+' is a space (what URLSearchParams and HTML forms write), then
 * %XX escapes. A literal plus sign is therefore written %2B, as in any URL query string.
 */
export function splitQueryString(source, field) {
  const parts = [];
  let current = '';
  let inString = false;
  for (const ch of source.replace(/^\?/, '')) {
    if (ch === "'") inString = !inString; // a doubled '' toggles twice, so escapes stay inside
    if (ch === '&' && !inString) { parts.push(current); current = ''; continue; }
    current += ch;
  }
  parts.push(current);
  const pairs = [];
  for (const part of parts) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const key = decodeFormComponent(eq < 0 ? part : part.slice(0, eq), field).trim();
    pairs.push({ key, value: decodeFormComponent(eq < 0 ? '' : part.slice(eq + 1), `${field}.${key}`).trim() });
  }
  return pairs;
}

export function decodeFormComponent(text, field) {
  const spaced = text.replace(/\+/g, ' ');
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    const bad = /%(?![0-9A-Fa-f]{2})|%[89A-Fa-f][0-9A-Fa-f](?!%[89AB][0-9A-Fa-f])/.exec(spaced);
    throw invalidInput(`${field}: malformed percent-encoding${bad ? ` at position ${bad.index}` : ''} (write a literal '%' as %25)`);
  }
}
