import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { OutcomeError } from '../outcome.ts';
import { errorReply, type CallRequestTask, type ErrorReply, type PluginSpec, type WorkerReply } from '../protocol.ts';
import type { PluginPool, PoolHealth, WorkerPoolOptions } from './worker-pool.ts';

const CHILD_FILE = fileURLToPath(new URL('../../workers/pool-process.ts', import.meta.url));

type Task = CallRequestTask;

/** Settings the child needs to build its ThreadPool (passed as its first argument, JSON). */
export interface PoolProcessConfig {
  size: number;
  spareThreads: number;
  scheduling: WorkerPoolOptions['scheduling'];
  maxQueue: number;
  concurrentCallsPerWorker: number;
  stuckAfterMs: number;
  logLevel: string;
}

export interface PoolStatsSnapshot {
  queueSize: number;
  utilization: number;
  threads: number;
}

/** Host → child. `spec` rides along only when this child has not been sent it yet. */
export type ToPoolProcess =
  | { type: 'load'; id: number; spec: PluginSpec }
  | { type: 'call'; id: number; task: Task; spec?: PluginSpec }
  | { type: 'callMany'; id: number; items: Array<{ task: Task; spec?: PluginSpec }> }
  | { type: 'evict'; id: number; pluginKeys: string[] }
  | { type: 'close'; id: number };

/** Child → host. */
export type FromPoolProcess =
  | { type: 'ready'; stats: PoolStatsSnapshot }
  | { type: 'reply'; id: number; reply: WorkerReply | WorkerReply[] | null; stats: PoolStatsSnapshot }
  | { type: 'stats'; stats: PoolStatsSnapshot }
  | { type: 'log'; line: string };

export interface ProcessPoolOptions extends PoolProcessConfig {
  logger: Logger;
  restart: { maxRestarts: number; restartBaseMs: number; restartCapMs: number; stableMs: number };
}

type Distributive<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Pending {
  /** What the request resolves to when the child dies before answering (never a rejection). */
  lost: (reason: string) => unknown;
  resolve: (value: unknown) => void;
}

const LOG_LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);

/**
 * The worker pool in a supervised child process (isolation: 'process'). A fatal error in the child
 * (a real V8 out-of-memory, a native crash, a kill) leaves the host running: calls in flight resolve
 * to `crashed`, new calls get `unavailable` until the child is back, the child is restarted with
 * exponential backoff, and the plugins it had loaded are loaded again (init runs again). After
 * `maxRestarts` restarts without a stable period the pool is marked failed.
 */
export class ProcessPool implements PluginPool {
  readonly #options: ProcessPoolOptions;
  readonly #logger: Logger;
  #child: ChildProcess | undefined;
  #state: 'starting' | 'ok' | 'restarting' | 'failed' | 'closed' = 'starting';
  #startedAt = 0;
  #consecutiveFailures = 0;
  #restarts = 0;
  #lastFailure: PoolHealth['lastFailure'];
  #restartTimer: NodeJS.Timeout | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  /** Requests made before the first child is ready. */
  #backlog: Array<() => void> = [];
  /** Plugin keys the current child holds a spec for. */
  #sentKeys = new Set<string>();
  /** Specs loaded and not evicted: loaded again into a restarted child. */
  readonly #liveSpecs = new Map<string, PluginSpec>();
  #stats: PoolStatsSnapshot;
  #closing: Promise<void> | undefined;

  constructor(options: ProcessPoolOptions) {
    this.#options = options;
    this.#logger = options.logger;
    this.#stats = { queueSize: 0, utilization: 0, threads: options.size };
    this.#start();
  }

  get queueSize(): number {
    return this.#stats.queueSize + this.#backlog.length;
  }

  get utilization(): number {
    return this.#stats.utilization;
  }

  get threadCount(): number {
    return this.#stats.threads;
  }

