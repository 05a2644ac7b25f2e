import { z } from 'zod';
import { CorralError } from '../errors.ts';
import { CAPABILITY_NAME_PATTERN } from '../manifest/manifest-schema.ts';
import { formatIssues } from '../validation.ts';
import type { BuiltinMerge, MergeFunction } from './merge.ts';

/** A capability the host defines: its contract with plugins and how partial results merge. */
export interface CapabilityDefinition<TIn = unknown, TOut = unknown, TMerged = unknown> {
  name: string;
  description?: string;
  /** Validated once per dispatch, before fan-out. */
  input?: z.ZodType<TIn>;
  /** Validated per plugin; a mismatch is that plugin's `invalid_output`. */
  output?: z.ZodType<TOut>;
  /** Ceiling on every plugin's deadline for this capability. */
  timeoutMs?: number;
  merge?: BuiltinMerge | MergeFunction<TOut, TMerged>;
}

/**
 * A zod 4 schema from any copy of zod 4 (the app's own install may not be the one Corral resolves,
 * so `instanceof` alone would refuse it); zod 4 schemas carry their internals on `_zod`.
 */
function isZod4Schema(value: unknown): boolean {
  if (value instanceof z.ZodType) return true;
  return typeof value === 'object' && value !== null && '_zod' in value && typeof (value as { safeParse?: unknown }).safeParse === 'function';
}

const definitionSchema = z.object({
  name: z.string().regex(CAPABILITY_NAME_PATTERN, 'expected a capability name such as "classify"'),
  description: z.string().optional(),
  input: z.custom<z.ZodType>(isZod4Schema, 'expected a zod 4 schema (from "zod" 4 or "zod/v4"; zod 3 schemas are not supported)').optional(),
  output: z.custom<z.ZodType>(isZod4Schema, 'expected a zod 4 schema (from "zod" 4 or "zod/v4"; zod 3 schemas are not supported)').optional(),
  timeoutMs: z.number().int().positive().optional(),
  merge: z
    .union([z.enum(['collect', 'first', 'concat', 'majority']), z.custom<MergeFunction>((v) => typeof v === 'function')])
    .optional(),
});

/** Declare a capability with typed input, output and merged result. Validates the definition. */
export function defineCapability<TIn, TOut, TMerged = TOut[]>(
  definition: CapabilityDefinition<TIn, TOut, TMerged>,
): CapabilityDefinition<TIn, TOut, TMerged> {
  const parsed = definitionSchema.safeParse(definition);
  if (!parsed.success) {
    throw new CorralError('CORRAL_ERR_INVALID_CAPABILITY', `capability "${String(definition?.name)}": ${formatIssues(parsed.error.issues)}`);
  }
  return Object.freeze({ ...definition });
}
