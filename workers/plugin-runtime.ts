/**
 * One plugin version's warm isolate inside one worker: built once, called many times with applySync
 * (no new context per call, no async hops), rebuilt by its owner after a timeout or heap overflow.
 */
import ivm from 'isolated-vm';
import type { OutcomeError } from '../src/outcome.ts';
import type { PluginLogLine, PluginSpec } from '../src/protocol.ts';
import { mapRunFailure, mapThrown, type ThrownDescription } from './error-mapping.ts';
import { stateOperation } from './plugin-state.ts';
import { SANDBOX_BOOTSTRAP_SOURCE } from './sandbox-bootstrap.ts';

export type CallResult =
  | { kind: 'ok'; value: unknown; cpuMs: number; durationMs: number; logs: PluginLogLine[]; droppedLogs: number }
  | { kind: 'error'; error: OutcomeError; cpuMs: number; durationMs: number; logs: PluginLogLine[]; droppedLogs: number };

interface PendingCall {
  startedAt: number;
  cpuStart: bigint;
  logs: PluginLogLine[];
  droppedLogs: number;
  timer: NodeJS.Timeout | undefined;
  resolve: (result: CallResult) => void;
}

type SettleKind = 'ok' | 'throw' | 'invalid_output' | 'not_implemented';

const LOG_LEVELS = new Set(['debug', 'info', 'warn', 'error']);
/** Manifest validation keeps these names out of capabilities, so a call by this name is a hook. */
const HOOK_NAMES = new Set(['init', 'health', 'shutdown']);