  health(): PoolHealth {
    const status = this.#state === 'ok' ? 'ok' : this.#state === 'failed' || this.#state === 'closed' ? 'failed' : 'restarting';
    return {
      isolation: 'process',
      status,
      restarts: this.#restarts,
      ...(this.#child?.pid === undefined ? {} : { pid: this.#child.pid }),
      ...(this.#lastFailure === undefined ? {} : { lastFailure: this.#lastFailure }),
    };
  }

  load(spec: PluginSpec): Promise<WorkerReply> {
    this.#liveSpecs.set(spec.key, spec);
    return this.#request({ type: 'load', spec }, (reason) => crashedReply(reason)) as Promise<WorkerReply>;
  }

  async call(task: Task, spec: PluginSpec): Promise<WorkerReply> {
    const reply = (await this.#request({ type: 'call', task, ...this.#specIfNeeded(spec) }, (reason) => crashedReply(reason))) as WorkerReply;
    if (reply.kind !== 'need_source') return reply;
    // The child dropped the spec (an evict raced this call): send it again.
    this.#sentKeys.delete(spec.key);
    return (await this.#request({ type: 'call', task, ...this.#specIfNeeded(spec) }, (reason) => crashedReply(reason))) as WorkerReply;
  }

  async callMany(items: ReadonlyArray<{ task: Task; spec: PluginSpec }>): Promise<WorkerReply[]> {
    if (items.length === 1) {
      const only = items[0] as (typeof items)[number];
      return [await this.call(only.task, only.spec)];
    }
    const message = { type: 'callMany' as const, items: items.map((item) => ({ task: item.task, ...this.#specIfNeeded(item.spec) })) };
    const answer = (await this.#request(message, (reason) => items.map(() => crashedReply(reason)))) as WorkerReply[] | WorkerReply;
    // The child answers a failed batch with one error reply: spread it over every call.
    const replies = Array.isArray(answer) ? answer : items.map(() => answer);
    return Promise.all(
      replies.map((reply, index) => {
        if (reply.kind !== 'need_source') return reply;
        const item = items[index] as (typeof items)[number];
        return this.call(item.task, item.spec);
      }),
    );
  }

  async evict(pluginKeys: string[]): Promise<void> {
    if (pluginKeys.length === 0) return;
    for (const key of pluginKeys) {
      this.#liveSpecs.delete(key);
      this.#sentKeys.delete(key);
    }
    if (this.#state !== 'ok' && this.#state !== 'starting') return;
    await this.#request({ type: 'evict', pluginKeys }, () => undefined);
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
    for (const run of this.#backlog.splice(0)) run();
    const child = this.#child;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (wasState === 'ok' && child.connected) {
      const id = this.#nextId++;
      this.#pending.set(id, { lost: () => undefined, resolve: () => undefined });
      child.send({ type: 'close', id } satisfies ToPoolProcess);
    } else {
      child.kill('SIGKILL');
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  #specIfNeeded(spec: PluginSpec): { spec?: PluginSpec } {
    if (this.#sentKeys.has(spec.key)) return {};
    this.#sentKeys.add(spec.key);
    return { spec };
  }

  #request(message: Distributive<ToPoolProcess>, lost: (reason: string) => unknown): Promise<unknown> {
    return new Promise((resolve) => {
      const send = () => {
        const child = this.#child;
        if (this.#state !== 'ok' || child === undefined || !child.connected) {
          resolve(unavailableFor(message, this.#state));
          return;
        }
        const id = this.#nextId++;
        this.#pending.set(id, { lost, resolve });
        child.send({ ...message, id } as ToPoolProcess, (error) => {
          if (error === null || error === undefined) return;
          // The channel closed under us: the exit handler resolves it as crashed.
        });
      };
      if (this.#state === 'starting') this.#backlog.push(send);
      else send();
    });
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
    const child = fork(CHILD_FILE, [JSON.stringify(config)], {
      // isolated-vm needs it, and it cannot come from NODE_OPTIONS.
      execArgv: ['--no-node-snapshot'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.#child = child;
    this.#startedAt = Date.now();
    this.#sentKeys = new Set();
    child.on('message', (message: FromPoolProcess) => this.#onMessage(child, message));
    child.on('error', (error) => this.#logger.error({ event: 'pool.process.error', err: error }, 'the pool process failed'));
    child.once('exit', (code, signal) => this.#onExit(child, code, signal));
  }

  #onMessage(child: ChildProcess, message: FromPoolProcess): void {
    if (child !== this.#child) return;
    switch (message.type) {
      case 'reply': {
        this.#stats = message.stats;
        const pending = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        pending?.resolve(message.reply ?? undefined);
        return;
      }
      case 'stats':
        this.#stats = message.stats;
        return;
      case 'log':
        this.#forwardLog(message.line);
        return;
      case 'ready':
        this.#stats = message.stats;
        this.#onReady();
        return;
    }
  }

  #onReady(): void {
    const restarted = this.#state === 'restarting';
    if (this.#state === 'closed' || this.#state === 'failed') return;
    this.#state = 'ok';
    for (const run of this.#backlog.splice(0)) run();
    if (!restarted) return;
    this.#logger.warn({ event: 'pool.process.restarted', pid: this.#child?.pid, restarts: this.#restarts, plugins: this.#liveSpecs.size }, 'the pool process is back; reloading plugins');
    for (const spec of [...this.#liveSpecs.values()]) {
      this.#sentKeys.add(spec.key);
      void this.#request({ type: 'load', spec }, (reason) => crashedReply(reason)).then((reply) => {
        const r = reply as WorkerReply;
        if (r.kind === 'error') {
          this.#logger.warn({ event: 'pool.process.reload_failed', plugin_key: spec.key, error_type: r.error.type }, r.error.message);
        }
      });
    }
  }

  #onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (child !== this.#child) return;
    this.#child = undefined;
    const reason = `the pool process exited (${signal === null ? `code ${code}` : `signal ${signal}`})`;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const request of pending) request.resolve(request.lost(`${reason} while this call was running`));
    if (this.#state === 'closed') return;
    this.#lastFailure = { at: new Date().toISOString(), reason };
    const stable = Date.now() - this.#startedAt >= this.#options.restart.stableMs;
    this.#consecutiveFailures = stable ? 1 : this.#consecutiveFailures + 1;
    if (this.#consecutiveFailures > this.#options.restart.maxRestarts) {
      this.#state = 'failed';
      for (const run of this.#backlog.splice(0)) run();
      this.#logger.error(
        { event: 'pool.process.failed', restarts: this.#restarts, reason, in_flight: pending.length },
        `the pool process keeps dying (${reason}); gave up after ${this.#restarts} restarts: plugin calls are unavailable`,
      );
      return;
    }
    const { restartBaseMs, restartCapMs } = this.#options.restart;
    const delay = Math.min(restartCapMs, restartBaseMs * 2 ** (this.#consecutiveFailures - 1));
    this.#state = this.#state === 'starting' ? 'starting' : 'restarting';
    this.#logger.error(
      { event: 'pool.process.exit', code, signal, in_flight: pending.length, restart_in_ms: delay, attempt: this.#consecutiveFailures },
      `${reason}; ${pending.length} calls in flight reported crashed; restarting in ${delay} ms`,
    );
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

function crashedReply(reason: string): ErrorReply {
  return errorReply({ type: 'crashed', message: reason });
}


/** What a request gets when there is no child to send it to (restarting, failed, closed). */
function unavailableFor(message: Distributive<ToPoolProcess>, state: string): unknown {
  const error: OutcomeError =
    state === 'restarting'
      ? { type: 'unavailable', reason: 'pool_restarting', message: 'the plugin pool process is restarting after a crash; retry shortly' }
      : { type: 'unavailable', reason: 'pool_failed', message: 'the plugin pool process failed repeatedly and was not restarted' };
  switch (message.type) {
    case 'callMany':
      return message.items.map(() => errorReply(error));
    case 'evict':
    case 'close':
      return undefined;
    default:
      return errorReply(error);
  }
}
