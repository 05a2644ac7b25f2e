import type { Logger } from 'pino';
import type { PluginManifest } from '../manifest/manifest-schema.ts';
import type { PluginPackage } from '../manifest/plugin-package.ts';
import type { Outcome } from '../outcome.ts';
import { CircuitBreaker, type BreakerSnapshot, type CircuitBreakerPolicy } from './circuit-breaker.ts';
import { attribute } from './fault-attribution.ts';
import { RuntimeWindow, type HookHealth } from './health.ts';
import type { EffectiveLimits } from './limits.ts';
import type { PluginVersion } from './plugin-version.ts';
import { assertTransition, type LifecycleState, type TransitionRecord } from './states.ts';

const HISTORY_LIMIT = 50;

export interface CapabilityCounters {
  success: number;
  /** Failed calls, whatever the cause. */
  failure: number;
  /** The plugin's own timeouts (not queue waits, not time its thread was held by others). */
  timeouts: number;
  /** Failed calls that were not the plugin's fault (queue_wait, thread_blocked, pool crashes it did not cause). */
  interference: number;
}

export interface RetryInfo {
  attempts: number;
  nextRetryAt: string | null;
  exhausted: boolean;
}

/** What `engine.plugins()` and `engine.plugin(id)` report (config is never included). */
export interface PluginStatus {
  id: string;
  name: string | null;
  version: string | null;
  dir: string;
  state: LifecycleState;
  enabled: boolean;
  loaded: boolean;
  capabilities: string[];
  permissions: string[];
  priority: number;
  /** Readiness depends on this plugin: the config file's `required`, else the manifest's, else false. */
  required: boolean;
  limits: EffectiveLimits | null;
  /** Last load/init/validation failure (cleared by a successful load). */
  error: { code: string; message: string; at: string } | null;
  /** Why calls get `unavailable` right now, if they do. */
  unavailableReason: 'disabled' | 'not_loaded' | 'pending_approval' | 'circuit_open' | null;
  pendingApproval: { version: string; permissions: string[]; requested: string[] } | null;
  retry: RetryInfo | null;
  breaker: BreakerSnapshot;
  lastReload: { at: string; status: string; version: string | null; error: string | null } | null;
  counters: Record<string, CapabilityCounters>;
  transitions: TransitionRecord[];
  loadedAt: string | null;
  lastUpdatedAt: string;
}

/** Everything the host knows about one plugin id across its versions. */
export class PluginSlot {
  readonly id: string;
  dir: string;
  state: LifecycleState = 'unloaded';
  readonly history: TransitionRecord[] = [];
  current: PluginVersion | undefined;
  /** Last manifest that passed validation: lets a failed plugin still show its capabilities. */
  manifest: PluginManifest | undefined;
  pending: { pkg: PluginPackage; requested: string[] } | undefined;
  failure: { code: string; message: string; at: string } | undefined;
  lastReload: PluginStatus['lastReload'] = null;
  retry: RetryInfo | null = null;
  retryTimer: NodeJS.Timeout | undefined;
  enabled = true;
  priority: number;
  /** The host's `required` from the config file; undefined defers to the manifest. */
  requiredOverride: boolean | undefined;
  breaker: CircuitBreaker;
  window: RuntimeWindow;
  readonly #breakerPolicy: CircuitBreakerPolicy;
  readonly #healthWindowMs: number;
  hookHealth: HookHealth | null = null;
  readonly counters = new Map<string, CapabilityCounters>();
  lastUpdatedAt = new Date();
  #operations: Promise<unknown> = Promise.resolve();

  constructor(id: string, dir: string, priority: number, breaker: CircuitBreakerPolicy, healthWindowMs: number) {
    this.id = id;
    this.dir = dir;
    this.priority = priority;
    this.#breakerPolicy = breaker;
    this.#healthWindowMs = healthWindowMs;
    this.breaker = new CircuitBreaker(breaker);
    this.window = new RuntimeWindow(healthWindowMs);
  }

  /** A new version starts with a closed breaker and an empty health window. */
  resetRuntimeSignals(): void {
    this.breaker = new CircuitBreaker(this.#breakerPolicy);
    this.window = new RuntimeWindow(this.#healthWindowMs);
    this.hookHealth = null;
  }

  /** Admin operations on one plugin run one at a time, in call order. */
  serialize<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.#operations.then(operation, operation);
    this.#operations = run.catch(() => undefined);
    return run;
  }

  /** Throws CORRAL_ERR_ILLEGAL_TRANSITION as transition() would, without changing anything. */
  assertCanTransition(to: LifecycleState): void {
    assertTransition(this.id, this.state, to);
  }

  transition(to: LifecycleState, reason: string | null, logger: Logger): void {
    assertTransition(this.id, this.state, to);
    const record: TransitionRecord = { from: this.state, to, at: new Date().toISOString(), reason };
    this.history.push(record);
    if (this.history.length > HISTORY_LIMIT) this.history.shift();
    this.state = to;
    this.lastUpdatedAt = new Date();
    logger.info({ event: `plugin.lifecycle.${to}`, plugin_id: this.id, from: record.from, to, reason }, `plugin ${this.id}: ${record.from} → ${to}`);
  }

  /** Walk a sequence of transitions (each validated). */
  walk(states: readonly LifecycleState[], reason: string | null, logger: Logger): void {
    for (const to of states) this.transition(to, reason, logger);
  }

  recordOutcome(capability: string, outcome: Outcome): void {
    let counters = this.counters.get(capability);
    if (counters === undefined) this.counters.set(capability, (counters = { success: 0, failure: 0, timeouts: 0, interference: 0 }));
    if (outcome.status === 'ok') counters.success += 1;
    else {
      counters.failure += 1;
      const charged = attribute(outcome);
      if (charged === 'interference') counters.interference += 1;
      else if (charged === 'fault' && outcome.error.type === 'timeout') counters.timeouts += 1;
    }
    this.window.record(outcome);
  }

  unavailableReason(): PluginStatus['unavailableReason'] {
    if (this.state === 'inactive' || !this.enabled) return 'disabled';
    if (this.state !== 'active') return this.pending !== undefined ? 'pending_approval' : 'not_loaded';
    if (this.breaker.state === 'open') return 'circuit_open';
    return null;
  }

  status(): PluginStatus {
    const manifest = this.current?.manifest ?? this.manifest;
    return {
      id: this.id,
      name: manifest?.name ?? null,
      version: this.current?.version ?? manifest?.version ?? null,
      dir: this.dir,
      state: this.state,
      enabled: this.enabled,
      loaded: this.current !== undefined,
      capabilities: manifest ? [...manifest.capabilities] : [],
      permissions: manifest ? [...manifest.permissions] : [],
      priority: this.priority,
      required: this.requiredOverride ?? manifest?.required ?? false,
      limits: this.current ? { ...this.current.limits } : null,
      error: this.failure ? { ...this.failure } : null,
      unavailableReason: this.unavailableReason(),
      pendingApproval: this.pending
        ? { version: this.pending.pkg.manifest.version, permissions: [...this.pending.pkg.manifest.permissions], requested: [...this.pending.requested] }
        : null,
      retry: this.retry ? { ...this.retry } : null,
      breaker: this.breaker.snapshot(),
      lastReload: this.lastReload ? { ...this.lastReload } : null,
      counters: Object.fromEntries([...this.counters].map(([k, v]) => [k, { ...v }])),
      transitions: this.history.slice(-20).map((t) => ({ ...t })),
      loadedAt: this.current ? this.current.loadedAt.toISOString() : null,
      lastUpdatedAt: this.lastUpdatedAt.toISOString(),
    };
  }
}
