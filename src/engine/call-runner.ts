import { deserialize } from 'node:v8';
import type { Logger } from 'pino';
import type { ResolvedCapability } from '../capabilities/capability-registry.ts';
import type { Outcome, OutcomeError } from '../outcome.ts';
import { errorReply, type CallRequestTask, type WorkerReply } from '../protocol.ts';
import { formatIssues } from '../validation.ts';
import type { PluginVersion } from '../lifecycle/plugin-version.ts';
import type { LogRateLimiter } from '../telemetry/log-rate-limit.ts';
import type { WorkerPool } from './worker-pool.ts';

export interface CallRequest {
  pluginId: string;
  version: PluginVersion;
  capability: ResolvedCapability;
  /** The input serialized once for the whole fan-out. */
  input: Uint8Array;
  /** Absolute deadline requested by the caller (ms since the epoch), if any. */
  callerDeadline: number | undefined;
  startedAt: number;
}

export interface CallRunnerContext {
  pool: WorkerPool;
  logger: Logger;
  hostGraceMs: number;
  /** Caps `plugin.log` lines per plugin across calls (the worker caps them per call). */
  logLimiter?: LogRateLimiter;
}

export interface CallResult {
  outcome: Outcome;
  heapBytes: number | undefined;
}

/** A call checked against its plugin's limits, ready to send to a worker. */
interface PreparedCall {
  request: CallRequest;
  started: number;
  task: CallRequestTask;
}

/**
 * Run one plugin call and turn whatever happens into an Outcome. Never rejects: plugin failures,
 * worker failures and a worker that stops answering all become outcome errors.
 */
export async function runCall(request: CallRequest, ctx: CallRunnerContext): Promise<CallResult> {
  return (await runCalls([request], ctx))[0] as CallResult;
}

/**
 * Run several calls of one fan-out. The pool batches them (one task per worker instead of one per
 * plugin), which is what keeps a 10-plugin dispatch close to the cost of a single round trip.
 */
export async function runCalls(requests: readonly CallRequest[], ctx: CallRunnerContext): Promise<CallResult[]> {
  const results: CallResult[] = new Array(requests.length);
  const prepared: Array<{ index: number; call: PreparedCall }> = [];
  requests.forEach((request, index) => {
    ctx.logger.debug({ event: 'plugin.dispatch.start', plugin_id: request.pluginId, capability: request.capability.name }, 'plugin call started');
    const call = prepareCall(request);
    if ('outcome' in call) results[index] = call;
    else prepared.push({ index, call });
  });
  if (prepared.length > 0) {
    const latest = Math.max(...prepared.map((p) => p.call.task.deadline));
    const replies = await withHostBackstop(
      ctx.pool.callMany(prepared.map((p) => ({ task: p.call.task, spec: p.call.request.version.spec }))).catch((error: unknown) =>
        prepared.map(() => errorReply({ type: 'crashed', message: `the worker pool failed: ${(error as Error).message}` })),
      ),
      latest + ctx.hostGraceMs - Date.now(),
    );
    prepared.forEach(({ index, call }, j) => {
      results[index] = completeCall(call, replies?.[j], ctx);
    });
  }
  for (const result of results) logOutcome(ctx.logger, requests[0]?.capability.name ?? '', result.outcome);
  return results;
}

export function logOutcome(logger: Logger, capability: string, outcome: Outcome): void {
  const fields = { plugin_id: outcome.pluginId, capability, duration_ms: outcome.durationMs, cpu_ms: outcome.cpuMs };
  if (outcome.status === 'ok') {
    logger.debug({ event: 'plugin.dispatch.complete', ...fields, result: 'ok' }, 'plugin call completed');
  } else if (outcome.error.type === 'unavailable') {
    // Refused without running (disabled, quarantined, not loaded): expected, not worth a warning each time.
    logger.debug({ event: 'plugin.dispatch.error', ...fields, result: 'error', error_type: 'unavailable', reason: outcome.error.reason }, outcome.error.message);
  } else if (outcome.error.type === 'timeout') {
    logger.warn({ event: 'plugin.dispatch.timeout', ...fields, result: 'error', error_type: 'timeout' }, outcome.error.message);
  } else {
    logger.warn({ event: 'plugin.dispatch.error', ...fields, result: 'error', error_type: outcome.error.type, reason: outcome.error.reason }, outcome.error.message);
  }
}

function elapsed(started: number): number {
  return round(performance.now() - started);
}

/**
 * durationMs is queue wait + run time of this call alone (a fan-out's replies arrive together, so the
 * host's clock at completion would charge every call with its slowest batch-mate); a call that never
 * ran waited all of it.
 */
function failure(pluginId: string, started: number, error: OutcomeError, cpuMs = 0, timing?: { queueMs: number; runMs: number }): Outcome {
  const durationMs = timing === undefined ? elapsed(started) : round(timing.queueMs + timing.runMs);
  return { pluginId, status: 'error', error, durationMs, queueMs: timing?.queueMs ?? durationMs, runMs: timing?.runMs ?? 0, cpuMs: round(cpuMs) };
}

/**
 * Queue wait and run time from the worker's own clock readings (epoch ms, comparable across threads
 * and the pool process). A call that never started waited for all of its time.
 */
function timingOf(call: PreparedCall, reply: { startedAt?: number; durationMs: number }): { queueMs: number; runMs: number } {
  if (reply.startedAt === undefined) return { queueMs: elapsed(call.started), runMs: 0 };
  return { queueMs: round(Math.max(0, reply.startedAt - call.task.submittedAt)), runMs: round(reply.durationMs) };
}

