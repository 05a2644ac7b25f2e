/**
 * Redaction of secret config values from text a plugin produces (outcome values and errors, log lines,
 * health results, command results, contributions). A secret is looked for in the forms it commonly
 * takes when code builds text around it by accident: as is, JSON-escaped (once and twice, as in an
 * error message built from `JSON.stringify(ctx.config)`), URL-encoded (`encodeURIComponent`,
 * `encodeURI`, form encoding with `+`, upper- or lower-case `%xx`), hex and base64 / base64url of its
 * UTF-8 bytes (at each of the three byte alignments, so a secret inside a longer encoded text is found
 * too; the few characters that mix the secret's bits with its neighbours' stay).
 *
 * It is a safety net against accidents, not a barrier against a plugin that wants to leak a secret: the
 * plugin can read it, so it can reverse it, split it or encrypt it first. Used by the worker (which
 * holds the plaintext) and by the host where it shows plugin-provided text itself.
 */

/** Shorter secrets are refused at load (CORRAL_ERR_SECRETS): they cannot be told apart from ordinary text. */
export const MIN_SECRET_LENGTH = 8;

export const REDACTION_MARK = '[redacted]';

/** A string cut short by the sandbox ends with this; a secret cut in two there is redacted too. */
const TRUNCATION_MARK = '…';
/** The shortest tail of a cut secret that is still redacted. */
const MIN_PARTIAL = 4;

export interface Redactor {
  /** False when there is nothing to redact (no secrets): callers may skip the work. */
  readonly active: boolean;
  redact(text: string): string;
  /**
   * A copy of a JSON-like value (plain objects, arrays, primitives) with every string and key
   * redacted, and a number whose digits spell a secret replaced by the mark. Unchanged parts are
   * shared, not copied; other objects are returned as they are.
   */
  redactDeep<T>(value: T): T;
}

const NOOP: Redactor = Object.freeze({
  active: false,
  redact: (text: string) => text,
  redactDeep: <T>(value: T) => value,
});

/**
 * The literal forms of one secret that redaction looks for, each at least MIN_PARTIAL long: the
 * secret and its JSON-escaped form, each URL-encoded, hex and base64 / base64url encoded (a JWT or a
 * Basic header built from JSON holds the escaped form). Raw and JSON-escaped text is also matched by
 * jsonTolerantPattern, whatever the number of escaping levels.
 */
