import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { CorralError } from '../errors.ts';
import { parseTokenSpec } from '../http/auth.ts';
import { PLUGIN_ID_PATTERN } from '../manifest/manifest-schema.ts';
import { engineOptionsSchema, type EngineOptions } from '../options.ts';
import { formatIssues } from '../validation.ts';
import { readinessPolicySchema, serverFields, tokenListSchema, type ReadinessPolicyInput } from './server-settings.ts';

const pluginEntrySchema = z
  .object({
    id: z.string().regex(PLUGIN_ID_PATTERN, 'expected a plugin id'),
    /** Plugin folder, relative to the config file. */
    path: z.string().min(1),
    enabled: z.boolean().optional(),
    priority: z.number().optional(),
    /** Readiness depends on this plugin (wins over the manifest's `required`). */
    required: z.boolean().optional(),
    /** Merged over the manifest's `config` (keys here win). */
    config: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/** createEngine options that are code, not data: a file cannot hold them. */
const CODE_ONLY = ['capabilities', 'logger', 'env', 'configFile'] as const;

/**
 * Every other createEngine option, validated by createEngine's own field schema, so the file and the
 * code accept exactly the same values (and a new engine option is settable in a file the day it exists).
 * `plugins` is the exception: in a file it is the list of entries below, not bare folders.
 */
const engineFields = Object.fromEntries(
  Object.entries(engineOptionsSchema.shape).filter(([key]) => key !== 'plugins' && !(CODE_ONLY as readonly string[]).includes(key)),
) as Record<string, z.ZodType>;

const codeOnlyFields = Object.fromEntries(
  CODE_ONLY.map((key) => [key, z.never({ error: `cannot be set in a config file (pass ${key} to createEngine in code)` }).optional()]),
);

/** `corral serve` settings; createEngine validates them too (one file serves both) but ignores them. */
const serverFileFields = {
  host: serverFields.host.optional(),
  port: serverFields.port.optional(),
  logLevel: serverFields.logLevel.optional(),
  metricsPrefix: serverFields.metricsPrefix.optional(),
  diagnosticsEnabled: serverFields.diagnosticsEnabled.optional(),
  maxBodyBytes: serverFields.maxBodyBytes.optional(),
  tokens: tokenListSchema.optional(),
  auth: serverFields.auth.optional(),
  allowedHosts: serverFields.allowedHosts.optional(),
  allowedOrigins: serverFields.allowedOrigins.optional(),
  drainTimeoutMs: serverFields.drainTimeoutMs.optional(),
  readiness: readinessPolicySchema.optional(),
};

export const configFileSchema = z
  .object({
    ...engineFields,
    ...codeOnlyFields,
    ...serverFileFields,
    plugins: z
      .array(pluginEntrySchema)
      .default([])
      .refine((list) => new Set(list.map((p) => p.id)).size === list.length, 'lists the same plugin id twice'),
  })
  .strict();

export type PluginEntryConfig = z.infer<typeof pluginEntrySchema>;

/** The createEngine options a config file can set. */
export type FileEngineOptions = Omit<EngineOptions, (typeof CODE_ONLY)[number] | 'plugins'>;

/** The `corral serve` settings a config file can set. */
export interface FileServerSettings {
  host?: string;
  port?: number;
  dataDir?: string;
  logLevel?: z.output<typeof serverFields.logLevel>;
  metricsPrefix?: string;
  diagnosticsEnabled?: boolean;
  maxBodyBytes?: number;
  tokens?: z.output<typeof tokenListSchema>;
  auth?: z.output<typeof serverFields.auth>;
  allowedHosts?: string[];
  allowedOrigins?: string[];
  drainTimeoutMs?: number;
  readiness?: ReadinessPolicyInput;
}

export interface LoadedConfig {
  file: string;
  /** Resolved against the config file's folder. */
  pluginsDir: string | undefined;
  dataDir: string | undefined;
  /** Only the engine options the file sets, as written except for paths (resolved against its folder). */
  engine: FileEngineOptions;
  /** Only the server settings the file sets (`dataDir` is shared with the engine). */
  server: FileServerSettings;
  /** Entries with `path` resolved against the config file's folder. */
  plugins: PluginEntryConfig[];
}

const SERVER_KEYS = new Set([...Object.keys(serverFileFields), 'dataDir']);

/**
 * Read a YAML or JSON config file (by extension; YAML is a superset of JSON anyway) and validate it.
 * Errors name the file, the line for syntax errors, and the field path for schema errors.
 */
export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  const resolved = path.resolve(file);
  let text: string;
  try {
    text = await readFile(resolved, 'utf8');
  } catch (error) {
    throw cannotRead(resolved, error);
  }
  return parseConfigText(resolved, text);
}

/** The same, synchronously (server settings are read before anything async starts). */
export function loadConfigFileSync(file: string): LoadedConfig {
  const resolved = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(resolved, 'utf8');
  } catch (error) {
    throw cannotRead(resolved, error);
  }
  return parseConfigText(resolved, text);
}

function cannotRead(file: string, error: unknown): CorralError {
  return new CorralError('CORRAL_ERR_CONFIG', `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
}

function parseConfigText(resolved: string, text: string): LoadedConfig {
  let raw: unknown;
  try {
    raw = resolved.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '';
    throw new CorralError('CORRAL_ERR_CONFIG', `${resolved}: not valid ${resolved.endsWith('.json') ? 'JSON' : 'YAML'}${where}: ${(error as Error).message.split('\n')[0]}`);
  }
  raw ??= {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new CorralError('CORRAL_ERR_CONFIG', `${resolved}: expected a mapping of settings at the top level`);
  const written = withTokenList(resolved, raw as Record<string, unknown>);
  const parsed = configFileSchema.safeParse(written);
  if (!parsed.success) throw new CorralError('CORRAL_ERR_CONFIG', `${resolved}: ${formatIssues(parsed.error.issues)}`);

  const base = path.dirname(resolved);
  const at = (p: string | undefined) => (p === undefined ? undefined : path.resolve(base, p));
  // The raw values, not the parsed ones: schema defaults must not override explicit options or the
  // environment later, and createEngine parses the merged result once more anyway.
  const engine: Record<string, unknown> = {};
  const server: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(written)) {
    if (key in engineFields) engine[key] = value;
    if (SERVER_KEYS.has(key)) server[key] = value;
  }
  const pluginsDir = at(written.pluginsDir as string | undefined);
  const dataDir = at(written.dataDir as string | undefined);
  if (pluginsDir !== undefined) engine.pluginsDir = pluginsDir;
  if (dataDir !== undefined) engine.dataDir = server.dataDir = dataDir;
  const security = engine.security as { secretsKeyFile?: string } | undefined;
  if (security?.secretsKeyFile !== undefined) engine.security = { ...security, secretsKeyFile: at(security.secretsKeyFile) };
  return {
    file: resolved,
    pluginsDir,
    dataDir,
    engine: engine as FileEngineOptions,
    server: server as FileServerSettings,
    plugins: parsed.data.plugins.map((entry) => ({ ...entry, path: path.resolve(base, entry.path) })),
  };
}

/** `tokens` may be written like CORRAL_API_TOKENS (`token=role,...`) as well as a list. */
function withTokenList(file: string, raw: Record<string, unknown>): Record<string, unknown> {
  if (typeof raw.tokens !== 'string') return raw;
  try {
    return { ...raw, tokens: parseTokenSpec(raw.tokens, `${file} tokens`) };
  } catch (error) {
    throw new CorralError('CORRAL_ERR_CONFIG', (error as Error).message);
  }
}
