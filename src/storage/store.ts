/**
 * What the engine persists, behind an interface narrow enough that a server database can implement
 * it later without touching the engine. All methods are synchronous on purpose: admin changes are
 * durable once the call returns, and the embedded implementation (node:sqlite) is synchronous. Every
 * failure is a CorralError: CORRAL_ERR_STORE_UNAVAILABLE when it may pass (busy, disk full), otherwise
 * CORRAL_ERR_STORE; store-guard.ts decides what to retry and how the engine degrades.
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
  /** Unregistered by an admin: not loaded again at start-up until registered explicitly (approvals kept). */
  unregistered: boolean;
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
  upsertPlugin(update: { id: string; version: string; enabled?: boolean; approvedPermissions?: string[]; config?: Record<string, unknown>; unregistered?: boolean }): PluginRecord;
  /** Forget the plugin's history, counters and state but remember that it was unregistered, and what it was approved for. */
  markUnregistered(id: string): void;
  deletePlugin(id: string): void;
  appendHealth(pluginId: string, sample: HealthSample, keep: number): void;
  listHealth(pluginId: string, limit: number): HealthSample[];
  addInvocations(counters: readonly InvocationCounter[]): void;
  listInvocations(pluginId?: string): InvocationCounter[];
  close(): void;
}
