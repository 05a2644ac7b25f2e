/**
 * One plugin version's warm isolate inside one worker: built once, called many times with applySync
 * (no new context per call, no async hops), rebuilt by its owner after a timeout or heap overflow.
 *
 * Host work a call starts (timers, ctx.fetch) belongs to that call: it is tracked in its PendingCall,
 * delivered back into the isolate with applySync bounded by the call's remaining budget, and cleared
 * or aborted when the call settles or is ended by the host. Only synchronous isolated-vm APIs are used
 * on this thread, so nothing ever runs in the isolate while it is disposed.
 */
import { getRandomValues } from 'node:crypto';
import ivm from 'isolated-vm';
import type { OutcomeError } from '../src/outcome.ts';
import type { PluginLogLine, PluginSpec, SandboxPolicy } from '../src/protocol.ts';
import { createRedactor, type Redactor } from '../src/security/redaction.ts';
import { DEADLINE_SLACK_MS, mapRunFailure, mapThrown, type ThrownDescription } from './error-mapping.ts';
import { performFetch, type FetchRequest } from './host-fetch.ts';
import { checkJsonOutput } from './json-output.ts';
import { checkUrl } from './network-policy.ts';
import { framesFromStack, PluginStackMapper } from './plugin-stack.ts';
import { stateOperation } from './plugin-state.ts';
import { SANDBOX_BOOTSTRAP_SOURCE } from './sandbox-bootstrap.ts';
import { SANDBOX_GLOBALS_SOURCE } from './sandbox-globals.ts';
import { currentSegmentMs, inSegment, threadSegmentTotal } from './thread-status.ts';

interface CallMeasures {
  cpuMs: number;
  durationMs: number;
  logs: PluginLogLine[];
  droppedLogs: number;
  /** Longest synchronous stretch of this call's code (ms). */
  segmentMs: number;
  /** Other plugins' synchronous code on this thread while the call was pending (ms). */
  blockedMs: number;
}

export type CallResult = ({ kind: 'ok'; value: unknown } | { kind: 'error'; error: OutcomeError }) & CallMeasures;

interface PendingCall {
  /** The capability, hook or command run. */
  name: string;
  startedAt: number;
  cpuStart: bigint;
  deadline: number;
  timeoutMs: number;
  logs: PluginLogLine[];
  droppedLogs: number;
  timer: NodeJS.Timeout | undefined;
  resolve: (result: CallResult) => void;
  /** Host timers of this call by the isolate's timer id (null while an interval's callback runs). */
  timers: Map<number, NodeJS.Timeout | null>;
  timersCreated: number;
  hostCalls: number;
  fetchBytes: number;
  fetches: Map<number, AbortController>;
  /** Thread-wide segment total when the call started, and this call's own segments (see thread-status.ts). */
  threadSegmentsAtStart: number;
  ownSegmentMs: number;
  maxSegmentMs: number;
}

type SettleKind = 'ok' | 'throw' | 'invalid_output' | 'not_implemented' | 'too_large';
type HostReply = { ok: true; value?: unknown } | { ok: false; name: string; message: string };

const LOG_LEVELS = new Set(['debug', 'info', 'warn', 'error']);
/** Manifest validation keeps these names out of capabilities, so a call by this name is a hook. */
const HOOK_NAMES = new Set(['init', 'health', 'shutdown']);
/** Hooks whose return value the host never reads: it is dropped, not checked. */
const DISCARDED_VALUES = new Set(['init', 'shutdown']);
const URL_SETTERS = new Set(['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']);
const MAX_URL_CHARS = 1 << 20;
const MAX_FETCHES_IN_FLIGHT = 16;
const OK: HostReply = { ok: true };
const MiB = 1024 * 1024;

/** For a spec built without a sandbox policy: the engine's defaults, and no network. */
function defaultSandbox(spec: PluginSpec): SandboxPolicy {
  return {
    codeGeneration: true,
    maxOutputBytes: MiB,
    maxTimersPerCall: 1000,
    maxHostCallsPerCall: 10_000,
    maxFetchBytesPerCall: 10 * MiB,
    maxExternalBytes: spec.memoryMb * MiB,
    secrets: {},
    network: null,
  };
}

function failedBeforeStart(startedAt: number, error: OutcomeError): CallResult {
  return { kind: 'error', error, cpuMs: 0, durationMs: performance.now() - startedAt, logs: [], droppedLogs: 0, segmentMs: 0, blockedMs: 0 };
}

