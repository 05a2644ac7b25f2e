/**
 * Entry of the pool child process (isolation: 'process'): a real ThreadPool driven over IPC by the
 * host's ProcessPool. If this process dies (a fatal V8 out-of-memory, a native crash, a kill), the host
 * reports the calls in flight as `crashed` and starts a new one. It exits when the host goes away.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import type { FromPoolProcess, PoolProcessConfig, PoolStatsSnapshot, ToPoolProcess } from '../src/engine/process-pool.ts';
import { ThreadPool } from '../src/engine/worker-pool.ts';
import { errorReply, type PluginSpec } from '../src/protocol.ts';

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

function stats(): PoolStatsSnapshot {
  return { queueSize: pool.queueSize, utilization: pool.utilization, threads: pool.threadCount };
}

function remember(spec: PluginSpec | undefined): void {
  if (spec !== undefined) specs.set(spec.key, spec);
}

async function handle(message: ToPoolProcess): Promise<unknown> {
  switch (message.type) {
    case 'load':
      remember(message.spec);
      return pool.load(message.spec);
    case 'call': {
      remember(message.spec);
      const spec = specs.get(message.task.pluginKey);
      return spec === undefined ? { kind: 'need_source' } : pool.call(message.task, spec);
    }
    case 'callMany': {
      for (const item of message.items) remember(item.spec);
      const replies: unknown[] = new Array(message.items.length);
      const known: number[] = [];
      message.items.forEach((item, index) => {
        if (specs.has(item.task.pluginKey)) known.push(index);
        else replies[index] = { kind: 'need_source' };
      });
      const answered = await pool.callMany(
        known.map((index) => {
          const item = message.items[index] as (typeof message.items)[number];
          return { task: item.task, spec: specs.get(item.task.pluginKey) as PluginSpec };
        }),
      );
      known.forEach((index, j) => (replies[index] = answered[j]));
      return replies;
    }
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
  handle(message).then(
    (reply) => {
      send({ type: 'reply', id: message.id, reply: reply as never, stats: stats() });
      if (message.type === 'close') process.disconnect();
    },
    (error: unknown) => {
      logger.error({ event: 'pool.process.request_error', err: error }, 'a pool request failed');
      send({ type: 'reply', id: message.id, reply: errorReply({ type: 'crashed', message: String(error) }), stats: stats() });
    },
  );
});

// The host went away (exited, was killed): dispose the isolates and go too.
process.on('disconnect', () => {
  void shutdown().then(() => process.exit(0));
});

const statsTimer = setInterval(() => send({ type: 'stats', stats: stats() }), 250);
statsTimer.unref();
send({ type: 'ready', stats: stats() });
