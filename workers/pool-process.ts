/**
 * Entry of the pool child process (isolation: 'process'): a real ThreadPool driven over IPC by the
 * host's ProcessPool. If this process dies (a fatal V8 out-of-memory, a native crash, a kill), the host
 * reports the calls in flight as `crashed` and starts a new one. It exits when the host goes away.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import type { FromPoolProcess, PoolCallItem, PoolProcessConfig, PoolStatsSnapshot, ToPoolProcess } from '../src/engine/pool-process-protocol.ts';
import { ThreadPool } from '../src/engine/worker-pool.ts';
import { errorReply, type PluginSpec, type WorkerReply } from '../src/protocol.ts';
import { MemoryGuard } from './memory-guard.ts';

/** Memory the pool may add beside its calls' allowances while plugin code runs (see memory-guard.ts). */
const GUARD_SLACK_MB = 128;

/** Exit code of a child that cannot come up (the host counts it as a start failure). */
const EXIT_STARTUP_FAILED = 78;

const config = JSON.parse(process.argv[2] ?? '{}') as PoolProcessConfig;

function send(message: FromPoolProcess): void {
  if (process.connected) process.send?.(message);
}

// Log lines travel to the host, which writes them with its own logger.
const logger = pino(
  { level: config.logLevel },
  new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n')) if (line !== '') send({ type: 'log', line });
      callback();
    },
  }),
);

// The workers load isolated-vm lazily; a missing or mismatched binary would only show as every call
// failing. Loading it here first turns that into "this child cannot come up", which the host counts
// (status `failed` after a few in a row) instead of reporting a healthy pool that cannot run anything.
try {
  await import('isolated-vm');
} catch (error) {
  const message: FromPoolProcess = { type: 'startup_failed', message: `isolated-vm cannot be loaded in the pool process: ${(error as Error).message}` };
  // Exit once the message is out (or at once without a channel): the host reads the reason from it.
  if (process.connected && process.send !== undefined) process.send(message, () => process.exit(EXIT_STARTUP_FAILED));
  else process.exit(EXIT_STARTUP_FAILED);
  await new Promise(() => undefined);
}

const pool = new ThreadPool({
  size: config.size,
  spareThreads: config.spareThreads,
  ...(config.scheduling === undefined ? {} : { scheduling: config.scheduling }),
  maxQueue: config.maxQueue,
  concurrentCallsPerWorker: config.concurrentCallsPerWorker,
  stuckAfterMs: config.stuckAfterMs,
  logger,
  // A worker blocked in native code cannot be stopped, and terminating a thread that holds isolates
  // aborts the process anyway: die now (SIGKILL skips the teardown), the host reports the calls in
  // flight as crashed and starts a fresh pool process.
  onStuckWorker(threadId) {
    logger.fatal({ event: 'pool.process.stuck_worker', thread_id: threadId }, 'a worker is blocked in native code; restarting the pool process');
    setTimeout(() => process.kill(process.pid, 'SIGKILL'), 20);
  },
});
const specs = new Map<string, PluginSpec>();

// Heap growth isolated-vm does not stop in time (see memory-guard.ts): name the plugin, then die.
new MemoryGuard({
  rssBytes: () => process.memoryUsage.rss(),
  segments: () => pool.runningSegments(),
  minSegmentMs: config.scheduling?.longSegmentMs ?? 50,
  slackBytes: GUARD_SLACK_MB * 1024 * 1024,
  intervalMs: 20,
  onExceeded({ pluginId, growthBytes, allowanceBytes, segmentMs }) {
    const report = { pluginId, growthMb: Math.round(growthBytes / 2 ** 20), allowanceMb: Math.round(allowanceBytes / 2 ** 20), segmentMs: Math.round(segmentMs) };
    logger.fatal({ event: 'pool.process.memory_exceeded', plugin_id: pluginId ?? null, growth_mb: report.growthMb, allowance_mb: report.allowanceMb }, 'a plugin grew the pool process past its allowance in one call; restarting the pool process');
    const die = () => process.kill(process.pid, 'SIGKILL');
    if (process.connected && process.send !== undefined) process.send({ type: 'memory_exceeded', ...report } satisfies FromPoolProcess, die);
    else die();
    setTimeout(die, 200).unref();
  },
});

function stats(): PoolStatsSnapshot {
  return { queueSize: pool.queueSize, utilization: pool.utilization, threads: pool.threadCount };
}

// Answers settled in the same event-loop turn go to the host in one message: a fan-out's replies
// usually arrive together, and each IPC message costs a serialization and a wake-up on both sides.
let outbox: Array<{ id: number; reply: WorkerReply | null }> = [];
function answer(id: number, reply: WorkerReply | null): void {
  if (outbox.length === 0) setImmediate(flush);
  outbox.push({ id, reply });
}
function flush(): void {
  const replies = outbox;
  outbox = [];
  send({ type: 'replies', replies, stats: stats() });
}

function runCall(item: PoolCallItem): void {
  if (item.spec !== undefined) specs.set(item.spec.key, item.spec);
  const spec = specs.get(item.task.pluginKey);
  if (spec === undefined) {
    answer(item.id, { kind: 'need_source' });
    return;
  }
  pool.call(item.task, spec).then(
    (reply) => answer(item.id, reply),
    (error: unknown) => answer(item.id, errorReply({ type: 'crashed', message: `the pool process failed the call: ${String(error)}` })),
  );
}

async function handle(message: Exclude<ToPoolProcess, { type: 'calls' | 'protect_ports' }>): Promise<WorkerReply | null> {
  switch (message.type) {
    case 'load':
      specs.set(message.spec.key, message.spec);
      return pool.load(message.spec);
    case 'evict':
      for (const key of message.pluginKeys) specs.delete(key);
      await pool.evict(message.pluginKeys);
      return null;
    case 'close':
      await shutdown();
      return null;
  }
}

let closing: Promise<void> | undefined;
function shutdown(): Promise<void> {
  closing ??= pool.close().catch((error: unknown) => logger.error({ event: 'pool.process.close_error', err: error }, 'closing the pool failed'));
  return closing;
}

process.on('message', (message: ToPoolProcess) => {
  if (message.type === 'calls') {
    // Each call is its own pool task, answered when it settles (see the protocol).
    for (const item of message.items) runCall(item);
    return;
  }
  if (message.type === 'protect_ports') {
    pool.protectPorts(message.ports);
    return;
  }
  handle(message).then(
    (reply) => {
      answer(message.id, reply);
      if (message.type === 'close') {
        flush();
        process.disconnect();
      }
    },
    (error: unknown) => {
      logger.error({ event: 'pool.process.request_error', err: error }, 'a pool request failed');
      answer(message.id, errorReply({ type: 'crashed', message: String(error) }));
    },
  );
});

// The host went away (exited, was killed): dispose the isolates and go too.
process.on('disconnect', () => {
  void shutdown().then(() => process.exit(0));
});

// Ready means the worker threads run: one evict task per thread (of a key no plugin has) waits for
// each to boot. Announcing earlier would let the first calls spend their deadlines queued behind
// worker start-up (as `queue_wait` timeouts) instead of getting a clear `unavailable` from the host.
await pool.evict(['\u0000warm-up']);

const statsTimer = setInterval(() => send({ type: 'stats', stats: stats(), rssBytes: process.memoryUsage.rss() }), 250);
statsTimer.unref();
send({ type: 'ready', stats: stats() });
