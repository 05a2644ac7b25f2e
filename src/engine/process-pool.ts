import { fork, type ChildProcess } from 'node:child_process';
import type { Logger } from 'pino';
import type { OutcomeError } from '../outcome.ts';
import { packageModule } from '../package-root.ts';
import { errorReply, type ErrorReply, type PluginSpec, type WorkerReply } from '../protocol.ts';
import { CrashAttribution, type CrashReport } from './crash-attribution.ts';
import type { FromPoolProcess, PoolCallItem, PoolCallTask, PoolProcessConfig, PoolStatsSnapshot, ToPoolProcess } from './pool-process-protocol.ts';
import { RssMonitor } from './rss-monitor.ts';
import type { PluginPool, PoolHealth } from './worker-pool.ts';

const CHILD_FILE = packageModule('workers/pool-process.ts');
const MiB = 1024 * 1024;

/** How the pool child is supervised (isolation options, see options.ts). */
export interface ProcessPoolRecovery {
  restartBaseMs: number;
  restartCapMs: number;
  stableMs: number;
  failedAfterStartFailures: number;
  readyTimeoutMs: number;
  maxRssMb: number;
  rssCheckIntervalMs: number;
  crashWindowMs: number;
}

export interface ProcessPoolOptions extends PoolProcessConfig {
  logger: Logger;
  recovery: ProcessPoolRecovery;
}

/**
 * How the pool child is doing beyond PoolHealth's status: what an operator (and a readiness or
 * liveness probe wanting detail) needs to tell "down, will be back" from "cannot come up".
 */
export interface PoolRecovery {
  /** Child deaths since a child last stayed up `stableMs` (drives the restart backoff). */
  consecutiveFailures: number;
  /** Children in a row that died before becoming ready; at `failedAfterStartFailures` the status is `failed`. */
  startFailures: number;
  /** When the next child starts, while the pool is down. */
  nextRestartAt?: string;
  /** The latest child death and who was judged to cause it (see crash-attribution.ts). */
  lastCrash?: CrashReport;
  /** Plugins under crash investigation: on probation (their requests run one at a time) or convicted. */
  probation: string[];
  /** The child's latest resident-memory sample, and the cap above which it is killed. */
  rssMb?: number;
  maxRssMb: number;
}

interface Pending {
  /** A plugin call (counted against maxQueue), not a load or a control request. */
  call?: boolean;
  resolve: (value: unknown) => void;
  /** What the request resolves to when the child dies before answering (never a rejection). */
  lost: (blame: 'caused_crash' | 'pool_crash', reason: string) => unknown;
  pluginId?: string;
}

const LOG_LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);

/**
 * The worker pool in a supervised child process (isolation: 'process', the default). A fatal error
 * in the child (a real V8 out-of-memory, a native crash, a kill, the resident-memory cap) leaves the
 * host running: calls in flight resolve to `crashed` (`caused_crash` for the plugin judged to cause
 * it, `pool_crash` for bystanders), new calls get `unavailable` until the child is back, and the
 * plugins it had loaded are loaded again (init runs again). Restarts back off exponentially up to
 * `restartCapMs` and never stop: a pool that gave up would need a host restart to serve again.
 */
