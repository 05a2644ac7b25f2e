import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { CapabilityRegistry } from '../capabilities/capability-registry.ts';
import { applyConfigChanges, overrideOf, type ConfigApplySummary } from '../config/apply-config.ts';
import { loadConfigFile, type LoadedConfig, type PluginEntryConfig } from '../config/config-file.ts';
import { resolveEngineOptions } from '../config/resolve-options.ts';
import { declaredCommands, prepareCommandCall } from '../commands/command-call.ts';
import { CorralError } from '../errors.ts';
import type { Contribution } from '../lifecycle/contributions.ts';
import { FolderWatcher } from '../lifecycle/folder-watcher.ts';
import type { HealthReport } from '../lifecycle/health.ts';
import { callHook } from '../lifecycle/plugin-builder.ts';
import { PluginManager, type ReloadResult } from '../lifecycle/plugin-manager.ts';
import type { PluginStatus } from '../lifecycle/plugin-slot.ts';
import type { CommandSpec } from '../manifest/command-schema.ts';
import { collectPluginDirs } from '../manifest/discover.ts';
import type { EngineOptions, ResolvedEngineOptions } from '../options.ts';
import type { Outcome } from '../outcome.ts';
import { MAX_PROTECTED_PORTS } from '../protected-ports.ts';
import type { PluginSpec } from '../protocol.ts';
import { createRedactor, type Redactor } from '../security/redaction.ts';
import { InvocationRecorder } from '../storage/invocation-recorder.ts';
import { SqliteStore } from '../storage/sqlite-store.ts';
import type { CorralStore, HealthSample, InvocationCounter } from '../storage/store.ts';
import { StoreGuard, type StoreHealth } from '../storage/store-guard.ts';
import { LogRateLimiter } from '../telemetry/log-rate-limit.ts';
import { abortable } from './abortable.ts';
import type { CallRunnerContext } from './call-runner.ts';
import { computeStats, type DispatchResult } from './dispatch-result.ts';
import { ObserverSet, type EngineObserver } from './engine-events.ts';
import { prepareInput } from './prepare-input.ts';
import { SlotCaller } from './slot-caller.ts';
import { createPool } from './create-pool.ts';
import { nodeSnapshotDisabled } from './node-flags.ts';
import { ProcessPool, type PoolRecovery } from './process-pool.ts';
import { assertSandboxModuleInstalled } from './sandbox-module.ts';
import type { PoolHealth, WorkerPool } from './worker-pool.ts';

export type { ConfigApplySummary };

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

/**
 * Thread isolation runs isolates in this process, which then needs --no-node-snapshot (isolated-vm
 * can crash the process without it). Without the flag (command line or NODE_OPTIONS) the engine
 * runs the pool in a child process that has it instead (the default isolation), and says so once.
 */
function usableIsolation(options: ResolvedEngineOptions): { options: ResolvedEngineOptions; fellBack: boolean } {
  if (options.isolation.mode !== 'thread' || nodeSnapshotDisabled()) return { options, fellBack: false };
  return { options: { ...options, isolation: { ...options.isolation, mode: 'process' } }, fellBack: true };
}

