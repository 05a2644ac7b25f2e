/**
 * What the engine persists, behind an interface narrow enough that a server database can implement
 * it later without touching the engine. All methods are synchronous on purpose: admin changes are
 * durable once the call returns, and the embedded implementation (node:sqlite) is synchronous.
 */
export interface PluginRecord {
  id: string;
  version: string;
  enabled: boolean;
  approvedPermissions: string[];
  /** Admin overrides of the manifest's config (secrets encryption arrives with the security work). */
  config: Record<string, unknown>;
  registeredAt: string;
  updatedAt: string;
}

export interface HealthSample {
  at: string;
  status: string;
  reasons: string[];
}

export interface InvocationCounter {
  pluginId: string;
  capability: string;
  result: string;
  count: number;
}

export interface CorralStore {
  readonly location: string;
  getPlugin(id: string): PluginRecord | undefined;
  listPlugins(): PluginRecord[];
  /** Create or update; `enabled`/`approvedPermissions`/`config` keep their stored value when omitted. */
  upsertPlugin(update: { id: string; version: string; enabled?: boolean; approvedPermissions?: string[]; config?: Record<string, unknown> }): PluginRecord;
  deletePlugin(id: string): void;
  appendHealth(pluginId: string, sample: HealthSample, keep: number): void;
  listHealth(pluginId: string, limit: number): HealthSample[];
  addInvocations(counters: readonly InvocationCounter[]): void;
  listInvocations(pluginId?: string): InvocationCounter[];
  close(): void;
}
