/**
 * Web-standard globals installed in every plugin isolate before the bootstrap: TextEncoder/TextDecoder,
 * atob/btoa, structuredClone, queueMicrotask, URL/URLSearchParams, Headers, DOMException, crypto
 * (getRandomValues, randomUUID) and performance.now. Everything is implemented inside the isolate in
 * plain JS; the only host help is three copy-only callbacks taking and returning primitives or an
 * ArrayBuffer copy:
 *
 *   hostRandom(n)                       n (<= 65536) random bytes as an ArrayBuffer
 *   hostNow()                           ms since the isolate started, coarsened to 1 ms
 *   hostUrl(href, base, prop, value)    WHATWG URL parse (and setter) done by the host's URL parser;
 *                                        returns the component strings or null
 *
 * Nothing from Node is reachable: the callbacks are wrapped in isolate functions and never exposed.
 * Each global is installed as a writable, configurable, non-enumerable property (like the web's).
 * `WebAssembly` is removed: wasm memory lives outside the heap limit and is not accounted by it.
 */
export const SANDBOX_GLOBALS_SOURCE = String.raw`
(function corralGlobals(hostRandom, hostNow, hostUrl, guards) {
  'use strict';
  const G = globalThis;
  const apply = Reflect.apply;
  const defineProperty = Object.defineProperty;

  // ---- allocations the sandbox can vouch for ---------------------------------------------------
  // A refused ArrayBuffer allocation is a catchable RangeError, which plugin code can also construct
  // with the same message. The outcome is memory_limit only for an error the sandbox saw a real
  // allocation raise (or raised itself, see the fill guard below): those are kept in this WeakSet,
  // which the bootstrap asks through isMemoryRefusal (the function this script returns). Installed
  // first, so the constructors the globals below capture are the guarded ones too.
  const reflectConstruct = Reflect.construct;
  const setPrototypeOf = Object.setPrototypeOf;
  const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const RangeErrorCtor = RangeError;
  const weakSetAdd = WeakSet.prototype.add;
  const weakSetHas = WeakSet.prototype.has;
  const memoryRefusals = new WeakSet();
  const ALLOCATION_FAILED = 'Array buffer allocation failed';

  function refuseAllocation(message) {
    const error = new RangeErrorCtor(message);
    apply(weakSetAdd, memoryRefusals, [error]);
    return error;
  }

  function isMemoryRefusal(value) {
    return apply(weakSetHas, memoryRefusals, [value]);
  }

  /**
   * Wrap an ArrayBuffer or typed array constructor. Only a construction whose size is a plain number
   * is watched: then no plugin code (valueOf, getters, iterators, a subclass's prototype getter) runs
   * inside the real constructor, so an allocation failure coming out of it is V8's own.
   */
  function guardAllocations(name, isBuffer) {
    const Real = G[name];
    if (typeof Real !== 'function') return;
    const proxy = new Proxy(Real, {
      construct: function construct(target, args, newTarget) {
        const length = args.length === 0 ? 0 : args[0];
        let plain = typeof length === 'number' || length === undefined;
        let realArgs = args;
        if (plain && isBuffer && args.length > 1 && args[1] !== undefined) {
          const options = args[1];
          const max = options !== null && typeof options === 'object' ? options.maxByteLength : undefined;
          if (typeof max === 'number') realArgs = [length, { maxByteLength: max }];
          else if (max === undefined) realArgs = [length];
          else plain = false;
        }
        if (!plain) return reflectConstruct(target, args, newTarget === proxy ? target : newTarget);
        const proto = newTarget === proxy ? undefined : newTarget.prototype;
        let made;
        try {
          made = reflectConstruct(target, realArgs, target);
        } catch (error) {
          const message = error !== null && typeof error === 'object' ? getOwnPropertyDescriptor(error, 'message') : undefined;
          if (message !== undefined && message.value === ALLOCATION_FAILED) apply(weakSetAdd, memoryRefusals, [error]);
          throw error;
        }
        if (proto !== null && typeof proto === 'object') setPrototypeOf(made, proto);
        return made;
      },
    });
    // instance.constructor, species lookups (slice, map, from) and the global all reach the guard.
    defineProperty(Real.prototype, 'constructor', { value: proxy, writable: true, configurable: true, enumerable: false });
    defineProperty(G, name, { value: proxy, writable: true, configurable: true, enumerable: false });
  }
  guardAllocations('ArrayBuffer', true);
  guardAllocations('SharedArrayBuffer', true);
  const TYPED_ARRAYS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
    'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
  for (let i = 0; i < TYPED_ARRAYS.length; i++) guardAllocations(TYPED_ARRAYS[i], false);

  const freeze = Object.freeze;
  const objectKeys = Object.keys;
  const getPrototypeOf = Object.getPrototypeOf;
  const isArray = Array.isArray;
  const StringCtor = String;
  const fromCharCode = String.fromCharCode;
  const charCodeAt = String.prototype.charCodeAt;
  const codePointAt = String.prototype.codePointAt;
  const stringSlice = String.prototype.slice;
  const stringIndexOf = String.prototype.indexOf;
  const toLowerCase = String.prototype.toLowerCase;
  const replaceFn = String.prototype.replace;
  const split = String.prototype.split;
  const arrayPush = Array.prototype.push;
  const arrayJoin = Array.prototype.join;
  const arraySort = Array.prototype.sort;
  const arraySplice = Array.prototype.splice;
  const arrayFill = Array.prototype.fill;
  const MapCtor = Map;
  const mapGet = Map.prototype.get;
  const mapSet = Map.prototype.set;
  const mapForEach = Map.prototype.forEach;
  const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
  const SetCtor = Set;
  const setAdd = Set.prototype.add;
  const setForEach = Set.prototype.forEach;
  const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
  const ArrayBufferCtor = ArrayBuffer;
  const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
  const abSlice = ArrayBuffer.prototype.slice;
  const Uint8ArrayCtor = Uint8Array;
  const TypedArray = getPrototypeOf(Uint8Array);
  const taTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
  const taBuffer = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'buffer').get;
  const taByteOffset = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'byteOffset').get;
  const taByteLength = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'byteLength').get;
  const taLength = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'length').get;
  const taSet = TypedArray.prototype.set;
  const DataViewCtor = DataView;
  const dvBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
  const dvByteOffset = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
  const dvByteLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
  const dateGetTime = Date.prototype.getTime;
  const DateCtor = Date;
  const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
  const regexpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
  const RegExpCtor = RegExp;
  const numberValueOf = Number.prototype.valueOf;
  const booleanValueOf = Boolean.prototype.valueOf;
  const stringValueOf = String.prototype.valueOf;
  const bigintValueOf = BigInt.prototype.valueOf;
  const ObjectCtor = Object;
  const ErrorCtor = Error;
  const isPrototypeOf = Object.prototype.isPrototypeOf;
  const promiseThen = Promise.prototype.then;
  const resolved = Promise.resolve();
  const SymbolIterator = Symbol.iterator;
  const MAX_URL_CHARS = 1 << 20;

  function define(target, name, value) {
    defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
  }

  function brand(getter, value) {
    try { apply(getter, value, []); return true; } catch (_) { return false; }
  }

  // ---- DOMException -----------------------------------------------------------------------------
  const DOM_CODES = { IndexSizeError: 1, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12,
    InvalidCharacterError: 5, NetworkError: 19, AbortError: 20, TimeoutError: 23, DataCloneError: 25, QuotaExceededError: 22 };
  class DOMException extends Error {
    constructor(message, name) {
      super(message === undefined ? '' : StringCtor(message));
      const n = name === undefined ? 'Error' : StringCtor(name);
      defineProperty(this, 'name', { value: n, configurable: true, writable: true, enumerable: false });
      defineProperty(this, 'code', { value: DOM_CODES[n] || 0, configurable: true, writable: true, enumerable: false });
    }
  }
  define(G, 'DOMException', DOMException);

  // ---- TextEncoder / TextDecoder (UTF-8) --------------------------------------------------------
  function utf8Encode(input) {
    const str = StringCtor(input);
    const out = new Uint8ArrayCtor(str.length * 3);
    let n = 0;
    for (let i = 0; i < str.length; i++) {
      let c = apply(charCodeAt, str, [i]);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
        const d = apply(charCodeAt, str, [i + 1]);
        if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
        else c = 0xfffd;
      } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
      if (c < 0x80) out[n++] = c;
      else if (c < 0x800) { out[n++] = 0xc0 | (c >> 6); out[n++] = 0x80 | (c & 63); }
      else if (c < 0x10000) { out[n++] = 0xe0 | (c >> 12); out[n++] = 0x80 | ((c >> 6) & 63); out[n++] = 0x80 | (c & 63); }
      else { out[n++] = 0xf0 | (c >> 18); out[n++] = 0x80 | ((c >> 12) & 63); out[n++] = 0x80 | ((c >> 6) & 63); out[n++] = 0x80 | (c & 63); }
    }
    return new Uint8ArrayCtor(apply(abSlice, apply(taBuffer, out, []), [0, n]));
  }

  function bytesOf(input) {
    if (input === undefined) return new Uint8ArrayCtor(0);
    if (brand(abByteLength, input)) return new Uint8ArrayCtor(input);
    if (brand(taTag, input) && apply(taTag, input, []) !== undefined) {
      return new Uint8ArrayCtor(apply(taBuffer, input, []), apply(taByteOffset, input, []), apply(taByteLength, input, []));
    }
    if (brand(dvByteLength, input)) return new Uint8ArrayCtor(apply(dvBuffer, input, []), apply(dvByteOffset, input, []), apply(dvByteLength, input, []));
    throw new TypeError('expected an ArrayBuffer, a typed array or a DataView');
  }

  function pushCodes(parts, codes, count) {
    for (let i = 0; i < count; i += 4096) {
      const end = i + 4096 < count ? i + 4096 : count;
      const chunk = [];
      for (let j = i; j < end; j++) chunk[j - i] = codes[j];
      parts[parts.length] = apply(fromCharCode, null, chunk);
    }
  }

  // Decodes as much of bytes[from..] as forms complete sequences; returns [string, consumedUpTo].
  function utf8Decode(bytes, fatal, flush) {
    const codes = [];
    let n = 0;
    let i = 0;
    const len = bytes.length;
    while (i < len) {
      const b = bytes[i];
      if (b < 0x80) { codes[n++] = b; i++; continue; }
      let need = 0; let cp = 0; let lower = 0x80; let upper = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
      else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0xf; if (b === 0xe0) lower = 0xa0; if (b === 0xed) upper = 0x9f; }
      else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x7; if (b === 0xf0) lower = 0x90; if (b === 0xf4) upper = 0x8f; }
      else { if (fatal) throw new TypeError('The encoded data was not valid for encoding utf-8'); codes[n++] = 0xfffd; i++; continue; }
      let j = 1;
      let ok = true;
      for (; j <= need; j++) {
        if (i + j >= len) { ok = false; break; }
        const c = bytes[i + j];
        if (c < lower || c > upper) { ok = false; break; }
        lower = 0x80; upper = 0xbf;
        cp = (cp << 6) | (c & 0x3f);
      }
      if (!ok) {
        if (i + j >= len && !flush) break; // incomplete sequence at the end: wait for more bytes
        if (fatal) throw new TypeError('The encoded data was not valid for encoding utf-8');
        codes[n++] = 0xfffd; i += j; continue;
      }
      if (cp >= 0x10000) { cp -= 0x10000; codes[n++] = 0xd800 + (cp >> 10); codes[n++] = 0xdc00 + (cp & 0x3ff); }
      else codes[n++] = cp;
      i += need + 1;
    }
    const parts = [];
    pushCodes(parts, codes, n);
    return [apply(arrayJoin, parts, ['']), i];
  }

  const UTF8_LABELS = ['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8'];
  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(input) { return utf8Encode(input === undefined ? '' : input); }
    encodeInto(source, destination) {
      const bytes = utf8Encode(source);
      const room = apply(taLength, destination, []);
      let written = bytes.length <= room ? bytes.length : room;
      // Never split a multi-byte sequence.
      while (written < bytes.length && written > 0 && (bytes[written] & 0xc0) === 0x80) written--;
      for (let i = 0; i < written; i++) destination[i] = bytes[i];
      const read = utf8Decode(new Uint8ArrayCtor(apply(abSlice, apply(taBuffer, bytes, []), [0, written])), false, true)[0].length;
      return { read: read, written: written };
    }
  }
  const decoderState = new WeakMap();
  class TextDecoder {
    constructor(label, options) {
      const l = apply(toLowerCase, StringCtor(label === undefined ? 'utf-8' : label), []).trim();
      let known = false;
      for (let i = 0; i < UTF8_LABELS.length; i++) if (UTF8_LABELS[i] === l) known = true;
      if (!known) {
        throw new RangeError('The encoding "' + l + '" is not supported (only utf-8 is available in the sandbox)');
      }
      decoderState.set(this, { fatal: !!(options && options.fatal), ignoreBOM: !!(options && options.ignoreBOM), pending: new Uint8ArrayCtor(0), bomSeen: false });
    }
    get encoding() { return 'utf-8'; }
    get fatal() { return decoderState.get(this).fatal; }
    get ignoreBOM() { return decoderState.get(this).ignoreBOM; }
    decode(input, options) {
      const state = decoderState.get(this);
      if (state === undefined) throw new TypeError('Illegal invocation');
      const stream = !!(options && options.stream);
      let bytes = bytesOf(input);
      if (state.pending.length > 0) {
        const joined = new Uint8ArrayCtor(state.pending.length + bytes.length);
        apply(taSet, joined, [state.pending, 0]);
        apply(taSet, joined, [bytes, state.pending.length]);
        bytes = joined;
      }
      const result = utf8Decode(bytes, state.fatal, !stream);
      state.pending = result[1] < bytes.length ? new Uint8ArrayCtor(apply(abSlice, apply(taBuffer, bytes, []), [bytes.byteOffset + result[1], bytes.byteOffset + bytes.length])) : new Uint8ArrayCtor(0);
      let text = result[0];
      if (!state.ignoreBOM && !state.bomSeen && text.length > 0) {
        if (apply(charCodeAt, text, [0]) === 0xfeff) text = apply(stringSlice, text, [1]);
        state.bomSeen = true;
      }
      if (!stream) state.bomSeen = false;
      return text;
    }
  }
  define(G, 'TextEncoder', TextEncoder);
  define(G, 'TextDecoder', TextDecoder);

  // ---- atob / btoa ------------------------------------------------------------------------------
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const B64_INDEX = {};
  for (let i = 0; i < 64; i++) B64_INDEX[B64[i]] = i;
  function btoa(data) {
    if (arguments.length === 0) throw new TypeError('btoa requires 1 argument');
    const s = StringCtor(data);
    const parts = [];
    let chunk = '';
    for (let i = 0; i < s.length; i += 3) {
      const a = apply(charCodeAt, s, [i]);
      const b = i + 1 < s.length ? apply(charCodeAt, s, [i + 1]) : 0;
      const c = i + 2 < s.length ? apply(charCodeAt, s, [i + 2]) : 0;
      if (a > 255 || b > 255 || c > 255) throw new DOMException('Invalid character', 'InvalidCharacterError');
      const n = (a << 16) | (b << 8) | c;
      chunk += B64[n >> 18] + B64[(n >> 12) & 63] + (i + 1 < s.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < s.length ? B64[n & 63] : '=');
      if (chunk.length >= 8192) { parts[parts.length] = chunk; chunk = ''; }
    }
    parts[parts.length] = chunk;
    return apply(arrayJoin, parts, ['']);
  }
  function atob(data) {
    if (arguments.length === 0) throw new TypeError('atob requires 1 argument');
    let s = apply(replaceFn, StringCtor(data), [/[\t\n\f\r ]/g, '']);
    if (s.length % 4 === 0) s = apply(replaceFn, s, [/==?$/, '']);
    if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    const codes = [];
    let n = 0;
    let buffer = 0;
    let bits = 0;
    for (let i = 0; i < s.length; i++) {
      buffer = (buffer << 6) | B64_INDEX[s[i]];
      bits += 6;
      if (bits >= 8) { bits -= 8; codes[n++] = (buffer >> bits) & 0xff; }
    }
    const parts = [];
    pushCodes(parts, codes, n);
    return apply(arrayJoin, parts, ['']);
  }
  define(G, 'btoa', btoa);
  define(G, 'atob', atob);

  // ---- structuredClone --------------------------------------------------------------------------
  function cloneError(message) { return new DOMException(message, 'DataCloneError'); }
  function structuredClone(value, options) {
    if (options !== undefined && options !== null && options.transfer !== undefined && options.transfer.length > 0) {
      throw cloneError('transfer is not supported in the sandbox');
    }
    const memory = new MapCtor();
    function clone(v) {
      if (v === null || (typeof v !== 'object' && typeof v !== 'function' && typeof v !== 'symbol')) return v;
      if (typeof v === 'function') throw cloneError('a function could not be cloned');
      if (typeof v === 'symbol') throw cloneError('a symbol could not be cloned');
      const known = apply(mapGet, memory, [v]);
      if (known !== undefined) return known;
      let out;
      if (brand(dateGetTime, v)) { out = new DateCtor(apply(dateGetTime, v, [])); apply(mapSet, memory, [v, out]); return out; }
      if (brand(regexpSource, v) && v !== RegExpCtor.prototype) { out = new RegExpCtor(apply(regexpSource, v, []), apply(regexpFlags, v, [])); apply(mapSet, memory, [v, out]); return out; }
      if (brand(abByteLength, v)) { out = apply(abSlice, v, [0]); apply(mapSet, memory, [v, out]); return out; }
      if (brand(taTag, v) && apply(taTag, v, []) !== undefined) {
        const buffer = clone(apply(taBuffer, v, []));
        out = new G[apply(taTag, v, [])](buffer, apply(taByteOffset, v, []), apply(taLength, v, []));
        apply(mapSet, memory, [v, out]);
        return out;
      }
      if (brand(dvByteLength, v)) { out = new DataViewCtor(clone(apply(dvBuffer, v, [])), apply(dvByteOffset, v, []), apply(dvByteLength, v, [])); apply(mapSet, memory, [v, out]); return out; }
      if (brand(numberValueOf, v)) { out = new ObjectCtor(apply(numberValueOf, v, [])); apply(mapSet, memory, [v, out]); return out; }
      if (brand(booleanValueOf, v)) { out = new ObjectCtor(apply(booleanValueOf, v, [])); apply(mapSet, memory, [v, out]); return out; }
      if (brand(stringValueOf, v)) { out = new ObjectCtor(apply(stringValueOf, v, [])); apply(mapSet, memory, [v, out]); return out; }
      if (brand(bigintValueOf, v)) { out = ObjectCtor(apply(bigintValueOf, v, [])); apply(mapSet, memory, [v, out]); return out; }
      if (brand(mapSize, v)) {
        out = new MapCtor();
        apply(mapSet, memory, [v, out]);
        const entries = [];
        apply(mapForEach, v, [function collect(val, key) { apply(arrayPush, entries, [key, val]); }]);
        for (let i = 0; i < entries.length; i += 2) apply(mapSet, out, [clone(entries[i]), clone(entries[i + 1])]);
        return out;
      }
      if (brand(setSize, v)) {
        out = new SetCtor();
        apply(mapSet, memory, [v, out]);
        const items = [];
        apply(setForEach, v, [function collect(val) { apply(arrayPush, items, [val]); }]);
        for (let i = 0; i < items.length; i++) apply(setAdd, out, [clone(items[i])]);
        return out;
      }
      if (apply(isPrototypeOf, ErrorCtor.prototype, [v])) {
        const name = v.name;
        const Ctor = { EvalError: EvalError, RangeError: RangeError, ReferenceError: ReferenceError, SyntaxError: SyntaxError, TypeError: TypeError, URIError: URIError }[name] || ErrorCtor;
        out = new Ctor(v.message === undefined ? undefined : StringCtor(v.message));
        apply(mapSet, memory, [v, out]);
        const stack = v.stack;
        if (typeof stack === 'string') define(out, 'stack', stack);
        if ('cause' in v) define(out, 'cause', clone(v.cause));
        return out;
      }
      const proto = getPrototypeOf(v);
      if (isArray(v)) {
        out = new Array(v.length);
      } else if (proto === ObjectCtor.prototype || proto === null || typeof proto === 'object') {
        // Class instances and other ordinary objects clone as plain objects, like the HTML algorithm.
        if (brand(function promiseBrand() { return apply(promiseThen, this, []); }, v) && proto !== ObjectCtor.prototype) throw cloneError('a Promise could not be cloned');
        out = {};
      } else {
        throw cloneError('the value could not be cloned');
      }
      apply(mapSet, memory, [v, out]);
      const keys = objectKeys(v);
      for (let i = 0; i < keys.length; i++) out[keys[i]] = clone(v[keys[i]]);
      return out;
    }
    return clone(value);
  }
  define(G, 'structuredClone', structuredClone);

  // ---- queueMicrotask ---------------------------------------------------------------------------
  function queueMicrotask(callback) {
    if (typeof callback !== 'function') throw new TypeError('queueMicrotask: the callback must be a function');
    apply(promiseThen, resolved, [function runMicrotask() {
      try { callback(); } catch (error) {
        try { G.console.error('uncaught exception in a queued microtask:', error && error.stack ? error.stack : StringCtor(error)); } catch (_) {}
      }
    }]);
  }
  define(G, 'queueMicrotask', queueMicrotask);

  // ---- URLSearchParams --------------------------------------------------------------------------
  function formEncode(s) {
    const bytes = utf8Encode(s);
    let out = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x2a || b === 0x2d || b === 0x2e || b === 0x5f) out += fromCharCode(b);
      else if (b === 0x20) out += '+';
      else out += '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
    }
    return out;
  }
  function percentDecode(s) {
    const bytes = [];
    for (let i = 0; i < s.length; i++) {
      const c = apply(charCodeAt, s, [i]);
      if (c === 0x25 && i + 2 < s.length && /^[0-9A-Fa-f]{2}$/.test(apply(stringSlice, s, [i + 1, i + 3]))) {
        bytes[bytes.length] = parseInt(apply(stringSlice, s, [i + 1, i + 3]), 16);
        i += 2;
      } else if (c < 0x80) bytes[bytes.length] = c;
      else { const enc = utf8Encode(s[i] + (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? s[++i] : '')); for (let j = 0; j < enc.length; j++) bytes[bytes.length] = enc[j]; }
    }
    return utf8Decode(new Uint8ArrayCtor(bytes), false, true)[0];
  }
  function parseForm(input) {
    const list = [];
    const text = input.length > 0 && input[0] === '?' ? apply(stringSlice, input, [1]) : input;
    if (text.length === 0) return list;
    const pieces = apply(split, text, ['&']);
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      if (piece.length === 0) continue;
      const eq = apply(stringIndexOf, piece, ['=']);
      const name = eq === -1 ? piece : apply(stringSlice, piece, [0, eq]);
      const value = eq === -1 ? '' : apply(stringSlice, piece, [eq + 1]);
      list[list.length] = [percentDecode(apply(replaceFn, name, [/\+/g, ' '])), percentDecode(apply(replaceFn, value, [/\+/g, ' ']))];
    }
    return list;
  }
  const paramsState = new WeakMap();
  function paramsOf(self) {
    const state = paramsState.get(self);
    if (state === undefined) throw new TypeError('Illegal invocation');
    return state;
  }
  function paramsUpdate(state) {
    if (state.url !== undefined) urlSetSearchFromParams(state.url, serializeForm(state.list));
  }
  function serializeForm(list) {
    const parts = [];
    for (let i = 0; i < list.length; i++) parts[parts.length] = formEncode(list[i][0]) + '=' + formEncode(list[i][1]);
    return apply(arrayJoin, parts, ['&']);
  }
  class URLSearchParams {
    constructor(init) {
      let list = [];
      if (init === undefined || init === null) list = [];
      else if (typeof init === 'object' || typeof init === 'function') {
        if (paramsState.has(init)) { const src = paramsState.get(init).list; for (let i = 0; i < src.length; i++) list[i] = [src[i][0], src[i][1]]; }
        else if (typeof init[SymbolIterator] === 'function') {
          for (const pair of init) {
            const p = [...pair];
            if (p.length !== 2) throw new TypeError('Each query pair must be an iterable [name, value] tuple');
            list[list.length] = [StringCtor(p[0]), StringCtor(p[1])];
          }
        } else {
          const keys = objectKeys(init);
          for (let i = 0; i < keys.length; i++) list[list.length] = [keys[i], StringCtor(init[keys[i]])];
        }
      } else list = parseForm(StringCtor(init));
      paramsState.set(this, { list: list, url: undefined });
    }
    get size() { return paramsOf(this).list.length; }
    append(name, value) { const s = paramsOf(this); s.list[s.list.length] = [StringCtor(name), StringCtor(value)]; paramsUpdate(s); }
    delete(name, value) {
      const s = paramsOf(this); const n = StringCtor(name);
      const kept = [];
      for (let i = 0; i < s.list.length; i++) if (!(s.list[i][0] === n && (value === undefined || s.list[i][1] === StringCtor(value)))) kept[kept.length] = s.list[i];
      s.list = kept; paramsUpdate(s);
    }
    get(name) { const s = paramsOf(this); const n = StringCtor(name); for (let i = 0; i < s.list.length; i++) if (s.list[i][0] === n) return s.list[i][1]; return null; }
    getAll(name) { const s = paramsOf(this); const n = StringCtor(name); const out = []; for (let i = 0; i < s.list.length; i++) if (s.list[i][0] === n) out[out.length] = s.list[i][1]; return out; }
    has(name, value) { const s = paramsOf(this); const n = StringCtor(name); for (let i = 0; i < s.list.length; i++) if (s.list[i][0] === n && (value === undefined || s.list[i][1] === StringCtor(value))) return true; return false; }
    set(name, value) {
      const s = paramsOf(this); const n = StringCtor(name); const v = StringCtor(value);
      const out = []; let done = false;
      for (let i = 0; i < s.list.length; i++) {
        if (s.list[i][0] !== n) out[out.length] = s.list[i];
        else if (!done) { out[out.length] = [n, v]; done = true; }
      }
      if (!done) out[out.length] = [n, v];
      s.list = out; paramsUpdate(s);
    }
    sort() {
      const s = paramsOf(this);
      const indexed = [];
      for (let i = 0; i < s.list.length; i++) indexed[i] = [s.list[i], i];
      apply(arraySort, indexed, [function byName(a, b) { return a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]; }]);
      for (let i = 0; i < indexed.length; i++) s.list[i] = indexed[i][0];
      paramsUpdate(s);
    }
    forEach(callback, thisArg) { const s = paramsOf(this); for (let i = 0; i < s.list.length; i++) apply(callback, thisArg, [s.list[i][1], s.list[i][0], this]); }
    *entries() { const s = paramsOf(this); for (let i = 0; i < s.list.length; i++) yield [s.list[i][0], s.list[i][1]]; }
    *keys() { const s = paramsOf(this); for (let i = 0; i < s.list.length; i++) yield s.list[i][0]; }
    *values() { const s = paramsOf(this); for (let i = 0; i < s.list.length; i++) yield s.list[i][1]; }
    [SymbolIterator]() { return this.entries(); }
    toString() { return serializeForm(paramsOf(this).list); }
  }
  define(G, 'URLSearchParams', URLSearchParams);

  // ---- URL (parsed by the host's WHATWG parser through a copy-only callback) --------------------
  const URL_PARTS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
  const urlState = new WeakMap();
  function urlCall(href, base, prop, value) {
    if (href.length > MAX_URL_CHARS || (base !== undefined && base.length > MAX_URL_CHARS) || (value !== undefined && value.length > MAX_URL_CHARS)) {
      throw new TypeError('URL is longer than ' + MAX_URL_CHARS + ' characters');
    }
    const parts = hostUrl(href, base, prop, value);
    if (parts === null || typeof parts !== 'object') return null;
    const copy = {};
    for (let i = 0; i < URL_PARTS.length; i++) copy[URL_PARTS[i]] = StringCtor(parts[URL_PARTS[i]]);
    return copy;
  }
  function urlOf(self) {
    const state = urlState.get(self);
    if (state === undefined) throw new TypeError('Illegal invocation');
    return state;
  }
  function urlSetSearchFromParams(url, query) {
    const state = urlState.get(url);
    const next = urlCall(state.parts.href, undefined, 'search', query);
    if (next !== null) state.parts = next;
  }
  class URL {
    constructor(url, base) {
      const parts = urlCall(StringCtor(url), base === undefined ? undefined : StringCtor(base), undefined, undefined);
      if (parts === null) throw new TypeError('Invalid URL');
      const params = new URLSearchParams(parts.search);
      urlState.set(this, { parts: parts, params: params });
      paramsState.get(params).url = this;
    }
    static canParse(url, base) { return urlCall(StringCtor(url), base === undefined ? undefined : StringCtor(base), undefined, undefined) !== null; }
    static parse(url, base) { try { return new URL(url, base); } catch (_) { return null; } }
    get searchParams() { return urlOf(this).params; }
    toString() { return urlOf(this).parts.href; }
    toJSON() { return urlOf(this).parts.href; }
  }
  for (let i = 0; i < URL_PARTS.length; i++) {
    const part = URL_PARTS[i];
    const descriptor = {
      configurable: true,
      enumerable: true,
      get: function get() { return urlOf(this).parts[part]; },
    };
    if (part !== 'origin') {
      descriptor.set = function set(value) {
        const state = urlOf(this);
        const next = urlCall(state.parts.href, undefined, part, StringCtor(value));
        if (next === null) { if (part === 'href') throw new TypeError('Invalid URL'); return; }
        state.parts = next;
        if (part === 'href' || part === 'search') paramsState.get(state.params).list = parseForm(next.search);
      };
    }
    defineProperty(URL.prototype, part, descriptor);
  }
  define(G, 'URL', URL);

  // ---- Headers ----------------------------------------------------------------------------------
  const headersState = new WeakMap();
  function headerName(name) {
    const n = apply(toLowerCase, StringCtor(name), []);
    if (!/^[!#$%&'*+\-.^_\x60|~0-9a-z]+$/.test(n)) throw new TypeError('Invalid header name: ' + n);
    return n;
  }
  function headerValue(value) {
    const v = apply(replaceFn, StringCtor(value), [/^[\t\n\r ]+|[\t\n\r ]+$/g, '']);
    if (/[\0\r\n]/.test(v)) throw new TypeError('Invalid header value');
    return v;
  }
  function headersOf(self) {
    const state = headersState.get(self);
    if (state === undefined) throw new TypeError('Illegal invocation');
    return state;
  }
  class Headers {
    constructor(init) {
      const list = [];
      headersState.set(this, list);
      if (init === undefined || init === null) return;
      if (headersState.has(init)) { const src = headersState.get(init); for (let i = 0; i < src.length; i++) list[i] = [src[i][0], src[i][1]]; return; }
      if (typeof init[SymbolIterator] === 'function') {
        for (const pair of init) { const p = [...pair]; if (p.length !== 2) throw new TypeError('Each header pair must be [name, value]'); this.append(p[0], p[1]); }
        return;
      }
      const keys = objectKeys(init);
      for (let i = 0; i < keys.length; i++) this.append(keys[i], init[keys[i]]);
    }
    append(name, value) { const list = headersOf(this); list[list.length] = [headerName(name), headerValue(value)]; }
    delete(name) { const list = headersOf(this); const n = headerName(name); for (let i = list.length - 1; i >= 0; i--) if (list[i][0] === n) apply(arraySplice, list, [i, 1]); }
    get(name) {
      const list = headersOf(this); const n = headerName(name); const values = [];
      for (let i = 0; i < list.length; i++) if (list[i][0] === n) values[values.length] = list[i][1];
      return values.length === 0 ? null : apply(arrayJoin, values, [', ']);
    }
    has(name) { const list = headersOf(this); const n = headerName(name); for (let i = 0; i < list.length; i++) if (list[i][0] === n) return true; return false; }
    set(name, value) { this.delete(name); this.append(name, value); }
    forEach(callback, thisArg) { const entries = [...this.entries()]; for (let i = 0; i < entries.length; i++) apply(callback, thisArg, [entries[i][1], entries[i][0], this]); }
    *entries() {
      const list = headersOf(this);
      const names = [];
      for (let i = 0; i < list.length; i++) if (apply(stringIndexOf, ',' + apply(arrayJoin, names, [',']) + ',', [',' + list[i][0] + ',']) === -1) names[names.length] = list[i][0];
      apply(arraySort, names, []);
      for (let i = 0; i < names.length; i++) yield [names[i], this.get(names[i])];
    }
    *keys() { for (const entry of this.entries()) yield entry[0]; }
    *values() { for (const entry of this.entries()) yield entry[1]; }
    [SymbolIterator]() { return this.entries(); }
  }
  define(G, 'Headers', Headers);

  // ---- crypto -----------------------------------------------------------------------------------
  let pool = new Uint8ArrayCtor(0);
  let poolAt = 0;
  function randomBytes(n) {
    const out = new Uint8ArrayCtor(n);
    let filled = 0;
    while (filled < n) {
      if (poolAt >= pool.length) {
        const fresh = hostRandom(4096);
        if (!brand(abByteLength, fresh)) throw new Error('the host entropy source failed');
        pool = new Uint8ArrayCtor(fresh);
        poolAt = 0;
      }
      const take = n - filled < pool.length - poolAt ? n - filled : pool.length - poolAt;
      for (let i = 0; i < take; i++) { out[filled + i] = pool[poolAt + i]; pool[poolAt + i] = 0; }
      filled += take;
      poolAt += take;
    }
    return out;
  }
  const INTEGER_ARRAYS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];
  const cryptoObject = {
    getRandomValues: function getRandomValues(array) {
      const tag = brand(taTag, array) ? apply(taTag, array, []) : undefined;
      if (tag === undefined || INTEGER_ARRAYS.indexOf(tag) === -1) throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
      const length = apply(taByteLength, array, []);
      if (length > 65536) throw new DOMException('The ArrayBufferView byte length (' + length + ') exceeds the number of bytes of entropy available via this API (65536)', 'QuotaExceededError');
      const bytes = randomBytes(length);
      new Uint8ArrayCtor(apply(taBuffer, array, []), apply(taByteOffset, array, []), length).set(bytes);
      return array;
    },
    randomUUID: function randomUUID() {
      const b = randomBytes(16);
      b[6] = (b[6] & 0x0f) | 0x40;
      b[8] = (b[8] & 0x3f) | 0x80;
      let hex = '';
      for (let i = 0; i < 16; i++) {
        hex += (b[i] < 16 ? '0' : '') + b[i].toString(16);
        if (i === 3 || i === 5 || i === 7 || i === 9) hex += '-';
      }
      return hex;
    },
  };
  define(G, 'crypto', freeze(cryptoObject));

  // ---- performance ------------------------------------------------------------------------------
  const timeOrigin = DateCtor.now();
  define(G, 'performance', freeze({
    timeOrigin: timeOrigin,
    now: function now() { return hostNow(); },
    toJSON: function toJSON() { return { timeOrigin: timeOrigin }; },
  }));

  // ---- removals and guards ----------------------------------------------------------------------
  // wasm memory is reserved outside the heap limit (and outside isolated-vm's ArrayBuffer allocator).
  delete G.WebAssembly;

  // A single huge Array.prototype.fill grows the heap past the limit in one step, which V8 treats as a
  // fatal out-of-memory for the whole process (isolated-vm cannot recover from that): refuse it early.
  const maxFillElements = guards.maxArrayElements;
  define(Array.prototype, 'fill', function fill(value, start, end) {
    const length = this === null || this === undefined ? 0 : +this.length;
    if (length > maxFillElements) {
      throw refuseAllocation('Array buffer allocation failed: fill over ' + length + ' elements exceeds the isolate memory limit');
    }
    return apply(arrayFill, this, arguments);
  });

  return isMemoryRefusal;
})
`;
