import { deserialize } from 'node:v8';
import type { Logger } from 'pino';
import type { ResolvedCapability } from '../capabilities/capability-registry.ts';
import type { Outcome, OutcomeError } from '../outcome.ts';
import type { WorkerReply } from '../protocol.ts';
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

/**
 * Run one plugin call and turn whatever happens into an Outcome. Never rejects: plugin failures,
 * worker failures and a worker that stops answering all become outcome errors.
 */
export async function runCall(request: CallRequest, ctx: CallRunnerContext): Promise<{ outcome: Outcome; heapBytes: number | undefined }> {
  ctx.logger.debug({ event: 'plugin.dispatch.start', plugin_id: request.pluginId, capability: request.capability.name }, 'plugin call started');
  const result = await executeCall(request, ctx);
  logOutcome(ctx.logger, request.capability.name, result.outcome);
  return result;
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

async function executeCall(request: CallRequest, ctx: CallRunnerContext): Promise<{ outcome: Outcome; heapBytes: number | undefined }> {
  const { pluginId, version, capability } = request;
  const started = performance.now();
  let heapBytes: number | undefined;
  const done = (outcome: Outcome) => ({ outcome, heapBytes });
  const fail = (error: OutcomeError, cpuMs = 0) =>
    done({ pluginId, status: 'error', error, durationMs: round(performance.now() - started), cpuMs: round(cpuMs) });
  const { limits, spec } = version;
  if (request.input.byteLength > limits.maxInputBytes) {
    return fail({ type: 'payload_too_large', message: `input is ${request.input.byteLength} bytes; this plugin accepts at most ${limits.maxInputBytes}` });
  }
  let timeoutMs = Math.min(limits.timeoutMs, capability.timeoutMs);
  let deadline = request.startedAt + timeoutMs;
  if (request.callerDeadline !== undefined && request.callerDeadline < deadline) {
    deadline = request.callerDeadline;
    timeoutMs = deadline - request.startedAt;
  }
  const reply = await withHostBackstop(
    ctx.pool.call({ pluginKey: spec.key, capability: capability.name, input: request.input, deadline, timeoutMs, maxOutputBytes: limits.maxOutputBytes }, spec),
    deadline + ctx.hostGraceMs - Date.now(),
  );
  if (reply === undefined) {
    return fail({ type: 'timeout', message: `no answer from the worker ${ctx.hostGraceMs} ms after the ${timeoutMs} ms deadline` });
  }
  if (reply.kind !== 'ok' && reply.kind !== 'error') return fail({ type: 'crashed', message: `unexpected worker reply "${reply.kind}"` });
  heapBytes = reply.heapBytes > 0 ? reply.heapBytes : undefined;
  emitPluginLogs(ctx.logger, pluginId, capability.name, reply, ctx.logLimiter);
  if (reply.kind === 'error') return fail(reply.error, reply.cpuMs);
  let value: unknown;
  try {
    value = deserialize(reply.output);
  } catch (error) {
    return fail({ type: 'invalid_output', message: `the output could not be decoded: ${(error as Error).message}` }, reply.cpuMs);
  }
  if (capability.output !== undefined) {
    const parsed = capability.output.safeParse(value);
    if (!parsed.success) {
      return fail({ type: 'invalid_output', message: `output does not match the "${capability.name}" contract: ${formatIssues(parsed.error.issues, 'output')}` }, reply.cpuMs);
    }
    value = parsed.data;
  }
  return done({ pluginId, status: 'ok', value, durationMs: round(performance.now() - started), cpuMs: round(reply.cpuMs) });
}

/** Workers enforce deadlines themselves; this only covers a worker stuck in native code. */
function withHostBackstop(reply: Promise<WorkerReply>, waitMs: number): Promise<WorkerReply | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), Math.max(0, waitMs));
    reply.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

function emitPluginLogs(logger: Logger, pluginId: string, capability: string, reply: Extract<WorkerReply, { kind: 'ok' | 'error' }>, limiter?: LogRateLimiter): void {
  if (reply.logs.length === 0 && reply.droppedLogs === 0) return;
  // Without a limiter every line the worker kept is written and each call reports its own drops.
  const { allowed, reportDropped } = limiter?.admit(pluginId, reply.logs.length, reply.droppedLogs) ?? { allowed: reply.logs.length, reportDropped: reply.droppedLogs };
  for (let i = 0; i < allowed; i++) {
    const line = reply.logs[i] as (typeof reply.logs)[number];
    logger[line.level]({ event: 'plugin.log', plugin_id: pluginId, capability }, line.message);
  }
  if (reportDropped > 0) {
    logger.warn({ event: 'plugin.log.dropped', plugin_id: pluginId, capability, dropped: reportDropped }, 'plugin log lines dropped (per-call and per-plugin rate limits)');
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
