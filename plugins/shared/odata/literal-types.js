import { invalidInput } from './errors.js';

/** Field types a config can declare; an undeclared field takes its literals as written. */
export const FIELD_TYPES = ['string', 'number', 'boolean', 'datetime'];

function describe(value) {
  return typeof value === 'string' ? `the string '${value}'` : `the ${typeof value} ${String(value)}`;
}

/**
 * A literal compared with a field of `type`, converted the one way every adapter shares: a number
 * against a string field is its shortest decimal text (`status eq 500` is `status eq '500'`); a
 * datetime is RFC 3339 text or unix seconds, normalised to ISO 8601 UTC; anything else of the wrong
 * type is refused, naming the field and the type it has.
 */
export function coerceLiteral(value, type, fieldName, where) {
  if (value === null || type === undefined) return value;
  const wrong = () => invalidInput(`${where}: '${fieldName}' is a ${type} field; ${describe(value)} cannot be compared with it`);
  switch (type) {
    case 'string':
      if (typeof value === 'string') return value;
      if (typeof value === 'number') return String(value);
      throw wrong();
    case 'number':
      if (typeof value === 'number') return value;
      throw wrong();
    case 'boolean':
      if (typeof value === 'boolean') return value;
      throw wrong();
    case 'datetime': {
      let ms = Number.NaN;
      if (typeof value === 'number' && value >= 0) ms = value * 1000;
      else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) ms = Date.parse(value);
      if (!Number.isFinite(ms)) throw invalidInput(`${where}: '${fieldName}' is a datetime field; expected an RFC 3339 timestamp with a UTC offset or unix seconds, got ${describe(value)}`);
      return new Date(ms).toISOString();
    }
    default:
      throw invalidInput(`${where}: '${fieldName}' has unknown type '${type}' (expected one of ${FIELD_TYPES.join(', ')})`);
  }
}

export function applyTransform(value, transform) {
  if (transform === 'tolower') return value.toLowerCase();
  if (transform === 'toupper') return value.toUpperCase();
  return value;
}
