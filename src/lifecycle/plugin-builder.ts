import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { CorralError } from '../errors.ts';
import { commandExportName } from '../manifest/command-schema.ts';
import type { PluginPackage } from '../manifest/plugin-package.ts';
import type { EngineLimits, SecurityOptions } from '../options.ts';
import type { PluginSpec } from '../protocol.ts';
import type { WorkerPool } from '../engine/worker-pool.ts';
import { enforceSignaturePolicy, sandboxPolicy } from '../security/plugin-policy.ts';
import type { HookHealth } from './health.ts';
import { effectiveLimits, type EffectiveLimits } from './limits.ts';
import { PluginVersion } from './plugin-version.ts';

export interface BuildContext {
  pool: WorkerPool;
  limits: EngineLimits;
  stateDbPath: string;
  stateQuotaBytes: number;
  /** Signature policy and sandbox policy (absent: defaults, no signature checks). */
  security?: SecurityOptions;
  /** Where CORRAL_SECRETS_KEY is read from. */
  env?: Record<string, string | undefined>;
}

/** The manifest's config with the host's overrides (config file entries) merged over it. */
export function effectiveConfig(pkg: PluginPackage, override: Record<string, unknown> | undefined): Record<string, unknown> {
  return override === undefined ? pkg.manifest.config : { ...pkg.manifest.config, ...override };
}

export function buildSpec(pkg: PluginPackage, limits: EffectiveLimits, ctx: BuildContext, configOverride?: Record<string, unknown>): PluginSpec {
  const { manifest } = pkg;
  const config = effectiveConfig(pkg, configOverride);
  return {
    // Code and manifest both feed the key: a reload that only changes config or limits is a new isolate.
    key: `${manifest.id}@${manifest.version}#${createHash('sha256').update(pkg.integrity).update(JSON.stringify(manifest)).update(JSON.stringify(config)).digest('hex').slice(0, 16)}`,
    id: manifest.id,
    version: manifest.version,
    source: pkg.source,
    filename: `plugin://${manifest.id}/${manifest.main}`,
    memoryMb: limits.memoryMb,
    config,
    permissions: [...manifest.permissions],
    state: manifest.permissions.includes('state') ? { dbPath: ctx.stateDbPath, quotaBytes: ctx.stateQuotaBytes } : null,
    initTimeoutMs: ctx.limits.initTimeoutMs,
    maxLogLinesPerCall: ctx.limits.maxLogLinesPerCall,
    sandbox: sandboxPolicy(pkg, config, { limits: ctx.limits, maxOutputBytes: limits.maxOutputBytes, memoryMb: limits.memoryMb, security: ctx.security, env: ctx.env }),
  };
}

/**
 * Compile, evaluate and `init` a package in one worker and check its exports against the manifest.
 * Throws a CorralError naming the folder and the reason; nothing is left cached in workers then.
 */
export async function buildVersion(pkg: PluginPackage, ctx: BuildContext, configOverride?: Record<string, unknown>): Promise<PluginVersion> {
  enforceSignaturePolicy(pkg, ctx.security);
  const limits = effectiveLimits(pkg, ctx.limits);
  const spec = buildSpec(pkg, limits, ctx, configOverride);
  const reply = await ctx.pool.load(spec);
  if (reply.kind !== 'loaded') {
    await ctx.pool.evict([spec.key]);
    const message = reply.kind === 'error' ? reply.error.message : `unexpected worker reply ${reply.kind}`;
    throw new CorralError('CORRAL_ERR_PLUGIN_LOAD', `${pkg.dir}: ${message}`);
  }
  const missing = pkg.manifest.capabilities.filter((capability) => !reply.exports.includes(capability));
  if (missing.length > 0) {
    await ctx.pool.evict([spec.key]);
    throw new CorralError(
      'CORRAL_ERR_PLUGIN_LOAD',
      `${pkg.dir}: capabilities declares ${missing.map((m) => `"${m}"`).join(', ')} but the default export has no such function`,
    );
  }
  const missingCommands = Object.keys(pkg.manifest.commands).filter((command) => !reply.exports.includes(commandExportName(command)));
  if (missingCommands.length > 0) {
    await ctx.pool.evict([spec.key]);
    throw new CorralError(
      'CORRAL_ERR_PLUGIN_LOAD',
      `${pkg.dir}: commands declares ${missingCommands.map((m) => `"${m}"`).join(', ')} but the default export has no function ${missingCommands.map((m) => `"${commandExportName(m)}"`).join(', ')}`,
    );
  }
  return new PluginVersion(pkg, spec, limits, reply.exports);
}

