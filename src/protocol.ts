/**
 * The typed message protocol between the host and the piscina workers. Both sides import this file;
 * the worker entry imports nothing else from the host.
 */
import type { OutcomeError } from './outcome.ts';

/** Everything a worker needs to build a plugin's isolate. Sent only when a worker lacks it. */
export interface PluginSpec {
  /** Unique per plugin id + version + code hash: a worker's warm isolate is keyed by it. */
  key: string;
  id: string;
  version: string;
  /** The ES module source evaluated inside the isolate. */
  source: string;
  /** Shown in the plugin's stack traces; never a host path. */
  filename: string;
  memoryMb: number;
  config: Record<string, unknown>;
  /** Granted permissions; host functions for anything else do not exist in the isolate. */
  permissions: string[];
  /** Where `ctx.state` lives (workers open the same SQLite file), when the plugin may use it. */
  state: { dbPath: string; quotaBytes: number } | null;
  /** Deadline for module evaluation plus the `init` hook when a worker builds the isolate. */
  initTimeoutMs: number;
  /** Most console/ctx.log lines kept per call; the rest are counted as dropped. */
  maxLogLinesPerCall: number;
  /** Sandbox policy and per-call resource guards (see SECURITY.md); absent = the worker's defaults, no network. */
  sandbox?: SandboxPolicy;
}

/** What the isolate may do beyond pure computation, and how much of it per call. */
export interface SandboxPolicy {
  /** eval / new Function inside the isolate (host policy, per plugin). */
  codeGeneration: boolean;
  /** The plugin's output cap: a larger result is refused before it is copied out of the isolate. */
  maxOutputBytes: number;
  maxTimersPerCall: number;
  /** ctx.state, ctx.fetch and timer operations one call may make. */
  maxHostCallsPerCall: number;
  /** Request plus response body bytes of ctx.fetch per call. */
  maxFetchBytesPerCall: number;
  /** Memory outside the V8 heap (ArrayBuffers, ...) the isolate may hold; above it: memory_limit. */
  maxExternalBytes: number;
  /**
   * Plaintext of the config keys the manifest marks secret (decrypted by the host): laid over `config`
   * inside the isolate, and redacted from the plugin's log lines and error messages.
   */
  secrets: Record<string, string>;
  /** ctx.fetch policy; null without the "network" permission (ctx.fetch does not exist then). */
  network: NetworkPolicy | null;
}

export interface NetworkPolicy {
  /** From the manifest: `host`, `host:port`, `host:*`, `*.domain` (no port = the scheme's default port). */
  allowedHosts: string[];
  /** Admin-approved host names that may resolve to private, loopback or link-local addresses ("*" = any). */
  allowPrivateHosts: string[];
  /** Per-request deadline (the call's deadline still applies). */
  timeoutMs: number;
  maxRedirects: number;
}

/** Compile + evaluate + init in one worker; reports the exported capability names. */
export interface LoadTask {
  kind: 'load';
  spec: PluginSpec;
  /** The scheduler's number for this plugin version (see CallTask.flow). */
  flow?: number;
}

/** What the engine asks of the pool for one call; the pool adds the scheduling fields of CallTask. */
export interface CallRequestTask {
  pluginKey: string;
  /** Capability name or hook name (`health`). */
  capability: string;
  /** v8-serialized input, serialized once by the host for the whole fan-out. */
  input: Uint8Array;
  /** Absolute wall-clock deadline (ms since the epoch). */
  deadline: number;
  /** The deadline's length as configured, for error messages (the budget left may be smaller). */
  timeoutMs: number;
  maxOutputBytes: number;
  /** When the caller asked (ms since the epoch, fractional): the worker reports queue wait against it. */
  submittedAt: number;
}

export interface CallTask extends CallRequestTask {
  kind: 'call';
  /** Sent to a worker that has not seen this plugin version yet (or on the retry after `need_source`). */
  spec?: PluginSpec;
  /** Index and sequence number in the pool's ClaimTable (-1: not withdrawable). */
  ticket: number;
  seq: number;
  /** The scheduler's number for this plugin version, published while its code runs (BusyTable). */
  flow: number;
  /** Run at a lower OS priority: the plugin is suspected of holding threads (Linux only). */
  lowPriority?: boolean;
}

/** Several calls of one fan-out for the same worker: one round trip instead of one per plugin. */
export interface BatchTask {
  kind: 'batch';
  calls: CallTask[];
}

/** Drop warm isolates for plugin keys that are no longer served (reload, unregister). */
export interface EvictTask {
  kind: 'evict';
  pluginKeys: string[];
}

/**
 * Dispose every isolate in the worker and collect the dropped handles before the pool terminates it.
 * Each worker counts itself into `barrier` and holds the task until all have, so piscina hands one
 * shutdown task to every worker.
 */
export interface ShutdownTask {
  kind: 'shutdown';
  barrier: SharedArrayBuffer;
  workers: number;
  timeoutMs: number;
}

export type WorkerTask = LoadTask | CallTask | BatchTask | EvictTask | ShutdownTask;

export interface PluginLogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
}

interface ReplyBase {
  /** Time the call ran in the worker, from the moment it started (claimed) to its settlement. */
  durationMs: number;
  cpuMs: number;
  /** When the worker started the call (ms since the epoch, fractional); absent if it never started. */
  startedAt?: number;
  /** The call's longest synchronous stretch of plugin code (ms): what it can block its thread for. */
  segmentMs?: number;
  /** Time other plugins' synchronous code held this thread while this call was pending (ms). */
  blockedMs?: number;
  /** Omitted when the call logged nothing (most calls): every field costs on the reply's copy. */
  logs?: PluginLogLine[];
  droppedLogs?: number;
}

export interface NeedSourceReply {
  kind: 'need_source';
}

/** The host withdrew the call before it started (its thread was blocked); it runs elsewhere. */
export interface WithdrawnReply {
  kind: 'withdrawn';
}

export interface LoadedReply extends ReplyBase {
  kind: 'loaded';
  /** Own property names of the default export whose value is a function. */
  exports: string[];
}

export interface OkReply extends ReplyBase {
  kind: 'ok';
  /** v8-serialized value, size already checked against maxOutputBytes. */
  output: Uint8Array;
  /** Heap in use by the isolate after the call. */
  heapBytes: number;
}

export interface ErrorReply extends ReplyBase {
  kind: 'error';
  error: OutcomeError;
  heapBytes: number;
}

export interface EvictedReply {
  kind: 'evicted';
  count: number;
}

export interface ShutdownReply {
  kind: 'shutdown';
  threadId: number;
  disposed: number;
}

/** One reply per call of the batch, in order (each may be `need_source`). */
export interface BatchReply {
  kind: 'batch';
  replies: WorkerReply[];
}

export type WorkerReply = NeedSourceReply | WithdrawnReply | LoadedReply | OkReply | ErrorReply | EvictedReply | ShutdownReply | BatchReply;

/** The one way to build an error reply, on either side of the boundary. */
export function errorReply(error: OutcomeError, durationMs = 0): ErrorReply {
  return { kind: 'error', error, durationMs, cpuMs: 0, heapBytes: 0 };
}

/** Connection settings every SQLite connection (host store and worker state access) must share. */
export const SQLITE_PRAGMAS = 'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;';

/** What a `ctx.state` host call answers; errors are data so nothing is thrown across the boundary. */
export type StateReply = { ok: true; value: unknown } | { ok: false; name: string; message: string };