export class PluginLoadError extends Error {
  readonly outcome: OutcomeError;
  constructor(outcome: OutcomeError) {
    super(outcome.message);
    this.name = 'PluginLoadError';
    this.outcome = outcome;
  }
}

export class PluginRuntime {
  readonly spec: PluginSpec;
  /** The host scheduler's number for this plugin version, published while its code holds the thread. */
  readonly #flow: number;
  readonly #sandbox: SandboxPolicy;
  /** Own-function names of the plugin's default export. */
  exports: string[] = [];
  #isolate: ivm.Isolate;
  #context: ivm.Context | undefined;
  #invoke: ivm.Reference<(...args: unknown[]) => void> | undefined;
  #deliverRef: ivm.Reference<(...args: unknown[]) => void> | undefined;
  readonly #pending = new Map<number, PendingCall>();
  #nextCallId = 1;
  #dead = false;
  readonly #createdAt = performance.now();
  /** Heap in use, refreshed after every segment that ran plugin code. */
  #heapSample = { at: 0, bytes: 0 };
  /** Called once when the runtime can no longer serve (its owner drops it from the cache). */
  onDead: (() => void) | undefined;
  /** Maps the frames of a thrown Error to the plugin's own file:line (through its inline source map). */
  readonly #stack: PluginStackMapper;
  /** Every piece of plugin-produced text and every value leaves this runtime through it. */
  readonly #redactor: Redactor;
  /** When module evaluation plus `init` must be done (ms since the epoch). */
  #buildDeadline = Infinity;

  private constructor(spec: PluginSpec, flow: number) {
    this.spec = spec;
    this.#flow = flow;
    this.#sandbox = spec.sandbox ?? defaultSandbox(spec);
    this.#stack = new PluginStackMapper(spec.key, spec.filename, spec.id, spec.source);
    this.#redactor = createRedactor(Object.values(this.#sandbox.secrets));
    this.#isolate = new ivm.Isolate({ memoryLimit: spec.memoryMb });
  }

  get dead(): boolean {
    return this.#dead || this.#isolate.isDisposed;
  }

