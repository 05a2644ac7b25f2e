/**
 * piscina worker entry. Keeps one warm PluginRuntime per plugin key and turns every task into a
 * typed reply; it never throws for plugin failures (a thrown task error means the worker itself broke).
 * Imports nothing from the host except the protocol and outcome types.
 */
import { deserialize, serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { threadId } from 'node:worker_threads';
import type { OutcomeError } from '../src/outcome.ts';
import { errorReply, type BatchTask, type CallTask, type EvictTask, type LoadTask, type PluginSpec, type ShutdownTask, type WorkerReply, type WorkerTask } from '../src/protocol.ts';
import { PluginLoadError, PluginRuntime, type CallResult } from './plugin-runtime.ts';
import { claimCall, epochNow, runAtPriority } from './thread-status.ts';

const specs = new Map<string, PluginSpec>();
const runtimes = new Map<string, Promise<PluginRuntime>>();

// Note: no forced GC after an isolate is disposed here. It was tried (collect ivm handles as soon as
// they become garbage) but it delays the reply of the call that timed out by ~10 ms (two full GCs);
// close() collects them in handleShutdown before workers are terminated, which is the case that aborts.
export default function handleTask(task: WorkerTask): Promise<WorkerReply> | WorkerReply {
  return runTask(task);
}

function runTask(task: WorkerTask): Promise<WorkerReply> | WorkerReply {
  switch (task.kind) {
    case 'call':
      return handleCall(task);
    case 'batch':
      return handleBatch(task);
    case 'load':
      return handleLoad(task);
    case 'evict':
      return handleEvict(task);
    case 'shutdown':
      return handleShutdown(task);
  }
}

function runtimeFor(spec: PluginSpec, flow: number): Promise<PluginRuntime> {
  let runtime = runtimes.get(spec.key);
  if (runtime === undefined) {
    runtime = PluginRuntime.create(spec, flow).then(
      function cacheUntilDead(built) {
        built.onDead = () => {
          if (runtimes.get(spec.key) === runtime) runtimes.delete(spec.key);
        };
        return built;
      },
      function forgetFailedBuild(error: unknown) {
        runtimes.delete(spec.key);
        throw error;
      },
    );
    runtimes.set(spec.key, runtime);
  }
  return runtime;
}

async function handleLoad(task: LoadTask): Promise<WorkerReply> {
  specs.set(task.spec.key, task.spec);
  const startedAt = performance.now();
  try {
    const runtime = await runtimeFor(task.spec, task.flow ?? 0);
    return { kind: 'loaded', exports: runtime.exports, durationMs: performance.now() - startedAt, cpuMs: 0 };
  } catch (error) {
    return errorReply(loadFailure(error), performance.now() - startedAt);
  }
}

async function handleCall(task: CallTask): Promise<WorkerReply> {
  if (task.spec !== undefined) specs.set(task.spec.key, task.spec);
  const spec = specs.get(task.pluginKey);
  if (spec === undefined) return { kind: 'need_source' };
  // Run time starts when the worker takes the call up: an isolate built for it is part of it.
  const startedAt = epochNow();
  let runtime: PluginRuntime;
  try {
    runtime = await runtimeFor(spec, task.flow);
  } catch (error) {
    const cause = loadFailure(error);
    return { ...errorReply({ type: 'unavailable', message: `the plugin could not start in this worker: ${cause.message}` }, epochNow() - startedAt), startedAt };
  }
  // Claimed right before its code runs (batch-mates are awaiting here too): until then the host may
  // move the call to another thread, if a batch-mate turns out to hold this one.
  if (!claimCall(task.ticket, task.seq)) return { kind: 'withdrawn' };
  runAtPriority(task.lowPriority === true);
  const input = deserialize(task.input);
  const result = await runtime.call(task.capability, input, task.deadline, task.timeoutMs);
  return toReply(result, runtime, task.maxOutputBytes, startedAt);
}

/**
 * Calls start in order; their synchronous parts run one after another, their waits overlap. The host
 * only batches calls of plugins whose code has proved short, and withdraws the ones not started yet if
 * a batch-mate turns out to hold the thread.
 */
async function handleBatch(task: BatchTask): Promise<WorkerReply> {
  return { kind: 'batch', replies: await Promise.all(task.calls.map(handleCall)) };
}

function handleEvict(task: EvictTask): WorkerReply {
  let count = 0;
  for (const key of task.pluginKeys) {
    specs.delete(key);
    const runtime = runtimes.get(key);
    if (runtime !== undefined) {
      runtimes.delete(key);
      count += 1;
      runtime.then((r) => r.dispose(), () => undefined);
    }
  }
  return { kind: 'evicted', count };
}

/**
 * isolated-vm handles that are garbage but not yet collected when a worker is terminated get their
 * weak callbacks during V8 teardown, after isolated-vm's per-thread environment is gone, and that
 * aborts the whole process. So before the pool terminates workers, each one disposes its isolates,
 * drops every handle and forces full garbage collections while the environment still exists.
 */
let countedInBarrier = false;

async function handleShutdown(task: ShutdownTask): Promise<WorkerReply> {
  const pending = [...runtimes.values()];
  runtimes.clear();
  specs.clear();
  let disposed = 0;
  for (const runtime of pending) {
    try {
      (await runtime).dispose();
      disposed += 1;
    } catch {
      // a build that failed left nothing to dispose
    }
  }
  collectGarbage();
  const counter = new Int32Array(task.barrier);
  // piscina may hand this thread more than one shutdown task: count the thread once, but let every
  // copy wait on the barrier, so the balancer keeps sending the rest to the threads still missing.
  if (!countedInBarrier) {
    countedInBarrier = true;
    Atomics.add(counter, 0, 1);
  }
  const until = Date.now() + task.timeoutMs;
  while (Atomics.load(counter, 0) < task.workers && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  collectGarbage();
  return { kind: 'shutdown', threadId, disposed };
}

let gc: (() => void) | undefined;
function collectGarbage(): void {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  gc();
}

function toReply(result: CallResult, runtime: PluginRuntime, maxOutputBytes: number, startedAt: number): WorkerReply {
  const heapBytes = runtime.heapBytes();
  // Run time from the claim: an isolate built for this call is part of it.
  const measures = { durationMs: epochNow() - startedAt, cpuMs: result.cpuMs, startedAt, segmentMs: result.segmentMs, blockedMs: result.blockedMs, heapBytes };
  const base = result.logs.length === 0 && result.droppedLogs === 0 ? measures : { ...measures, logs: result.logs, droppedLogs: result.droppedLogs };
  if (result.kind === 'error') return { kind: 'error', error: result.error, ...base };
  let output: Uint8Array;
  try {
    output = serialize(result.value);
  } catch (error) {
    return { kind: 'error', error: { type: 'invalid_output', message: `the returned value cannot be serialized: ${(error as Error).message}` }, ...base };
  }
  if (output.byteLength > maxOutputBytes) {
    return {
      kind: 'error',
      error: { type: 'payload_too_large', message: `output is ${output.byteLength} bytes; the limit is ${maxOutputBytes}` },
      ...base,
    };
  }
  return { kind: 'ok', output, ...base };
}

function loadFailure(error: unknown): OutcomeError {
  if (error instanceof PluginLoadError) return error.outcome;
  return { type: 'crashed', message: error instanceof Error ? error.message : String(error) };
}

