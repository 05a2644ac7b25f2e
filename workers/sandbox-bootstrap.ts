/**
 * Source evaluated in every plugin isolate before the plugin's module. It captures the intrinsics it
 * needs up front (plugin code may later poison prototypes inside its own isolate), installs `console`,
 * builds each call's `ctx`, and reports every settlement through one copy-only host callback.
 * Nothing here ever hands plugin code a Reference, an ExternalCopy or a host function other than the
 * copy-only callbacks wrapped in plain isolate functions.
 *
 * Settlement kinds passed to `hostSettle(callId, kind, payload)`:
 *   'ok'               payload = the value (copied by the callback; a copy failure becomes invalid_output)
 *   'throw'            payload = { name, message } of what the plugin threw
 *   'invalid_output'   payload = message
 *   'not_implemented'  payload = message
 */
export const SANDBOX_BOOTSTRAP_SOURCE = String.raw`
(function corralBootstrap(hostSettle, hostLog, hostState) {
  'use strict';
  const apply = Reflect.apply;
  const PromiseCtor = Promise;
  const promiseResolve = Promise.resolve;
  const promiseThen = Promise.prototype.then;
  const StringCtor = String;
  const stringSlice = String.prototype.slice;
  const objectKeys = Object.keys;
  const freeze = Object.freeze;
  const jsonStringify = JSON.stringify;
  const MAX_LINE = 4096;
  const MAX_ERROR_TEXT = 4096;

  let plugin;
  let pluginId = '';
  let pluginVersion = '';
  let config = freeze({});
  let stateApi;
  let currentCall = 0;

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

  function describeError(error) {
    try {
      if (error !== null && (typeof error === 'object' || typeof error === 'function')) {
        const name = error.name;
        const message = error.message;
        return {
          name: truncate(typeof name === 'string' ? name : 'Error', 200),
          message: truncate(typeof message === 'string' ? message : safeString(error), MAX_ERROR_TEXT),
        };
      }
      return { name: 'NonErrorThrown', message: truncate('plugin threw a non-Error value: ' + safeString(error), MAX_ERROR_TEXT) };
    } catch (_) {
      return { name: 'NonErrorThrown', message: 'plugin threw a value that cannot be inspected' };
    }
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
  globalThis.console = makeLogger(function currentCallId() { return currentCall; });

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

  // ctx.state exists only with the "state" permission; otherwise touching it is permission_denied.
  function makeStateApi() {
    function call(op, key, value) {
      const reply = hostState(op, key, value);
      if (!reply.ok) throw namedError(reply.name, reply.message);
      return reply.value;
    }
    return freeze({
      get: function get(key) { return call('get', key, undefined); },
      set: function set(key, value) { call('set', key, value); },
      delete: function remove(key) { return call('delete', key, undefined); },
      increment: function increment(key, delta) { return call('increment', key, delta); },
      list: function list(prefix) { return call('list', prefix === undefined ? '' : prefix, undefined); },
    });
  }

  function deniedState() {
    throw namedError('PermissionDeniedError', 'ctx.state requires the "state" permission in plugin.json');
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
  Object.defineProperty(CallContext.prototype, 'log', {
    get: function log() {
      const callId = this.callId;
      return makeLogger(function ownCallId() { return callId; });
    },
  });
  Object.defineProperty(CallContext.prototype, 'state', {
    get: function state() {
      return stateApi !== undefined ? stateApi : deniedState();
    },
  });
  freeze(CallContext.prototype);

  function makeContext(callId, capability, deadline) {
    return new CallContext(callId, capability, deadline);
  }

  function reportOk(callId, value) {
    try {
      hostSettle(callId, 'ok', value);
    } catch (error) {
      hostSettle(callId, 'invalid_output', 'the returned value cannot be copied out of the isolate: ' + describeError(error).message);
    }
  }

  function reportThrow(callId, error) {
    hostSettle(callId, 'throw', describeError(error));
  }

  function setup(id, version, pluginConfig) {
    pluginId = id;
    pluginVersion = version;
    config = deepFreeze(pluginConfig);
    stateApi = typeof hostState === 'function' ? makeStateApi() : undefined;
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

  function invoke(callId, name, input, deadline, hook) {
    currentCall = callId;
    let fn;
    try {
      fn = plugin[name];
    } catch (error) {
      reportThrow(callId, error);
      return;
    }
    if (typeof fn !== 'function') {
      hostSettle(callId, 'not_implemented', 'the plugin does not export a function named "' + name + '"');
      return;
    }
    let result;
    try {
      const ctx = makeContext(callId, name, deadline);
      // Lifecycle hooks take only ctx; capabilities take (input, ctx).
      result = apply(fn, plugin, hook ? [ctx] : [input, ctx]);
    } catch (error) {
      reportThrow(callId, error);
      return;
    }
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

  return freeze({ setup: setup, setPlugin: setPlugin, exportedFunctions: exportedFunctions, invoke: invoke });
})
`;
