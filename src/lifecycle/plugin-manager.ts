import path from 'node:path';
import type { Logger } from 'pino';
import type { ObserverSet } from '../engine/engine-events.ts';
import type { WorkerPool } from '../engine/worker-pool.ts';
import { CorralError, isCorralError } from '../errors.ts';
import type { PluginManifest } from '../manifest/manifest-schema.ts';
import { readPluginPackage, type PluginPackage } from '../manifest/plugin-package.ts';
import type { ResolvedEngineOptions } from '../options.ts';
import type { StoreGuard } from '../storage/store-guard.ts';
import type { CorralStore, HealthSample } from '../storage/store.ts';
import { backoffDelay } from './backoff.ts';
import { ContributionRegistry } from './contributions.ts';
import { findCycles, hostIncompatibility, unmetDependency, type DependencyView } from './dependencies.ts';
import { grantsOf, missingGrants, union, upgradeApprovals } from './grants.ts';
import { combineHealth, type HealthReport } from './health.ts';
import { buildVersion, callHook, effectiveConfig, probeHealth, type BuildContext } from './plugin-builder.ts';
import { PluginSlot, type PluginStatus } from './plugin-slot.ts';
import type { PluginVersion } from './plugin-version.ts';

export type ReloadResult =
  | { status: 'reloaded'; pluginId: string; from: string | null; to: string; drained: boolean }
  | { status: 'unchanged'; pluginId: string; version: string }
  | { status: 'pending_approval'; pluginId: string; version: string; requested: string[] }
  | { status: 'rolled_back'; pluginId: string; version: string | null; error: string }
  | { status: 'failed'; pluginId: string; error: string };

/** Host-side settings for one plugin that override its manifest (from the config file). */
export interface PluginOverride {
  config?: Record<string, unknown>;
  priority?: number;
  enabled?: boolean;
  /** Readiness depends on this plugin (wins over the manifest's `required`). */
  required?: boolean;
}

export interface ManagerDeps {
  pool: WorkerPool;
  /** Reads; every write goes through `storeGuard`. */
  store: CorralStore;
  storeGuard: StoreGuard;
  logger: Logger;
  observers: ObserverSet;
  options: Readonly<ResolvedEngineOptions>;
  build: BuildContext;
}

function failureOf(error: unknown): { code: string; message: string; at: string } {
  const at = new Date().toISOString();
  if (isCorralError(error)) return { code: error.code, message: error.message, at };
  return { code: 'CORRAL_ERR_PLUGIN_LOAD', message: error instanceof Error ? error.message : String(error), at };
}

/**
 * Owns every plugin slot: initial registration, enable/disable, hot reload with draining and
 * rollback, permission approval, unregister, retries with backoff and periodic health checks.
 */
