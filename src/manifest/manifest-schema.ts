import semver from 'semver';
import { z } from 'zod';
import { commandsSchema } from './command-schema.ts';

export const PLUGIN_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const CAPABILITY_NAME_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;
/** Names the runtime reserves for lifecycle hooks; they cannot be capabilities. */
export const HOOK_NAMES = ['init', 'health', 'shutdown'] as const;

export const PERMISSIONS = ['state', 'network'] as const;
export type Permission = (typeof PERMISSIONS)[number];

const limitsSchema = z
  .object({
    memoryMb: z.number().int().min(8, 'must be at least 8 (MB)').optional(),
    timeoutMs: z.number().int().positive().optional(),
    maxInputBytes: z.number().int().positive().optional(),
    maxOutputBytes: z.number().int().positive().optional(),
  })
  .strict();

const semverRange = z.string().refine((r) => semver.validRange(r) !== null, 'expected a semver range such as "^1.2.0"');

/** One declarative entry a plugin contributes to a host registry (e.g. a named query). */
const contributionSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'expected an id of letters, digits and . _ : -') }).passthrough();

export const manifestSchema = z
  .object({
    id: z.string().regex(PLUGIN_ID_PATTERN, 'expected lowercase letters, digits and dashes (e.g. "word-classifier")'),
    name: z.string().min(1).max(200),
    version: z.string().refine((v) => semver.valid(v) !== null, 'expected a semver version such as "1.2.0"'),
    description: z.string().max(2000).optional(),
    main: z
      .string()
      .min(1)
      .refine((m) => !m.startsWith('/') && !m.split(/[\\/]/).includes('..'), 'must be a relative path inside the plugin folder'),
    capabilities: z
      .array(
        z
          .string()
          .regex(CAPABILITY_NAME_PATTERN, 'expected a capability name such as "classify"')
          .refine((c) => !(HOOK_NAMES as readonly string[]).includes(c), 'is a lifecycle hook name, not a capability'),
      )
      .min(1, 'declare at least one capability')
      .refine((list) => new Set(list).size === list.length, 'contains a duplicate capability'),
    permissions: z.array(z.enum(PERMISSIONS)).default([]),
    allowedHosts: z.array(z.string().min(1)).optional(),
    limits: limitsSchema.default({}),
    config: z.record(z.string(), z.unknown()).default({}),
    /** Host versions this plugin supports, e.g. { "corral": "^0.1.0" }. */
    engines: z.object({ corral: semverRange }).strict().optional(),
    /** Other plugins this one needs loaded first: id → version range. */
    dependencies: z.record(z.string().regex(PLUGIN_ID_PATTERN, 'expected a plugin id'), semverRange).default({}),
    /** Declarative entries for host registries: registry name → entries with unique ids. */
    contributes: z
      .record(z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'expected a registry name such as "queries"'), z.array(contributionSchema).max(1000))
      .default({}),
    integrity: z
      .string()
      .regex(/^sha256-[A-Za-z0-9+/]{43}=$/, 'expected "sha256-<base64 digest>" of the main module')
      .optional(),
    signature: z.string().optional(),
    /** Config keys holding secrets: may be encrypted at rest ("enc:v1:..."), redacted from logs and errors. */
    secrets: z.array(z.string().min(1)).optional(),
    /**
     * The host is not ready (`/readyz` 503) while this plugin is not running, unhealthy or quarantined.
     * Off by default: one bad optional plugin must not take a whole instance out of rotation. The host's
     * config file entry wins over this.
     */
    required: z.boolean().optional(),
    /** Diagnostics commands (`corral diagnose`): name → description and ordered args; see command-schema.ts. */
    commands: commandsSchema.default({}),
  })
  .strict();

export type PluginManifest = z.infer<typeof manifestSchema>;