export class ProcessPool implements PluginPool {
  readonly #options: ProcessPoolOptions;
  readonly #recovery: ProcessPoolRecovery;
  readonly #logger: Logger;
  readonly #attribution: CrashAttribution;
  #child: ChildProcess | undefined;
  #state: 'starting' | 'ok' | 'down' | 'closed' = 'starting';
  #readyAt: number | undefined;
  #everReady = false;
  #consecutiveFailures = 0;
  #startFailures = 0;
  #restarts = 0;
  #lastFailure: PoolHealth['lastFailure'];
  #lastCrash: CrashReport | undefined;
  #nextRestartAt: number | undefined;
  /** Why the current child is being killed by us, or what it said before exiting. */
  #exitCause: string | undefined;
  /** Named by the child's memory guard just before it died: blamed without investigation. */
  #memoryCulprit: string | undefined;
  #restartTimer: NodeJS.Timeout | undefined;
  #readyTimer: NodeJS.Timeout | undefined;
  #rss: RssMonitor | undefined;
  #reportedRss: number | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  /** Calls sent to the child and not answered. */
  #callsInChild = 0;
  /** Calls the child's workers run at once (threads × concurrentCallsPerWorker). */
  readonly #capacity: number;
  /** Requests made before the first child is ready. */
  #backlog: Array<() => void> = [];
  /** Plugin keys the current child holds a spec for. */
  #sentKeys = new Set<string>();
  /** Specs loaded and not evicted: loaded again into a restarted child. */
  readonly #liveSpecs = new Map<string, PluginSpec>();
  /** Sent to each child when it is ready (a restarted child starts with none) and on every change. */
  #protectedPorts: number[] = [];
  #stats: PoolStatsSnapshot;
  #closing: Promise<void> | undefined;

  constructor(options: ProcessPoolOptions) {
    this.#options = options;
    this.#recovery = options.recovery;
    this.#logger = options.logger;
    this.#attribution = new CrashAttribution(options.recovery.crashWindowMs);
    this.#stats = { queueSize: 0, utilization: 0, threads: options.size };
    this.#capacity = options.size * options.concurrentCallsPerWorker;
    this.#start();
  }

