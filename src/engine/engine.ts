import { serialize } from 'node:v8';
import pino, { type Logger } from 'pino';
import { CapabilityRegistry, type ResolvedCapability } from '../capabilities/capability-registry.ts';
import { CorralError } from '../errors.ts';
import { parseEngineOptions, type EngineOptions, type ResolvedEngineOptions } from '../options.ts';
import type { Outcome } from '../outcome.ts';
import { formatIssues } from '../validation.ts';
import { runCall, type CallRunnerContext } from './call-runner.ts';
import { computeStats, type DispatchResult } from './dispatch-result.ts';
import { ObserverSet, type EngineObserver } from './engine-events.ts';
import { toPluginStatus, type PluginEntry, type PluginStatus } from './plugin-entry.ts';
import { collectPluginDirs, loadPlugins } from './plugin-loader.ts';
import { WorkerPool } from './worker-pool.ts';

export interface CallOptions {
  /** Abort waiting: the promise rejects with CORRAL_ERR_ABORTED; running calls end at their deadlines. */
  signal?: AbortSignal;
  /** Per-call deadline; plugins get the smallest of this, their own limit and the capability's ceiling. */
  timeoutMs?: number;
}

export interface DispatchOptions extends CallOptions {
  /** Restrict the fan-out to these plugin ids. */
  plugins?: readonly string[];
}

/** Refuse to start without --no-node-snapshot: isolated-vm can crash the process without it. */
function assertNoNodeSnapshot(): void {
  if (!process.execArgv.includes('--no-node-snapshot')) {
    throw new CorralError(
      'CORRAL_ERR_NODE_SNAPSHOT',
      'start node with --no-node-snapshot (isolated-vm crashes on Node 20+ without it; it cannot be set in NODE_OPTIONS), e.g. `node --no-node-snapshot app.js`',
    );
  }
}

export class Engine {
  readonly #options: Readonly<ResolvedEngineOptions>;
  readonly #logger: Logger;
  readonly #pool: WorkerPool;
  readonly #capabilities: CapabilityRegistry;
  readonly #callContext: CallRunnerContext;
  readonly #observers: ObserverSet;
  #entries: PluginEntry[] = [];
  #active = new Map<string, PluginEntry>();
  #byCapability = new Map<string, PluginEntry[]>();
  #closed = false;

