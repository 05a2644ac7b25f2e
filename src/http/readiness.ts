import type { ReadinessPolicy } from '../config/server-settings.ts';
import type { Engine } from '../engine/engine.ts';
import type { PoolHealth } from '../engine/worker-pool.ts';
import type { HealthStatus } from '../lifecycle/health.ts';
import type { LifecycleState } from '../lifecycle/states.ts';

/** One enabled plugin's standing. `reason` is for authenticated callers only: it can hold paths and load errors. */
export interface PluginReadiness {
  /** Calls would run now: started and not quarantined. */
  ready: boolean;
  /** This plugin holds the host at not-ready. */
  blocking: boolean;
  required: boolean;
  state: LifecycleState;
  health: HealthStatus;
  /** The circuit breaker is open: calls get `unavailable` (reason `circuit_open`) until the cooldown ends. */
  quarantined: boolean;
  pendingApproval: boolean;
  reason: string | null;
}

export interface ReadinessVerdict {
  ready: boolean;
  plugins: Record<string, PluginReadiness>;
  pool: PoolHealth;
  /** Why the host is not ready, one line per cause (plugin ids, or null for the pool). */
  blocking: Array<{ pluginId: string | null; reason: string }>;
}

/**
 * Decide readiness from host-side bookkeeping only (never the pool, so a saturated or restarting pool
 * cannot delay the answer). Disabled plugins are the admin's choice and never count.
 *
 *   - the pool is `restarting` or `failed`: not ready;
 *   - an enabled plugin did not start: not ready if `failOnLoadFailure` or the plugin is required;
 *   - a started plugin is quarantined (breaker open) or unhealthy: not ready only if it is required.
 */
export function evaluateReadiness(engine: Engine, policy: ReadinessPolicy): ReadinessVerdict {
  const plugins: Record<string, PluginReadiness> = {};
  const blocking: ReadinessVerdict['blocking'] = [];
  for (const status of engine.plugins()) {
    if (!status.enabled) continue;
    const report = engine.health(status.id);
    const started = status.state === 'active';
    const quarantined = status.breaker.state === 'open';
    const pendingApproval = status.pendingApproval !== null;
    let reason: string | null = null;
    if (!started) {
      if (status.state === 'failed') reason = `failed to start: ${status.error?.message ?? 'unknown error'}`;
      else if (pendingApproval && !status.loaded) reason = `waiting for approval of version ${status.pendingApproval?.version} (permissions: ${status.pendingApproval?.requested.join(', ')})`;
      else reason = `not started (${status.state})`;
    } else if (quarantined) reason = `quarantined: circuit open until ${status.breaker.retryAt ?? 'its cooldown ends'}`;
    else if (report.status === 'unhealthy') reason = `unhealthy: ${report.reasons.join('; ')}`;
    const blocks = reason !== null && (status.required || (!started && policy.failOnLoadFailure));
    plugins[status.id] = {
      ready: started && !quarantined,
      blocking: blocks,
      required: status.required,
      state: status.state,
      health: report.status,
      quarantined,
      pendingApproval,
      reason,
    };
    if (blocks) blocking.push({ pluginId: status.id, reason: reason as string });
  }
  const pool = engine.poolHealth();
  if (pool.status === 'restarting' || pool.status === 'failed') {
    blocking.push({ pluginId: null, reason: `worker pool ${pool.status}${pool.lastFailure === undefined ? '' : `: ${pool.lastFailure.reason}`}` });
  }
  return { ready: blocking.length === 0, plugins, pool, blocking };
}
