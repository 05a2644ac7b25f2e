import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Logger } from 'pino';
import type { OutcomeError } from '../outcome.ts';
import type { CallTask, ErrorReply, LoadTask, PluginSpec, WorkerReply, WorkerTask } from '../protocol.ts';

const WORKER_FILE = fileURLToPath(new URL('../../workers/plugin-worker.ts', import.meta.url));

export interface WorkerPoolOptions {
  size: number;
  maxQueue: number;
  concurrentCallsPerWorker: number;
  logger: Logger;
}

/**
 * The piscina pool, plus the conversions at its boundary: the "send the source only to workers that
 * lack it" retry and piscina failures mapped to outcome types (`overloaded`, `crashed`).
 */
export class WorkerPool {
  readonly #piscina: Piscina;
  readonly #logger: Logger;
  #closed = false;

  constructor(options: WorkerPoolOptions) {
    this.#logger = options.logger;
    this.#piscina = new Piscina({
      filename: WORKER_FILE,
      minThreads: options.size,
      maxThreads: options.size,
      maxQueue: options.maxQueue,
      concurrentTasksPerWorker: options.concurrentCallsPerWorker,
      // Workers hold warm isolates: never let piscina reap them for being idle.
      idleTimeout: Number.POSITIVE_INFINITY,
      execArgv: [],
    });
    // A worker that dies rejects the tasks it held; the pool replaces it. Log, never crash the host.
    this.#piscina.on('error', (error: unknown) => {
      this.#logger.error({ event: 'pool.worker.error', err: error }, 'a pool worker failed');
    });
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
    const workers = this.threadCount;
    const barrier = new SharedArrayBuffer(4);
    const replies = await Promise.all(
      Array.from({ length: workers }, () => this.#run({ kind: 'shutdown', barrier, workers, timeoutMs: 2000 })),
    );
    const reached = new Set(replies.flatMap((r) => (r.kind === 'shutdown' ? [r.threadId] : [])));
    if (reached.size < workers) {
      this.#logger.warn({ event: 'pool.shutdown.incomplete', reached: reached.size, workers }, 'not every worker disposed its isolates before termination');
    }
    await this.#piscina.destroy();
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
  return { kind: 'error', error: outcome, durationMs: 0, cpuMs: 0, logs: [], droppedLogs: 0, heapBytes: 0 };
}
