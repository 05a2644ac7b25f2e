import { ArrayTaskQueue, Piscina } from 'piscina';
import type { Logger } from 'pino';
import type { OutcomeError } from '../outcome.ts';
import { errorReply, type CallRequestTask, type CallTask, type ErrorReply, type PluginSpec, type WorkerReply, type WorkerTask } from '../protocol.ts';
import { BusyTable } from '../busy-table.ts';
import { packageModule } from '../package-root.ts';
import { ClaimTable } from '../claim-table.ts';
import { ProtectedPorts } from '../protected-ports.ts';
import type { Job } from '../pool/job.ts';
import { Scheduler, type SchedulingPolicy } from '../pool/scheduler.ts';
import type { ThreadSlot } from '../pool/thread-slot.ts';

// The watched entry wraps plugin-worker.ts and publishes each thread's busy state (see busy-table.ts).
const WORKER_FILE = packageModule('workers/watched-worker.ts');

/** Plugin code holding a thread in one synchronous segment (see workers/memory-guard.ts). */
export interface RunningSegment {
  threadId: number;
  /** Epoch ms the segment started. */
  since: number;
  pluginId: string;
  memoryMb: number;
}

export interface WorkerPoolOptions {
  /** Threads trusted plugins spread over (the CPU count by default). */
  size: number;
  /** Extra threads for plugins on probation or suspected of holding their thread. */
  spareThreads?: number;
  maxQueue: number;
  concurrentCallsPerWorker: number;
  /** See SchedulingPolicy; defaults: longSegmentMs 50, trustAfterCalls 3, maxSuspectThreads half the threads. */
  scheduling?: Partial<Pick<SchedulingPolicy, 'longSegmentMs' | 'trustAfterCalls' | 'maxSuspectThreads'>>;
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
  call(task: CallRequestTask, spec: PluginSpec): Promise<WorkerReply>;
  callMany(items: ReadonlyArray<{ task: CallRequestTask; spec: PluginSpec }>): Promise<WorkerReply[]>;
  evict(pluginKeys: string[]): Promise<void>;
  /** Ports of this machine ctx.fetch must never reach (the whole set; see src/protected-ports.ts). */
  protectPorts(ports: readonly number[]): void;
  health(): PoolHealth;
  /** Resolves once the pool first came up or first failed to (never rejects): `health()` is then final. */
  started(): Promise<void>;
  close(): Promise<void>;
}

/** The pool type the engine, call runner and plugin manager are written against. */
export type WorkerPool = PluginPool;

/**
 * The piscina pool driven by the host-side Scheduler (src/pool/scheduler.ts): the scheduler decides
 * which thread runs each call and piscina only carries the task there (a load balancer that honours
 * the chosen thread). Also the conversions at the boundary: piscina failures mapped to outcome types
 * (`overloaded`, `crashed`), the source sent only to workers that lack it.
 */