/** Run a lifecycle hook (`health`, `shutdown`) in some worker with its own short deadline. */
export async function callHook(pool: WorkerPool, version: PluginVersion, hook: 'health' | 'shutdown', timeoutMs: number) {
  return pool.call(
    { pluginKey: version.spec.key, capability: hook, input: serialize(undefined), deadline: Date.now() + timeoutMs, timeoutMs, maxOutputBytes: 64 * 1024, submittedAt: performance.timeOrigin + performance.now() },
    version.spec,
  );
}

const HOOK_STATUSES = new Set(['healthy', 'degraded', 'unhealthy']);

/**
 * Ask the plugin's `health(ctx)` hook. It may return 'healthy' | 'degraded' | 'unhealthy' or
 * `{ status, message?, dependencies? }`; a throw, its own timeout or anything else counts as
 * unhealthy. Null when the probe could not run fairly (see below).
 */
export async function probeHealth(pool: WorkerPool, version: PluginVersion, timeoutMs: number): Promise<HookHealth | null> {
  const started = performance.now();
  const reply = await callHook(pool, version, 'health', timeoutMs);
  const checkedAt = new Date().toISOString();
  const durationMs = Math.round((performance.now() - started) * 1000) / 1000;
  if (reply.kind === 'error' && reply.error.type === 'timeout') {
    // A probe that spent most of its deadline waiting for a thread, or with its thread held by other
    // plugins, says nothing about this plugin: inconclusive (null), the previous result stands.
    const queuedMs = reply.startedAt === undefined ? timeoutMs : reply.startedAt - (performance.timeOrigin + started);
    if (reply.error.reason === 'queue_wait' || (queuedMs + (reply.blockedMs ?? 0)) * 2 > timeoutMs) return null;
  }
  if (reply.kind === 'error') {
    return { status: 'unhealthy', message: `health hook failed (${reply.error.type}): ${reply.error.message}`, dependencies: {}, checkedAt, durationMs };
  }
  if (reply.kind !== 'ok') return { status: 'unhealthy', message: `unexpected worker reply ${reply.kind}`, dependencies: {}, checkedAt, durationMs };
  const value = deserialize(reply.output) as unknown;
  if (typeof value === 'string' && HOOK_STATUSES.has(value)) {
    return { status: value as HookHealth['status'], message: null, dependencies: {}, checkedAt, durationMs };
  }
  if (value !== null && typeof value === 'object' && HOOK_STATUSES.has((value as { status?: unknown }).status as string)) {
    const v = value as { status: HookHealth['status']; message?: unknown; dependencies?: unknown };
    return { status: v.status, message: typeof v.message === 'string' ? v.message.slice(0, 500) : null, dependencies: normaliseDependencies(v.dependencies), checkedAt, durationMs };
  }
  return { status: 'unhealthy', message: 'health hook returned neither a status string nor { status }', dependencies: {}, checkedAt, durationMs };
}

function normaliseDependencies(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(raw)) {
    for (const item of raw.slice(0, 50)) {
      if (item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string') {
        out[(item as { name: string }).name] = String((item as { status?: unknown }).status ?? 'unknown');
      }
    }
  } else if (raw && typeof raw === 'object') {
    for (const [name, status] of Object.entries(raw).slice(0, 50)) out[name] = typeof status === 'string' ? status : String((status as { status?: unknown })?.status ?? 'unknown');
  }
  return out;
}
