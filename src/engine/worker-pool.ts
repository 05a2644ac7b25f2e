import { fileURLToPath } from 'node:url';
import { ArrayTaskQueue, Piscina } from 'piscina';
import type { Logger } from 'pino';
import type { OutcomeError } from '../outcome.ts';
import { errorReply, type CallTask, type ErrorReply, type LoadTask, type PluginSpec, type WorkerReply, type WorkerTask } from '../protocol.ts';
import { BusyTable } from '../busy-table.ts';

// The watched entry wraps plugin-worker.ts and publishes each thread's busy state (see busy-table.ts).
const WORKER_FILE = fileURLToPath(new URL('../../workers/watched-worker.ts', import.meta.url));

export interface WorkerPoolOptions {
  size: number;
  maxQueue: number;
  concurrentCallsPerWorker: number;
  logger: Logger;
  /**
   * A worker still running a task this long after the task's deadline could not stop a runaway call
   * (blocked in native code). Default 7000 ms.
   */
  stuckAfterMs?: number;
  /**
   * Called once per stuck worker. Terminating a worker thread that holds isolated-vm isolates aborts
   * the whole process (see terminateWorkers), so in thread isolation the pool only reports it
   * (health `degraded`); the pool child process of process isolation exits from here instead and its
   * supervisor reports the calls as crashed and starts a fresh pool.
   */
  onStuckWorker?: (threadId: number) => void;
}

/** Whether the pool can run calls: `restarting`/`failed` only happen in process isolation. */
export interface PoolHealth {
  isolation: 'thread' | 'process';
  status: 'ok' | 'degraded' | 'restarting' | 'failed';
  /** Worker threads replaced (thread mode) or child processes restarted (process mode) so far. */
  restarts: number;
  /** The child process id in process mode. */
  pid?: number;
  /** Why the pool last lost a worker or child, if it did. */
  lastFailure?: { at: string; reason: string };
}

/**
 * What the engine and the lifecycle code use of a pool: ThreadPool (worker threads in this process)
 * and ProcessPool (the same pool in a supervised child process) both implement it.
 */
export interface PluginPool {
  readonly queueSize: number;
  readonly utilization: number;
  readonly threadCount: number;
  load(spec: PluginSpec): Promise<WorkerReply>;
  call(task: Omit<CallTask, 'kind' | 'spec'>, spec: PluginSpec): Promise<WorkerReply>;
  callMany(items: ReadonlyArray<{ task: Omit<CallTask, 'kind' | 'spec'>; spec: PluginSpec }>): Promise<WorkerReply[]>;
  evict(pluginKeys: string[]): Promise<void>;
  health(): PoolHealth;
  close(): Promise<void>;
}

/** The pool type the engine, call runner and plugin manager are written against. */
export type WorkerPool = PluginPool;

/**
 * The piscina pool, plus the conversions at its boundary: the "send the source only to workers that
 * lack it" retry and piscina failures mapped to outcome types (`overloaded`, `crashed`).
 */
export class ThreadPool implements PluginPool {
  readonly #piscina: Piscina;
  readonly #logger: Logger;
  readonly #busy: BusyTable;
  readonly #stuckAfterMs: number;
  readonly #maxQueue: number;
  readonly #watchdog: NodeJS.Timeout;
  readonly #onStuck: ((threadId: number) => void) | undefined;
  /** Workers reported stuck (each once). */
  readonly #stuck = new Set<number>();
  #restarts = 0;
  #lastFailure: PoolHealth['lastFailure'];
  #closed = false;

