import { availableParallelism } from 'node:os';
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
  })
  .strict()
  .refine((l) => l.defaultMemoryMb <= l.maxMemoryMb, { message: 'defaultMemoryMb must not exceed maxMemoryMb', path: ['defaultMemoryMb'] });

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
    concurrentCallsPerWorker: z.number().int().min(1).max(64).default(4),
    limits: limitsSchema.default(() => limitsSchema.parse({})),
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

export function parseEngineOptions(options: EngineOptions): Readonly<ResolvedEngineOptions> {
  const parsed = engineOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new CorralError('CORRAL_ERR_INVALID_OPTIONS', `invalid engine options: ${formatIssues(parsed.error.issues)}`);
  }
  return Object.freeze(parsed.data);
}