export class PluginManager {
  readonly #deps: ManagerDeps;
  readonly #slots = new Map<string, PluginSlot>();
  /** Folders rejected outright (duplicate id): shown in status, never routed or retried. */
  readonly #rejected: PluginSlot[] = [];
  #routing = new Map<string, PluginSlot[]>();
  #healthTimer: NodeJS.Timeout | undefined;
  #stopped = false;
  readonly contributions = new ContributionRegistry();
  readonly #overrides = new Map<string, PluginOverride>();
  /** The newest health sample per plugin, so a store that refuses writes does not repeat transitions. */
  readonly #lastHealth = new Map<string, HealthSample>();
  readonly #dependencyView: DependencyView = {
    registered: (id) => this.#slots.has(id),
    loadedVersion: (id) => this.#slots.get(id)?.current?.version,
    failureOf: (id) => {
      const slot = this.#slots.get(id);
      if (slot?.pending !== undefined) return 'it waits for permission approval';
      return slot?.failure?.message;
    },
  };

  constructor(deps: ManagerDeps) {
    this.#deps = deps;
  }

  get #lifecycle() {
    return this.#deps.options.lifecycle;
  }

  #newSlot(id: string, dir: string): PluginSlot {
    const priority = this.#overrides.get(id)?.priority ?? this.#deps.options.priorities[id] ?? 0;
    const slot = new PluginSlot(id, dir, priority, this.#lifecycle.breaker, this.#lifecycle.health.windowMs);
    slot.requiredOverride = this.#overrides.get(id)?.required;
    // Known before it loads: a plugin an admin disabled stays disabled even while it fails to load.
    slot.enabled = this.#deps.store.getPlugin(id)?.enabled ?? this.#overrides.get(id)?.enabled ?? true;
    return slot;
  }

  /**
   * Set (or clear) the host's overrides for a plugin; they apply from its next load or reload, except
   * `required`, which is host policy rather than plugin code and applies at once.
   */
  setOverride(id: string, override: PluginOverride | undefined): void {
    if (override === undefined) this.#overrides.delete(id);
    else this.#overrides.set(id, override);
    const slot = this.#slots.get(id);
    if (slot !== undefined) slot.requiredOverride = override?.required;
  }

  setPriority(id: string, priority: number): void {
    this.#slot(id).priority = priority;
    this.#rebuildRouting();
  }

  /** Point a registered plugin at another folder (its next reload reads from there). */
  setDir(id: string, dir: string): void {
    this.#slot(id).dir = dir;
  }

  // ---- registration -------------------------------------------------------------------------

  /**
   * Register every folder; failures become failed slots, never rejections. Plugins load concurrently,
   * except that each waits for the plugins it depends on; a dependency cycle fails only its members.
   */
  async registerAll(dirs: readonly string[]): Promise<void> {
    const packages = await Promise.all(dirs.map((dir) => readPluginPackage(dir).then((pkg) => ({ pkg }), (error: unknown) => ({ error }))));
    const batch = new Map<string, { slot: PluginSlot; pkg: PluginPackage }>();
    packages.forEach((result, index) => {
      const dir = dirs[index] as string;
      if ('error' in result) this.#registerFailure(dir, result.error);
      else if (this.#deps.store.getPlugin(result.pkg.manifest.id)?.unregistered === true) {
        // Unregistered by an admin: it stays out until registered explicitly (register()).
        this.#deps.logger.info({ event: 'plugin.lifecycle.skipped_unregistered', plugin_id: result.pkg.manifest.id, dir }, 'plugin was unregistered by an admin; register it again to load it');
      } else {
        const slot = this.#claim(result.pkg);
        if (slot !== undefined) batch.set(slot.id, { slot, pkg: result.pkg });
      }
    });
    const manifests = new Map<string, PluginManifest>();
    for (const slot of this.#slots.values()) if (slot.manifest !== undefined) manifests.set(slot.id, slot.manifest);
    const cycleOf = new Map<string, string>();
    for (const cycle of findCycles(manifests)) for (const id of cycle) cycleOf.set(id, cycle.join(' → '));
    const loading = new Map<string, Promise<void>>();
    // `path` is the chain of plugins waiting on this one: a dependency already on it is never awaited,
    // so no graph (cycle detection or not) can recurse forever or wait on itself.
    const load = (id: string, path: ReadonlySet<string>): Promise<void> => {
      let promise = loading.get(id);
      if (promise === undefined) {
        const { slot, pkg } = batch.get(id) as { slot: PluginSlot; pkg: PluginPackage };
        const here = new Set([...path, id]);
        promise = (async () => {
          await null; // register this promise in `loading` before any dependency is visited
          const cycle = cycleOf.get(id);
          if (cycle !== undefined) {
            await slot.serialize(async () => {
              slot.transition('loaded', `version ${pkg.manifest.version}`, this.#deps.logger);
              this.#fail(slot, new CorralError('CORRAL_ERR_DEPENDENCY', `${slot.dir}: dependency cycle: ${cycle}`));
            });
            return;
          }
          await Promise.all(Object.keys(pkg.manifest.dependencies).filter((dep) => batch.has(dep) && !here.has(dep)).map((dep) => load(dep, here)));
          await slot.serialize(() => this.#loadPackage(slot, pkg));
        })();
        loading.set(id, promise);
      }
      return promise;
    };
    await Promise.all([...batch.keys()].map((id) => load(id, new Set())));
    this.#rebuildRouting();
  }

  /**
   * Register one more plugin folder. `explicit` (an admin's register call or a config file edit, not
   * the folder watcher) also brings back a plugin an admin unregistered, with the approvals it had.
   */
  async register(dir: string, options: { explicit: boolean }): Promise<PluginStatus> {
    const resolved = path.resolve(dir);
    if (options.explicit) {
      const pkg = await readPluginPackage(resolved).catch(() => undefined);
      const record = pkg === undefined ? undefined : this.#deps.store.getPlugin(pkg.manifest.id);
      if (pkg !== undefined && record?.unregistered === true && !this.#slots.has(pkg.manifest.id)) {
        await this.#deps.storeGuard.write(`register plugin ${record.id}`, (store) => store.upsertPlugin({ id: record.id, version: pkg.manifest.version, enabled: true, unregistered: false }));
      }
    }
    await this.registerAll([resolved]);
    const slot = [...this.#slots.values(), ...this.#rejected].find((s) => s.dir === resolved);
    if (slot === undefined) throw new CorralError('CORRAL_ERR_PLUGIN_LOAD', `${resolved}: not registered`);
    return slot.status();
  }

  #registerFailure(dir: string, error: unknown): void {
    const id = path.basename(dir);
    const slot = this.#newSlot(id, dir);
    if (this.#slots.has(id)) this.#rejected.push(slot);
    else this.#slots.set(id, slot);
    this.#fail(slot, error);
  }

  /** A new slot for the package, or undefined (and a rejected entry) when its id is taken. */
  #claim(pkg: PluginPackage): PluginSlot | undefined {
    const { id } = pkg.manifest;
    const existing = this.#slots.get(id);
    const slot = this.#newSlot(id, pkg.dir);
    slot.manifest = pkg.manifest;
    if (existing === undefined) {
      this.#slots.set(id, slot);
      return slot;
    }
    this.#rejected.push(slot);
    const error = new CorralError('CORRAL_ERR_DUPLICATE_PLUGIN', `${pkg.dir}: plugin id "${id}" is already loaded from ${existing.dir}`);
    slot.transition('failed', error.message, this.#deps.logger);
    slot.failure = failureOf(error);
    this.#logValidationError(slot, error);
    return undefined;
  }

  /** unloaded → loaded → (approval?) → initialized → active | inactive, or failed. */
  async #loadPackage(slot: PluginSlot, pkg: PluginPackage): Promise<void> {
    slot.manifest = pkg.manifest;
    slot.transition('loaded', `version ${pkg.manifest.version}`, this.#deps.logger);
    await this.#initialize(slot, pkg);
  }

  async #initialize(slot: PluginSlot, pkg: PluginPackage): Promise<void> {
    const { store, logger } = this.#deps;
    const record = store.getPlugin(slot.id);
    // First registration: the admin put the folder there, so what it declares is approved.
    const approved = record === undefined ? grantsOf(pkg.manifest) : upgradeApprovals(record.approvedPermissions, pkg.manifest);
    const requested = missingGrants(pkg.manifest, approved);
    if (requested.length > 0) {
      slot.pending = { pkg, requested };
      slot.lastUpdatedAt = new Date();
      logger.warn({ event: 'plugin.lifecycle.pending_approval', plugin_id: slot.id, version: pkg.manifest.version, requested }, 'plugin asks for new permissions; waiting for approval');
      return;
    }
    const started = performance.now();
    const blocked = this.#compatibilityProblem(slot.id, pkg);
    if (blocked !== undefined) {
      this.#fail(slot, blocked);
      return;
    }
    let version: PluginVersion;
    try {
      version = await buildVersion(pkg, this.#deps.build, this.#overrides.get(slot.id)?.config);
    } catch (error) {
      this.contributions.release(slot.id);
      this.#fail(slot, error);
      this.#deps.observers.emit('onLoad', { pluginId: slot.id, status: 'failed', durationMs: performance.now() - started });
      return;
    }
    slot.current = version;
    slot.pending = undefined;
    slot.failure = undefined;
    slot.retry = null;
    slot.resetRuntimeSignals();
    // An admin's persisted choice wins over the config file's default for a known plugin.
    slot.enabled = record?.enabled ?? this.#overrides.get(slot.id)?.enabled ?? true;
    slot.transition('initialized', null, logger);
    // Not an admin write: if the store refuses it, the same manifest is approved the same way next time.
    this.#deps.storeGuard.tryWrite(`save plugin ${slot.id}`, (s) => s.upsertPlugin({ id: slot.id, version: version.version, approvedPermissions: union(approved, grantsOf(pkg.manifest)), enabled: slot.enabled }));
    this.contributions.replace(slot.id, pkg.manifest);
    slot.transition(slot.enabled ? 'active' : 'inactive', slot.enabled ? null : 'disabled by an admin (persisted)', logger);
    this.#deps.observers.emit('onLoad', { pluginId: slot.id, status: 'loaded', durationMs: performance.now() - started });
    this.#rebuildRouting();
  }

  /** Host version range, dependencies and contribution ids, checked before any isolate is built. */
  #compatibilityProblem(id: string, pkg: PluginPackage): CorralError | undefined {
    const incompatible = hostIncompatibility(pkg.manifest);
    if (incompatible !== undefined) return new CorralError('CORRAL_ERR_DEPENDENCY', `${pkg.dir}: ${incompatible}`);
    const unmet = unmetDependency(pkg.manifest, this.#dependencyView);
    if (unmet !== undefined) return new CorralError('CORRAL_ERR_DEPENDENCY', `${pkg.dir}: ${unmet}`);
    const conflict = this.contributions.reserve(id, pkg.manifest);
    if (conflict !== undefined) return new CorralError(conflict.code, `${pkg.dir}: ${conflict.message}`);
    return undefined;
  }

  #fail(slot: PluginSlot, error: unknown): void {
    slot.failure = failureOf(error);
    if (slot.state !== 'failed') slot.transition('failed', slot.failure.message, this.#deps.logger);
    this.#logValidationError(slot, error);
    this.#scheduleRetry(slot);
  }

  #logValidationError(slot: PluginSlot, error: unknown): void {
    const failure = failureOf(error);
    this.#deps.logger.warn(
      { event: 'plugin.registry.validation_error', plugin_id: slot.id, dir: slot.dir, code: failure.code, reason: failure.message },
      'plugin failed to load',
    );
  }

  // ---- recovery ---------------------------------------------------------------------------------

  #scheduleRetry(slot: PluginSlot): void {
    if (this.#stopped) return;
    const policy = this.#lifecycle.retry;
    const attempts = (slot.retry?.attempts ?? 0) + 1;
    if (attempts > policy.maxAttempts) {
      slot.retry = { attempts: attempts - 1, nextRetryAt: null, exhausted: true };
      this.#deps.logger.error(
        { event: 'plugin.lifecycle.retry_exhausted', plugin_id: slot.id, attempts: attempts - 1 },
        `plugin ${slot.id} still fails after ${attempts - 1} retries; fix it and reload`,
      );
      return;
    }
    const delay = backoffDelay(policy, attempts);
    slot.retry = { attempts, nextRetryAt: new Date(Date.now() + delay).toISOString(), exhausted: false };
    clearTimeout(slot.retryTimer);
    slot.retryTimer = setTimeout(() => {
      slot.retryTimer = undefined;
      void slot.serialize(() => this.#retry(slot));
    }, delay);
    slot.retryTimer.unref();
  }

  async #retry(slot: PluginSlot): Promise<void> {
    if (this.#stopped || slot.state !== 'failed' || this.#slots.get(slot.id) !== slot) return;
    this.#deps.logger.info({ event: 'plugin.lifecycle.retry', plugin_id: slot.id, attempt: slot.retry?.attempts }, `retrying plugin ${slot.id}`);
    slot.transition('unloaded', `retry ${slot.retry?.attempts ?? 1}`, this.#deps.logger);
    let pkg: PluginPackage;
    try {
      pkg = await readPluginPackage(slot.dir);
    } catch (error) {
      this.#fail(slot, error);
      return;
    }
    if (pkg.manifest.id !== slot.id) {
      this.#fail(slot, new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${slot.dir}: id changed from "${slot.id}" to "${pkg.manifest.id}"; unregister and register it again`));
      return;
    }
    await this.#loadPackage(slot, pkg);
  }

  // ---- admin operations ---------------------------------------------------------------------------

  #slot(id: string): PluginSlot {
    const slot = this.#slots.get(id);
    if (slot === undefined) throw new CorralError('CORRAL_ERR_UNKNOWN_PLUGIN', `no plugin with id "${id}" is registered`);
    return slot;
  }

  get(id: string): PluginSlot | undefined {
    return this.#slots.get(id);
  }

  has(id: string): boolean {
    return this.#slots.has(id);
  }

  /** New calls get `unavailable` (reason disabled); calls already running finish. Persisted. */
  disable(id: string): Promise<PluginStatus> {
    return this.#setEnabled(id, false);
  }

  enable(id: string): Promise<PluginStatus> {
    return this.#setEnabled(id, true);
  }

  /**
   * Idempotent in every state: asking for what is already the case changes nothing (no write, no
   * transition). A plugin with no running version (failed, waiting for approval) only has the flag
   * changed: it is what its next load honours, and readiness ignores a disabled plugin.
   */
  #setEnabled(id: string, enabled: boolean): Promise<PluginStatus> {
    const slot = this.#slot(id);
    return slot.serialize(async () => {
      const target = enabled ? 'active' : 'inactive';
      const running = slot.current !== undefined;
      if (slot.enabled === enabled && (!running || slot.state === target)) return slot.status();
      if (running) slot.assertCanTransition(target);
      // Durable first: what the API answers is what survives a restart.
      const version = slot.current?.version ?? slot.manifest?.version ?? '0.0.0';
      await this.#deps.storeGuard.write(`${enabled ? 'enable' : 'disable'} plugin ${slot.id}`, (store) => store.upsertPlugin({ id: slot.id, version, enabled }));
      slot.enabled = enabled;
      if (running) slot.transition(target, enabled ? 'enabled by an admin' : 'disabled by an admin', this.#deps.logger);
      else slot.lastUpdatedAt = new Date();
      return slot.status();
    });
  }

  /**
   * Re-read the plugin from disk and hot-swap it: the new version loads, inits and passes its first
   * health check beside the old one, traffic switches atomically, and the old one drains. Any failure
   * leaves the old version serving (rollback) and is recorded in the status.
   */
  reload(id: string): Promise<ReloadResult> {
    const slot = this.#slot(id);
    return slot.serialize(() => this.#reload(slot));
  }

  async #reload(slot: PluginSlot): Promise<ReloadResult> {
    const { logger, store } = this.#deps;
    let pkg: PluginPackage;
    try {
      pkg = await readPluginPackage(slot.dir, { settle: true });
      if (pkg.manifest.id !== slot.id) {
        throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${slot.dir}: id changed from "${slot.id}" to "${pkg.manifest.id}"; unregister and register it again`);
      }
    } catch (error) {
      return this.#reloadFailed(slot, null, error);
    }
    if (slot.current === undefined) {
      // A failed or still-pending plugin: a reload is a fresh load attempt (and resets the backoff).
      clearTimeout(slot.retryTimer);
      slot.retry = null;
      if (slot.state === 'failed') slot.transition('unloaded', 'reload requested', logger);
      if (slot.state === 'unloaded') slot.transition('loaded', `version ${pkg.manifest.version}`, logger);
      slot.manifest = pkg.manifest;
      await this.#initialize(slot, pkg);
      return this.#resultAfterFreshLoad(slot, pkg);
    }
    const current = slot.current;
    const sameConfig = JSON.stringify(current.spec.config) === JSON.stringify(effectiveConfig(pkg, this.#overrides.get(slot.id)?.config));
    if (current.pkg.integrity === pkg.integrity && JSON.stringify(current.manifest) === JSON.stringify(pkg.manifest) && sameConfig) {
      return { status: 'unchanged', pluginId: slot.id, version: current.version };
    }
    const approved = upgradeApprovals(store.getPlugin(slot.id)?.approvedPermissions ?? grantsOf(current.manifest), current.manifest);
    const requested = missingGrants(pkg.manifest, approved);
    if (requested.length > 0) {
      slot.pending = { pkg, requested };
      slot.lastReload = { at: new Date().toISOString(), status: 'pending_approval', version: pkg.manifest.version, error: null };
      logger.warn({ event: 'plugin.lifecycle.pending_approval', plugin_id: slot.id, version: pkg.manifest.version, requested }, 'new version asks for new permissions; old version keeps serving');
      return { status: 'pending_approval', pluginId: slot.id, version: pkg.manifest.version, requested };
    }
    return this.#swap(slot, pkg);
  }

  #resultAfterFreshLoad(slot: PluginSlot, pkg: PluginPackage): ReloadResult {
    if (slot.pending !== undefined) return { status: 'pending_approval', pluginId: slot.id, version: pkg.manifest.version, requested: slot.pending.requested };
    if (slot.current === undefined) {
      const error = slot.failure?.message ?? 'load failed';
      slot.lastReload = { at: new Date().toISOString(), status: 'failed', version: pkg.manifest.version, error };
      return { status: 'failed', pluginId: slot.id, error };
    }
    slot.lastReload = { at: new Date().toISOString(), status: 'reloaded', version: pkg.manifest.version, error: null };
    return { status: 'reloaded', pluginId: slot.id, from: null, to: pkg.manifest.version, drained: true };
  }

  async #swap(slot: PluginSlot, pkg: PluginPackage): Promise<ReloadResult> {
    const { logger, store, pool } = this.#deps;
    const blocked = this.#compatibilityProblem(slot.id, pkg);
    if (blocked !== undefined) return this.#reloadFailed(slot, pkg.manifest.version, blocked);
    let next: PluginVersion;
    try {
      next = await buildVersion(pkg, this.#deps.build, this.#overrides.get(slot.id)?.config);
    } catch (error) {
      this.contributions.release(slot.id);
      return this.#reloadFailed(slot, pkg.manifest.version, error);
    }
    if (next.exports.includes('health')) {
      const health = await probeHealth(pool, next, this.#lifecycle.health.timeoutMs);
      if (health?.status === 'unhealthy') {
        this.contributions.release(slot.id);
        await pool.evict([next.spec.key]);
        return this.#reloadFailed(slot, pkg.manifest.version, new CorralError('CORRAL_ERR_PLUGIN_LOAD', `first health check failed: ${health.message ?? 'unhealthy'}`));
      }
    }
    const previous = slot.current as PluginVersion;
    try {
      const approved = upgradeApprovals(store.getPlugin(slot.id)?.approvedPermissions ?? [], previous.manifest);
      await this.#deps.storeGuard.write(`save plugin ${slot.id}`, (s) => s.upsertPlugin({ id: slot.id, version: next.version, approvedPermissions: union(approved, grantsOf(pkg.manifest)) }));
    } catch (error) {
      this.contributions.replace(slot.id, previous.manifest);
      await pool.evict([next.spec.key]);
      return this.#reloadFailed(slot, pkg.manifest.version, error);
    }
    // The switch itself is one synchronous assignment: every call after it uses the new version.
    slot.current = next;
    slot.manifest = pkg.manifest;
    this.contributions.replace(slot.id, pkg.manifest);
    slot.pending = undefined;
    slot.resetRuntimeSignals();
    slot.lastUpdatedAt = new Date();
    this.#rebuildRouting();
    logger.info({ event: 'plugin.lifecycle.reloaded', plugin_id: slot.id, from: previous.version, to: next.version }, `plugin ${slot.id} now serves ${next.version}`);
    const drained = await previous.drain(this.#lifecycle.drainTimeoutMs);
    if (!drained) {
      logger.warn({ event: 'plugin.lifecycle.drain_timeout', plugin_id: slot.id, version: previous.version, in_flight: previous.inFlight }, 'old version did not drain in time; disposing it');
    }
    await pool.evict([previous.spec.key]);
    slot.lastReload = { at: new Date().toISOString(), status: 'reloaded', version: next.version, error: null };
    return { status: 'reloaded', pluginId: slot.id, from: previous.version, to: next.version, drained };
  }

  #reloadFailed(slot: PluginSlot, version: string | null, error: unknown): ReloadResult {
    const failure = failureOf(error);
    slot.lastReload = { at: failure.at, status: slot.current ? 'rolled_back' : 'failed', version, error: failure.message };
    slot.lastUpdatedAt = new Date();
    this.#logValidationError(slot, error);
    if (slot.current === undefined) return { status: 'failed', pluginId: slot.id, error: failure.message };
    this.#deps.logger.warn({ event: 'plugin.lifecycle.rolled_back', plugin_id: slot.id, version, reason: failure.message }, 'reload failed; the running version keeps serving');
    return { status: 'rolled_back', pluginId: slot.id, version, error: failure.message };
  }

  /** Approve the permissions a staged version asks for, then load it (hot-swapping a running one). */
  approve(id: string, version: string): Promise<ReloadResult> {
    const slot = this.#slot(id);
    return slot.serialize(async () => {
      const pending = slot.pending;
      if (pending === undefined || pending.pkg.manifest.version !== version) {
        throw new CorralError(
          'CORRAL_ERR_NOT_PENDING',
          pending === undefined ? `plugin "${id}" has no version waiting for approval` : `plugin "${id}" has version ${pending.pkg.manifest.version} waiting for approval, not ${version}`,
        );
      }
      const { store, logger } = this.#deps;
      const record = store.getPlugin(id);
      await this.#deps.storeGuard.write(`approve plugin ${id} ${version}`, (s) =>
        s.upsertPlugin({
          id,
          version: slot.current?.version ?? version,
          approvedPermissions: union(record?.approvedPermissions ?? [], grantsOf(pending.pkg.manifest)),
        }),
      );
      logger.info({ event: 'plugin.lifecycle.approved', plugin_id: id, version, permissions: pending.requested }, 'permissions approved');
      if (slot.current !== undefined) return this.#swap(slot, pending.pkg);
      await this.#initialize(slot, pending.pkg);
      return this.#resultAfterFreshLoad(slot, pending.pkg);
    });
  }

  /** Stop routing to the plugin, drain it, run its `shutdown` hook (bounded), dispose, forget it. */
  unregister(id: string): Promise<PluginStatus> {
    const slot = this.#slot(id);
    return slot.serialize(async () => {
      const { logger, pool, storeGuard } = this.#deps;
      if (this.#slots.get(id) !== slot) throw new CorralError('CORRAL_ERR_UNKNOWN_PLUGIN', `no plugin with id "${id}" is registered`);
      // Durable first, and remembered: a restart must not bring it back (approved anew) on its own.
      await storeGuard.write(`unregister plugin ${id}`, (store) => {
        if (store.getPlugin(id) === undefined) store.upsertPlugin({ id, version: slot.current?.version ?? slot.manifest?.version ?? '0.0.0' });
        store.markUnregistered(id);
      });
      this.#slots.delete(id);
      this.contributions.withdraw(id);
      this.#rebuildRouting();
      clearTimeout(slot.retryTimer);
      const version = slot.current;
      if (version !== undefined) {
        const drained = await version.drain(this.#lifecycle.drainTimeoutMs);
        if (!drained) logger.warn({ event: 'plugin.lifecycle.drain_timeout', plugin_id: id, in_flight: version.inFlight }, 'plugin did not drain in time');
        if (version.exports.includes('shutdown')) {
          const reply = await callHook(pool, version, 'shutdown', this.#lifecycle.shutdownTimeoutMs);
          if (reply.kind === 'error') logger.warn({ event: 'plugin.lifecycle.shutdown_error', plugin_id: id, error_type: reply.error.type }, reply.error.message);
        }
        await pool.evict([version.spec.key]);
        slot.current = undefined;
      }
      if (slot.state !== 'unloaded') slot.transition('unloaded', 'unregistered', logger);
      return slot.status();
    });
  }

  // ---- routing and status -----------------------------------------------------------------------

  #rebuildRouting(): void {
    const ordered = [...this.#slots.values()].sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const routing = new Map<string, PluginSlot[]>();
    for (const slot of ordered) {
      const manifest = slot.current?.manifest ?? slot.manifest;
      if (manifest === undefined) continue;
      for (const capability of manifest.capabilities) {
        let list = routing.get(capability);
        if (list === undefined) routing.set(capability, (list = []));
        list.push(slot);
      }
    }
    this.#routing = routing;
  }

  /** Slots declaring `capability`, ordered by priority then id. */
  targets(capability: string): readonly PluginSlot[] {
    return this.#routing.get(capability) ?? [];
  }

  capabilities(): string[] {
    return [...this.#routing.keys()].sort();
  }

  statuses(): PluginStatus[] {
    return [...this.#slots.values(), ...this.#rejected].map((slot) => slot.status());
  }

  // ---- health -------------------------------------------------------------------------------------

  /** Combined health from the last hook result and the runtime window. */
  health(id: string): HealthReport {
    const slot = this.#slot(id);
    return combineHealth(slot.hookHealth, slot.window.signals(), this.#lifecycle.health);
  }

  /** Run the plugin's health hook now (if it has one), record and persist the combined result. */
  async checkHealth(id: string): Promise<HealthReport> {
    const slot = this.#slot(id);
    const version = slot.current;
    if (version !== undefined && slot.state === 'active' && version.exports.includes('health')) {
      slot.hookHealth = (await probeHealth(this.#deps.pool, version, this.#lifecycle.health.timeoutMs)) ?? slot.hookHealth;
    }
    const report = this.health(id);
    const previous = this.#lastHealth.get(id) ?? this.#deps.store.listHealth(id, 1)[0];
    if (slot.hookHealth !== null || previous?.status !== report.status) {
      const sample = { at: new Date().toISOString(), status: report.status, reasons: report.reasons };
      this.#lastHealth.set(id, sample);
      this.#deps.storeGuard.tryWrite(`record a health sample of ${id}`, (store) => store.appendHealth(id, sample, this.#lifecycle.health.historyRetention));
    }
    if (previous !== undefined && previous.status !== report.status) {
      this.#deps.logger.info({ event: 'plugin.health.changed', plugin_id: id, from: previous.status, to: report.status, reasons: report.reasons }, `plugin ${id} is ${report.status}`);
    }
    return report;
  }

  healthHistory(id: string, limit = 50) {
    this.#slot(id);
    return this.#deps.store.listHealth(id, limit);
  }

  startHealthChecks(): void {
    const interval = this.#lifecycle.health.intervalMs;
    if (interval <= 0 || this.#healthTimer !== undefined) return;
    this.#healthTimer = setInterval(() => {
      for (const id of [...this.#slots.keys()]) {
        const slot = this.#slots.get(id);
        if (slot?.state !== 'active') continue;
        this.checkHealth(id).catch((error: unknown) => this.#deps.logger.error({ event: 'plugin.health.error', plugin_id: id, err: error }, 'health check failed'));
      }
    }, interval);
    this.#healthTimer.unref();
  }

  stop(): void {
    this.#stopped = true;
    clearInterval(this.#healthTimer);
    for (const slot of [...this.#slots.values(), ...this.#rejected]) clearTimeout(slot.retryTimer);
  }
}
