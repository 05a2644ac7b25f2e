import { availableParallelism, totalmem } from 'node:os';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { CapabilityDefinition } from './capabilities/capability.ts';
import { CorralError } from './errors.ts';
import { formatIssues } from './validation.ts';

const MiB = 1024 * 1024;

const limitsSchema = z
  .object({
    /** Heap limit for a plugin that does not set limits.memoryMb. */
    defaultMemoryMb: z.number().int().min(8).default(64),
    /** The most any plugin may ask for; a manifest above it fails to load. */
    maxMemoryMb: z.number().int().min(8).default(512),
    /** Deadline for a plugin that does not set limits.timeoutMs. */
    defaultTimeoutMs: z.number().int().positive().default(1000),
    /** Ceiling for capabilities that do not set their own timeoutMs. */
    capabilityTimeoutMs: z.number().int().positive().default(30_000),
    /** Module evaluation + init hook, per worker that builds the isolate. */
    initTimeoutMs: z.number().int().positive().default(5000),
    /** Host-wide input cap (bytes of the serialized input); plugins may only lower it. */
    maxInputBytes: z.number().int().positive().default(1 * MiB),
    /** Host-wide output cap per plugin call; plugins may only lower it. */
    maxOutputBytes: z.number().int().positive().default(1 * MiB),
    maxLogLinesPerCall: z.number().int().nonnegative().default(100),
    /** Grace after a call's deadline before the host stops waiting for a stuck worker. */
    hostGraceMs: z.number().int().positive().default(2000),
    /** setTimeout/setInterval a single call may create; beyond it the call ends with quota_exceeded. */
    maxTimersPerCall: z.number().int().nonnegative().default(1000),
    /** Host API calls (ctx.state, ctx.fetch, timers) a single call may make. */
    maxHostCallsPerCall: z.number().int().positive().default(10_000),
    /** ctx.fetch request plus response body bytes a single call may move. */
    maxFetchBytesPerCall: z.number().int().positive().default(10 * MiB),
    /** Deadline of one ctx.fetch request (the call's own deadline still applies). */
    fetchTimeoutMs: z.number().int().positive().default(10_000),
  })
  .strict()
  .refine((l) => l.defaultMemoryMb <= l.maxMemoryMb, { message: 'defaultMemoryMb must not exceed maxMemoryMb', path: ['defaultMemoryMb'] });

const lifecycleSchema = z
  .object({
    /** How long a reload or unregister waits for in-flight calls of the old version. */
    drainTimeoutMs: z.number().int().nonnegative().default(30_000),
    shutdownTimeoutMs: z.number().int().positive().default(1000),
    /** Plugins whose load or init failed are retried with exponential backoff. */
    retry: z
      .object({
        baseMs: z.number().int().positive().default(1000),
        capMs: z.number().int().positive().default(60_000),
        maxAttempts: z.number().int().nonnegative().default(5),
      })
      .strict()
      .default(() => ({ baseMs: 1000, capMs: 60_000, maxAttempts: 5 })),
    health: z
      .object({
        /** Health hook interval; 0 turns periodic checks off. */
        intervalMs: z.number().int().nonnegative().default(30_000),
        timeoutMs: z.number().int().positive().default(100),
        windowMs: z.number().int().positive().default(5 * 60_000),
        degradedErrorRate: z.number().min(0).max(1).default(0.1),
        unhealthyErrorRate: z.number().min(0).max(1).default(0.5),
        historyRetention: z.number().int().positive().default(100),
      })
      .strict()
      .default(() => ({ intervalMs: 30_000, timeoutMs: 100, windowMs: 300_000, degradedErrorRate: 0.1, unhealthyErrorRate: 0.5, historyRetention: 100 })),
    breaker: z
      .object({
        consecutiveFailures: z.number().int().positive().default(5),
        errorRateThreshold: z.number().min(0).max(1).default(0.5),
        windowSize: z.number().int().positive().default(20),
        minCalls: z.number().int().positive().default(10),
        cooldownMs: z.number().int().positive().default(30_000),
        maxCooldownMs: z.number().int().positive().default(600_000),
      })
      .strict()
      .default(() => ({ consecutiveFailures: 5, errorRateThreshold: 0.5, windowSize: 20, minCalls: 10, cooldownMs: 30_000, maxCooldownMs: 600_000 })),
    /** Bytes of `ctx.state` (keys + JSON values) each plugin may keep. */
    stateQuotaBytes: z.number().int().positive().default(1 * MiB),
  })
  .strict();