export class Engine {
  readonly #options: Readonly<ResolvedEngineOptions>;
  readonly #logger: Logger;
  readonly #pool: WorkerPool;
  readonly #store: CorralStore;
  readonly #storeGuard: StoreGuard;
  readonly #temporaryDataDir: string | undefined;
  readonly #capabilities: CapabilityRegistry;
  readonly #caller: SlotCaller;
  readonly #observers: ObserverSet;
  readonly #recorder: InvocationRecorder;
  readonly #manager: PluginManager;
  #watcher: FolderWatcher | undefined;
  #appliedConfig = new Map<string, PluginEntryConfig>();
  /** Port → how many protectLocalPort holders. */
  readonly #protectedPorts = new Map<number, number>();
  /** A plugin version's secrets redactor, built once per spec (see contributions()). */
  readonly #redactors = new WeakMap<PluginSpec, Redactor>();
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
    this.#temporaryDataDir = options.dataDir === undefined ? mkdtempSync(path.join(tmpdir(), 'corral-data-')) : undefined;
    this.#store = new SqliteStore(options.dataDir ?? (this.#temporaryDataDir as string));
    this.#storeGuard = new StoreGuard(this.#store, this.#logger);
    this.#pool = createPool(options, this.#logger);
    this.#observers = new ObserverSet((error) => this.#logger.error({ event: 'engine.observer.error', err: error }, 'an engine observer threw'));
    this.#recorder = new InvocationRecorder(this.#storeGuard);
    this.#observers.add(this.#recorder);
    const callContext: CallRunnerContext = { pool: this.#pool, logger: this.#logger, hostGraceMs: options.limits.hostGraceMs, logLimiter: new LogRateLimiter() };
    this.#caller = new SlotCaller(callContext, this.#observers);
    this.#manager = new PluginManager({
      pool: this.#pool,
      store: this.#store,
      storeGuard: this.#storeGuard,
      logger: this.#logger,
      observers: this.#observers,
      options,
      build: { pool: this.#pool, limits: options.limits, stateDbPath: this.#store.location, stateQuotaBytes: options.lifecycle.stateQuotaBytes, security: options.security, env: options.env },
    });
  }

  /** Validate options, open the store, start the worker pool and load every plugin. Plugin failures never reject. */
  static async create(options: EngineOptions): Promise<Engine> {
    const { options: requested, config: fromFile } = await resolveEngineOptions(options);
    const { options: parsed, fellBack } = usableIsolation(requested);
    assertSandboxModuleInstalled();
    const dirs = await collectPluginDirs(parsed.pluginsDir, parsed.plugins);
    const engine = new Engine(parsed);
    if (fellBack) {
      engine.#logger.warn(
        { event: 'engine.isolation_fallback', requested: 'thread', used: 'process' },
        "isolation: 'thread' needs node started with --no-node-snapshot (command line or NODE_OPTIONS); running plugins in a supervised child process instead (isolation: 'process', about 0.8 ms more per call)",
      );
    }
    try {
      if (fromFile !== undefined) engine.#useConfig(fromFile);
      // The engine is handed over with its pool up (or known down), even when no plugin loads yet.
      await engine.#pool.started();
      await engine.#manager.registerAll(dirs);
      engine.#manager.startHealthChecks();
      if (parsed.watch && parsed.pluginsDir !== undefined) engine.#startWatching(parsed.pluginsDir);
    } catch (error) {
      await engine.close();
      throw error;
    }
    return engine;
  }

  #useConfig(config: LoadedConfig): void {
    this.#appliedConfig = new Map(config.plugins.map((entry) => [entry.id, entry]));
    for (const entry of config.plugins) this.#manager.setOverride(entry.id, overrideOf(entry));
  }

  /**
   * Re-read the config file and apply only what changed (see applyConfigChanges). Per-plugin problems
   * are reported in the summary, never thrown.
   */
  async applyConfig(file = this.#options.configFile): Promise<ConfigApplySummary> {
    this.#assertOpen();
    if (file === undefined) throw new CorralError('CORRAL_ERR_CONFIG', 'no config file: pass one to applyConfig() or createEngine({ configFile })');
    const config = await loadConfigFile(file);
    const summary = await applyConfigChanges(this.#manager, this.#appliedConfig, config, this.#logger);
    this.#appliedConfig = new Map(config.plugins.map((entry) => [entry.id, entry]));
    return summary;
  }

  #startWatching(pluginsDir: string): void {
    this.#watcher = new FolderWatcher(
      pluginsDir,
      async (dir) => {
        const slot = this.#manager.statuses().find((s) => s.dir === dir && this.#manager.has(s.id));
        if (slot !== undefined) {
          const result = await this.#manager.reload(slot.id);
          this.#logger.info({ event: 'plugin.watch.reload', plugin_id: slot.id, status: result.status }, 'plugin folder changed');
        } else {
          await this.#manager.register(dir, { explicit: false });
        }
      },
      this.#logger,
    );
  }

  get logger(): Logger {
    return this.#logger;
  }

  /** Where the SQLite store lives (a temporary folder when no dataDir was given). */
  get storeLocation(): string {
    return this.#store.location;
  }

  /** Subscribe to call, dispatch and load events (metrics, health). Returns the unsubscribe function. */
  observe(observer: EngineObserver): () => void {
    return this.#observers.add(observer);
  }

  /** Worker pool gauges for telemetry. */
  poolStats(): { queueSize: number; utilization: number; threads: number } {
    return { queueSize: this.#pool.queueSize, utilization: this.#pool.utilization, threads: this.#pool.threadCount };
  }

  /**
   * Whether the pool can run calls. In process isolation it is `restarting` while the child is down
   * (it will be back: restarts never stop) and `failed` when children keep failing to come up at all
   * (it keeps retrying, but the environment is likely broken). Host-side only.
   */
  poolHealth(): PoolHealth {
    return this.#pool.health();
  }

  /**
   * Process isolation only (undefined in thread mode): the restart backoff, why the child last died
   * and which plugin was judged to cause it, plugins under crash investigation, resident memory.
   */
  poolRecovery(): PoolRecovery | undefined {
    return this.#pool instanceof ProcessPool ? this.#pool.recovery() : undefined;
  }

  /**
   * ctx.fetch never connects to this port on any address of this machine (loopback, unspecified or an
   * interface address), whatever allowedHosts and security.allowPrivateNetwork say. startServer
   * protects the diagnostics API's port while it listens; an embedding app may protect its own.
   * Returns the function that lifts this protection (idempotent).
   */
  protectLocalPort(port: number): () => void {
    if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new RangeError(`protectLocalPort: not a TCP port: ${port}`);
    if (!this.#protectedPorts.has(port) && this.#protectedPorts.size >= MAX_PROTECTED_PORTS) {
      throw new RangeError(`protectLocalPort: at most ${MAX_PROTECTED_PORTS} ports can be protected`);
    }
    this.#protectedPorts.set(port, (this.#protectedPorts.get(port) ?? 0) + 1);
    this.#pool.protectPorts([...this.#protectedPorts.keys()]);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const holders = (this.#protectedPorts.get(port) ?? 1) - 1;
      if (holders > 0) this.#protectedPorts.set(port, holders);
      else this.#protectedPorts.delete(port);
      this.#pool.protectPorts([...this.#protectedPorts.keys()]);
    };
  }

  // ---- status ------------------------------------------------------------------------------------

  /** Status of every plugin folder: loaded, inactive, failed or pending approval. */
  plugins(): PluginStatus[] {
    return this.#manager.statuses();
  }

  plugin(id: string): PluginStatus {
    const slot = this.#manager.get(id);
    if (slot === undefined) throw unknownPlugin(id);
    return slot.status();
  }

  /** Function names the plugin's loaded version exports (capabilities and hooks). */
  exportedFunctions(id: string): string[] {
    const slot = this.#manager.get(id);
    if (slot === undefined) throw unknownPlugin(id);
    return [...(slot.current?.exports ?? [])];
  }

  /** Capability names declared by at least one plugin, sorted. */
  capabilities(): string[] {
    return this.#manager.capabilities();
  }

  /** Combined health (hook result + error rate, timeouts and latency over a sliding window). */
  health(id: string): HealthReport {
    return this.#manager.health(id);
  }

  /** Run the health hook now and record the result in the health history. */
  async checkHealth(id: string): Promise<HealthReport> {
    return this.#manager.checkHealth(id);
  }

  healthHistory(id: string, limit?: number): HealthSample[] {
    return this.#manager.healthHistory(id, limit);
  }

  /**
   * Entries plugins contributed to host registries (`contributes` in plugin.json), with the
   * contributing plugin's secret config values redacted like everything else it produces.
   */
  contributions(registry?: string): Contribution[] {
    return this.#manager.contributions.list(registry).map((contribution) => {
      const redactor = this.#redactorOf(contribution.pluginId);
      return redactor === undefined ? contribution : redactor.redactDeep(contribution);
    });
  }

  #redactorOf(pluginId: string): Redactor | undefined {
    const spec = this.#manager.get(pluginId)?.current?.spec;
    if (spec === undefined || spec.sandbox === undefined) return undefined;
    let redactor = this.#redactors.get(spec);
    if (redactor === undefined) {
      redactor = createRedactor(Object.values(spec.sandbox.secrets));
      this.#redactors.set(spec, redactor);
    }
    return redactor.active ? redactor : undefined;
  }

  /** Invocation counters: those in the store plus those not flushed yet (flushes run every few seconds and on close). */
  invocationCounters(pluginId?: string): InvocationCounter[] {
    this.#recorder.flush();
    const totals = new Map<string, InvocationCounter>();
    const pending = this.#recorder.pending().filter((c) => pluginId === undefined || c.pluginId === pluginId);
    for (const counter of [...this.#store.listInvocations(pluginId), ...pending]) {
      const key = `${counter.pluginId}\u0000${counter.capability}\u0000${counter.result}`;
      const total = totals.get(key);
      if (total === undefined) totals.set(key, { ...counter });
      else total.count += counter.count;
    }
    return [...totals.values()];
  }

  /** Whether the store accepts writes (`degraded` after a failed write, until one succeeds). */
  storeHealth(): StoreHealth {
    return this.#storeGuard.health();
  }

  // ---- lifecycle ---------------------------------------------------------------------------------

  async enable(id: string): Promise<PluginStatus> {
    this.#assertOpen();
    return this.#manager.enable(id);
  }

  async disable(id: string): Promise<PluginStatus> {
    this.#assertOpen();
    return this.#manager.disable(id);
  }

  async reload(id: string): Promise<ReloadResult> {
    this.#assertOpen();
    return this.#manager.reload(id);
  }

  async approve(id: string, version: string): Promise<ReloadResult> {
    this.#assertOpen();
    return this.#manager.approve(id, version);
  }

  async unregister(id: string): Promise<PluginStatus> {
    this.#assertOpen();
    return this.#manager.unregister(id);
  }

  /** Load one more plugin folder at run time (also one an admin unregistered: it keeps the approvals it had). */
  async register(dir: string): Promise<PluginStatus> {
    this.#assertOpen();
    return this.#manager.register(dir, { explicit: true });
  }

  // ---- calls -------------------------------------------------------------------------------------

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
    const bytes = prepareInput(capability, input, this.#options.limits.maxInputBytes);
    let targets = this.#manager.targets(capabilityName);
    if (options.plugins !== undefined) {
      const wanted = new Set(options.plugins);
      for (const id of wanted) if (!this.#manager.has(id)) throw unknownPlugin(id);
      targets = targets.filter((slot) => wanted.has(slot.id));
    }
    const callerDeadline = options.timeoutMs === undefined ? undefined : startedAt + options.timeoutMs;
    const results = await abortable(this.#caller.call(targets, capability, bytes, callerDeadline, startedAt), options.signal);
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
    const slot = this.#manager.get(pluginId);
    if (slot === undefined) throw unknownPlugin(pluginId);
    const manifest = slot.current?.manifest ?? slot.manifest;
    if (manifest !== undefined && !manifest.capabilities.includes(capabilityName)) {
      throw new CorralError(
        'CORRAL_ERR_UNKNOWN_CAPABILITY',
        `plugin "${pluginId}" does not declare capability "${capabilityName}" (it declares: ${manifest.capabilities.join(', ')})`,
      );
    }
    const capability = this.#capabilities.resolve(capabilityName);
    const bytes = prepareInput(capability, input, this.#options.limits.maxInputBytes);
    const callerDeadline = options.timeoutMs === undefined ? undefined : startedAt + options.timeoutMs;
    const [outcome] = await abortable(this.#caller.call([slot], capability, bytes, callerDeadline, startedAt), options.signal);
    return outcome as Outcome<TOut>;
  }

  /** Diagnostics commands a plugin declares (`commands` in plugin.json), by name. */
  commands(id: string): Record<string, CommandSpec> {
    const slot = this.#manager.get(id);
    if (slot === undefined) throw unknownPlugin(id);
    return declaredCommands(slot);
  }

  /** Run a diagnostics command as an ordinary call (same limits, deadline, breaker; an Outcome). Unknown command or bad args reject. */
  async runCommand<TOut = unknown>(pluginId: string, command: string, args: unknown, options: CallOptions = {}): Promise<Outcome<TOut>> {
    const startedAt = Date.now();
    this.#assertOpen();
    options.signal?.throwIfAborted();
    const slot = this.#manager.get(pluginId);
    if (slot === undefined) throw unknownPlugin(pluginId);
    const call = prepareCommandCall(slot, command, args, this.#options.limits);
    const callerDeadline = options.timeoutMs === undefined ? undefined : startedAt + options.timeoutMs;
    const [outcome] = await abortable(this.#caller.call([slot], call.capability, call.input, callerDeadline, startedAt), options.signal);
    return outcome as Outcome<TOut>;
  }

  #assertOpen(): void {
    if (this.#closed) throw new CorralError('CORRAL_ERR_ENGINE_CLOSED', 'the engine is closed');
  }

  /**
   * Stop accepting calls, let calls in flight finish (up to `drainTimeoutMs`, default 0: calls still
   * running end `crashed`), run every loaded plugin's `shutdown` hook, shut the worker pool down
   * (disposing every isolate) and close the store.
   */
  async close(options: { drainTimeoutMs?: number } = {}): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#watcher?.close();
    this.#manager.stop();
    await this.#drainAndShutdown(options.drainTimeoutMs ?? 0);
    await this.#pool.close();
    this.#recorder.close();
    this.#store.close();
    if (this.#temporaryDataDir !== undefined) rmSync(this.#temporaryDataDir, { recursive: true, force: true });
  }

  async #drainAndShutdown(drainTimeoutMs: number): Promise<void> {
    const versions = this.#manager.statuses().flatMap((status) => {
      const version = this.#manager.get(status.id)?.current;
      return version === undefined ? [] : [version];
    });
    if (drainTimeoutMs > 0) {
      const drained = await Promise.all(versions.map((version) => version.drain(drainTimeoutMs)));
      const left = versions.filter((_, i) => !drained[i]).map((v) => ({ plugin_id: v.manifest.id, in_flight: v.inFlight }));
      if (left.length > 0) this.#logger.warn({ event: 'engine.close.drain_timeout', plugins: left }, 'calls still running after the drain timeout end crashed');
    }
    const { shutdownTimeoutMs } = this.#options.lifecycle;
    await Promise.all(
      versions
        .filter((version) => version.exports.includes('shutdown'))
        .map(async (version) => {
          const reply = await callHook(this.#pool, version, 'shutdown', shutdownTimeoutMs);
          if (reply.kind === 'error') this.#logger.warn({ event: 'plugin.lifecycle.shutdown_error', plugin_id: version.manifest.id, error_type: reply.error.type }, reply.error.message);
        }),
    );
  }
}

function unknownPlugin(id: string): CorralError {
  return new CorralError('CORRAL_ERR_UNKNOWN_PLUGIN', `no plugin with id "${id}" is registered`);
}

function defaultLogger(env: Record<string, string | undefined>): Logger {
  return pino({ name: 'corral', level: env.CORRAL_LOG_LEVEL ?? 'warn' }, pino.destination({ fd: 2, sync: true }));
}

/** Create an engine: validates options, starts the pool, loads plugins from pluginsDir / plugins. */
export function createEngine(options: EngineOptions): Promise<Engine> {
  return Engine.create(options);
}
