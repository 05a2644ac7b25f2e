/**
 * corral/sdk — what plugin authors import. Everything here is either a type or a tiny runtime
 * helper with no imports, so a bundler (`corral build`) inlines it into the plugin's single module.
 */
import type { CapabilityDefinition } from '../capabilities/capability.ts';

/** `console`-like logger; lines go to the host's log tagged with the plugin id (rate-limited). */
export interface PluginLogger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  log(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

/** Per-plugin persistent key-value state (needs `"permissions": ["state"]`). Values are JSON. */
export interface PluginState {
  get<T = unknown>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  delete(key: string): boolean;
  list(prefix?: string): string[];
  /** Atomic across workers (get + set from two workers could lose an update). */
  increment(key: string, delta?: number): number;
}

export interface PluginContext<Config = Record<string, unknown>> {
  readonly pluginId: string;
  readonly version: string;
  /** The capability (or hook) being run. */
  readonly capability: string;
  /** Absolute deadline of this call, ms since the epoch. */
  readonly deadline: number;
  readonly callId: number;
  /** The plugin's own config (manifest `config`, with host overrides), deeply frozen. */
  readonly config: Readonly<Config>;
  readonly log: PluginLogger;
  /** Present with the `state` permission; touching it without the permission is `permission_denied`. */
  readonly state: PluginState;
}

export type HealthStatus = 'healthy' | 'degraded' | 'unhealthy';
export type HealthResult = HealthStatus | { status: HealthStatus; message?: string; dependencies?: Record<string, string> };

/** A capability's types as a host publishes them: `{ classify: { input: {...}; output: {...} } }`. */
export type CapabilityContracts = Record<string, { input: unknown; output: unknown }>;

/** Derive a contract from a host's `defineCapability(...)` value: `ContractOf<typeof classify>`. */
export type ContractOf<C> = C extends CapabilityDefinition<infer I, infer O, unknown> ? { input: I; output: O } : never;

export type CapabilityHandler<Input, Output, Config> = (input: Input, ctx: PluginContext<Config>) => Output | Promise<Output>;

export interface PluginHooks<Config> {
  /** Runs when an isolate for this plugin is built; a throw fails the load (and is retried with backoff). */
  init?(ctx: PluginContext<Config>): void | Promise<void>;
  /** Periodic health check with a short deadline (default 100 ms). */
  health?(ctx: PluginContext<Config>): HealthResult | Promise<HealthResult>;
  /** Runs on unregister, bounded. */
  shutdown?(ctx: PluginContext<Config>): void | Promise<void>;
}

/** Known contracts are typed; any other capability name takes untyped handlers. */
export type PluginDefinition<Contracts extends CapabilityContracts, Config> = PluginHooks<Config> & {
  [K in keyof Contracts]?: CapabilityHandler<Contracts[K]['input'], Contracts[K]['output'], Config>;
} & Record<string, CapabilityHandler<any, unknown, Config> | undefined>;

/**
 * Declare a plugin: `export default definePlugin<Contracts, Config>({ classify(input, ctx) { ... } })`.
 * It returns its argument unchanged; its only job is the types.
 */
export function definePlugin<Contracts extends CapabilityContracts = CapabilityContracts, Config = Record<string, unknown>>(
  plugin: PluginDefinition<Contracts, Config>,
): PluginDefinition<Contracts, Config> {
  return plugin;
}

/** Throw this for bad input: the outcome becomes `invalid_input` with your message. */
export class InvalidInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidInputError';
  }
}
