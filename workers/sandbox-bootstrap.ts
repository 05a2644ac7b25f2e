/**
 * Source evaluated in every plugin isolate before the plugin's module (after the web globals of
 * sandbox-globals.ts). It captures the intrinsics it needs up front (plugin code may later poison
 * prototypes inside its own isolate), installs `console`, timers, builds each call's `ctx`, and reports
 * every settlement through one copy-only host callback. Nothing here ever hands plugin code a
 * Reference, an ExternalCopy or a host function: the copy-only callbacks stay in this closure, wrapped
 * in plain isolate functions.
 *
 * Settlement kinds passed to `hostSettle(callId, kind, payload)`:
 *   'ok'               payload = the value (copied by the callback; a copy failure becomes invalid_output)
 *   'throw'            payload = { name, message, frames?, memory? } of what the plugin threw (frames:
 *                      where an Error was created, [{ file, line, column, fn }], innermost first, any
 *                      file; memory: true when the sandbox saw that error refuse an allocation)
 *   'invalid_output'   payload = message
 *   'not_implemented'  payload = message
 *   'too_large'        payload = a lower bound of the output's size in bytes (nothing was copied)
 *
 * Host work that outlives a synchronous segment (timers, ctx.fetch) belongs to the call whose code
 * started it. The host answers through `deliver(kind, callId, id, payload)`:
 *   'timer'   a timer of that call is due
 *   'fetch'   payload = { ok: true, response } | { ok: false, name, message }
 *   'end'     the host ended the call (deadline, guard): forget its timers and fetches
 */
