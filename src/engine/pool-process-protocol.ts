/**
 * The IPC protocol between the host's ProcessPool and the pool child (workers/pool-process.ts).
 * Both sides import this file; the child imports nothing else from the host but the ThreadPool it runs.
 */
import type { CallRequestTask, PluginSpec, WorkerReply } from '../protocol.ts';
import type { WorkerPoolOptions } from './worker-pool.ts';

export type PoolCallTask = CallRequestTask;

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

/** One call; `spec` rides along only when this child has not been sent it yet. */
export interface PoolCallItem {
  id: number;
  task: PoolCallTask;
  spec?: PluginSpec;
}

/**
 * Host → child. Every call has its own id and is answered on its own, as soon as it settles: a
 * fan-out's healthy calls reach the host even when a batch-mate kills the child afterwards, and the
 * host knows exactly which calls were still running when it died (crash attribution).
 */
export type ToPoolProcess =
  | { type: 'load'; id: number; spec: PluginSpec }
  | { type: 'calls'; items: PoolCallItem[] }
  | { type: 'evict'; id: number; pluginKeys: string[] }
  /** The whole set of protected ports (unanswered): sent on every change and again at each ready. */
  | { type: 'protect_ports'; ports: number[] }
  | { type: 'close'; id: number };

/** Child → host. */
export type FromPoolProcess =
  /** The child loaded isolated-vm and started its pool: it can run calls. */
  | { type: 'ready'; stats: PoolStatsSnapshot }
  /** Why the child cannot come up, sent just before it exits. */
  | { type: 'startup_failed'; message: string }
  /** Answers settled in the same turn, coalesced into one message. */
  | { type: 'replies'; replies: Array<{ id: number; reply: WorkerReply | null }>; stats: PoolStatsSnapshot }
  /** Every 250 ms; `rssBytes` serves the memory cap where /proc cannot be read. */
  | { type: 'stats'; stats: PoolStatsSnapshot; rssBytes: number }
  | { type: 'log'; line: string }
  /** The memory guard caught the child growing past its allowance (naming the plugin when it could); the child dies next. */
  | { type: 'memory_exceeded'; pluginId: string | undefined; growthMb: number; allowanceMb: number; segmentMs: number };
