/**
 * corral/sdk — what plugin authors import. Everything here is either a type or a tiny runtime
 * helper with no imports, so a bundler (`corral build`) inlines it into the plugin's single module,
 * and its declarations type-check on their own in a plugin project (strict, exactOptionalPropertyTypes,
 * no Node or DOM types).
 */

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
  /** `true` when the key existed. */
  delete(key: string): boolean;
  /** Keys starting with `prefix` (all keys without one). */
  list(prefix?: string): string[];
  /** Atomic across workers (get + set from two workers could lose an update). Returns the new value. */
  increment(key: string, delta?: number): number;
}

/** The sandbox's `Headers` (lower-cased names; `get` joins repeated values with ", "). */
export interface FetchHeaders extends Iterable<[string, string]> {
  append(name: string, value: string): void;
  delete(name: string): void;
  get(name: string): string | null;
  has(name: string): boolean;
  set(name: string, value: string): void;
  forEach(callback: (value: string, name: string, headers: FetchHeaders) => void, thisArg?: unknown): void;
  entries(): IterableIterator<[string, string]>;
  keys(): IterableIterator<string>;
  values(): IterableIterator<string>;
}

/** Anything with `toString()` giving the form encoding, such as the sandbox's `URLSearchParams`. */
export interface FetchSearchParams {
  get(name: string): string | null;
  toString(): string;
}

export type FetchHeadersInit = FetchHeaders | Iterable<readonly [string, string]> | Record<string, string>;
export type FetchBody = string | ArrayBuffer | ArrayBufferView | FetchSearchParams;

export interface FetchInit {
  /** Default `GET`. */
  method?: string | undefined;
  headers?: FetchHeadersInit | undefined;
  body?: FetchBody | null | undefined;
  /** Default `follow`; every hop is checked against allowedHosts and the network policy again. */
  redirect?: 'follow' | 'manual' | 'error' | undefined;
}

/** What `ctx.fetch` resolves to: the body is already read (within the call's network budget). */
export interface FetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly redirected: boolean;
  readonly type: 'basic';
  readonly headers: FetchHeaders;
  readonly bodyUsed: boolean;
  arrayBuffer(): Promise<ArrayBuffer>;
  bytes(): Promise<Uint8Array>;
  text(): Promise<string>;
  json<T = unknown>(): Promise<T>;
}

/**
 * `ctx.fetch(url, init)`: the only way out of the sandbox (there is no global `fetch`). Needs
 * `"permissions": ["network"]` and the host in `allowedHosts`; a refused request rejects with
 * PermissionDeniedError (`permission_denied`), an exhausted budget with QuotaExceededError.
 */
export type PluginFetch = (resource: string | { readonly href: string } | { readonly url: string }, init?: FetchInit) => Promise<FetchResponse>;

/** The `ctx` every capability, command and hook receives. */
export interface PluginContext<Config = Record<string, unknown>> {
  readonly pluginId: string;
  readonly version: string;
  /** The capability (or hook, or `command:<name>`) being run. */
  readonly capability: string;
  /** Absolute deadline of this call, ms since the epoch. */
  readonly deadline: number;
  readonly callId: number;
  /** The plugin's own config (manifest `config`, with host overrides and secrets), deeply frozen. */
  readonly config: Readonly<Config>;
  readonly log: PluginLogger;
  /** Present with the `state` permission; touching it without the permission throws PermissionDeniedError. */
  readonly state: PluginState;
  /** Present with the `network` permission; touching it without the permission throws PermissionDeniedError. */
  readonly fetch: PluginFetch;
}

export type HealthStatus = 'healthy' | 'degraded' | 'unhealthy';
export type HealthResult =
  | HealthStatus
  | { status: HealthStatus; message?: string | undefined; dependencies?: Record<string, string> | undefined };

/** One capability's types: what a plugin receives and must return. */
export interface CapabilityContract {
  input: unknown;
  output: unknown;
}

/**
 * A capability's types as a host publishes them: `{ classify: { input: {...}; output: {...} } }`.
 * Any object type whose properties are contracts works (an `interface` too); an index signature
 * such as `[name: string]: { input: unknown; output: unknown }` is accepted and changes nothing.
 */
export type CapabilityContracts = Record<string, CapabilityContract>;

/** A Standard Schema (zod 4, valibot, arktype, ...), as far as its static types go. */
interface StandardSchemaTypes<Output> {
  readonly '~standard': { readonly types?: { readonly output: Output } | undefined };
}

