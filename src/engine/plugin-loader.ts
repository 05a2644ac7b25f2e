import path from 'node:path';
import type { Logger } from 'pino';
import { CorralError, isCorralError } from '../errors.ts';
import { discoverPluginDirs } from '../manifest/discover.ts';
import { readPluginPackage, type PluginPackage } from '../manifest/plugin-package.ts';
import type { EngineLimits } from '../options.ts';
import type { PluginSpec } from '../protocol.ts';
import type { EffectiveLimits, PluginEntry } from './plugin-entry.ts';
import type { WorkerPool } from './worker-pool.ts';

export interface LoadContext {
  pool: WorkerPool;
  limits: EngineLimits;
  priorities: Record<string, number>;
  logger: Logger;
}

/** Every plugin folder to load: those discovered under pluginsDir, then explicit ones. */
export async function collectPluginDirs(pluginsDir: string | undefined, explicit: readonly string[]): Promise<string[]> {
  const dirs = pluginsDir === undefined ? [] : await discoverPluginDirs(pluginsDir);
  for (const dir of explicit) {
    const resolved = path.resolve(dir);
    if (!dirs.includes(resolved)) dirs.push(resolved);
  }
  return dirs;
}

/**
 * Load every folder concurrently. A folder that fails validation, compile or init becomes a failed
 * entry with its reason; it never stops the others. Duplicate ids: the first folder (sorted) wins.
 */
export async function loadPlugins(dirs: readonly string[], ctx: LoadContext): Promise<PluginEntry[]> {
  const packages = await Promise.all(dirs.map((dir) => readPackageOrFailure(dir)));
  const seen = new Map<string, string>();
  const entries = packages.map(function claimId(result, index): PluginEntry | Promise<PluginEntry> {
    const dir = dirs[index] as string;
    if ('failure' in result) return failedEntry(path.basename(dir), dir, undefined, result.failure, ctx);
    const { manifest } = result.pkg;
    const previous = seen.get(manifest.id);
    if (previous !== undefined) {
      const failure = new CorralError('CORRAL_ERR_DUPLICATE_PLUGIN', `${dir}: plugin id "${manifest.id}" is already loaded from ${previous}`);
      return failedEntry(manifest.id, dir, result.pkg, failure, ctx);
    }
    seen.set(manifest.id, dir);
    return loadPackage(result.pkg, ctx);
  });
  return Promise.all(entries);
}

async function readPackageOrFailure(dir: string): Promise<{ pkg: PluginPackage } | { failure: CorralError }> {
  try {
    return { pkg: await readPluginPackage(dir) };
  } catch (error) {
    if (isCorralError(error)) return { failure: error };
    return { failure: new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${dir}: ${(error as Error).message}`) };
  }
}

export function effectiveLimits(pkg: PluginPackage, limits: EngineLimits): EffectiveLimits {
  const requested = pkg.manifest.limits;
  const memoryMb = requested.memoryMb ?? limits.defaultMemoryMb;
  if (memoryMb > limits.maxMemoryMb) {
    throw new CorralError(
      'CORRAL_ERR_INVALID_MANIFEST',
      `${pkg.dir}: limits.memoryMb ${memoryMb} exceeds the host maximum of ${limits.maxMemoryMb}`,
    );
  }
  return {
    memoryMb,
    timeoutMs: requested.timeoutMs ?? limits.defaultTimeoutMs,
    maxInputBytes: Math.min(requested.maxInputBytes ?? limits.maxInputBytes, limits.maxInputBytes),
    maxOutputBytes: Math.min(requested.maxOutputBytes ?? limits.maxOutputBytes, limits.maxOutputBytes),
  };
}

export function buildSpec(pkg: PluginPackage, limits: EffectiveLimits, engineLimits: EngineLimits): PluginSpec {
  const { manifest } = pkg;
  return {
    key: `${manifest.id}@${manifest.version}#${pkg.integrity.slice('sha256-'.length, 'sha256-'.length + 16)}`,
    id: manifest.id,
    version: manifest.version,
    source: pkg.source,
    filename: `plugin://${manifest.id}/${manifest.main}`,
    memoryMb: limits.memoryMb,
    config: manifest.config,
    initTimeoutMs: engineLimits.initTimeoutMs,
    maxLogLinesPerCall: engineLimits.maxLogLinesPerCall,
  };
}

async function loadPackage(pkg: PluginPackage, ctx: LoadContext): Promise<PluginEntry> {
  const { manifest } = pkg;
  let limits: EffectiveLimits;
  try {
    limits = effectiveLimits(pkg, ctx.limits);
  } catch (error) {
    return failedEntry(manifest.id, pkg.dir, pkg, error as CorralError, ctx);
  }
  const spec = buildSpec(pkg, limits, ctx.limits);
  const reply = await ctx.pool.load(spec);
  if (reply.kind !== 'loaded') {
    const message = reply.kind === 'error' ? reply.error.message : `unexpected worker reply ${reply.kind}`;
    return failedEntry(manifest.id, pkg.dir, pkg, new CorralError('CORRAL_ERR_PLUGIN_LOAD', `${pkg.dir}: ${message}`), ctx);
  }
  const missing = manifest.capabilities.filter((capability) => !reply.exports.includes(capability));
  if (missing.length > 0) {
    await ctx.pool.evict([spec.key]);
    const failure = new CorralError(
      'CORRAL_ERR_PLUGIN_LOAD',
      `${pkg.dir}: capabilities declares ${missing.map((m) => `"${m}"`).join(', ')} but the default export has no such function`,
    );
    return failedEntry(manifest.id, pkg.dir, pkg, failure, ctx);
  }
  ctx.logger.info({ event: 'plugin.lifecycle.loaded', plugin_id: manifest.id, version: manifest.version, duration_ms: reply.durationMs }, 'plugin loaded');
  return {
    id: manifest.id,
    dir: pkg.dir,
    state: 'active',
    manifest,
    spec,
    limits,
    exports: reply.exports,
    priority: ctx.priorities[manifest.id] ?? 0,
    error: undefined,
    loadedAt: new Date(),
  };
}

function failedEntry(id: string, dir: string, pkg: PluginPackage | undefined, failure: CorralError, ctx: LoadContext): PluginEntry {
  ctx.logger.warn(
    { event: 'plugin.registry.validation_error', plugin_id: id, dir, code: failure.code, reason: failure.message },
    'plugin failed to load',
  );
  return {
    id,
    dir,
    state: 'failed',
    manifest: pkg?.manifest,
    spec: undefined,
    limits: undefined,
    exports: [],
    priority: ctx.priorities[id] ?? 0,
    error: { code: failure.code, message: failure.message },
    loadedAt: new Date(),
  };
}
