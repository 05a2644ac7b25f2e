import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { CorralError } from '../errors.ts';
import { PLUGIN_ID_PATTERN } from '../manifest/manifest-schema.ts';
import { formatIssues } from '../validation.ts';

const pluginEntrySchema = z
  .object({
    id: z.string().regex(PLUGIN_ID_PATTERN, 'expected a plugin id'),
    /** Plugin folder, relative to the config file. */
    path: z.string().min(1),
    enabled: z.boolean().optional(),
    priority: z.number().optional(),
    /** Merged over the manifest's `config` (keys here win). */
    config: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export const configFileSchema = z
  .object({
    pluginsDir: z.string().min(1).optional(),
    dataDir: z.string().min(1).optional(),
    poolSize: z.number().int().min(1).optional(),
    limits: z.record(z.string(), z.unknown()).optional(),
    lifecycle: z.record(z.string(), z.unknown()).optional(),
    plugins: z
      .array(pluginEntrySchema)
      .default([])
      .refine((list) => new Set(list.map((p) => p.id)).size === list.length, 'lists the same plugin id twice'),
  })
  .strict();

export type PluginEntryConfig = z.infer<typeof pluginEntrySchema>;

export interface LoadedConfig {
  file: string;
  pluginsDir: string | undefined;
  dataDir: string | undefined;
  poolSize: number | undefined;
  limits: Record<string, unknown> | undefined;
  lifecycle: Record<string, unknown> | undefined;
  /** Entries with `path` resolved against the config file's folder. */
  plugins: PluginEntryConfig[];
}

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
    throw new CorralError('CORRAL_ERR_CONFIG', `${resolved}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = resolved.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '';
    throw new CorralError('CORRAL_ERR_CONFIG', `${resolved}: not valid ${resolved.endsWith('.json') ? 'JSON' : 'YAML'}${where}: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = configFileSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new CorralError('CORRAL_ERR_CONFIG', `${resolved}: ${formatIssues(parsed.error.issues)}`);
  const base = path.dirname(resolved);
  const at = (p: string | undefined) => (p === undefined ? undefined : path.resolve(base, p));
  const config = parsed.data;
  return {
    file: resolved,
    pluginsDir: at(config.pluginsDir),
    dataDir: at(config.dataDir),
    poolSize: config.poolSize,
    limits: config.limits,
    lifecycle: config.lifecycle,
    plugins: config.plugins.map((entry) => ({ ...entry, path: path.resolve(base, entry.path) })),
  };
}