function failedBeforeStart(startedAt: number, error: OutcomeError): CallResult {
  return { kind: 'error', error, cpuMs: 0, durationMs: performance.now() - startedAt, logs: [], droppedLogs: 0 };
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
  /** Own-function names of the plugin's default export. */
  exports: string[] = [];
  #isolate: ivm.Isolate;
  #context: ivm.Context | undefined;
  #invoke: ivm.Reference<(...args: unknown[]) => void> | undefined;
  readonly #pending = new Map<number, PendingCall>();
  #nextCallId = 1;
  #dead = false;
  /** Called once when the runtime can no longer serve (its owner drops it from the cache). */
  onDead: (() => void) | undefined;

  private constructor(spec: PluginSpec) {
    this.spec = spec;
    this.#isolate = new ivm.Isolate({ memoryLimit: spec.memoryMb });
  }

  get dead(): boolean {
    return this.#dead || this.#isolate.isDisposed;
  }

  #heapSample = { at: 0, bytes: 0 };

  /** Heap in use (sampled at most twice a second: reading it costs as much as a small call). */
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
  static async create(spec: PluginSpec): Promise<PluginRuntime> {
    const runtime = new PluginRuntime(spec);
    try {
      await runtime.#build();
    } catch (error) {
      runtime.dispose();
      if (error instanceof PluginLoadError) throw error;
      throw new PluginLoadError(mapRunFailure(error, runtime.#isolate.isDisposed, spec.initTimeoutMs));
    }
    return runtime;
  }

  async #build(): Promise<void> {
    const { spec } = this;
    const deadline = Date.now() + spec.initTimeoutMs;
    const remaining = () => Math.max(1, deadline - Date.now());
    const context = this.#isolate.createContextSync();
    this.#context = context;
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
        : new ivm.Callback((op: string, key: unknown, value: unknown) => stateOperation(spec.id, stateConfig.dbPath, stateConfig.quotaBytes, op, key, value));
    const api = bootstrap.applySync(undefined, [settle, log, state], { result: { reference: true } }) as unknown as ivm.Reference<Record<string, unknown>>;
    const fn = (name: string) => api.getSync(name, { reference: true }) as ivm.Reference<(...args: unknown[]) => unknown>;
    fn('setup').applySync(undefined, [spec.id, spec.version, spec.config], { arguments: { copy: true }, timeout: remaining() });

    let module: ivm.Module;
    try {
      module = this.#isolate.compileModuleSync(spec.source, { filename: spec.filename });
    } catch (error) {
      const { name, message } = error as Error;
      throw new PluginLoadError({ type: 'error', name, message: `compile failed: ${name}: ${message}` });
    }
    try {
      module.instantiateSync(context, function rejectImport(specifier: string): never {
        throw new Error(`imports are not available inside the sandbox ("${specifier}"); bundle the plugin into one module`);
      });
      module.evaluateSync({ timeout: remaining() });
    } catch (error) {
      if (this.#isolate.isDisposed || /timed out/.test((error as Error).message)) throw error;
      throw new PluginLoadError({ type: 'error', name: (error as Error).name, message: `module evaluation failed: ${(error as Error).message}` });
    }
    try {
      fn('setPlugin').applySync(undefined, [module.namespace.derefInto()], { timeout: remaining() });
    } catch (error) {
      if (this.#isolate.isDisposed) throw error;
      throw new PluginLoadError({ type: 'error', name: 'TypeError', message: (error as Error).message });
    }
    this.exports = fn('exportedFunctions').applySync(undefined, [], { result: { copy: true }, timeout: remaining() }) as string[];
    this.#invoke = fn('invoke') as ivm.Reference<(...args: unknown[]) => void>;
    if (this.exports.includes('init')) {
      const result = await this.call('init', undefined, deadline, spec.initTimeoutMs);
      if (result.kind === 'error') {
        throw new PluginLoadError({ ...result.error, message: `init failed: ${result.error.message}` });
      }
    }
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
      const pending: PendingCall = { startedAt, cpuStart: this.#isolate.cpuTime, logs: [], droppedLogs: 0, timer: undefined, resolve };
      this.#pending.set(callId, pending);
      try {
        this.#invoke.applySync(undefined, [callId, name, input, deadline, HOOK_NAMES.has(name)], {
          arguments: { copy: true },
          timeout: budget,
        });
      } catch (error) {
        const outcome = mapRunFailure(error, this.#isolate.isDisposed, timeoutMs);
        this.#finish(callId, { kind: 'error', error: outcome });
        // After a timeout or heap overflow the isolate's state cannot be trusted: rebuild it.
        this.#kill(outcome.type === 'memory_limit'
          ? 'another call to this plugin exceeded the heap limit; the isolate was rebuilt'
          : 'another call to this plugin ran past its deadline; the isolate was rebuilt');
        return;
      }
      if (this.#pending.has(callId)) {
        // Still awaiting something: only a host timer can bound that.
        pending.timer = setTimeout(() => {
          this.#finish(callId, {
            kind: 'error',
            error: { type: 'timeout', message: `the plugin's promise did not settle before its ${timeoutMs} ms deadline` },
          });
        }, budget);
      }
    });
  }

  #finish(callId: number, settled: { kind: 'ok'; value: unknown } | { kind: 'error'; error: OutcomeError }): void {
    const pending = this.#pending.get(callId);
    if (pending === undefined) return;
    this.#pending.delete(callId);
    if (pending.timer !== undefined) clearTimeout(pending.timer);
    let cpuMs = 0;
    if (!this.#isolate.isDisposed) {
      try {
        cpuMs = Number(this.#isolate.cpuTime - pending.cpuStart) / 1e6;
      } catch {
        cpuMs = 0;
      }
    }
    const common = { cpuMs, durationMs: performance.now() - pending.startedAt, logs: pending.logs, droppedLogs: pending.droppedLogs };
    pending.resolve(settled.kind === 'ok' ? { kind: 'ok', value: settled.value, ...common } : { kind: 'error', error: settled.error, ...common });
  }

  #onSettle(callId: number, kind: SettleKind, payload: unknown): void {
    switch (kind) {
      case 'ok':
        this.#finish(callId, { kind: 'ok', value: payload });
        return;
      case 'throw':
        this.#finish(callId, { kind: 'error', error: mapThrown(payload as ThrownDescription) });
        return;
      case 'invalid_output':
        this.#finish(callId, { kind: 'error', error: { type: 'invalid_output', message: String(payload) } });
        return;
      case 'not_implemented':
        this.#finish(callId, { kind: 'error', error: { type: 'not_implemented', message: String(payload) } });
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
    pending.logs.push({ level: LOG_LEVELS.has(level) ? (level as PluginLogLine['level']) : 'info', message: String(message) });
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
      this.#context?.release();
    } catch {
      // already gone with the isolate
    }
    if (!this.#isolate.isDisposed) this.#isolate.dispose();
    this.onDead?.();
  }
}