/** Sandbox and supply-chain policy (see SECURITY.md). */
const securitySchema = z
  .object({
    /** Ed25519 public keys (PEM, or base64 of the SPKI DER or of the raw 32 bytes) whose manifest signatures are trusted. */
    trustedKeys: z.array(z.string().min(1)).default([]),
    /** Refuse to load a plugin without a valid signature from a trusted key. */
    requireSignatures: z.boolean().default(false),
    /** eval / new Function inside plugin isolates: the default, and per-plugin exceptions. */
    codeGeneration: z.enum(['allow', 'deny']).default('allow'),
    codeGenerationOverrides: z.record(z.string(), z.enum(['allow', 'deny'])).default({}),
    /** Host names ctx.fetch may reach on private, loopback or link-local addresses ("*" = all; use with care). */
    allowPrivateNetwork: z.array(z.string().min(1)).default([]),
    /** File holding secret-encryption keys (`id:base64` per line, first = current); CORRAL_SECRETS_KEY wins. */
    secretsKeyFile: z.string().min(1).optional(),
  })
  .strict();

/** How calls are placed on threads (see docs/scheduling.md). */
const schedulingSchema = z
  .object({
    /**
     * Threads beyond poolSize for plugins whose code has not proved short (new ones, and ones seen
     * holding a thread): they run on threads of their own, never beside other plugins' calls.
     */
    spareThreads: z.number().int().min(1).max(64).default(4),
    /** A synchronous stretch of plugin code longer than this blocks its thread for others: the plugin loses trust. */
    longSegmentMs: z.number().int().min(1).max(60_000).default(50),
    /** Calls in a row without a long segment before a new plugin may share threads. */
    trustAfterCalls: z.number().int().min(1).max(1000).default(3),
    /** Most threads suspected plugins may hold at once (default: half the threads). */
    maxSuspectThreads: z.number().int().min(1).max(320).optional(),
  })
  .strict();

/**
 * Half the machine's memory (at least 1 GiB): a pool child above it is killed, so plugins holding
 * memory outside their V8 heaps (ArrayBuffers) cannot push the host machine into swap or the OOM killer.
 */
const defaultMaxRssMb = () => Math.max(1024, Math.floor(totalmem() / MiB / 2));

const isolationSchema = z
  .object({
    /**
     * 'process' (default): the pool runs in a supervised child process, so a fatal V8 out-of-memory
     * or a native crash in a plugin costs a child restart, not the host. 'thread': worker threads in
     * this process; faster, but a fatal V8 out-of-memory in a plugin (Map/Set growth, arrays of
     * arrays) aborts the host process.
     */
    mode: z.enum(['thread', 'process']).default('process'),
    /** Process mode: first restart delay after a crash; doubles per crash until the child stays up stableMs. */
    restartBaseMs: z.number().int().positive().default(250),
    /** The longest restart delay: restarts never stop, they only slow down to this. */
    restartCapMs: z.number().int().positive().default(30_000),
    /** A child that stays up this long resets the backoff. */
    stableMs: z.number().int().positive().default(60_000),
    /** Children in a row that never came up (spawn error, isolated-vm missing) before the pool reads `failed`. */
    failedAfterStartFailures: z.number().int().positive().default(3),
    /** A child not ready this long after its start is killed and counts as a start failure. */
    readyTimeoutMs: z.number().int().positive().default(30_000),
    /** Resident memory of the child (all isolates, ArrayBuffers, threads) above which it is killed. */
    maxRssMb: z.number().int().min(64).default(defaultMaxRssMb),
    /** How often the child's resident memory is sampled. */
    rssCheckIntervalMs: z.number().int().min(10).default(250),
    /** Crashes further apart than this are not compared when looking for the plugin causing them. */
    crashWindowMs: z.number().int().positive().default(60_000),
    maxRestarts: z
      .never({ error: 'was removed: the pool child is restarted forever (backoff capped by restartCapMs); `failed` now means failedAfterStartFailures children in a row never came up' })
      .optional(),
  })
  .strict()
  .refine((i) => i.restartBaseMs <= i.restartCapMs, { message: 'restartBaseMs must not exceed restartCapMs', path: ['restartBaseMs'] });