  /** Heap in use (refreshed after each segment; otherwise sampled at most twice a second). */
  heapBytes(): number {
    if (this.dead) return 0;
    const now = performance.now();
    if (now - this.#heapSample.at < 500) return this.#heapSample.bytes;
    try {
      const stats = this.#isolate.getHeapStatisticsSync();
      this.#heapSample = { at: now, bytes: stats.used_heap_size + stats.externally_allocated_size };
    } catch {
      this.#heapSample = { at: now, bytes: 0 };
    }
    return this.#heapSample.bytes;
  }

  /** Compile, evaluate and `init` the plugin. Throws PluginLoadError with a mapped outcome error. */
  static async create(spec: PluginSpec, flow = 0): Promise<PluginRuntime> {
    const runtime = new PluginRuntime(spec, flow);
    try {
      await runtime.#build();
    } catch (error) {
      // Read before dispose(): afterwards the isolate is always disposed.
      const observed = { disposed: runtime.#isolate.isDisposed, deadlinePassed: Date.now() >= runtime.#buildDeadline - DEADLINE_SLACK_MS };
      runtime.dispose();
      const outcome = error instanceof PluginLoadError ? error.outcome : mapRunFailure(error, observed, spec.initTimeoutMs);
      throw new PluginLoadError(runtime.#redactError(outcome));
    }
    return runtime;
  }

  async #build(): Promise<void> {
    const { spec } = this;
    const sandbox = this.#sandbox;
    const deadline = Date.now() + spec.initTimeoutMs;
    this.#buildDeadline = deadline;
    const remaining = () => Math.max(1, deadline - Date.now());
    const context = this.#isolate.createContextSync();
    this.#context = context;

    // Web globals first (pure isolate JS plus three copy-only helpers), then the bootstrap.
    const globals = context.evalSync(SANDBOX_GLOBALS_SOURCE, { reference: true, filename: 'corral:globals' }) as ivm.Reference<(...args: unknown[]) => unknown>;
    const random = new ivm.Callback((n: unknown) => {
      const size = typeof n === 'number' && n > 0 ? Math.min(65536, Math.floor(n)) : 0;
      return getRandomValues(new Uint8Array(size)).buffer;
    });
    // Coarsened to 1 ms: plugins get a monotonic clock, not a high-resolution timer.
    const now = new ivm.Callback(() => Math.floor(performance.now() - this.#createdAt));
    const url = new ivm.Callback((href: unknown, base: unknown, prop: unknown, value: unknown) => parseUrl(href, base, prop, value));
    const maxArrayElements = Math.floor((spec.memoryMb * 1024 * 1024) / 8);
    // The globals hand the bootstrap their record of real allocation failures (an isolate function).
    let isMemoryRefusal: ivm.Reference<(value: unknown) => boolean>;
    try {
      isMemoryRefusal = globals.applySync(undefined, [random, now, url, { maxArrayElements }], {
        arguments: { copy: true },
        result: { reference: true },
        timeout: remaining(),
      }) as unknown as ivm.Reference<(value: unknown) => boolean>;
    } finally {
      globals.release();
    }

    const settle = new ivm.Callback((callId: number, kind: SettleKind, payload: unknown) => this.#onSettle(callId, kind, payload));
    const log = new ivm.Callback((callId: number, level: string, message: string) => this.#onLog(callId, level, message));
    const bootstrap = context.evalSync(SANDBOX_BOOTSTRAP_SOURCE, { reference: true, filename: 'corral:bootstrap' }) as ivm.Reference<
      (...args: unknown[]) => unknown
    >;
    const stateConfig = spec.state;
    // Without the permission the host function is not handed to the isolate at all.
    const state =
      stateConfig === null
        ? undefined
        : new ivm.Callback((callId: unknown, op: string, key: unknown, value: unknown) => {
            if (!this.#pending.has(Number(callId))) return { ok: false, name: 'Error', message: 'ctx.state was used after its call ended' };
            const guard = this.#chargeHostCall(Number(callId), 'ctx.state');
            if (guard !== undefined) return guard;
            return stateOperation(spec.id, stateConfig.dbPath, stateConfig.quotaBytes, op, key, value);
          });
    const timer = new ivm.Callback((op: unknown, callId: unknown, timerId: unknown, delay: unknown, repeat: unknown) =>
      this.#onTimer(op, callId, timerId, delay, repeat),
    );
    const fetch = sandbox.network === null ? undefined : new ivm.Callback((callId: unknown, fetchId: unknown, request: unknown) => this.#onFetch(callId, fetchId, request));
    let api: ivm.Reference<Record<string, unknown>>;
    try {
      api = bootstrap.applySync(undefined, [settle, log, state, timer, fetch, isMemoryRefusal.derefInto()], { result: { reference: true } }) as unknown as ivm.Reference<
        Record<string, unknown>
      >;
    } finally {
      bootstrap.release();
      isMemoryRefusal.release();
    }
    // Every handle is released as soon as it is used: uncollected ivm handles abort the process when
    // a worker thread is torn down (see plugin-worker.ts), so the build leaves as few as possible.
    const handles: Array<{ release(): void }> = [api];
    const fn = (name: string) => {
      const ref = api.getSync(name, { reference: true }) as ivm.Reference<(...args: unknown[]) => unknown>;
      handles.push(ref);
      return ref;
    };
    try {
      await this.#buildPlugin(fn, sandbox, deadline, remaining, context);
    } finally {
      for (const handle of handles) {
        if (handle === this.#invoke || handle === this.#deliverRef) continue;
        try {
          handle.release();
        } catch {
          // gone with the isolate
        }
      }
    }
  }

  async #buildPlugin(
    fn: (name: string) => ivm.Reference<(...args: unknown[]) => unknown>,
    sandbox: SandboxPolicy,
    deadline: number,
    remaining: () => number,
    context: ivm.Context,
  ): Promise<void> {
    const { spec } = this;
    const stateConfig = spec.state;
    const options = {
      codeGeneration: sandbox.codeGeneration,
      maxOutputBytes: sandbox.maxOutputBytes,
      stateQuotaBytes: stateConfig === null ? 0 : stateConfig.quotaBytes,
      maxFetchBytes: sandbox.maxFetchBytesPerCall,
    };
    // Secrets (decrypted by the host) are readable inside the plugin through ctx.config only.
    const config = { ...spec.config, ...sandbox.secrets };
    fn('setup').applySync(undefined, [spec.id, spec.version, config, options], { arguments: { copy: true }, timeout: remaining() });

    let module: ivm.Module;
    try {
      module = this.#isolate.compileModuleSync(spec.source, { filename: spec.filename });
    } catch (error) {
      const { name, message } = error as Error;
      throw new PluginLoadError({ type: 'error', name, message: this.#redact(`compile failed: ${name}: ${message}`) });
    }
    try {
      module.instantiateSync(context, function rejectImport(specifier: string): never {
        throw new Error(`imports are not available inside the sandbox ("${specifier}"); bundle the plugin into one module`);
      });
      // The plugin's top-level code: unknown length, so the scheduler must see it hold the thread.
      const evaluated = inSegment(this.#flow, () => module.evaluateSync({ timeout: remaining() }));
      if ('error' in evaluated) throw evaluated.error;
    } catch (error) {
      // A heap overflow or the deadline (what the host saw, not what the error says): mapped by create().
      if (this.#isolate.isDisposed || Date.now() >= deadline - DEADLINE_SLACK_MS) throw error;
      throw new PluginLoadError(this.#evaluationFailure(error));
    }
    this.#checkExternalMemory();
    if (this.dead) throw new PluginLoadError({ type: 'memory_limit', message: 'module evaluation exceeded the memory limit' });
    const namespace = module.namespace;
    try {
      fn('setPlugin').applySync(undefined, [namespace.derefInto()], { timeout: remaining() });
    } catch (error) {
      if (this.#isolate.isDisposed) throw error;
      throw new PluginLoadError({ type: 'error', name: 'TypeError', message: this.#redact((error as Error).message) });
    } finally {
      namespace.release();
      module.release();
    }
    this.exports = fn('exportedFunctions').applySync(undefined, [], { result: { copy: true }, timeout: remaining() }) as string[];
    this.#invoke = fn('invoke') as ivm.Reference<(...args: unknown[]) => void>;
    this.#deliverRef = fn('deliver') as ivm.Reference<(...args: unknown[]) => void>;
    if (this.exports.includes('init')) {
      const result = await this.call('init', undefined, deadline, spec.initTimeoutMs);
      if (result.kind === 'error') {
        const at = result.error.location === undefined ? '' : ` (at ${result.error.location})`;
        throw new PluginLoadError({ ...result.error, message: `init failed: ${result.error.message}${at}` });
      }
    }
  }

  /**
   * The module's top-level code threw. isolated-vm hands over a copy: an Error keeps its name, message
   * and stack text (whose plugin frames give the location), a thrown string arrives as itself, any
   * other value only as isolated-vm's own "not an instance of Error" message.
   */
  #evaluationFailure(error: unknown): OutcomeError {
    const isError = error instanceof Error;
    const name = isError ? error.name : 'NonErrorThrown';
    const message = isError ? error.message : typeof error === 'string' ? `plugin threw a string, not an Error: ${JSON.stringify(error.slice(0, 4096))}` : `plugin threw ${String(error)}`;
    const mapped = mapThrown({ name, message });
    const where = this.#stack.locate(framesFromStack(isError ? error.stack : undefined));
    const at = where === undefined ? '' : ` (at ${where.location})`;
    const outcome: OutcomeError = { type: 'error', name, message: this.#redact(`module evaluation failed: ${mapped.message}${at}`) };
    if (where !== undefined) {
      outcome.location = this.#redact(where.location);
      outcome.stack = this.#redact(where.stack);
    }
    return outcome;
  }

  /**
   * Run one capability (or hook). Never throws: every failure is a mapped outcome error. The deadline
   * bounds synchronous code and the microtask flush (isolated-vm's timeout) and, through a host timer,
   * promises that never settle.
   */
  call(name: string, input: unknown, deadline: number, timeoutMs: number): Promise<CallResult> {
    return new Promise<CallResult>((resolve) => {
      const startedAt = performance.now();
      const budget = deadline - Date.now();
      if (this.dead || this.#invoke === undefined) {
        resolve(failedBeforeStart(startedAt, { type: 'crashed', message: 'the plugin isolate is not available' }));
        return;
      }
      if (budget <= 0) {
        resolve(failedBeforeStart(startedAt, { type: 'timeout', reason: 'queue_wait', message: `the ${timeoutMs} ms deadline passed while the call waited for a worker` }));
        return;
      }
      const callId = this.#nextCallId++;
      const pending: PendingCall = {
        name,
        startedAt,
        cpuStart: this.#isolate.cpuTime,
        deadline,
        timeoutMs,
        logs: [],
        droppedLogs: 0,
        timer: undefined,
        resolve,
        timers: new Map(),
        timersCreated: 0,
        hostCalls: 0,
        fetchBytes: 0,
        fetches: new Map(),
        threadSegmentsAtStart: threadSegmentTotal(),
        ownSegmentMs: 0,
        maxSegmentMs: 0,
      };
      this.#pending.set(callId, pending);
      const invoke = this.#invoke;
      const run = this.#runSegment(pending, () =>
        invoke.applySync(undefined, [callId, name, input, deadline, HOOK_NAMES.has(name)], {
          arguments: { copy: true },
          timeout: budget,
        }),
      );
      if (run !== undefined) {
        this.#segmentFailed(callId, run.error, timeoutMs);
        return;
      }
      this.#checkExternalMemory(callId);
      if (this.#pending.get(callId) === pending) {
        // Still awaiting something: only a host timer can bound that.
        pending.timer = setTimeout(() => {
          this.#finish(
            callId,
            { kind: 'error', error: { type: 'timeout', message: `the plugin's promise did not settle before its ${timeoutMs} ms deadline` } },
            true,
          );
        }, budget);
      }
    });
  }

  /** Run plugin code synchronously on behalf of a call, counting the segment as the call's own. */
  #runSegment(pending: PendingCall | undefined, run: () => unknown): { error: unknown } | undefined {
    const result = inSegment(this.#flow, run);
    if (pending !== undefined) {
      pending.ownSegmentMs += result.ms;
      if (result.ms > pending.maxSegmentMs) pending.maxSegmentMs = result.ms;
    }
    return 'error' in result ? { error: result.error } : undefined;
  }

  /** A synchronous segment (call, timer, fetch delivery) threw out of applySync: timeout or heap overflow. */
  #segmentFailed(callId: number, error: unknown, timeoutMs: number): void {
    const deadline = this.#pending.get(callId)?.deadline ?? Infinity;
    const outcome = mapRunFailure(error, { disposed: this.#isolate.isDisposed, deadlinePassed: Date.now() >= deadline - DEADLINE_SLACK_MS }, timeoutMs);
    this.#finish(callId, { kind: 'error', error: outcome });
    // After a timeout or heap overflow the isolate's state cannot be trusted: rebuild it.
    this.#kill(
      outcome.type === 'memory_limit'
        ? 'another call to this plugin exceeded the heap limit; the isolate was rebuilt'
        : 'another call to this plugin ran past its deadline; the isolate was rebuilt',
    );
  }

  /**
   * isolated-vm bounds ArrayBuffers by the memory limit, but other memory outside the V8 heap is only
   * visible in the heap statistics: read them after every segment (about as cheap as a small call)
   * and stop the plugin when it holds more than its allowance.
   */
  #checkExternalMemory(callId?: number): void {
    if (this.dead) return;
    let external = 0;
    try {
      const stats = this.#isolate.getHeapStatisticsSync();
      external = stats.externally_allocated_size;
      this.#heapSample = { at: performance.now(), bytes: stats.used_heap_size + external };
    } catch {
      return;
    }
    if (external <= this.#sandbox.maxExternalBytes) return;
    const message = `the plugin holds ${external} bytes outside the V8 heap (ArrayBuffers and the like); the limit is ${this.#sandbox.maxExternalBytes}`;
    if (callId !== undefined) this.#finish(callId, { kind: 'error', error: { type: 'memory_limit', message } });
    this.#kill(`another call to this plugin exceeded its memory limit; the isolate was rebuilt (${message})`);
  }

  /** Run host-started work (timer, fetch result) of one call inside the isolate, bounded by its budget. */
  #deliver(callId: number, kind: 'timer' | 'fetch' | 'end', id: number, payload: unknown): void {
    if (this.dead || this.#deliverRef === undefined) return;
    const pending = this.#pending.get(callId);
    if (kind !== 'end' && pending === undefined) return;
    const budget = kind === 'end' ? 100 : (pending as PendingCall).deadline - Date.now();
    if (budget <= 0) return; // the call's own deadline timer ends it
    const deliver = this.#deliverRef;
    const failed = this.#runSegment(pending, () => deliver.applySync(undefined, [kind, callId, id, payload], { arguments: { copy: true }, timeout: budget }));
    if (failed !== undefined) {
      if (kind === 'end') {
        this.#kill(`the plugin isolate failed while cleaning up a call: ${(failed.error as Error).message}`);
        return;
      }
      this.#segmentFailed(callId, failed.error, (pending as PendingCall).timeoutMs);
      return;
    }
    this.#checkExternalMemory(this.#pending.has(callId) ? callId : undefined);
  }

  /**
   * @param hostEnded the host ended the call (deadline, guard) while the isolate still tracks it: its
   *   timers and fetch handlers there are dropped with an 'end' delivery once this callback returns.
   */
  #finish(callId: number, settled: { kind: 'ok'; value: unknown } | { kind: 'error'; error: OutcomeError }, hostEnded = false): void {
    const pending = this.#pending.get(callId);
    if (pending === undefined) return;
    this.#pending.delete(callId);
    if (pending.timer !== undefined) clearTimeout(pending.timer);
    for (const handle of pending.timers.values()) if (handle !== null) clearTimeout(handle);
    pending.timers.clear();
    for (const controller of pending.fetches.values()) controller.abort();
    pending.fetches.clear();
    if (hostEnded && !this.dead) {
      // Never re-enter the isolate from inside one of its callbacks: clean up on the next turn.
      setImmediate(() => this.#deliver(callId, 'end', 0, null));
    }
    let cpuMs = 0;
    if (!this.#isolate.isDisposed) {
      try {
        cpuMs = Number(this.#isolate.cpuTime - pending.cpuStart) / 1e6;
      } catch {
        cpuMs = 0;
      }
    }
    // A call usually settles inside its own segment: count the part that ran so far as its own.
    const inProgress = currentSegmentMs();
    const blockedMs = Math.max(0, threadSegmentTotal() - pending.threadSegmentsAtStart - pending.ownSegmentMs);
    const common = {
      cpuMs,
      durationMs: performance.now() - pending.startedAt,
      logs: pending.logs,
      droppedLogs: pending.droppedLogs,
      segmentMs: Math.max(pending.maxSegmentMs, inProgress),
      blockedMs,
    };
    pending.resolve({ ...this.#leaving(pending.name, settled), ...common });
  }

  /**
   * What a settled call hands to the host: an ok value checked for JSON (so one odd value fails its
   * own plugin's outcome, not the dispatch or the API response carrying it) and redacted, an error
   * with every text field redacted.
   */
  #leaving(name: string, settled: { kind: 'ok'; value: unknown } | { kind: 'error'; error: OutcomeError }): { kind: 'ok'; value: unknown } | { kind: 'error'; error: OutcomeError } {
    if (settled.kind === 'error') return { kind: 'error', error: this.#redactError(settled.error) };
    if (DISCARDED_VALUES.has(name)) return { kind: 'ok', value: undefined };
    const checked = checkJsonOutput(settled.value, this.#sandbox.maxOutputBytes);
    if (!checked.ok) return { kind: 'error', error: { type: checked.type, message: this.#redactor.redact(checked.message) } };
    return { kind: 'ok', value: this.#redactor.active ? this.#redactor.redactDeep(checked.value) : checked.value };
  }

  #redactError(error: OutcomeError): OutcomeError {
    if (!this.#redactor.active) return error;
    const redacted: OutcomeError = { ...error, message: this.#redactor.redact(error.message) };
    if (error.name !== undefined) redacted.name = this.#redactor.redact(error.name);
    if (error.location !== undefined) redacted.location = this.#redactor.redact(error.location);
    if (error.stack !== undefined) redacted.stack = this.#redactor.redact(error.stack);
    return redacted;
  }

  #onSettle(callId: number, kind: SettleKind, payload: unknown): void {
    switch (kind) {
      case 'ok':
        this.#finish(callId, { kind: 'ok', value: payload });
        return;
      case 'throw': {
        const thrown = payload as ThrownDescription | undefined;
        // Redacted with every other error field when the call finishes.
        const error = mapThrown({ name: String(thrown?.name), message: String(thrown?.message), memory: thrown?.memory });
        const where = this.#stack.locate(thrown?.frames);
        if (where !== undefined) {
          error.location = where.location;
          error.stack = where.stack;
        }
        this.#finish(callId, { kind: 'error', error });
        return;
      }
      case 'invalid_output':
        this.#finish(callId, { kind: 'error', error: { type: 'invalid_output', message: String(payload) } });
        return;
      case 'not_implemented':
        this.#finish(callId, { kind: 'error', error: { type: 'not_implemented', message: String(payload) } });
        return;
      case 'too_large':
        this.#finish(callId, {
          kind: 'error',
          error: { type: 'payload_too_large', message: `output is at least ${Number(payload)} bytes; the limit is ${this.#sandbox.maxOutputBytes} (refused before copying it out of the isolate)` },
        });
        return;
      default:
        // Only the bootstrap calls settle, but the isolate is untrusted: ignore anything else.
        return;
    }
  }

  #onLog(callId: number, level: string, message: string): void {
    const pending = this.#pending.get(callId);
    if (pending === undefined) return;
    if (pending.logs.length >= this.spec.maxLogLinesPerCall) {
      pending.droppedLogs += 1;
      return;
    }
    pending.logs.push({ level: LOG_LEVELS.has(level) ? (level as PluginLogLine['level']) : 'info', message: this.#redact(String(message)) });
  }

  /** Secret config values (and their common encodings) never leave the worker: see src/security/redaction.ts. */
  #redact(text: string): string {
    return this.#redactor.redact(text);
  }

  /** Count one host API call; past the per-call budget the call ends with quota_exceeded. */
  #chargeHostCall(callId: number, what: string): HostReply | undefined {
    const pending = this.#pending.get(callId);
    if (pending === undefined) return undefined;
    pending.hostCalls += 1;
    if (pending.hostCalls <= this.#sandbox.maxHostCallsPerCall) return undefined;
    return this.#tripGuard(callId, `${what}: more than ${this.#sandbox.maxHostCallsPerCall} host API calls in one call`);
  }

  /** A per-call guard was exceeded: the call ends now, whatever the plugin does with the error. */
  #tripGuard(callId: number, message: string): HostReply {
    this.#finish(callId, { kind: 'error', error: { type: 'quota_exceeded', name: 'QuotaExceededError', message } }, true);
    return { ok: false, name: 'QuotaExceededError', message };
  }

  #onTimer(op: unknown, rawCallId: unknown, rawTimerId: unknown, rawDelay: unknown, repeat: unknown): HostReply {
    const callId = Number(rawCallId);
    const timerId = Number(rawTimerId);
    const pending = this.#pending.get(callId);
    if (pending === undefined) return { ok: false, name: 'Error', message: 'timers are only available while a plugin call runs' };
    if (op === 'clear') {
      const handle = pending.timers.get(timerId);
      if (handle !== undefined && handle !== null) clearTimeout(handle);
      pending.timers.delete(timerId);
      return OK;
    }
    const guard = this.#chargeHostCall(callId, 'setTimeout');
    if (guard !== undefined) return guard;
    if (pending.timersCreated >= this.#sandbox.maxTimersPerCall) {
      return this.#tripGuard(callId, `more than ${this.#sandbox.maxTimersPerCall} timers created in one call`);
    }
    pending.timersCreated += 1;
    const delay = typeof rawDelay === 'number' && Number.isFinite(rawDelay) && rawDelay > 0 ? rawDelay : 0;
    this.#armTimer(callId, pending, timerId, repeat === true ? Math.max(1, delay) : delay, repeat === true);
    return OK;
  }

  #armTimer(callId: number, pending: PendingCall, timerId: number, delay: number, repeat: boolean): void {
    // A timer due after the deadline can never matter: the call ends first.
    if (delay >= pending.deadline - Date.now()) {
      pending.timers.set(timerId, null);
      return;
    }
    const handle = setTimeout(() => {
      if (this.#pending.get(callId) !== pending || !pending.timers.has(timerId)) return;
      if (repeat) pending.timers.set(timerId, null);
      else pending.timers.delete(timerId);
      this.#deliver(callId, 'timer', timerId, null);
      // Re-arm an interval unless its callback cleared it (or the call ended).
      if (repeat && this.#pending.get(callId) === pending && pending.timers.get(timerId) === null) this.#armTimer(callId, pending, timerId, delay, true);
    }, delay);
    pending.timers.set(timerId, handle);
  }

  #onFetch(rawCallId: unknown, rawFetchId: unknown, raw: unknown): HostReply {
    const callId = Number(rawCallId);
    const fetchId = Number(rawFetchId);
    const pending = this.#pending.get(callId);
    const network = this.#sandbox.network;
    if (pending === undefined || network === null) return { ok: false, name: 'Error', message: 'ctx.fetch was used after its call ended' };
    const guard = this.#chargeHostCall(callId, 'ctx.fetch');
    if (guard !== undefined) return guard;
    if (pending.fetches.size >= MAX_FETCHES_IN_FLIGHT) {
      return { ok: false, name: 'QuotaExceededError', message: `at most ${MAX_FETCHES_IN_FLIGHT} ctx.fetch requests may be in flight per call` };
    }
    const request = toFetchRequest(raw);
    if (request === undefined) return { ok: false, name: 'TypeError', message: 'ctx.fetch: malformed request' };
    try {
      checkUrl(request.url, network);
    } catch (error) {
      return { ok: false, name: (error as Error).name, message: (error as Error).message };
    }
    const controller = new AbortController();
    pending.fetches.set(fetchId, controller);
    const maxBytes = this.#sandbox.maxFetchBytesPerCall;
    performFetch(request, network, {
      signal: controller.signal,
      deadline: Math.min(pending.deadline, Date.now() + network.timeoutMs),
      budget: () => maxBytes - pending.fetchBytes,
      spend: (bytes) => {
        pending.fetchBytes += bytes;
      },
    }).then(
      (response) => ({ ok: true, response }),
      (error: unknown) => ({ ok: false, name: (error as Error).name || 'TypeError', message: this.#redact((error as Error).message) }),
    ).then((payload) => {
      if (controller.signal.aborted || pending.fetches.get(fetchId) !== controller) return;
      pending.fetches.delete(fetchId);
      this.#deliver(callId, 'fetch', fetchId, payload);
    });
    return OK;
  }

  /** Fail every other in-flight call and dispose the isolate; the owner builds a fresh one. */
  #kill(reason: string): void {
    for (const callId of [...this.#pending.keys()]) this.#finish(callId, { kind: 'error', error: { type: 'crashed', message: reason } });
    this.dispose();
  }

  dispose(): void {
    if (this.#dead) return;
    this.#dead = true;
    for (const callId of [...this.#pending.keys()]) {
      this.#finish(callId, { kind: 'error', error: { type: 'crashed', message: 'the plugin isolate was disposed' } });
    }
    try {
      this.#invoke?.release();
      this.#deliverRef?.release();
    } catch {
      // already gone with the isolate
    }
    try {
      this.#context?.release();
    } catch {
      // already gone with the isolate
    }
    if (!this.#isolate.isDisposed) this.#isolate.dispose();
    this.onDead?.();
  }
}

/** WHATWG URL parsing (and one setter) for the isolate's URL class: strings in, strings out. */
function parseUrl(href: unknown, base: unknown, prop: unknown, value: unknown): Record<string, string> | null {
  if (typeof href !== 'string' || href.length > MAX_URL_CHARS) return null;
  if (base !== undefined && (typeof base !== 'string' || base.length > MAX_URL_CHARS)) return null;
  try {
    const url = new URL(href, base as string | undefined);
    if (prop !== undefined) {
      if (typeof prop !== 'string' || !URL_SETTERS.has(prop) || typeof value !== 'string' || value.length > MAX_URL_CHARS) return null;
      (url as unknown as Record<string, string>)[prop] = value;
    }
    const { origin, protocol, username, password, host, hostname, port, pathname, search, hash } = url;
    return { href: url.href, origin, protocol, username, password, host, hostname, port, pathname, search, hash };
  } catch {
    return null;
  }
}

/** The isolate's request description, checked field by field (it is untrusted data). */
function toFetchRequest(raw: unknown): FetchRequest | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.url !== 'string' || r.url.length > MAX_URL_CHARS || typeof r.method !== 'string' || !Array.isArray(r.headers)) return undefined;
  const headers: Array<[string, string]> = [];
  for (const pair of r.headers.slice(0, 200)) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') return undefined;
    headers.push([pair[0].toLowerCase(), pair[1]]);
  }
  const body = r.body === null || r.body === undefined ? null : r.body instanceof ArrayBuffer ? r.body : undefined;
  if (body === undefined) return undefined;
  return { url: r.url, method: r.method, headers, body, redirect: typeof r.redirect === 'string' ? r.redirect : 'follow' };
}