  /**
   * Calls beyond what the child's workers run at once wait in its queue. The host counts them itself
   * (the child's own figure is up to 250 ms old), so `maxQueue` refuses at once, without a round trip.
   */
  get queueSize(): number {
    return Math.max(0, this.#callsInChild - this.#capacity) + this.#backlog.length;
  }

  get utilization(): number {
    return this.#stats.utilization;
  }

  get threadCount(): number {
    return this.#stats.threads;
  }

  health(): PoolHealth {
    return {
      isolation: 'process',
      status: this.#status(),
      restarts: this.#restarts,
      ...(this.#child?.pid === undefined ? {} : { pid: this.#child.pid }),
      ...(this.#lastFailure === undefined ? {} : { lastFailure: this.#lastFailure }),
    };
  }

  /** Resolves when the first child is ready, or when it died before it was (the pool then reads `restarting` or `failed`). */
  started(): Promise<void> {
    if (this.#state !== 'starting' || this.#everReady) return Promise.resolve();
    return new Promise((resolve) => this.#backlog.push(resolve));
  }

  recovery(): PoolRecovery {
    const rss = this.#rss?.rssBytes;
    return {
      consecutiveFailures: this.#consecutiveFailures,
      startFailures: this.#startFailures,
      probation: this.#attribution.probation(),
      maxRssMb: this.#recovery.maxRssMb,
      ...(rss === undefined ? {} : { rssMb: Math.round(rss / MiB) }),
      ...(this.#nextRestartAt === undefined ? {} : { nextRestartAt: new Date(this.#nextRestartAt).toISOString() }),
      ...(this.#lastCrash === undefined ? {} : { lastCrash: this.#lastCrash }),
    };
  }

  load(spec: PluginSpec): Promise<WorkerReply> {
    this.#liveSpecs.set(spec.key, spec);
    return this.#loadInChild(spec);
  }

  async call(task: PoolCallTask, spec: PluginSpec): Promise<WorkerReply> {
    const reply = await (this.#submitCalls([{ task, spec }])[0] as Promise<WorkerReply>);
    if (reply.kind !== 'need_source') return reply;
    // The child dropped the spec (an evict raced this call): send it again.
    this.#sentKeys.delete(spec.key);
    return this.#submitCalls([{ task, spec }])[0] as Promise<WorkerReply>;
  }

  async callMany(items: ReadonlyArray<{ task: PoolCallTask; spec: PluginSpec }>): Promise<WorkerReply[]> {
    const replies = await Promise.all(this.#submitCalls(items));
    return Promise.all(
      replies.map((reply, index) => {
        if (reply.kind !== 'need_source') return reply;
        const item = items[index] as (typeof items)[number];
        this.#sentKeys.delete(item.spec.key);
        return this.#submitCalls([item])[0] as Promise<WorkerReply>;
      }),
    );
  }

  async evict(pluginKeys: string[]): Promise<void> {
    if (pluginKeys.length === 0) return;
    for (const key of pluginKeys) {
      this.#liveSpecs.delete(key);
      this.#sentKeys.delete(key);
    }
    if (this.#state !== 'ok') return;
    await new Promise<unknown>((resolve) => this.#post({ type: 'evict', id: this.#track(resolve, () => undefined), pluginKeys }));
  }

  protectPorts(ports: readonly number[]): void {
    this.#protectedPorts = [...ports];
    if (this.#state === 'ok') this.#post({ type: 'protect_ports', ports: this.#protectedPorts });
  }

  /** Close the child's pool (disposing its isolates) and wait for it to exit; SIGKILL after 10 s. */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    const wasState = this.#state;
    this.#state = 'closed';
    clearTimeout(this.#restartTimer);
    clearTimeout(this.#readyTimer);
    this.#rss?.stop();
    this.#attribution.abandon();
    for (const run of this.#backlog.splice(0)) run();
    const child = this.#child;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (wasState === 'ok' && child.connected) this.#post({ type: 'close', id: this.#track(() => undefined, () => undefined) });
    else child.kill('SIGKILL');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  #status(): PoolHealth['status'] {
    if (this.#state === 'ok') return 'ok';
    if (this.#state === 'closed' || this.#startFailures >= this.#recovery.failedAfterStartFailures) return 'failed';
    return 'restarting';
  }

  /** Run `go` once a child is up; `refuse` when there is none (restarting, failed, closed). */
  #whenUp(go: () => void, refuse: () => void): void {
    if (this.#state === 'starting') this.#backlog.push(() => this.#whenUp(go, refuse));
    else if (this.#state === 'ok' && this.#child?.connected === true) go();
    else refuse();
  }

  #loadInChild(spec: PluginSpec): Promise<WorkerReply> {
    return new Promise((resolve: (reply: WorkerReply) => void) => {
      this.#whenUp(
        () =>
          this.#attribution.admit({
            pluginId: spec.id,
            send: () => {
              const id = this.#track(resolve as (value: unknown) => void, crashedReply, spec.id, '<load>');
              this.#sentKeys.add(spec.key);
              this.#post({ type: 'load', id, spec });
            },
            drop: () => resolve(this.#unavailable()),
          }),
        () => resolve(this.#unavailable()),
      );
    });
  }

  /**
   * Send calls to the child, one id each. Calls the crash investigation holds back go later, on
   * their own; the rest leave together in one message.
   */
  #submitCalls(items: ReadonlyArray<{ task: PoolCallTask; spec: PluginSpec }>): Array<Promise<WorkerReply>> {
    const entries = items.map((item) => {
      let resolve!: (reply: WorkerReply) => void;
      const promise = new Promise<WorkerReply>((r) => (resolve = r));
      return { ...item, resolve, promise };
    });
    const sendAll = () => {
      const batch: PoolCallItem[] = [];
      let batching = true;
      for (const entry of entries) {
        if (this.queueSize >= this.#options.maxQueue) {
          entry.resolve(errorReply({ type: 'overloaded', message: 'the worker queue is full; retry later' }));
          continue;
        }
        this.#attribution.admit({
          pluginId: entry.spec.id,
          deadline: entry.task.deadline,
          send: () => {
            const id = this.#track(entry.resolve as (value: unknown) => void, crashedReply, entry.spec.id, entry.task.capability, true);
            const item: PoolCallItem = { id, task: entry.task, ...this.#specIfNeeded(entry.spec) };
            if (batching) batch.push(item);
            else this.#post({ type: 'calls', items: [item] });
          },
          drop: (why) => entry.resolve(why === 'deadline' ? heldPastDeadline(entry.task) : this.#unavailable()),
        });
      }
      batching = false;
      if (batch.length > 0) this.#post({ type: 'calls', items: batch });
    };
    this.#whenUp(sendAll, () => {
      for (const entry of entries) entry.resolve(this.#unavailable());
    });
    return entries.map((entry) => entry.promise);
  }

  #track(resolve: Pending['resolve'], lost: Pending['lost'], pluginId?: string, activity?: string, call = false): number {
    const id = this.#nextId++;
    this.#pending.set(id, { resolve, lost, call, ...(pluginId === undefined ? {} : { pluginId }) });
    if (call) this.#callsInChild += 1;
    if (pluginId !== undefined) this.#attribution.started(id, pluginId, activity ?? '');
    return id;
  }

  #post(message: ToPoolProcess): void {
    const child = this.#child;
    // A closed channel is not an error here: the exit handler resolves what was in flight.
    if (child?.connected === true) child.send(message, () => undefined);
  }

  #specIfNeeded(spec: PluginSpec): { spec?: PluginSpec } {
    if (this.#sentKeys.has(spec.key)) return {};
    this.#sentKeys.add(spec.key);
    return { spec };
  }

  #unavailable(): ErrorReply {
    return errorReply(unavailableError(this.#state === 'closed' ? 'closed' : this.#status() === 'failed' ? 'failed' : 'restarting', this.#lastFailure?.reason));
  }

  #start(): void {
    const config: PoolProcessConfig = {
      size: this.#options.size,
      spareThreads: this.#options.spareThreads,
      scheduling: this.#options.scheduling,
      maxQueue: this.#options.maxQueue,
      concurrentCallsPerWorker: this.#options.concurrentCallsPerWorker,
      stuckAfterMs: this.#options.stuckAfterMs,
      logLevel: this.#options.logLevel,
    };
    this.#sentKeys = new Set();
    this.#readyAt = undefined;
    this.#exitCause = undefined;
    this.#memoryCulprit = undefined;
    this.#nextRestartAt = undefined;
    let child: ChildProcess;
    try {
      child = fork(CHILD_FILE, [JSON.stringify(config)], {
        // isolated-vm needs it in the process that builds isolates; the host itself may run without it.
        execArgv: ['--no-node-snapshot'],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
    } catch (error) {
      this.#child = undefined;
      const reason = `the pool process could not be started: ${(error as Error).message}`;
      setImmediate(() => this.#childGone(reason, []));
      return;
    }
    this.#child = child;
    child.on('message', (message: FromPoolProcess) => this.#onMessage(child, message));
    child.on('error', (error) => {
      this.#logger.error({ event: 'pool.process.error', err: error }, 'the pool process failed');
      // A spawn failure (no pid) may never emit 'exit': treat it as the child's end.
      if (child.pid === undefined) this.#onExit(child, null, null, `the pool process could not be started: ${error.message}`);
    });
    child.once('exit', (code, signal) => this.#onExit(child, code, signal));
    this.#readyTimer = setTimeout(() => {
      if (child !== this.#child || this.#readyAt !== undefined) return;
      this.#exitCause = `the pool process was not ready within isolation.readyTimeoutMs (${this.#recovery.readyTimeoutMs} ms); killed`;
      child.kill('SIGKILL');
    }, this.#recovery.readyTimeoutMs);
    this.#readyTimer.unref();
  }

  #onMessage(child: ChildProcess, message: FromPoolProcess): void {
    if (child !== this.#child) return;
    switch (message.type) {
      case 'replies':
        this.#stats = message.stats;
        for (const { id, reply } of message.replies) {
          const pending = this.#pending.get(id);
          if (pending === undefined) continue;
          this.#pending.delete(id);
          if (pending.call === true) this.#callsInChild -= 1;
          // Before resolving: a cleared plugin's held requests may leave in the same turn.
          this.#attribution.finished(id, reply?.kind === 'ok' || reply?.kind === 'loaded');
          pending.resolve(reply ?? undefined);
        }
        return;
      case 'stats':
        this.#stats = message.stats;
        this.#reportedRss = message.rssBytes;
        return;
      case 'log':
        this.#forwardLog(message.line);
        return;
      case 'startup_failed':
        this.#exitCause = message.message;
        return;
      case 'memory_exceeded':
        this.#memoryCulprit = message.pluginId;
        this.#exitCause = `${message.pluginId === undefined ? 'plugin code running on several threads' : `plugin "${message.pluginId}"`} grew the pool process by ${message.growthMb} MB in one ${message.segmentMs} ms run (allowed: ${message.allowanceMb} MB, twice the memory limit of every call running, plus the pool's slack); restarted to reclaim it`;
        this.#logger.error({ event: 'pool.process.memory_exceeded', plugin_id: message.pluginId, growth_mb: message.growthMb, allowance_mb: message.allowanceMb }, this.#exitCause);
        return;
      case 'ready':
        this.#stats = message.stats;
        this.#onReady(child);
        return;
    }
  }

  #onReady(child: ChildProcess): void {
    if (this.#state === 'closed') return;
    clearTimeout(this.#readyTimer);
    const restarted = this.#everReady;
    this.#everReady = true;
    this.#readyAt = Date.now();
    this.#startFailures = 0;
    this.#state = 'ok';
    // Before any call the backlog sends: IPC keeps the order.
    if (this.#protectedPorts.length > 0) this.#post({ type: 'protect_ports', ports: this.#protectedPorts });
    if (child.pid !== undefined) {
      this.#rss = new RssMonitor({
        pid: child.pid,
        maxRssBytes: this.#recovery.maxRssMb * MiB,
        intervalMs: this.#recovery.rssCheckIntervalMs,
        reported: () => this.#reportedRss,
        onExceeded: (rss) => this.#onRssExceeded(child, rss),
      });
    }
    for (const run of this.#backlog.splice(0)) run();
    if (!restarted) return;
    this.#logger.warn({ event: 'pool.process.restarted', pid: child.pid, restarts: this.#restarts, plugins: this.#liveSpecs.size }, 'the pool process is back; reloading plugins');
    for (const spec of [...this.#liveSpecs.values()]) {
      void this.#loadInChild(spec).then((reply) => {
        if (reply.kind === 'error') {
          this.#logger.warn({ event: 'pool.process.reload_failed', plugin_key: spec.key, error_type: reply.error.type }, reply.error.message);
        }
      });
    }
  }

  #onRssExceeded(child: ChildProcess, rssBytes: number): void {
    if (child !== this.#child) return;
    const mb = Math.round(rssBytes / MiB);
    this.#exitCause = `the pool process exceeded isolation.maxRssMb (${mb} MB resident > ${this.#recovery.maxRssMb} MB); killed`;
    this.#logger.error({ event: 'pool.process.rss_exceeded', rss_mb: mb, max_rss_mb: this.#recovery.maxRssMb, pid: child.pid }, this.#exitCause);
    child.kill('SIGKILL');
  }

  #onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null, spawnError?: string): void {
    if (child !== this.#child) return;
    this.#child = undefined;
    const how = spawnError ?? `the pool process exited (${signal === null ? `code ${code}` : `signal ${signal}`})`;
    this.#childGone(this.#exitCause === undefined ? how : `${how}: ${this.#exitCause}`, [...this.#pending.entries()]);
  }

  #childGone(reason: string, inFlight: Array<[number, Pending]>): void {
    clearTimeout(this.#readyTimer);
    this.#rss?.stop();
    this.#rss = undefined;
    this.#pending.clear();
    this.#callsInChild = 0;
    const wasReady = this.#readyAt !== undefined;
    if (this.#state === 'closed') {
      for (const [, request] of inFlight) request.resolve(request.lost('pool_crash', `${reason} (the pool was closing)`));
      return;
    }
    const culprit = this.#memoryCulprit;
    const crash = this.#attribution.crashed(reason, culprit);
    this.#lastCrash = crash;
    for (const [, request] of inFlight) {
      if (culprit !== undefined && request.pluginId === culprit) {
        request.resolve(errorReply({ type: 'memory_limit', reason: 'caused_crash', message: reason }));
        continue;
      }
      const blame = request.pluginId !== undefined && crash.blamed.includes(request.pluginId) ? 'caused_crash' : 'pool_crash';
      request.resolve(request.lost(blame, reason));
    }
    this.#lastFailure = { at: crash.at, reason };
    if (!wasReady) this.#startFailures += 1;
    const stable = wasReady && Date.now() - (this.#readyAt as number) >= this.#recovery.stableMs;
    this.#consecutiveFailures = stable ? 1 : this.#consecutiveFailures + 1;
    const { restartBaseMs, restartCapMs } = this.#recovery;
    const delay = Math.min(restartCapMs, restartBaseMs * 2 ** Math.min(30, this.#consecutiveFailures - 1));
    const firstStart = this.#state === 'starting';
    this.#state = 'down';
    // Requests waiting for the first child would otherwise wait for as long as it takes to come up.
    if (firstStart) for (const run of this.#backlog.splice(0)) run();
    if (crash.blamed.length > 0) {
      this.#logger.warn({ event: 'pool.process.crash_attributed', plugin_ids: crash.blamed, suspects: crash.suspects, reason }, `plugin ${crash.blamed.join(', ')} judged to have crashed the pool process`);
    }
    const failed = this.#status() === 'failed';
    this.#logger.error(
      {
        event: failed ? 'pool.process.failed' : 'pool.process.exit',
        in_flight: inFlight.length,
        suspects: crash.suspects,
        blamed: crash.blamed,
        restart_in_ms: delay,
        attempt: this.#consecutiveFailures,
        start_failures: this.#startFailures,
      },
      failed
        ? `${reason}; the pool process failed to come up ${this.#startFailures} times in a row: plugin calls are unavailable; still retrying in ${delay} ms`
        : `${reason}; ${inFlight.length} requests in flight reported crashed; restarting in ${delay} ms`,
    );
    this.#nextRestartAt = Date.now() + delay;
    this.#restartTimer = setTimeout(() => {
      this.#restartTimer = undefined;
      if (this.#state === 'closed') return;
      this.#restarts += 1;
      this.#start();
    }, delay);
    this.#restartTimer.unref();
  }

  #forwardLog(line: string): void {
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return;
    }
    const { level, msg, time: _time, pid: _pid, hostname: _host, ...fields } = entry;
    const name = typeof level === 'number' ? pinoLevelName(level) : 'info';
    if (!LOG_LEVELS.has(name)) return;
    this.#logger[name as 'info']({ ...fields, pool_pid: this.#child?.pid }, typeof msg === 'string' ? msg : '');
  }
}

function pinoLevelName(level: number): string {
  if (level >= 60) return 'fatal';
  if (level >= 50) return 'error';
  if (level >= 40) return 'warn';
  if (level >= 30) return 'info';
  if (level >= 20) return 'debug';
  return 'trace';
}

function crashedReply(blame: 'caused_crash' | 'pool_crash', reason: string): ErrorReply {
  const message =
    blame === 'caused_crash'
      ? `${reason} while this call was running; this plugin was judged to cause it (in flight and never answering at repeated crashes)`
      : `${reason} while this call was running; not caused by this plugin as far as the host can tell`;
  return errorReply({ type: 'crashed', reason: blame, message });
}

/** A call the crash investigation held back until its deadline: waiting time, never the plugin's fault. */
function heldPastDeadline(task: PoolCallTask): ErrorReply {
  return errorReply({
    type: 'timeout',
    reason: 'queue_wait',
    message: `the ${task.timeoutMs} ms deadline passed while the call waited behind a plugin suspected of crashing the pool process`,
  });
}

function unavailableError(state: 'restarting' | 'failed' | 'closed', lastFailure: string | undefined): OutcomeError {
  switch (state) {
    case 'restarting':
      return { type: 'unavailable', reason: 'pool_restarting', message: 'the plugin pool process is restarting after a crash; retry shortly' };
    case 'failed':
      return {
        type: 'unavailable',
        reason: 'pool_failed',
        message: `the plugin pool process cannot start (${lastFailure ?? 'unknown cause'}); the host keeps retrying with backoff`,
      };
    case 'closed':
      return { type: 'unavailable', reason: 'pool_closed', message: 'the plugin pool is closed' };
  }
}