  private constructor(options: Readonly<ResolvedEngineOptions>) {
    this.#options = options;
    this.#logger = options.logger ?? defaultLogger(options.env);
    this.#capabilities = new CapabilityRegistry({
      definitions: options.capabilities,
      env: options.env,
      defaultTimeoutMs: options.limits.capabilityTimeoutMs,
      strict: options.strictCapabilities,
    });
    this.#pool = new WorkerPool({
      size: options.poolSize,
      maxQueue: options.maxQueue,
      concurrentCallsPerWorker: options.concurrentCallsPerWorker,
      logger: this.#logger,
    });
    this.#observers = new ObserverSet((error) => this.#logger.error({ event: 'engine.observer.error', err: error }, 'an engine observer threw'));
    this.#callContext = { pool: this.#pool, logger: this.#logger, hostGraceMs: options.limits.hostGraceMs, observers: this.#observers };
  }

  /** Validate options, start the worker pool and load every plugin. Plugin failures never reject. */
  static async create(options: EngineOptions): Promise<Engine> {
    assertNoNodeSnapshot();
    const parsed = parseEngineOptions(options);
    const dirs = await collectPluginDirs(parsed.pluginsDir, parsed.plugins);
    const engine = new Engine(parsed);
    try {
      engine.#install(
        await loadPlugins(dirs, { pool: engine.#pool, limits: parsed.limits, priorities: parsed.priorities, logger: engine.#logger }),
      );
    } catch (error) {
      await engine.close();
      throw error;
    }
    return engine;
  }

  get logger(): Logger {
    return this.#logger;
  }

  /** Subscribe to call, dispatch and load events (metrics, health). Returns the unsubscribe function. */
  observe(observer: EngineObserver): () => void {
    return this.#observers.add(observer);
  }

  /** Worker pool gauges for telemetry. */
  poolStats(): { queueSize: number; utilization: number; threads: number } {
    return { queueSize: this.#pool.queueSize, utilization: this.#pool.utilization, threads: this.#pool.threadCount };
  }

  #install(entries: PluginEntry[]): void {
    this.#entries = entries;
    this.#active = new Map(entries.filter((e) => e.state === 'active').map((e) => [e.id, e]));
    // Stable dispatch order: configured priority, then plugin id.
    const ordered = [...entries].sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const byCapability = new Map<string, PluginEntry[]>();
    for (const entry of ordered) {
      // Failed plugins whose manifest was valid still appear (as `unavailable`) so a dispatch shows them.
      if (entry.manifest === undefined || entry.error?.code === 'CORRAL_ERR_DUPLICATE_PLUGIN') continue;
      for (const capability of entry.manifest.capabilities) {
        let list = byCapability.get(capability);
        if (list === undefined) byCapability.set(capability, (list = []));
        list.push(entry);
      }
    }
    this.#byCapability = byCapability;
  }

  /** Status of every plugin folder, loaded or failed, in load order. */
  plugins(): PluginStatus[] {
    return this.#entries.map(toPluginStatus);
  }

  /** Capability names declared by at least one plugin, sorted. */
  capabilities(): string[] {
    return [...this.#byCapability.keys()].sort();
  }

  /**
   * Fan `capability` out to every plugin declaring it and merge the partial results. Rejects only for
   * host-side errors (invalid input, unknown capability in strict mode, abort, closed engine).
   */
  async dispatch<TOut = unknown, TMerged = unknown>(
    capabilityName: string,
    input: unknown,
    options: DispatchOptions = {},
  ): Promise<DispatchResult<TOut, TMerged>> {
    const startedAt = Date.now();
    const started = performance.now();
    this.#assertOpen();
    options.signal?.throwIfAborted();
    const capability = this.#capabilities.resolve(capabilityName);
    const bytes = this.#prepareInput(capability, input);
    let targets = this.#byCapability.get(capabilityName) ?? [];
    if (options.plugins !== undefined) {
      const wanted = new Set(options.plugins);
      for (const id of wanted) if (!this.#entries.some((e) => e.id === id)) throw unknownPlugin(id);
      targets = targets.filter((entry) => wanted.has(entry.id));
    }
    const callerDeadline = options.timeoutMs === undefined ? undefined : startedAt + options.timeoutMs;
    const calls = targets.map((entry) => runCall({ entry, capability, input: bytes, callerDeadline, startedAt }, this.#callContext));
    const results = await abortable(Promise.all(calls), options.signal);
    let merged: unknown;
    try {
      merged = capability.merge(
        results.filter((r) => r.status === 'ok').map((r) => r.value),
        results,
      );
    } catch (error) {
      throw new CorralError('CORRAL_ERR_MERGE_FAILED', `merge for capability "${capabilityName}" threw: ${(error as Error).message}`, { cause: error });
    }
    const stats = computeStats(results, performance.now() - started);
    this.#observers.emit('onDispatch', { capability: capabilityName, plugins: stats.plugins, ok: stats.ok, failed: stats.failed, durationMs: stats.durationMs });
    return { capability: capabilityName, results: results as Outcome<TOut>[], merged: merged as TMerged, stats };
  }

  /** Call one plugin. Unknown plugin or a capability it does not declare reject; everything else is an Outcome. */
  async invoke<TOut = unknown>(pluginId: string, capabilityName: string, input: unknown, options: CallOptions = {}): Promise<Outcome<TOut>> {
    const startedAt = Date.now();
    this.#assertOpen();
    options.signal?.throwIfAborted();
    const entry = this.#active.get(pluginId) ?? this.#entries.find((e) => e.id === pluginId && e.manifest !== undefined);
    if (entry === undefined) throw unknownPlugin(pluginId);
    if (entry.manifest !== undefined && !entry.manifest.capabilities.includes(capabilityName)) {
      throw new CorralError(
        'CORRAL_ERR_UNKNOWN_CAPABILITY',
        `plugin "${pluginId}" does not declare capability "${capabilityName}" (it declares: ${entry.manifest.capabilities.join(', ')})`,
      );
    }
    const capability = this.#capabilities.resolve(capabilityName);
    const bytes = this.#prepareInput(capability, input);
    const callerDeadline = options.timeoutMs === undefined ? undefined : startedAt + options.timeoutMs;
    const outcome = runCall({ entry, capability, input: bytes, callerDeadline, startedAt }, this.#callContext);
    return (await abortable(outcome, options.signal)) as Outcome<TOut>;
  }

  /** Validate against the capability's schema and serialize once for every plugin of the fan-out. */
  #prepareInput(capability: ResolvedCapability, input: unknown): Uint8Array {
    let value = input;
    if (capability.input !== undefined) {
      const parsed = capability.input.safeParse(input);
      if (!parsed.success) {
        throw new CorralError('CORRAL_ERR_INVALID_INPUT', `invalid input for "${capability.name}": ${formatIssues(parsed.error.issues, 'input')}`);
      }
      value = parsed.data;
    }
    let bytes: Uint8Array;
    try {
      bytes = serialize(value);
    } catch (error) {
      throw new CorralError('CORRAL_ERR_INVALID_INPUT', `input for "${capability.name}" cannot be copied into a sandbox: ${(error as Error).message}`);
    }
    const max = this.#options.limits.maxInputBytes;
    if (bytes.byteLength > max) {
      throw new CorralError('CORRAL_ERR_PAYLOAD_TOO_LARGE', `input for "${capability.name}" is ${bytes.byteLength} bytes; the host limit is ${max}`);
    }
    return bytes;
  }

  #assertOpen(): void {
    if (this.#closed) throw new CorralError('CORRAL_ERR_ENGINE_CLOSED', 'the engine is closed');
  }

  /** Stop accepting calls and shut the worker pool down (disposing every isolate). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.close();
  }
}

function unknownPlugin(id: string): CorralError {
  return new CorralError('CORRAL_ERR_UNKNOWN_PLUGIN', `no plugin with id "${id}" is registered`);
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new CorralError('CORRAL_ERR_ABORTED', 'the call was aborted by its AbortSignal', { cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function defaultLogger(env: Record<string, string | undefined>): Logger {
  return pino({ name: 'corral', level: env.CORRAL_LOG_LEVEL ?? 'warn' }, pino.destination({ fd: 2, sync: true }));
}

/** Create an engine: validates options, starts the pool, loads plugins from pluginsDir / plugins. */
export function createEngine(options: EngineOptions): Promise<Engine> {
  return Engine.create(options);
}
