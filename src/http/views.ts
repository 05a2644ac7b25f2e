import type { HealthReport } from '../lifecycle/health.ts';
import type { ReloadResult } from '../lifecycle/plugin-manager.ts';
import type { PluginStatus } from '../lifecycle/plugin-slot.ts';
import type { BreakerSnapshot } from '../lifecycle/circuit-breaker.ts';
import type { PoolHealth } from '../engine/worker-pool.ts';
import type { PluginReadiness, ReadinessVerdict } from './readiness.ts';
import type { HealthView, OpenPoolView, PluginView, PoolHealthView, ReadinessDetailView, ReadinessEntry, ReloadView, StatusEntryView } from './schemas.ts';

/**
 * Engine objects → API views. Built field by field (never spread) so nothing the engine adds later,
 * such as manifest config, reaches a response by accident.
 */
function breakerView(b: BreakerSnapshot): PluginView['breaker'] {
  return { state: b.state, consecutive_failures: b.consecutiveFailures, opened_at: b.openedAt, retry_at: b.retryAt, trips: b.trips };
}

function lastError(s: PluginStatus): PluginView['last_error'] {
  return s.error === null ? null : { code: s.error.code, message: s.error.message, at: s.error.at };
}

function counters(s: PluginStatus): PluginView['counters'] {
  const out: PluginView['counters'] = {};
  for (const [capability, c] of Object.entries(s.counters)) out[capability] = { success: c.success, failure: c.failure, timeouts: c.timeouts, interference: c.interference };
  return out;
}

export function pluginView(s: PluginStatus): PluginView {
  return {
    id: s.id,
    name: s.name,
    version: s.version,
    state: s.state,
    enabled: s.enabled,
    loaded: s.loaded,
    capabilities: [...s.capabilities],
    permissions: [...s.permissions],
    priority: s.priority,
    limits: s.limits === null ? null : { memory_mb: s.limits.memoryMb, timeout_ms: s.limits.timeoutMs, max_input_bytes: s.limits.maxInputBytes, max_output_bytes: s.limits.maxOutputBytes },
    last_error: lastError(s),
    unavailable_reason: s.unavailableReason,
    pending_approval: s.pendingApproval === null ? null : { version: s.pendingApproval.version, permissions: [...s.pendingApproval.permissions], requested: [...s.pendingApproval.requested] },
    retry: s.retry === null ? null : { attempts: s.retry.attempts, next_retry_at: s.retry.nextRetryAt, exhausted: s.retry.exhausted },
    breaker: breakerView(s.breaker),
    last_reload: s.lastReload === null ? null : { at: s.lastReload.at, status: s.lastReload.status, version: s.lastReload.version, error: s.lastReload.error },
    counters: counters(s),
    transitions: s.transitions.map((t) => ({ from: t.from, to: t.to, at: t.at, reason: t.reason })),
    loaded_at: s.loadedAt,
    last_updated_at: s.lastUpdatedAt,
  };
}

/** Startup validation: manifest, integrity, compile and init all passed, failed, or not finished yet. */
export function validationStatus(s: PluginStatus): StatusEntryView['validation_status'] {
  if (s.state === 'failed') return 'failed';
  if (s.loaded || s.state === 'initialized' || s.state === 'active' || s.state === 'inactive') return 'passed';
  return 'pending';
}

export function statusEntryView(s: PluginStatus): StatusEntryView {
  return {
    id: s.id,
    version: s.version,
    state: s.state,
    enabled: s.enabled,
    loaded: s.loaded,
    required: s.required,
    capabilities: [...s.capabilities],
    validation_status: validationStatus(s),
    last_error: lastError(s),
    unavailable_reason: s.unavailableReason,
    counters: counters(s),
    last_updated_at: s.lastUpdatedAt,
  };
}

export function healthView(s: PluginStatus, report: HealthReport, now = Date.now()): HealthView {
  let invocations = 0;
  for (const c of Object.values(s.counters)) invocations += c.success + c.failure;
  const sig = report.signals;
  return {
    plugin_id: s.id,
    version: s.version,
    status: report.status,
    reasons: [...report.reasons],
    state: s.state,
    uptime_seconds: s.loadedAt === null ? null : Math.max(0, Math.round((now - Date.parse(s.loadedAt)) / 100) / 10),
    invocations,
    error_rate: sig.errorRate,
    window: { calls: sig.calls, errors: sig.errors, timeouts: sig.timeouts, p50_ms: sig.p50Ms, p99_ms: sig.p99Ms, queue_p99_ms: sig.queueP99Ms, interference: sig.interference },
    last_error: lastError(s),
    dependencies: { ...(report.hook?.dependencies ?? {}) },
    hook: report.hook === null ? null : { status: report.hook.status, message: report.hook.message, checked_at: report.hook.checkedAt, duration_ms: report.hook.durationMs },
    breaker: breakerView(s.breaker),
  };
}

export function reloadView(r: ReloadResult): ReloadView {
  switch (r.status) {
    case 'reloaded':
      return { status: r.status, plugin_id: r.pluginId, from: r.from, to: r.to, drained: r.drained };
    case 'unchanged':
      return { status: r.status, plugin_id: r.pluginId, version: r.version };
    case 'pending_approval':
      return { status: r.status, plugin_id: r.pluginId, version: r.version, requested: [...r.requested] };
    case 'rolled_back':
      return { status: r.status, plugin_id: r.pluginId, version: r.version, error: r.error };
    case 'failed':
      return { status: r.status, plugin_id: r.pluginId, error: r.error };
  }
}

/** The open probe's view of one plugin: states and booleans, never the reason text. */
export function readinessEntry(r: PluginReadiness): ReadinessEntry {
  return { ready: r.ready, blocking: r.blocking, required: r.required, state: r.state, health: r.health, quarantined: r.quarantined, pending_approval: r.pendingApproval };
}

/** The open probe's view of the pool: no pid, no failure text. */
export function openPoolView(p: PoolHealth): OpenPoolView {
  return { isolation: p.isolation, status: p.status, restarts: p.restarts };
}

export function poolHealthView(p: PoolHealth): PoolHealthView {
  return {
    isolation: p.isolation,
    status: p.status,
    restarts: p.restarts,
    ...(p.pid === undefined ? {} : { pid: p.pid }),
    ...(p.lastFailure === undefined ? {} : { last_failure: { at: p.lastFailure.at, reason: p.lastFailure.reason } }),
  };
}

export function readinessDetailView(v: ReadinessVerdict): ReadinessDetailView {
  return { ready: v.ready, blocking: v.blocking.map((b) => ({ plugin_id: b.pluginId, reason: b.reason })) };
}