  constructor(options: WorkerPoolOptions) {
    this.#logger = options.logger;
    this.#stuckAfterMs = options.stuckAfterMs ?? 7000;
    this.#maxQueue = options.maxQueue;
    this.#onStuck = options.onStuckWorker;
    this.#busy = new BusyTable(Math.max(16, options.size * 8));
    this.#piscina = new Piscina({
      filename: WORKER_FILE,
      minThreads: options.size,
      maxThreads: options.size,
      // maxQueue is enforced in #run, so that close()'s shutdown tasks are never refused and go first.
      maxQueue: Number.POSITIVE_INFINITY,
      taskQueue: new ShutdownFirstQueue(),
      concurrentTasksPerWorker: options.concurrentCallsPerWorker,
      // Workers hold warm isolates: never let piscina reap them for being idle.
      idleTimeout: Number.POSITIVE_INFINITY,
      execArgv: [],
      workerData: { busy: this.#busy.buffer },
    });
    // A worker that dies rejects the tasks it held; the pool replaces it. Log, never crash the host.
    this.#piscina.on('error', (error: unknown) => {
      this.#logger.error({ event: 'pool.worker.error', err: error }, 'a pool worker failed');
    });
    this.#piscina.on('workerDestroy', () => {
      if (this.#closed) return;
      this.#restarts += 1;
      this.#lastFailure ??= { at: new Date().toISOString(), reason: 'a worker thread exited' };
    });
    this.#watchdog = setInterval(() => this.#recycleStuckWorkers(), Math.min(500, Math.max(50, this.#stuckAfterMs / 4)));
    this.#watchdog.unref();
  }

  health(): PoolHealth {
    const stuck = this.#stuck.size > 0;
    return { isolation: 'thread', status: stuck ? 'degraded' : 'ok', restarts: this.#restarts, ...(this.#lastFailure === undefined ? {} : { lastFailure: this.#lastFailure }) };
  }

  /** Thread ids of the live workers, in piscina's order (for fault injection and diagnostics). */
  get threadIds(): number[] {
    return this.#piscina.threads.map((worker) => worker.threadId);
  }

  /** Thread ids of the workers running at least one task now (host-side view, never blocks). */
  busyThreadIds(): number[] {
    return this.threadIds.filter((threadId) => this.#busy.busyUntil(threadId) !== undefined);
  }

  /**
   * Fault injection only. Terminate worker threads from the outside: piscina fails the tasks they
   * held (`crashed`) and starts replacements, which rebuild isolates lazily (need_source).
   * WARNING: a worker that holds isolated-vm handles aborts the whole process when terminated
   * (`IsolateEnvironment::GetCurrent(): Assertion environment != nullptr`, isolated-vm 7.0.1 on
   * Node 24); only workers that never built an isolate die cleanly. Process isolation exists for this.
   */
  async terminateWorkers(threadIds: readonly number[], reason = 'terminated by the host'): Promise<number> {
    const targets = this.#piscina.threads.filter((worker) => threadIds.includes(worker.threadId));
    this.#lastFailure = { at: new Date().toISOString(), reason };
    await Promise.all(targets.map((worker) => worker.terminate()));
    return targets.length;
  }

  #recycleStuckWorkers(): void {
    if (this.#closed) return;
    const live = this.threadIds;
    this.#busy.forget(live);
    const now = Date.now();
    for (const threadId of live) {
      const busyUntil = this.#busy.busyUntil(threadId);
      const stuck = busyUntil !== undefined && now > busyUntil + this.#stuckAfterMs;
      if (!stuck) {
        // It came back (the native call returned): no longer stuck.
        this.#stuck.delete(threadId);
        continue;
      }
      if (this.#stuck.has(threadId)) continue;
      this.#stuck.add(threadId);
      this.#lastFailure = { at: new Date().toISOString(), reason: `worker ${threadId} stuck ${this.#stuckAfterMs} ms past a call deadline` };
      this.#logger.error(
        { event: 'pool.worker.stuck', thread_id: threadId, stuck_after_ms: this.#stuckAfterMs },
        'a worker could not stop a runaway plugin call by its deadline (blocked in native code)',
      );
      this.#onStuck?.(threadId);
    }
    for (const threadId of this.#stuck) if (!live.includes(threadId)) this.#stuck.delete(threadId);
  }

  get queueSize(): number {
    return this.#piscina.queueSize;
  }

  get utilization(): number {
    return this.#piscina.utilization;
  }

  get threadCount(): number {
    return this.#piscina.threads.length;
  }

  /** Build the plugin's isolate (compile + evaluate + init) in one worker. */
  async load(spec: PluginSpec): Promise<WorkerReply> {
    const task: LoadTask = { kind: 'load', spec };
    return this.#run(task);
  }

  /** One call. Resolves to a reply in every case; piscina errors become error replies. */
  async call(task: Omit<CallTask, 'kind' | 'spec'>, spec: PluginSpec): Promise<WorkerReply> {
    const first = await this.#run({ kind: 'call', ...task });
    if (first.kind !== 'need_source') return first;
    return this.#run({ kind: 'call', ...task, spec });
  }

  /**
   * Calls of one fan-out, spread over at most one batch task per worker thread (round robin, so
   * plugins still run in parallel across workers). Replies come back in input order.
   */
  async callMany(items: ReadonlyArray<{ task: Omit<CallTask, 'kind' | 'spec'>; spec: PluginSpec }>): Promise<WorkerReply[]> {
    if (items.length === 1) {
      const only = items[0] as (typeof items)[number];
      return [await this.call(only.task, only.spec)];
    }
    const groups = Math.min(items.length, Math.max(1, this.threadCount));
    const batches: number[][] = Array.from({ length: groups }, () => []);
    items.forEach((_, index) => (batches[index % groups] as number[]).push(index));
    const replies: WorkerReply[] = new Array(items.length);
    await Promise.all(
      batches.map(async (indexes) => {
        const reply = await this.#run({ kind: 'batch', calls: indexes.map((i) => ({ kind: 'call', ...(items[i] as (typeof items)[number]).task })) });
        const perCall = reply.kind === 'batch' ? reply.replies : indexes.map(() => reply);
        await Promise.all(
          indexes.map(async (itemIndex, j) => {
            const answer = perCall[j] as WorkerReply;
            const item = items[itemIndex] as (typeof items)[number];
            // A worker that has not seen this plugin version yet asks for its source once.
            replies[itemIndex] = answer.kind === 'need_source' ? await this.#run({ kind: 'call', ...item.task, spec: item.spec }) : answer;
          }),
        );
      }),
    );
    return replies;
  }

  async evict(pluginKeys: string[]): Promise<void> {
    if (pluginKeys.length === 0 || this.#closed) return;
    // Each worker caches independently; one evict task per thread reaches most of them, and keys of
    // evicted versions are never requested again, so a missed worker only keeps a cold isolate.
    await Promise.all(
      Array.from({ length: this.threadCount }, () => this.#run({ kind: 'evict', pluginKeys }).catch(() => undefined)),
    );
  }

  async #run(task: WorkerTask): Promise<WorkerReply> {
    if (task.kind !== 'shutdown') {
      if (this.#closed) return poolFailure(new Error('the pool is closed'));
      if (this.#piscina.queueSize >= this.#maxQueue) return poolFailure(new Error('Task queue is at limit'));
    }
    try {
      return (await this.#piscina.run(task)) as WorkerReply;
    } catch (error) {
      return poolFailure(error);
    }
  }

  /**
   * Dispose every isolate inside its worker (see the worker's handleShutdown for why), then terminate
   * the workers. Calls still running get `crashed`.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#watchdog);
    const workers = this.threadCount;
    const barrier = new SharedArrayBuffer(4);
    const replies = await Promise.all(
      // Twice as many tasks as threads: a busy thread may be passed over by piscina's balancer for the
      // first ones, and the copies a thread already counted simply wait on the barrier.
      Array.from({ length: workers * 2 }, () => this.#run({ kind: 'shutdown', barrier, workers, timeoutMs: 2000 })),
    );
    const reached = new Set(replies.flatMap((r) => (r.kind === 'shutdown' ? [r.threadId] : [])));
    if (reached.size < workers) {
      this.#logger.warn({ event: 'pool.shutdown.incomplete', reached: reached.size, workers }, 'not every worker disposed its isolates before termination');
    }
    await this.#piscina.destroy();
  }
}

/** FIFO, except that shutdown tasks jump the queue: close() must not wait behind queued calls. */
class ShutdownFirstQueue extends ArrayTaskQueue {
  override push(task: Parameters<ArrayTaskQueue['push']>[0]): void {
    if ((task as { task?: { kind?: string } }).task?.kind === 'shutdown') super.unshift(task);
    else super.push(task);
  }
}

function poolFailure(error: unknown): ErrorReply {
  const message = error instanceof Error ? error.message : String(error);
  let outcome: OutcomeError;
  if (/queue is at limit/i.test(message)) {
    outcome = { type: 'overloaded', message: 'the worker queue is full; retry later' };
  } else if (/terminated|destroyed|exited/i.test(message)) {
    outcome = { type: 'crashed', message: `the worker running this call stopped: ${message}` };
  } else {
    outcome = { type: 'crashed', message: `the worker failed: ${message}` };
  }
  return errorReply(outcome);
}
