import type { Logger } from 'pino';
import type { ResolvedEngineOptions } from '../options.ts';
import { ProcessPool } from './process-pool.ts';
import { ThreadPool, type PluginPool } from './worker-pool.ts';

/** The pool for `options.isolation`: the pool in a supervised child (default), or worker threads here. */
export function createPool(options: Readonly<ResolvedEngineOptions>, logger: Logger): PluginPool {
  // A worker still busy this long after a call's deadline is stuck in native code (isolate builds
  // for a call are bounded by initTimeoutMs, and the host stopped waiting after hostGraceMs).
  const stuckAfterMs = options.limits.hostGraceMs + options.limits.initTimeoutMs;
  const { spareThreads, ...scheduling } = options.scheduling;
  const common = { size: options.poolSize, spareThreads, scheduling, maxQueue: options.maxQueue, concurrentCallsPerWorker: options.concurrentCallsPerWorker, stuckAfterMs };
  const { mode, maxRestarts: _removed, ...recovery } = options.isolation;
  if (mode === 'thread') return new ThreadPool({ ...common, logger });
  return new ProcessPool({ ...common, logger, logLevel: logger.level, recovery });
}
