import type { PluginManifest } from '../manifest/manifest-schema.ts';
import type { PluginSpec } from '../protocol.ts';

export type PluginState = 'active' | 'failed';

/** The limits a plugin actually runs with: its manifest's requests bounded by the host's. */
export interface EffectiveLimits {
  memoryMb: number;
  timeoutMs: number;
  maxInputBytes: number;
  maxOutputBytes: number;
}

/** The host's record of one plugin folder. Internal: the public view is PluginStatus. */
export interface PluginEntry {
  id: string;
  dir: string;
  state: PluginState;
  manifest: PluginManifest | undefined;
  spec: PluginSpec | undefined;
  limits: EffectiveLimits | undefined;
  exports: string[];
  priority: number;
  error: { code: string; message: string } | undefined;
  loadedAt: Date;
}

/** What `engine.plugins()` reports for each plugin folder (config is never included). */
export interface PluginStatus {
  id: string;
  name: string | null;
  version: string | null;
  dir: string;
  state: PluginState;
  capabilities: string[];
  permissions: string[];
  priority: number;
  limits: EffectiveLimits | null;
  error: { code: string; message: string } | null;
  loadedAt: string;
}

export function toPluginStatus(entry: PluginEntry): PluginStatus {
  return {
    id: entry.id,
    name: entry.manifest?.name ?? null,
    version: entry.manifest?.version ?? null,
    dir: entry.dir,
    state: entry.state,
    capabilities: entry.manifest ? [...entry.manifest.capabilities] : [],
    permissions: entry.manifest ? [...entry.manifest.permissions] : [],
    priority: entry.priority,
    limits: entry.limits ? { ...entry.limits } : null,
    error: entry.error ? { ...entry.error } : null,
    loadedAt: entry.loadedAt.toISOString(),
  };
}
