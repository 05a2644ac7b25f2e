/**
 * Every value a plugin returns leaves the engine as JSON sooner or later (the HTTP API, the CLI, a
 * host that stores it), so it is checked here, once, right after it was copied out of the isolate:
 * plain JSON passes, a few values JSON already has a spelling for are normalised the way
 * JSON.stringify would, and anything else makes that plugin's outcome `invalid_output` with the path
 * of the first offending value. The embedding app then sees exactly what the API would send.
 *
 *   accepted    null, booleans, strings, finite numbers, arrays, plain objects (null prototype too)
 *   normalised  Date → its ISO string; -0 → 0; undefined as an object property → the key is dropped;
 *               undefined or a hole in an array → null; undefined as the whole value stays undefined
 *   refused     NaN and ±Infinity, BigInt, Map, Set, typed arrays, ArrayBuffer, DataView, RegExp,
 *               Error objects, boxed primitives (new String(...)), an invalid Date, a cycle
 *
 * What crosses isolated-vm's copy is plain data of the worker's own realm (getters, toJSON and
 * functions never run here), so this walk runs no plugin code. It is bounded by the output cap: a
 * value whose JSON text would be larger (a sparse array with a huge length, an object graph that
 * shares nodes many times over) is `payload_too_large` before anything is built from it.
 */

export type JsonCheck = { ok: true; value: unknown } | { ok: false; type: 'invalid_output' | 'payload_too_large'; message: string };

class Refused extends Error {
  readonly type: 'invalid_output' | 'payload_too_large';
  constructor(type: 'invalid_output' | 'payload_too_large', message: string) {
    super(message);
    this.type = type;
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MAX_PATH = 200;

function child(path: string, key: string | number): string {
  const next = typeof key === 'number' ? `${path}[${key}]` : IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
  return next.length > MAX_PATH ? `${next.slice(0, MAX_PATH)}…` : next;
}

/** Why an object that is not plain JSON cannot be sent, and what to return instead. */
function describeObject(value: object): string {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (value instanceof Map) return 'a Map cannot be sent as JSON (return Object.fromEntries(map) or [...map])';
  if (value instanceof Set) return 'a Set cannot be sent as JSON (return [...set])';
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || tag === 'SharedArrayBuffer') {
    return `${tag === 'Object' ? 'binary data' : `a ${tag}`} cannot be sent as JSON (return Array.from(bytes) or a base64 string)`;
  }
  if (value instanceof RegExp) return 'a RegExp cannot be sent as JSON (return its source string)';
  if (value instanceof Error) return 'an Error object cannot be sent as JSON (return { name, message }, or throw it)';
  if (value instanceof String || value instanceof Number || value instanceof Boolean) return `a boxed ${tag.toLowerCase()} (new ${tag}(...)) cannot be sent as JSON (return the primitive)`;
  return `a ${tag} object cannot be sent as JSON`;
}

/**
 * Check (and normalise in place: the value is the worker's own copy) what a plugin call returned.
 * `maxBytes` bounds the JSON text: every value counts at least one byte, strings their length.
 */
export function checkJsonOutput(value: unknown, maxBytes: number): JsonCheck {
  if (value === undefined) return { ok: true, value };
  let bytes = 0;
  const ancestors = new Set<object>();

  function charge(n: number): void {
    bytes += n;
    if (bytes > maxBytes) throw new Refused('payload_too_large', `output is at least ${bytes} bytes as JSON; the limit is ${maxBytes}`);
  }

  /** The JSON-safe form of v (in place for containers); undefined means "leave the key out". */
  function visit(v: unknown, path: string): unknown {
    switch (typeof v) {
      case 'string':
        charge(v.length + 2);
        return v;
      case 'boolean':
        charge(4);
        return v;
      case 'number':
        if (!Number.isFinite(v)) throw new Refused('invalid_output', `${path}: ${String(v)} cannot be sent as JSON (JSON has no NaN or Infinity)`);
        charge(1);
        return Object.is(v, -0) ? 0 : v;
      case 'bigint':
        throw new Refused('invalid_output', `${path}: BigInt cannot be sent as JSON (return a number or a string)`);
      case 'undefined':
        return undefined;
      case 'object':
        break;
      default:
        // Functions and symbols never survive the copy; refuse them anyway rather than guess.
        throw new Refused('invalid_output', `${path}: a ${typeof v} cannot be sent as JSON`);
    }
    if (v === null) {
      charge(4);
      return v;
    }
    if (v instanceof Date) {
      const time = v.getTime();
      if (Number.isNaN(time)) throw new Refused('invalid_output', `${path}: an invalid Date cannot be sent as JSON`);
      const iso = v.toISOString();
      charge(iso.length + 2);
      return iso;
    }
    if (ancestors.has(v)) throw new Refused('invalid_output', `${path}: a cycle (the value contains itself) cannot be sent as JSON`);
    if (Array.isArray(v)) {
      // Holes become null, so the length alone says how large the text is at least.
      charge(Math.max(2, v.length * 2));
      ancestors.add(v);
      for (let i = 0; i < v.length; i++) {
        const item = i in v ? visit(v[i], child(path, i)) : undefined;
        v[i] = item === undefined ? null : item;
      }
      ancestors.delete(v);
      return v;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw new Refused('invalid_output', `${path}: ${describeObject(v)}`);
    charge(2);
    ancestors.add(v);
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      charge(key.length + 3);
      const item = visit(record[key], child(path, key));
      if (item === undefined) delete record[key];
      else if (!Object.is(item, record[key])) record[key] = item;
    }
    ancestors.delete(v);
    return v;
  }

  try {
    return { ok: true, value: visit(value, 'value') };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, type: error.type, message: error.message };
    if (error instanceof RangeError) return { ok: false, type: 'invalid_output', message: 'the returned value is nested too deeply to be sent as JSON' };
    throw error;
  }
}