export const engineOptionsSchema = z
  .object({
    /** Folder whose sub-folders are plugins. */
    pluginsDir: z.string().min(1).optional(),
    /** Explicit plugin folders, loaded in addition to pluginsDir. */
    plugins: z.array(z.string().min(1)).default([]),
    capabilities: z.array(z.custom<CapabilityDefinition<any, any, any>>((v) => typeof v === 'object' && v !== null && 'name' in v, 'expected a capability definition')).default([]),
    /** Reject dispatches of capabilities the host has not defined. */
    strictCapabilities: z.boolean().default(false),
    /** Lower runs earlier in result order; ties break by plugin id. Default 0. */
    priorities: z.record(z.string(), z.number()).default({}),
    poolSize: z.number().int().min(1).max(256).default(() => Math.max(1, availableParallelism())),
    /** Calls waiting for a worker beyond this many fail fast with `overloaded`. */
    maxQueue: z.number().int().min(0).default(10_000),
    /** Calls one worker interleaves (async plugin calls waiting on timers/host I/O). */
    concurrentCallsPerWorker: z.number().int().min(1).max(4096).default(256),
    scheduling: schedulingSchema.default(() => schedulingSchema.parse({})),
    /**
     * Where the worker pool runs: 'process' (the default: the pool in a supervised child process,
     * restarted with capped backoff, so a fatal V8 out-of-memory in a plugin cannot take the host
     * down) or 'thread' (worker threads in this process: cheaper calls, but a fatal V8 out-of-memory
     * in a plugin aborts the host process). A string or the full object.
     */
    isolation: z
      // A string is the mode alone; preprocessing (not a union) keeps errors naming the nested field.
      .preprocess((value) => (typeof value === 'string' ? { mode: value } : value), isolationSchema)
      .default(() => isolationSchema.parse({})),
    limits: limitsSchema.default(() => limitsSchema.parse({})),
    lifecycle: lifecycleSchema.default(() => lifecycleSchema.parse({})),
    security: securitySchema.default(() => securitySchema.parse({})),
    /**
     * Where the SQLite store lives (enabled flags, approvals, health history, counters, plugin state).
     * Without it the engine uses a temporary folder removed on close: everything works, nothing persists.
     */
    dataDir: z.string().min(1).optional(),
    /** Watch pluginsDir and reload changed plugins (register new folders) automatically. */
    watch: z.boolean().default(false),
    /** A YAML/JSON file listing plugins (id, path, enabled, priority, config) and host settings. */
    configFile: z.string().min(1).optional(),
    /** Source of CORRAL_* variables (defaults to process.env). */
    env: z.record(z.string(), z.string().optional()).default(() => process.env),
    logger: z.custom<Logger>((v) => typeof v === 'object' && v !== null && typeof (v as Logger).child === 'function', 'expected a pino logger').optional(),
  })
  .strict()
  .refine((o) => o.pluginsDir !== undefined || o.plugins.length > 0, {
    message: 'set pluginsDir or list plugin folders in plugins',
    path: ['pluginsDir'],
  });

export type EngineOptions = z.input<typeof engineOptionsSchema>;
export type ResolvedEngineOptions = z.output<typeof engineOptionsSchema>;
export type EngineLimits = ResolvedEngineOptions['limits'];
export type LifecycleOptions = ResolvedEngineOptions['lifecycle'];
export type SecurityOptions = ResolvedEngineOptions['security'];
export type IsolationOptions = ResolvedEngineOptions['isolation'];
export type SchedulingOptions = ResolvedEngineOptions['scheduling'];

export function parseEngineOptions(options: EngineOptions, configFile?: string): Readonly<ResolvedEngineOptions> {
  const parsed = engineOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const where = configFile === undefined ? 'invalid engine options' : `invalid engine options (with ${configFile})`;
    throw new CorralError('CORRAL_ERR_INVALID_OPTIONS', `${where}: ${formatIssues(parsed.error.issues)}`);
  }
  return Object.freeze(parsed.data);
}