export class ThreadPool implements PluginPool {
  readonly #piscina: Piscina;
  readonly #logger: Logger;
  readonly #busy: BusyTable;
  readonly #claims: ClaimTable;
  readonly #protectedPorts = new ProtectedPorts();
  readonly #scheduler: Scheduler;
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
    const threads = options.size + (options.spareThreads ?? 0);
    this.#busy = new BusyTable(Math.max(16, threads * 8));
    this.#claims = new ClaimTable(8192);
    this.#scheduler = new Scheduler(
      {
        sharedThreads: options.size,
        callsPerThread: options.concurrentCallsPerWorker,
        longSegmentMs: options.scheduling?.longSegmentMs ?? 50,
        trustAfterCalls: options.scheduling?.trustAfterCalls ?? 3,
        maxSuspectThreads: options.scheduling?.maxSuspectThreads ?? Math.max(1, Math.floor(threads / 2)),
      },
      {
        post: (thread, jobs) => this.#post(thread, jobs),
        segment: (threadId) => this.#busy.segment(threadId),
        withdraw: (job) => job.ticket !== undefined && this.#claims.withdraw(job.ticket.index, job.ticket.seq),
      },
    );
    this.#piscina = new Piscina({
      filename: WORKER_FILE,
      minThreads: threads,
      maxThreads: threads,
      // The scheduler keeps its own queues (maxQueue is enforced there); piscina's stays empty
      // except for shutdown tasks, which go first.
      maxQueue: Number.POSITIVE_INFINITY,
      taskQueue: new ShutdownFirstQueue(),
      // The scheduler bounds calls per thread; piscina must never refuse one it placed.
      concurrentTasksPerWorker: 1024,
      loadBalancer: chosenThread as unknown as NonNullable<ConstructorParameters<typeof Piscina>[0]>['loadBalancer'],
      // Workers hold warm isolates: never let piscina reap them for being idle.
      idleTimeout: Number.POSITIVE_INFINITY,
      execArgv: [],
      workerData: { busy: this.#busy.buffer, claims: this.#claims.buffer, protectedPorts: this.#protectedPorts.buffer },
    });
    // A worker that dies rejects the tasks it held; the pool replaces it. Log, never crash the host.
    this.#piscina.on('error', (error: unknown) => {
      this.#logger.error({ event: 'pool.worker.error', err: error }, 'a pool worker failed');
    });
    this.#piscina.on('workerCreate', (worker: { id: number }) => this.#scheduler.addThread(worker.id));
    this.#piscina.on('workerDestroy', (worker: { id: number }) => {
      this.#scheduler.removeThread(worker.id);
      if (this.#closed) return;
      this.#restarts += 1;
      this.#lastFailure ??= { at: new Date().toISOString(), reason: 'a worker thread exited' };
    });
    this.#watchdog = setInterval(() => this.#recycleStuckWorkers(), Math.min(500, Math.max(50, this.#stuckAfterMs / 4)));
    this.#watchdog.unref();
  }

  started(): Promise<void> {
    return Promise.resolve();
  }

  protectPorts(ports: readonly number[]): void {
    this.#protectedPorts.set(ports);
  }

  health(): PoolHealth {
    const stuck = this.#stuck.size > 0;
    return { isolation: 'thread', status: stuck ? 'degraded' : 'ok', restarts: this.#restarts, ...(this.#lastFailure === undefined ? {} : { lastFailure: this.#lastFailure }) };
  }

  /** Each plugin version's scheduling trust (probation, trusted, suspect), by plugin key. */
  trust(): Record<string, string> {
    return this.#scheduler.trust();
  }

  /** Plugin code holding a thread right now, one synchronous segment each (see workers/memory-guard.ts). */
  runningSegments(): RunningSegment[] {
    const segments: RunningSegment[] = [];
    for (const thread of this.#scheduler.threads()) {
      if (thread.idle) continue;
      const segment = this.#busy.segment(thread.id);
      if (segment === undefined) continue;
      for (const job of thread.running) {
        if (job.flow.id !== segment.flow) continue;
        segments.push({ threadId: thread.id, since: segment.since, pluginId: job.spec.id, memoryMb: job.spec.memoryMb });
        break;
      }
    }
    return segments;
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
    return this.#scheduler.queued;
  }

  get utilization(): number {
    return this.#piscina.utilization;
  }

  get threadCount(): number {
    return this.#piscina.threads.length;
  }

  /** Build the plugin's isolate (compile + evaluate + init) in one worker. */
  load(spec: PluginSpec): Promise<WorkerReply> {
    const flow = this.#scheduler.flow(spec.key);
    const deadline = Date.now() + spec.initTimeoutMs;
    const reply = this.#enqueue(spec, { kind: 'load', task: { kind: 'load', spec, flow: flow.id } }, deadline);
    this.#scheduler.pump();
    return reply;
  }

  /** One call. Resolves to a reply in every case; piscina errors become error replies. */
  call(task: CallRequestTask, spec: PluginSpec): Promise<WorkerReply> {
    const reply = this.#enqueue(spec, { kind: 'call', task }, task.deadline);
    this.#scheduler.pump();
    return reply;
  }

  /**
   * Calls of one fan-out, queued together and placed in one pass, so the calls the scheduler puts on
   * the same thread travel as one batch task. Replies come back in input order.
   */
  callMany(items: ReadonlyArray<{ task: CallRequestTask; spec: PluginSpec }>): Promise<WorkerReply[]> {
    const replies = items.map((item) => this.#enqueue(item.spec, { kind: 'call', task: item.task }, item.task.deadline));
    this.#scheduler.pump();
    return Promise.all(replies);
  }

  #enqueue(spec: PluginSpec, work: Job['work'], deadline: number): Promise<WorkerReply> {
    if (this.#closed) return Promise.resolve(poolFailure(new Error('the pool is closed')));
    if (this.#scheduler.queued >= this.#maxQueue) return Promise.resolve(poolFailure(new Error('Task queue is at limit')));
    return new Promise((resolve) => {
      const job: Job = { flow: this.#scheduler.flow(spec.key), spec, work, deadline, queuedAt: Date.now(), resolve, thread: undefined, ticket: undefined, attempt: 0, expiry: undefined, done: false };
      this.#scheduler.submit(job);
    });
  }

  /** Carry jobs the scheduler placed on `thread` there: one task, or one batch task for several calls. */
  #post(thread: ThreadSlot, jobs: Job[]): void {
    const attempts = jobs.map((job) => job.attempt);
    const tickets: Array<{ index: number; seq: number }> = [];
    const tasks = jobs.map((job): WorkerTask => {
      const withSpec = !thread.sentKeys.has(job.spec.key);
      thread.sentKeys.add(job.spec.key);
      if (job.work.kind === 'load') {
        job.ticket = undefined;
        return job.work.task;
      }
      const ticket = this.#claims.issue();
      job.ticket = ticket;
      if (ticket !== undefined) tickets.push(ticket);
      const call: CallTask = { kind: 'call', ...job.work.task, ticket: ticket?.index ?? -1, seq: ticket?.seq ?? 0, flow: job.flow.id, ...(job.flow.trust === 'suspect' ? { lowPriority: true } : {}), ...(withSpec ? { spec: job.spec } : {}) };
      return call;
    });
    const calls = tasks.filter((task): task is CallTask => task.kind === 'call');
    const single = tasks.length === 1 ? tasks[0] : undefined;
    const task: WorkerTask = single ?? { kind: 'batch', calls };
    const settle = (replies: WorkerReply[]) => {
      for (const ticket of tickets) this.#claims.release(ticket.index);
      jobs.forEach((job, i) => {
        const reply = replies[i] ?? replies[0] as WorkerReply;
        if (reply.kind === 'need_source') {
          // The worker dropped the spec (an evict raced this call): send it again, same thread.
          thread.sentKeys.delete(job.spec.key);
          if (!job.done && job.attempt === attempts[i] && job.thread === thread) this.#post(thread, [job]);
          return;
        }
        this.#scheduler.complete(job, attempts[i] as number, reply);
      });
    };
    if (single === undefined && calls.length !== tasks.length) {
      // A load never rides in a batch (the scheduler gives loads a thread of their own): post separately.
      for (const job of jobs) this.#post(thread, [job]);
      return;
    }
    this.#run(task, thread.id).then(
      (reply) => settle(reply.kind === 'batch' ? reply.replies : [reply]),
      (error: unknown) => settle([poolFailure(error)]),
    );
  }

  async evict(pluginKeys: string[]): Promise<void> {
    if (pluginKeys.length === 0 || this.#closed) return;
    this.#scheduler.forget(pluginKeys);
    // One evict task per thread, addressed to it: every worker drops its isolates for these keys.
    await Promise.all(this.#scheduler.threads().map((thread) => this.#run({ kind: 'evict', pluginKeys }, thread.id).catch(() => undefined)));
  }

  async #run(task: WorkerTask, threadId: number | undefined): Promise<WorkerReply> {
    if (this.#closed && task.kind !== 'shutdown') return poolFailure(new Error('the pool is closed'));
    try {
      const addressed = threadId === undefined ? task : Object.assign(task, { [Piscina.queueOptionsSymbol]: { threadId } });
      return (await this.#piscina.run(addressed)) as WorkerReply;
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
    this.#scheduler.drain(() => poolFailure(new Error('the pool is closed')));
    const threads = this.#scheduler.threads();
    const barrier = new SharedArrayBuffer(4);
    const workers = threads.length;
    const replies = await Promise.all(threads.map((thread) => this.#run({ kind: 'shutdown', barrier, workers, timeoutMs: 2000 }, thread.id)));
    const reached = new Set(replies.flatMap((r) => (r.kind === 'shutdown' ? [r.threadId] : [])));
    if (reached.size < workers) {
      this.#logger.warn({ event: 'pool.shutdown.incomplete', reached: reached.size, workers }, 'not every worker disposed its isolates before termination');
    }
    await this.#piscina.destroy();
  }
}

/**
 * piscina load balancer: the scheduler already chose the thread. A task addressed to a thread that is
 * gone (it died between placement and posting) goes to any worker; its job was settled as crashed.
 */
function chosenThread(task: { [key: symbol]: unknown }, workers: Array<{ id: number; currentUsage: number }>): (typeof workers)[number] | null {
  const options = task[Piscina.queueOptionsSymbol] as { threadId?: number } | null | undefined;
  const wanted = options?.threadId;
  if (wanted === undefined) return workers.find((w) => w.currentUsage === 0) ?? workers[0] ?? null;
  return workers.find((w) => w.id === wanted) ?? workers.find((w) => w.currentUsage === 0) ?? workers[0] ?? null;
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
