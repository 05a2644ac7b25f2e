import type { Logger } from 'pino';
import type { PluginManager, PluginOverride } from '../lifecycle/plugin-manager.ts';
import type { EngineOptions } from '../options.ts';
import type { LoadedConfig, PluginEntryConfig } from './config-file.ts';

export interface ConfigApplySummary {
  registered: string[];
  unregistered: string[];
  reloaded: string[];
  reordered: string[];
  enabled: string[];
  disabled: string[];
  unchanged: string[];
  failed: Array<{ id: string; error: string }>;
}

export function overrideOf(entry: PluginEntryConfig): PluginOverride {
  return { config: entry.config, priority: entry.priority, enabled: entry.enabled, required: entry.required };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `over` wins; nested settings objects (limits, lifecycle.health, ...) merge key by key. */
function mergeSettings(under: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...under };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const below = merged[key];
    merged[key] = isPlainObject(below) && isPlainObject(value) ? mergeSettings(below, value) : value;
  }
  return merged;
}

/**
 * Explicit options win over the config file, setting by setting (a file's `limits.defaultTimeoutMs`
 * survives code that only sets `limits.maxInputBytes`); the file's plugin folders are added to `plugins`.
 */
export function mergeConfigFile(options: EngineOptions, config: LoadedConfig): EngineOptions {
  const merged = mergeSettings(config.engine as Record<string, unknown>, options as Record<string, unknown>) as EngineOptions;
  return { ...merged, plugins: [...(options.plugins ?? []), ...config.plugins.map((entry) => entry.path)] };
}

/**
 * Apply a re-read config file, touching only what changed since `previous`: new entries register,
 * removed ones unregister, a changed path or config reloads, a changed priority re-orders, a changed
 * `enabled` enables or disables. Per-plugin problems are reported in the summary, never thrown.
 */
export async function applyConfigChanges(
  manager: PluginManager,
  previous: ReadonlyMap<string, PluginEntryConfig>,
  config: LoadedConfig,
  logger: Logger,
): Promise<ConfigApplySummary> {
  const summary: ConfigApplySummary = { registered: [], unregistered: [], reloaded: [], reordered: [], enabled: [], disabled: [], unchanged: [], failed: [] };
  const next = new Map(config.plugins.map((entry) => [entry.id, entry]));
  const attempt = async (id: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      summary.failed.push({ id, error: (error as Error).message });
    }
  };
  for (const [id] of previous) {
    if (!next.has(id) && manager.has(id)) {
      await attempt(id, async () => {
        await manager.unregister(id);
        summary.unregistered.push(id);
      });
    }
  }
  for (const entry of config.plugins) {
    const before = previous.get(entry.id);
    manager.setOverride(entry.id, overrideOf(entry));
    if (before === undefined || !manager.has(entry.id)) {
      await attempt(entry.id, async () => {
        const status = await manager.register(entry.path, { explicit: true });
        if (status.id !== entry.id) throw new Error(`${entry.path} holds plugin "${status.id}", not "${entry.id}"`);
        summary.registered.push(entry.id);
      });
      continue;
    }
    let changed = false;
    if (before.path !== entry.path || JSON.stringify(before.config) !== JSON.stringify(entry.config)) {
      changed = true;
      await attempt(entry.id, async () => {
        manager.setDir(entry.id, entry.path);
        const result = await manager.reload(entry.id);
        if (result.status === 'rolled_back' || result.status === 'failed') throw new Error(result.error);
        summary.reloaded.push(entry.id);
      });
    }
    if ((before.priority ?? 0) !== (entry.priority ?? 0)) {
      changed = true;
      manager.setPriority(entry.id, entry.priority ?? 0);
      summary.reordered.push(entry.id);
    }
    if (entry.enabled !== undefined && before.enabled !== entry.enabled) {
      changed = true;
      await attempt(entry.id, async () => {
        if (entry.enabled) await manager.enable(entry.id);
        else await manager.disable(entry.id);
        (entry.enabled ? summary.enabled : summary.disabled).push(entry.id);
      });
    }
    if (!changed) summary.unchanged.push(entry.id);
  }
  logger.info({ event: 'engine.config.applied', file: config.file, ...summary }, 'config file applied');
  return summary;
}