export const SANDBOX_BOOTSTRAP_SOURCE = String.raw`
(function corralBootstrap(hostSettle, hostLog, hostState, hostTimer, hostFetch, isMemoryRefusal) {
  'use strict';
  const G = globalThis;
  const apply = Reflect.apply;
  const PromiseCtor = Promise;
  const promiseResolve = Promise.resolve;
  const promiseReject = Promise.reject;
  const promiseThen = Promise.prototype.then;
  const StringCtor = String;
  const stringSlice = String.prototype.slice;
  const toUpperCase = String.prototype.toUpperCase;
  const objectKeys = Object.keys;
  const freeze = Object.freeze;
  const defineProperty = Object.defineProperty;
  const getPrototypeOf = Object.getPrototypeOf;
  const ObjectPrototype = Object.prototype;
  const isArray = Array.isArray;
  const jsonStringify = JSON.stringify;
  const jsonParse = JSON.parse;
  const MapCtor = Map;
  const mapGet = Map.prototype.get;
  const mapSet = Map.prototype.set;
  const mapDelete = Map.prototype.delete;
  const mapForEach = Map.prototype.forEach;
  const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
  const SetCtor = Set;
  const setAdd = Set.prototype.add;
  const setHas = Set.prototype.has;
  const setForEach = Set.prototype.forEach;
  const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
  const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
  const abSlice = ArrayBuffer.prototype.slice;
  const TypedArray = getPrototypeOf(Uint8Array);
  const taTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
  const taBuffer = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'buffer').get;
  const taByteOffset = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'byteOffset').get;
  const taByteLength = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'byteLength').get;
  const dvByteLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
  const dvBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
  const dvByteOffset = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
  const HeadersCtor = G.Headers;
  const URLCtor = G.URL;
  const URLSearchParamsCtor = G.URLSearchParams;
  const TextEncoderCtor = G.TextEncoder;
  const TextDecoderCtor = G.TextDecoder;
  const MAX_LINE = 4096;
  const MAX_ERROR_TEXT = 4096;

  let plugin;
  let pluginId = '';
  let pluginVersion = '';
  let config = freeze({});
  let stateEnabled = false;
  let currentCall = 0;
  let maxOutputBytes = Infinity;
  let stateValueCap = Infinity;
  let fetchBodyCap = Infinity;
  /** callId -> { timers: Map<id, { fn, args, repeat }>, fetches: Map<id, { resolve, reject }> } */
  const calls = new MapCtor();
  const timerOwner = new MapCtor();
  let nextTimerId = 1;
  let nextFetchId = 1;

  function brand(getter, value) {
    try { apply(getter, value, []); return true; } catch (_) { return false; }
  }

  function truncate(text, max) {
    return text.length > max ? apply(stringSlice, text, [0, max]) + '…' : text;
  }

  function safeString(value) {
    try {
      return typeof value === 'string' ? value : StringCtor(value);
    } catch (_) {
      return '[unprintable value]';
    }
  }

  // ---- describing what the plugin threw -----------------------------------------------------------
  const ErrorCtor = Error;
  const errorIsError = typeof Error.isError === 'function' ? Error.isError : undefined;
  const MAX_FRAMES = 20;
  const MAX_PREVIEW = 1000;
  const MAX_PREVIEW_VALUES = 2000;
  const setDelete = Set.prototype.delete;
  // CallSite methods, taken from a call site of the bootstrap's own (later plugin code could replace
  // them on the shared prototype; then it only misreports its own frames).
  const callSite = (function probeCallSite() {
    const saved = ErrorCtor.prepareStackTrace;
    let site;
    try {
      ErrorCtor.prepareStackTrace = function captureSite(_, sites) { site = sites[0]; return ''; };
      const probe = new ErrorCtor('probe');
      void probe.stack;
    } catch (_) {
      site = undefined;
    } finally {
      ErrorCtor.prepareStackTrace = saved;
    }
    if (site === undefined) return undefined;
    const proto = getPrototypeOf(site);
    return { fileName: proto.getFileName, line: proto.getLineNumber, column: proto.getColumnNumber, functionName: proto.getFunctionName, text: proto.toString };
  })();

  function isErrorValue(value) {
    if (errorIsError !== undefined) return apply(errorIsError, ErrorCtor, [value]);
    return value instanceof ErrorCtor;
  }

  /** Where an Error was created, read with the bootstrap's own formatter: a plugin's Error.prepareStackTrace never runs here. */
  function framesOf(error, header) {
    if (callSite === undefined) return undefined;
    let frames;
    const saved = ErrorCtor.prepareStackTrace;
    let stack;
    try {
      ErrorCtor.prepareStackTrace = function corralFrames(_, sites) {
        frames = [];
        let text = header;
        for (let i = 0; i < sites.length; i++) {
          const site = sites[i];
          if (i < MAX_FRAMES) {
            const file = apply(callSite.fileName, site, []);
            const line = apply(callSite.line, site, []);
            const column = apply(callSite.column, site, []);
            const fn = apply(callSite.functionName, site, []);
            frames[frames.length] = {
              file: typeof file === 'string' ? truncate(file, 500) : '',
              line: typeof line === 'number' ? line : 0,
              column: typeof column === 'number' ? column : 0,
              fn: typeof fn === 'string' ? truncate(fn, 200) : '',
            };
          }
          // What V8 would have printed, for code that reads this error's stack afterwards.
          text += '\n    at ' + apply(callSite.text, site, []);
        }
        return text;
      };
      stack = error.stack;
    } catch (_) {
      stack = undefined;
    } finally {
      try { ErrorCtor.prepareStackTrace = saved; } catch (_) {}
    }
    if (frames !== undefined) return frames;
    // Formatted before (plugin code read .stack): recover the frames from V8's text, if it is that.
    if (typeof stack !== 'string') return undefined;
    const parsed = [];
    const lines = apply(stringSplit, stack, ['\n']);
    for (let i = 0; i < lines.length && parsed.length < MAX_FRAMES; i++) {
      const match = apply(regexpExec, STACK_LINE, [lines[i]]);
      if (match !== null) parsed[parsed.length] = { file: truncate(match[2], 500), line: +match[3], column: +match[4], fn: match[1] === undefined ? '' : truncate(match[1], 200) };
    }
    return parsed;
  }
  const STACK_LINE = /^\s*at (?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/;
  const stringSplit = String.prototype.split;
  const regexpExec = RegExp.prototype.exec;

  /** JSON of a thrown non-Error, with cycles, functions, symbols and bigints spelled out; bounded. */
  function previewOf(value) {
    let visited = 0;
    const ancestors = new SetCtor();
    const path = [];
    function replacer(key, v) {
      // Leave the holders that are done: JSON.stringify calls back with the current holder as this.
      while (path.length > 0 && path[path.length - 1] !== this) {
        apply(setDelete, ancestors, [path[path.length - 1]]);
        path.length = path.length - 1;
      }
      if (++visited > MAX_PREVIEW_VALUES) return '…';
      const type = typeof v;
      if (type === 'bigint') return StringCtor(v) + 'n';
      if (type === 'symbol') return safeString(v);
      if (type === 'function') return '[Function' + (typeof v.name === 'string' && v.name !== '' ? ': ' + v.name : '') + ']';
      if (v !== null && type === 'object') {
        if (apply(setHas, ancestors, [v])) return '[Circular]';
        apply(setAdd, ancestors, [v]);
        path[path.length] = v;
      }
      return v;
    }
    let json;
    try {
      json = jsonStringify(value, replacer);
    } catch (_) {
      json = undefined; // a toJSON or getter that throws: the value's own string form instead
    }
    return truncate(typeof json === 'string' ? json : safeString(value), MAX_PREVIEW);
  }

  function kindOf(value) {
    if (isArray(value)) return 'array';
    let ctorName = '';
    try {
      const proto = getPrototypeOf(value);
      const ctor = proto === null ? undefined : proto.constructor;
      if (typeof ctor === 'function' && typeof ctor.name === 'string') ctorName = ctor.name;
    } catch (_) {}
    return ctorName === '' || ctorName === 'Object' ? 'object' : truncate(ctorName, 100) + ' object';
  }

  function nonError(message) {
    return { name: 'NonErrorThrown', message: truncate('plugin threw ' + message, MAX_ERROR_TEXT) };
  }

  /**
   * What the plugin threw, as strings the host can trust: an Error's name and message (and where it was
   * created), anything else described by type and value (throw {code: 42} is described as {"code":42}).
   */
  function describeError(error) {
    try {
      if (error === null) return nonError('null (not an Error)');
      const type = typeof error;
      if (type === 'object' || type === 'function') {
        const isError = isErrorValue(error);
        // name before message: a hostile getter on either stops the description early, as it always did.
        const name = type === 'function' ? undefined : error.name;
        const message = error.message;
        if (isError || typeof message === 'string') {
          const described = {
            name: truncate(typeof name === 'string' ? name : 'Error', 200),
            message: truncate(typeof message === 'string' ? message : safeString(error), MAX_ERROR_TEXT),
          };
          if (isError) {
            const frames = framesOf(error, described.name + (described.message === '' ? '' : ': ' + described.message));
            if (frames !== undefined) described.frames = frames;
            // Only the globals' allocation guard can vouch for a memory refusal (see sandbox-globals.ts).
            if (typeof isMemoryRefusal === 'function' && isMemoryRefusal(error)) described.memory = true;
          }
          return described;
        }
        if (type === 'function') return nonError('a function, not an Error: [Function' + (typeof error.name === 'string' && error.name !== '' ? ': ' + truncate(error.name, 200) : '') + ']');
        return nonError('a non-Error ' + kindOf(error) + ': ' + previewOf(error));
      }
      if (type === 'undefined') return nonError('undefined (not an Error)');
      if (type === 'string') return nonError('a string, not an Error: ' + jsonStringify(truncate(error, MAX_ERROR_TEXT)));
      return nonError('a ' + type + ', not an Error: ' + (type === 'bigint' ? StringCtor(error) + 'n' : safeString(error)));
    } catch (_) {
      return { name: 'NonErrorThrown', message: 'plugin threw a value that cannot be inspected' };
    }
  }

  /**
   * A lower bound of what copying value out would take, in bytes, stopping once it reaches cap.
   * Lets the bootstrap refuse a huge result or state value before isolated-vm copies it into the
   * worker's heap (a copy that size could take the whole process down).
   */
  function sizeAtLeast(value, cap) {
    let total = 0;
    let steps = 0;
    const maxSteps = cap * 4 + 10000;
    const seen = new SetCtor();
    const stack = [value];
    while (stack.length > 0 && total < cap && steps < maxSteps) {
      steps++;
      const v = stack.pop();
      const type = typeof v;
      if (type === 'string') { total += v.length; continue; }
      if (v === null || (type !== 'object' && type !== 'function')) { total += 1; continue; }
      if (type === 'function') continue;
      if (apply(setHas, seen, [v])) continue;
      apply(setAdd, seen, [v]);
      // Plain objects and arrays are the common case: skip the brand probes (each one that fails
      // throws, which is what makes them slow). An exotic object dressed up with a plain prototype is
      // still bounded by the heap and external-memory limits, and the host re-checks the output size.
      const proto = getPrototypeOf(v);
      if (proto === ObjectPrototype || proto === null) {
        const keys = objectKeys(v);
        for (let i = 0; i < keys.length; i++) { total += keys[i].length; stack[stack.length] = v[keys[i]]; }
        continue;
      }
      if (brand(abByteLength, v)) { total += apply(abByteLength, v, []); continue; }
      if (brand(taTag, v) && apply(taTag, v, []) !== undefined) { total += apply(taByteLength, v, []); continue; }
      if (brand(dvByteLength, v)) { total += apply(dvByteLength, v, []); continue; }
      if (brand(mapSize, v)) { apply(mapForEach, v, [function pushEntry(val, key) { stack[stack.length] = key; stack[stack.length] = val; }]); continue; }
      if (brand(setSize, v)) { apply(setForEach, v, [function pushItem(val) { stack[stack.length] = val; }]); continue; }
      if (isArray(v) && v.length <= 1000000) {
        const length = v.length;
        for (let i = 0; i < length && steps < maxSteps; i++, steps++) if (i in v) stack[stack.length] = v[i];
        continue;
      }
      const keys = objectKeys(v);
      for (let i = 0; i < keys.length; i++) { total += keys[i].length; stack[stack.length] = v[keys[i]]; }
    }
    return total;
  }

  function formatArg(value) {
    if (typeof value === 'string') return value;
    if (value !== null && typeof value === 'object') {
      try {
        const json = jsonStringify(value);
        if (typeof json === 'string') return json;
      } catch (_) {}
    }
    return safeString(value);
  }

  function emit(callId, level, args) {
    let line = '';
    for (let i = 0; i < args.length; i++) {
      line += (i === 0 ? '' : ' ') + formatArg(args[i]);
      if (line.length > MAX_LINE) break;
    }
    hostLog(callId, level, truncate(line, MAX_LINE));
  }

  function makeLogger(callIdOf) {
    return freeze({
      debug: function debug(...args) { emit(callIdOf(), 'debug', args); },
      info: function info(...args) { emit(callIdOf(), 'info', args); },
      log: function log(...args) { emit(callIdOf(), 'info', args); },
      warn: function warn(...args) { emit(callIdOf(), 'warn', args); },
      error: function error(...args) { emit(callIdOf(), 'error', args); },
    });
  }

  // console lines are attributed to the call whose code is running now.
  G.console = makeLogger(function currentCallId() { return currentCall; });

  function deepFreeze(value) {
    if (value !== null && typeof value === 'object') {
      freeze(value);
      const keys = objectKeys(value);
      for (let i = 0; i < keys.length; i++) deepFreeze(value[keys[i]]);
    }
    return value;
  }

  function namedError(name, message) {
    const error = new Error(message);
    error.name = name;
    return error;
  }

  // ---- timers: owned by the call whose code creates them, never outliving it ----------------------
  function liveCall(what) {
    const record = apply(mapGet, calls, [currentCall]);
    if (record === undefined) {
      throw namedError('Error', what + ' is only available while a plugin call runs (not at module top level or after the call settled)');
    }
    return record;
  }

  function addTimer(fn, delay, args, repeat) {
    if (typeof fn !== 'function') throw new TypeError('setTimeout/setInterval need a function (strings are never evaluated)');
    const record = liveCall('setTimeout/setInterval');
    const callId = currentCall;
    const ms = +delay > 0 ? +delay : 0;
    const id = nextTimerId++;
    const reply = hostTimer('set', callId, id, ms, repeat);
    if (!reply.ok) throw namedError(reply.name, reply.message);
    if (record.timers === undefined) record.timers = new MapCtor();
    apply(mapSet, record.timers, [id, { fn: fn, args: args, repeat: repeat }]);
    apply(mapSet, timerOwner, [id, callId]);
    return id;
  }

  function clearTimer(id) {
    const callId = apply(mapGet, timerOwner, [id]);
    if (callId === undefined) return;
    apply(mapDelete, timerOwner, [id]);
    const record = apply(mapGet, calls, [callId]);
    if (record === undefined) return;
    if (record.timers !== undefined && apply(mapDelete, record.timers, [id])) hostTimer('clear', callId, id, 0, false);
  }

  function defineGlobal(name, value) {
    defineProperty(G, name, { value: value, writable: true, configurable: true, enumerable: false });
  }
  defineGlobal('setTimeout', function setTimeout(fn, delay, ...args) { return addTimer(fn, delay, args, false); });
  defineGlobal('setInterval', function setInterval(fn, delay, ...args) { return addTimer(fn, delay, args, true); });
  defineGlobal('clearTimeout', function clearTimeout(id) { clearTimer(id); });
  defineGlobal('clearInterval', function clearInterval(id) { clearTimer(id); });

  function forgetCall(callId) {
    const record = apply(mapGet, calls, [callId]);
    if (record === undefined) return;
    apply(mapDelete, calls, [callId]);
    if (record.timers !== undefined) apply(mapForEach, record.timers, [function dropOwner(_, id) { apply(mapDelete, timerOwner, [id]); }]);
  }

  // ---- ctx.state ----------------------------------------------------------------------------------
  function makeStateApi(callId) {
    function call(op, key, value) {
      const reply = hostState(callId, op, key, value);
      if (!reply.ok) throw namedError(reply.name, reply.message);
      return reply.value;
    }
    return freeze({
      get: function get(key) { return call('get', key, undefined); },
      set: function set(key, value) {
        // Refuse a value larger than the whole quota before it is copied out of the isolate.
        if (sizeAtLeast(value, stateValueCap) >= stateValueCap) {
          throw namedError('QuotaExceededError', 'state value is larger than the plugin\'s whole state quota');
        }
        call('set', key, value);
      },
      delete: function remove(key) { return call('delete', key, undefined); },
      increment: function increment(key, delta) { return call('increment', key, delta); },
      list: function list(prefix) { return call('list', prefix === undefined ? '' : prefix, undefined); },
    });
  }

  function denied(what, permission) {
    throw namedError('PermissionDeniedError', what + ' requires the "' + permission + '" permission in plugin.json');
  }

  // ---- ctx.fetch ----------------------------------------------------------------------------------
  function bodyBytes(body) {
    if (body === undefined || body === null) return null;
    if (typeof body === 'string') return new TextEncoderCtor().encode(body);
    if (body instanceof URLSearchParamsCtor) return new TextEncoderCtor().encode(body.toString());
    if (brand(abByteLength, body)) return new Uint8Array(apply(abSlice, body, [0]));
    if (brand(taTag, body) && apply(taTag, body, []) !== undefined) {
      return new Uint8Array(apply(abSlice, apply(taBuffer, body, []), [apply(taByteOffset, body, []), apply(taByteOffset, body, []) + apply(taByteLength, body, [])]));
    }
    if (brand(dvByteLength, body)) {
      return new Uint8Array(apply(abSlice, apply(dvBuffer, body, []), [apply(dvByteOffset, body, []), apply(dvByteOffset, body, []) + apply(dvByteLength, body, [])]));
    }
    return new TextEncoderCtor().encode(StringCtor(body));
  }

  function makeResponse(r) {
    const body = r.body;
    let used = false;
    function take() {
      if (used) return apply(promiseReject, PromiseCtor, [new TypeError('Body is unusable: Body has already been read')]);
      used = true;
      return apply(promiseResolve, PromiseCtor, [body]);
    }
    const response = {
      ok: r.status >= 200 && r.status < 300,
      status: r.status,
      statusText: r.statusText,
      url: r.url,
      redirected: r.redirected,
      type: 'basic',
      headers: new HeadersCtor(r.headers),
      get bodyUsed() { return used; },
      arrayBuffer: function arrayBuffer() { return take(); },
      bytes: function bytes() { return apply(promiseThen, take(), [function toBytes(b) { return new Uint8Array(b); }]); },
      text: function text() { return apply(promiseThen, take(), [function decode(b) { return new TextDecoderCtor().decode(b); }]); },
      json: function json() { return apply(promiseThen, take(), [function decode(b) { return jsonParse(new TextDecoderCtor().decode(b)); }]); },
    };
    return freeze(response);
  }

  function startFetch(callId, resource, init) {
    return new PromiseCtor(function start(resolve, reject) {
      const record = apply(mapGet, calls, [callId]);
      if (record === undefined) { reject(namedError('Error', 'ctx.fetch was used after its call ended')); return; }
      const options = init === undefined || init === null ? {} : init;
      let url;
      if (typeof resource === 'string') url = resource;
      else if (resource instanceof URLCtor) url = resource.href;
      else if (resource !== null && typeof resource === 'object' && typeof resource.url === 'string') url = resource.url;
      else url = StringCtor(resource);
      const method = apply(toUpperCase, StringCtor(options.method === undefined ? 'GET' : options.method), []);
      const headers = [...new HeadersCtor(options.headers)];
      const bytes = bodyBytes(options.body);
      if (bytes !== null && bytes.byteLength > fetchBodyCap) {
        reject(namedError('QuotaExceededError', 'ctx.fetch request body is ' + bytes.byteLength + ' bytes; the per-call network budget is ' + fetchBodyCap));
        return;
      }
      if (bytes !== null && options.body instanceof URLSearchParamsCtor && !new HeadersCtor(headers).has('content-type')) {
        headers[headers.length] = ['content-type', 'application/x-www-form-urlencoded;charset=UTF-8'];
      }
      const redirect = options.redirect === undefined ? 'follow' : StringCtor(options.redirect);
      const id = nextFetchId++;
      const reply = hostFetch(callId, id, { url: url, method: method, headers: headers, body: bytes === null ? null : apply(taBuffer, bytes, []), redirect: redirect });
      if (!reply.ok) { reject(namedError(reply.name, reply.message)); return; }
      if (record.fetches === undefined) record.fetches = new MapCtor();
      apply(mapSet, record.fetches, [id, { resolve: resolve, reject: reject }]);
    });
  }

  // One prototype for every ctx: a call only allocates the small instance (and its logger on first use).
  function CallContext(callId, capability, deadline) {
    this.pluginId = pluginId;
    this.version = pluginVersion;
    this.capability = capability;
    this.deadline = deadline;
    this.config = config;
    this.callId = callId;
    freeze(this);
  }
  defineProperty(CallContext.prototype, 'log', {
    get: function log() {
      const callId = this.callId;
      return makeLogger(function ownCallId() { return callId; });
    },
  });
  defineProperty(CallContext.prototype, 'state', {
    get: function state() {
      return stateEnabled ? makeStateApi(this.callId) : denied('ctx.state', 'state');
    },
  });
  defineProperty(CallContext.prototype, 'fetch', {
    get: function fetch() {
      if (typeof hostFetch !== 'function') return denied('ctx.fetch', 'network');
      const callId = this.callId;
      return function fetch(resource, init) { return startFetch(callId, resource, init); };
    },
  });
  freeze(CallContext.prototype);

  function reportOk(callId, value) {
    forgetCall(callId);
    let size = 0;
    try {
      size = sizeAtLeast(value, maxOutputBytes);
    } catch (error) {
      hostSettle(callId, 'throw', describeError(error));
      return;
    }
    if (size >= maxOutputBytes) {
      hostSettle(callId, 'too_large', size);
      return;
    }
    try {
      hostSettle(callId, 'ok', value);
    } catch (error) {
      hostSettle(callId, 'invalid_output', 'the returned value cannot be copied out of the isolate: ' + describeError(error).message);
    }
  }

  function reportThrow(callId, error) {
    forgetCall(callId);
    hostSettle(callId, 'throw', describeError(error));
  }

  function denyCodeGeneration() {
    const message = 'code generation from strings (eval, new Function) is disabled for this plugin by the host';
    function Function() { throw new EvalError(message); }
    Function.prototype = getPrototypeOf(function probe() {});
    const prototypes = [
      Function.prototype,
      getPrototypeOf(async function probe() {}),
      getPrototypeOf(function* probe() {}),
      getPrototypeOf(async function* probe() {}),
    ];
    for (let i = 0; i < prototypes.length; i++) {
      defineProperty(prototypes[i], 'constructor', { value: Function, writable: false, configurable: false, enumerable: false });
    }
    defineProperty(G, 'Function', { value: Function, writable: false, configurable: false, enumerable: false });
    defineProperty(G, 'eval', { value: function deniedEval() { throw new EvalError(message); }, writable: false, configurable: false, enumerable: false });
  }

  function setup(id, version, pluginConfig, options) {
    pluginId = id;
    pluginVersion = version;
    config = deepFreeze(pluginConfig);
    stateEnabled = typeof hostState === 'function';
    maxOutputBytes = options.maxOutputBytes;
    stateValueCap = options.stateQuotaBytes + 1;
    fetchBodyCap = options.maxFetchBytes;
    if (!options.codeGeneration) denyCodeGeneration();
  }

  function setPlugin(namespace) {
    const exported = namespace.default;
    if (exported === null || (typeof exported !== 'object' && typeof exported !== 'function')) {
      throw new TypeError('the plugin module must have a default export object mapping capability names to functions');
    }
    plugin = exported;
  }

  function exportedFunctions() {
    const names = [];
    const keys = objectKeys(plugin);
    for (let i = 0; i < keys.length; i++) {
      try {
        if (typeof plugin[keys[i]] === 'function') names[names.length] = keys[i];
      } catch (_) {}
    }
    return names;
  }

  function settleWith(callId, result) {
    let thenable = false;
    try {
      thenable = result !== null && (typeof result === 'object' || typeof result === 'function') && typeof result.then === 'function';
    } catch (error) {
      reportThrow(callId, error);
      return;
    }
    if (!thenable) {
      reportOk(callId, result);
      return;
    }
    let promise;
    try {
      promise = apply(promiseResolve, PromiseCtor, [result]);
    } catch (error) {
      reportThrow(callId, error);
      return;
    }
    apply(promiseThen, promise, [
      function onFulfilled(value) { currentCall = callId; reportOk(callId, value); },
      function onRejected(error) { currentCall = callId; reportThrow(callId, error); },
    ]);
  }

  function invoke(callId, name, input, deadline, hook) {
    currentCall = callId;
    // Timer and fetch tables are created on first use: most calls never need them.
    apply(mapSet, calls, [callId, { timers: undefined, fetches: undefined }]);
    let fn;
    try {
      fn = plugin[name];
    } catch (error) {
      reportThrow(callId, error);
      return;
    }
    if (typeof fn !== 'function') {
      forgetCall(callId);
      hostSettle(callId, 'not_implemented', 'the plugin does not export a function named "' + name + '"');
      return;
    }
    let result;
    try {
      const ctx = new CallContext(callId, name, deadline);
      // Lifecycle hooks take only ctx; capabilities take (input, ctx).
      result = apply(fn, plugin, hook ? [ctx] : [input, ctx]);
    } catch (error) {
      reportThrow(callId, error);
      return;
    }
    settleWith(callId, result);
  }

  function deliver(kind, callId, id, payload) {
    const record = apply(mapGet, calls, [callId]);
    if (record === undefined) return;
    if (kind === 'end') {
      forgetCall(callId);
      return;
    }
    currentCall = callId;
    if (kind === 'timer') {
      const timer = record.timers === undefined ? undefined : apply(mapGet, record.timers, [id]);
      if (timer === undefined) return;
      if (!timer.repeat) {
        apply(mapDelete, record.timers, [id]);
        apply(mapDelete, timerOwner, [id]);
      }
      try {
        apply(timer.fn, undefined, timer.args);
      } catch (error) {
        // An exception escaping a timer callback fails its call, as an uncaught error would.
        reportThrow(callId, error);
      }
      return;
    }
    if (kind === 'fetch') {
      const pending = record.fetches === undefined ? undefined : apply(mapGet, record.fetches, [id]);
      if (pending === undefined) return;
      apply(mapDelete, record.fetches, [id]);
      if (payload.ok) pending.resolve(makeResponse(payload.response));
      else pending.reject(namedError(payload.name, payload.message));
    }
  }

  return freeze({ setup: setup, setPlugin: setPlugin, exportedFunctions: exportedFunctions, invoke: invoke, deliver: deliver });
})
`;