export function secretNeedles(secret: string): string[] {
  const needles = new Set<string>();
  const add = (form: string | undefined) => {
    if (form !== undefined && form.length >= MIN_PARTIAL) needles.add(form);
  };
  const json = JSON.stringify(secret).slice(1, -1);
  for (const variant of new Set([secret, json])) {
    add(variant);
    for (const encode of [encodeURIComponent, encodeURI, formEncode]) {
      let encoded: string;
      try {
        encoded = encode(variant);
      } catch {
        continue; // a lone surrogate: nothing can URL-encode it
      }
      add(encoded);
      add(encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()));
    }
    const bytes = Buffer.from(variant, 'utf8');
    const hex = bytes.toString('hex');
    add(hex);
    add(hex.toUpperCase());
    for (const core of base64Cores(bytes)) {
      add(core);
      add(core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...needles];
}

/**
 * A regular expression source matching the secret as is and JSON-escaped any number of times (an
 * error message holding JSON.stringify(ctx.config), logged as JSON, inside an outcome sent as JSON):
 * each level doubles the backslashes before a quote or a backslash, and control characters may be
 * spelled \n or \u000a.
 */
export function jsonTolerantPattern(secret: string): string {
  let source = '';
  for (const char of secret) {
    const code = char.codePointAt(0) as number;
    if (char === '"') source += '\\\\*"';
    else if (char === '\\') source += '\\\\+';
    else if (char === '/') source += '\\\\*/';
    else if (code < 0x20) {
      const short = { 8: 'b', 9: 't', 10: 'n', 12: 'f', 13: 'r' }[code];
      const hex = code.toString(16).padStart(4, '0');
      source += `(?:${escapeRegExp(char)}${short === undefined ? '' : `|\\\\+${short}`}|\\\\+u${hex.slice(0, 2)}[${hex[2]}${hex[2]?.toUpperCase()}][${hex[3]}${hex[3]?.toUpperCase()}])`;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      source += `(?:${escapeRegExp(char)}|\\\\+u${code.toString(16)})`; // a lone surrogate: JSON.stringify spells it \udxxx
    } else source += escapeRegExp(char);
  }
  return source;
}

function formEncode(secret: string): string {
  return new URLSearchParams({ s: secret }).toString().slice(2);
}

/**
 * The base64 characters that depend on the secret's bytes alone, for each alignment of the secret in
 * a longer byte string (offset 0, 1 or 2 modulo 3).
 */
function base64Cores(bytes: Buffer): string[] {
  const cores: string[] = [];
  for (let align = 0; align < 3; align++) {
    const encoded = Buffer.concat([Buffer.alloc(align), bytes]).toString('base64').replace(/=+$/, '');
    const first = Math.ceil((8 * align) / 6);
    const end = Math.floor((8 * (align + bytes.length)) / 6);
    if (end > first) cores.push(encoded.slice(first, end));
  }
  return cores;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A redactor for these secret values (empty ones are ignored: they are refused at load anyway). */
export function createRedactor(secrets: Iterable<string>): Redactor {
  const needles = new Set<string>();
  const tolerant = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length === 0) continue;
    tolerant.add(jsonTolerantPattern(secret));
    for (const needle of secretNeedles(secret)) needles.add(needle);
  }
  if (needles.size === 0 && tolerant.size === 0) return NOOP;
  const sorted = [...needles].sort((a, b) => b.length - a.length);
  // At one position the first alternative that matches wins: the escaping-tolerant forms first, then
  // the longest literal forms.
  const pattern = new RegExp([...tolerant, ...sorted.map(escapeRegExp)].join('|'), 'g');
  const probe = new RegExp(pattern.source);

  function redactTail(text: string): string {
    // "...sk-live-12…": the sandbox cut the text inside a secret; its first characters must go too.
    const body = text.slice(0, -TRUNCATION_MARK.length);
    for (const needle of sorted) {
      for (let length = Math.min(needle.length - 1, body.length); length >= MIN_PARTIAL; length--) {
        if (body.endsWith(needle.slice(0, length))) return `${body.slice(0, -length)}${REDACTION_MARK}${TRUNCATION_MARK}`;
      }
    }
    return text;
  }

  function redact(text: string): string {
    if (typeof text !== 'string') return text;
    let out = probe.test(text) ? text.replace(pattern, REDACTION_MARK) : text;
    if (out.endsWith(TRUNCATION_MARK)) out = redactTail(out);
    return out;
  }

  function redactDeep<T>(value: T): T {
    return walk(value, new Map()) as T;
  }

  function walk(value: unknown, seen: Map<object, unknown>): unknown {
    if (typeof value === 'string') return redact(value);
    if (typeof value === 'number' || typeof value === 'bigint') {
      const digits = String(value);
      return redact(digits) === digits ? value : REDACTION_MARK;
    }
    if (value === null || typeof value !== 'object') return value;
    const done = seen.get(value);
    if (done !== undefined) return done;
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      seen.set(value, value);
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        const redacted = walk(item, seen);
        if (redacted !== item && copy === undefined) copy = value.slice();
        if (copy !== undefined) copy[i] = redacted;
      }
      if (copy !== undefined) seen.set(value, copy);
      return copy ?? value;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    seen.set(value, value);
    const entries = Object.entries(value);
    let changed = false;
    const next: Array<[string, unknown]> = entries.map(([key, item]) => {
      const redactedKey = redact(key);
      const redacted = walk(item, seen);
      if (redactedKey !== key || redacted !== item) changed = true;
      return [redactedKey, redacted];
    });
    if (!changed) return value;
    const copy: Record<string, unknown> = proto === null ? Object.create(null) : {};
    // defineProperty: a "__proto__" key stays a key.
    for (const [key, item] of next) Object.defineProperty(copy, key, { value: item, writable: true, enumerable: true, configurable: true });
    seen.set(value, copy);
    return copy;
  }

  return Object.freeze({ active: true, redact, redactDeep });
}