/**
 * Derive a contract from a host's `defineCapability(...)` value: `ContractOf<typeof classify>`.
 * Read from the definition's input/output schemas, so corral/sdk never imports the host side.
 */
export type ContractOf<C> = C extends { input?: infer I; output?: infer O }
  ? { input: I extends StandardSchemaTypes<infer In> ? In : unknown; output: O extends StandardSchemaTypes<infer Out> ? Out : unknown }
  : never;

export type CapabilityHandler<Input, Output, Config = Record<string, unknown>> = (input: Input, ctx: PluginContext<Config>) => Output | Promise<Output>;

/** Arguments of a diagnostics command, already converted to their declared types and checked. */
export type CommandArgs = Readonly<Record<string, any>>;
export type CommandHandler<Config = Record<string, unknown>> = (args: CommandArgs, ctx: PluginContext<Config>) => unknown;

export interface PluginHooks<Config> {
  /** Runs when an isolate for this plugin is built; a throw fails the load (and is retried with backoff). */
  init?: ((ctx: PluginContext<Config>) => void | Promise<void>) | undefined;
  /** Periodic health check with a short deadline (default 100 ms). */
  health?: ((ctx: PluginContext<Config>) => HealthResult | Promise<HealthResult>) | undefined;
  /** Runs on unregister, bounded. */
  shutdown?: ((ctx: PluginContext<Config>) => void | Promise<void>) | undefined;
}

/** The declared names of a contracts type, without any index signature it carries. */
type KnownNames<C> = keyof {
  [K in keyof C as string extends K ? never : number extends K ? never : symbol extends K ? never : K]: true;
};

type TypedHandlers<Contracts, Config> = {
  [K in KnownNames<Contracts> & keyof Contracts]?: Contracts[K] extends CapabilityContract
    ? CapabilityHandler<Contracts[K]['input'], Contracts[K]['output'], Config>
    : never;
};

/**
 * What a plugin's default export may hold: the hooks, a typed handler for each contract, and
 * `command:<name>` functions. Other capability names (the manifest is the authority on what a plugin
 * implements) take handlers whose input is `any`.
 */
export type PluginDefinition<Contracts = CapabilityContracts, Config = Record<string, unknown>> = PluginHooks<Config> &
  TypedHandlers<Contracts, Config> & {
    [command: `command:${string}`]: CommandHandler<Config> | undefined;
  } & {
    // `any` on purpose: a capability without a contract is not checked.
    [name: string]: ((input: any, ctx: PluginContext<Config>) => unknown) | undefined;
  };

/** Contracts whose every property is a contract (interfaces allowed: no index signature needed). */
export type ContractsOf<C> = { [K in keyof C]: CapabilityContract };

/**
 * Declare a plugin: `export default definePlugin<Contracts, Config>({ classify(input, ctx) { ... } })`.
 * Each contract's handler gets its `input` typed and must return its `output` (or a promise of it).
 * It returns its argument unchanged; its only job is the types.
 */
export function definePlugin<Contracts extends ContractsOf<Contracts> = CapabilityContracts, Config = Record<string, unknown>>(
  plugin: PluginDefinition<Contracts, Config>,
): PluginDefinition<Contracts, Config> {
  return plugin;
}

// ---- errors a plugin throws to choose its outcome type ------------------------------------------
// The host recognises them by `name` (workers/error-mapping.ts), so a plain Error with the same name
// set works too; these classes only save the boilerplate and type the options.

export interface PluginErrorOptions {
  cause?: unknown;
}

/** Throw this for bad input: the outcome becomes `invalid_input` with your message. */
export class InvalidInputError extends Error {
  constructor(message: string, options?: PluginErrorOptions) {
    super(message, options);
    this.name = 'InvalidInputError';
  }
}

/** The call needs something the plugin may not do or reach: the outcome becomes `permission_denied`. */
export class PermissionDeniedError extends Error {
  constructor(message: string, options?: PluginErrorOptions) {
    super(message, options);
    this.name = 'PermissionDeniedError';
  }
}

/** A budget of the plugin's own ran out (a rate, a size): the outcome becomes `quota_exceeded`. */
export class QuotaExceededError extends Error {
  constructor(message: string, options?: PluginErrorOptions) {
    super(message, options);
    this.name = 'QuotaExceededError';
  }
}