/**
 * A timeout is the plugin's own fault only if it had most of its deadline to itself. When more than
 * half of it went waiting for a thread, or with its thread held by other plugins' code, it is not
 * charged (health, breaker and the timeouts counter skip it) and says why.
 */
function attributeTimeout(error: OutcomeError, timeoutMs: number, queueMs: number, blockedMs: number): OutcomeError {
  if (error.type !== 'timeout' || error.reason !== undefined) return error;
  const lost = queueMs + blockedMs;
  if (lost * 2 <= timeoutMs) return error;
  const reason = queueMs >= blockedMs ? 'queue_wait' : 'thread_blocked';
  return { ...error, reason, message: `${error.message} (${Math.round(queueMs)} ms of it waiting for a thread, ${Math.round(blockedMs)} ms with its thread held by other plugins)` };
}

/** Apply the plugin's input cap and compute its deadline: min(plugin, capability, caller). */
function prepareCall(request: CallRequest): PreparedCall | CallResult {
  const { pluginId, version, capability } = request;
  const started = performance.now();
  const { limits, spec } = version;
  if (request.input.byteLength > limits.maxInputBytes) {
    const error: OutcomeError = { type: 'payload_too_large', message: `input is ${request.input.byteLength} bytes; this plugin accepts at most ${limits.maxInputBytes}` };
    return { outcome: failure(pluginId, started, error), heapBytes: undefined };
  }
  let timeoutMs = Math.min(limits.timeoutMs, capability.timeoutMs);
  let deadline = request.startedAt + timeoutMs;
  if (request.callerDeadline !== undefined && request.callerDeadline < deadline) {
    deadline = request.callerDeadline;
    timeoutMs = deadline - request.startedAt;
  }
  return {
    request,
    started,
    task: { pluginKey: spec.key, capability: capability.name, input: request.input, deadline, timeoutMs, maxOutputBytes: limits.maxOutputBytes, submittedAt: performance.timeOrigin + started },
  };
}

/** Turn the worker's reply (or its absence) into an Outcome, validating the output contract. */
function completeCall(call: PreparedCall, reply: WorkerReply | undefined, ctx: CallRunnerContext): CallResult {
  const { pluginId, capability } = call.request;
  if (reply === undefined) {
    return { outcome: failure(pluginId, call.started, { type: 'timeout', message: `no answer from the worker ${ctx.hostGraceMs} ms after the ${call.task.timeoutMs} ms deadline` }), heapBytes: undefined };
  }
  if (reply.kind !== 'ok' && reply.kind !== 'error') {
    return { outcome: failure(pluginId, call.started, { type: 'crashed', message: `unexpected worker reply "${reply.kind}"` }), heapBytes: undefined };
  }
  const timing = timingOf(call, reply);
  const fail = (error: OutcomeError, cpuMs = 0, heapBytes?: number): CallResult => ({ outcome: failure(pluginId, call.started, error, cpuMs, timing), heapBytes });
  const heapBytes = reply.heapBytes > 0 ? reply.heapBytes : undefined;
  emitPluginLogs(ctx.logger, pluginId, capability.name, reply, ctx.logLimiter);
  if (reply.kind === 'error') {
    const error = attributeTimeout(reply.error, call.task.timeoutMs, timing.queueMs, reply.blockedMs ?? 0);
    return fail(error, reply.cpuMs, heapBytes);
  }
  let value: unknown;
  try {
    value = deserialize(reply.output);
  } catch (error) {
    return fail({ type: 'invalid_output', message: `the output could not be decoded: ${(error as Error).message}` }, reply.cpuMs, heapBytes);
  }
  if (capability.output !== undefined) {
    let parsed: ReturnType<typeof capability.output.safeParse>;
    try {
      parsed = capability.output.safeParse(value);
    } catch (error) {
      // A host schema's transform/refine may throw on odd plugin values: still that plugin's fault only.
      return fail({ type: 'invalid_output', message: `output rejected by the "${capability.name}" contract: ${(error as Error).message}` }, reply.cpuMs, heapBytes);
    }
    if (!parsed.success) {
      return fail({ type: 'invalid_output', message: `output does not match the "${capability.name}" contract: ${formatIssues(parsed.error.issues, 'output')}` }, reply.cpuMs, heapBytes);
    }
    value = parsed.data;
  }
  return { outcome: { pluginId, status: 'ok', value, durationMs: round(timing.queueMs + timing.runMs), ...timing, cpuMs: round(reply.cpuMs) }, heapBytes };
}

/** Workers enforce deadlines themselves; this only covers a worker stuck in native code. */
function withHostBackstop<T>(reply: Promise<T>, waitMs: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), Math.max(0, waitMs));
    reply.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        // runCalls maps pool failures to replies first; this only keeps a rejection from going unhandled.
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

function emitPluginLogs(logger: Logger, pluginId: string, capability: string, reply: Extract<WorkerReply, { kind: 'ok' | 'error' }>, limiter?: LogRateLimiter): void {
  const logs = reply.logs ?? [];
  const droppedLogs = reply.droppedLogs ?? 0;
  if (logs.length === 0 && droppedLogs === 0) return;
  // Without a limiter every line the worker kept is written and each call reports its own drops.
  const { allowed, reportDropped } = limiter?.admit(pluginId, logs.length, droppedLogs) ?? { allowed: logs.length, reportDropped: droppedLogs };
  for (let i = 0; i < allowed; i++) {
    const line = logs[i] as (typeof logs)[number];
    logger[line.level]({ event: 'plugin.log', plugin_id: pluginId, capability }, line.message);
  }
  if (reportDropped > 0) {
    logger.warn({ event: 'plugin.log.dropped', plugin_id: pluginId, capability, dropped: reportDropped }, 'plugin log lines dropped (per-call and per-plugin rate limits)');
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
