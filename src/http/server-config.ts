import { z } from 'zod';
import { loadConfigFileSync } from '../config/config-file.ts';
import { LOG_LEVELS, readinessPolicySchema, serverFields as fields, tokenListSchema } from '../config/server-settings.ts';
import { CorralError } from '../errors.ts';
import { formatIssues } from '../validation.ts';
import { parseTokenSpec, validateTokens, type ApiToken } from './auth.ts';

const MiB = 1024 * 1024;

/**
 * `corral serve` settings: defaults < config file < environment < command-line flags. The config file is
 * the engine's too (see src/config/config-file.ts); this layer takes its server keys.
 */
export const serverConfigSchema = z
  .object({
    host: fields.host.default('127.0.0.1'),
    port: fields.port.default(0),
    dataDir: fields.dataDir.default('.corral-data'),
    logLevel: fields.logLevel.default('info'),
    metricsPrefix: fields.metricsPrefix.default('corral'),
    diagnosticsEnabled: fields.diagnosticsEnabled.default(true),
    maxBodyBytes: fields.maxBodyBytes.default(1 * MiB),
    tokens: tokenListSchema.default([]),
    auth: fields.auth.default('tokens'),
    allowedHosts: fields.allowedHosts.default([]),
    allowedOrigins: fields.allowedOrigins.default([]),
    drainTimeoutMs: fields.drainTimeoutMs.default(10_000),
    readiness: readinessPolicySchema.default(() => readinessPolicySchema.parse({})),
  })
  .strict();

export type ServerConfig = z.output<typeof serverConfigSchema>;
type ConfigInput = Partial<z.input<typeof serverConfigSchema>>;

const fromBoolean = (raw: string): boolean | undefined => {
  const v = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return undefined;
};

const fromNumber = (raw: string): number | undefined => (raw.trim() === '' || Number.isNaN(Number(raw)) ? undefined : Number(raw));

const fromList = (raw: string): string[] => raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');

/** Each variable, the field it sets and how its text becomes a value. */
const ENV_VARS: Record<string, { field: keyof typeof fields; convert: (raw: string) => unknown; expected: string }> = {
  CORRAL_HOST: { field: 'host', convert: (raw) => raw.trim(), expected: 'a host name or IP address' },
  CORRAL_PORT: { field: 'port', convert: fromNumber, expected: 'an integer port between 0 and 65535' },
  CORRAL_DATA_DIR: { field: 'dataDir', convert: (raw) => raw, expected: 'a folder path' },
  CORRAL_LOG_LEVEL: { field: 'logLevel', convert: (raw) => raw.trim().toLowerCase(), expected: `one of ${LOG_LEVELS.join(', ')}` },
  CORRAL_METRICS_PREFIX: { field: 'metricsPrefix', convert: (raw) => raw.trim(), expected: 'a Prometheus name prefix such as "corral" or "sift"' },
  CORRAL_PLUGIN_DIAGNOSTICS_ENABLED: { field: 'diagnosticsEnabled', convert: fromBoolean, expected: 'true or false' },
  CORRAL_MAX_BODY_BYTES: { field: 'maxBodyBytes', convert: fromNumber, expected: 'a positive integer number of bytes' },
  CORRAL_AUTH: { field: 'auth', convert: (raw) => raw.trim().toLowerCase(), expected: '"tokens" or "none" (none: no auth, loopback only)' },
  CORRAL_ALLOWED_HOSTS: { field: 'allowedHosts', convert: fromList, expected: 'comma-separated host or host:port names' },
  CORRAL_ALLOWED_ORIGINS: { field: 'allowedOrigins', convert: fromList, expected: 'comma-separated origins such as https://admin.example.com' },
  CORRAL_DRAIN_TIMEOUT_MS: { field: 'drainTimeoutMs', convert: fromNumber, expected: 'a non-negative integer number of milliseconds' },
};

/** Read the CORRAL_* variables the server uses; an invalid one throws CORRAL_ERR_INVALID_ENV naming it. */
export function readServerEnv(env: Record<string, string | undefined>): ConfigInput {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(ENV_VARS)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = spec.convert(raw);
    const parsed = fields[spec.field].safeParse(value);
    if (value === undefined || !parsed.success) {
      throw new CorralError('CORRAL_ERR_INVALID_ENV', `${name}: expected ${spec.expected}, got "${raw}"`);
    }
    out[spec.field] = parsed.data;
  }
  const tokens = env.CORRAL_API_TOKENS;
  if (tokens !== undefined && tokens.trim() !== '') out.tokens = parseTokenSpec(tokens, 'CORRAL_API_TOKENS');
  return out as ConfigInput;
}

/** Merge the layers and validate once; the result is frozen. */
export function loadServerConfig(sources: { env?: Record<string, string | undefined>; file?: string; flags?: ConfigInput } = {}): Readonly<ServerConfig> {
  const env = sources.env ?? process.env;
  const file = sources.file ?? env.CORRAL_CONFIG;
  // The whole file is validated here (engine keys too), so a typo fails before anything starts.
  const layers: ConfigInput[] = [file ? (loadConfigFileSync(file).server as ConfigInput) : {}, readServerEnv(env), stripUndefined(sources.flags ?? {})];
  const merged = Object.assign({}, ...layers) as ConfigInput;
  const parsed = serverConfigSchema.safeParse(merged);
  if (!parsed.success) throw new CorralError('CORRAL_ERR_CONFIG', `invalid server configuration: ${formatIssues(parsed.error.issues)}`);
  const tokens: ApiToken[] = validateTokens(parsed.data.tokens, file ? `${file} / CORRAL_API_TOKENS` : 'CORRAL_API_TOKENS');
  if (parsed.data.auth === 'none' && tokens.length > 0) {
    throw new CorralError('CORRAL_ERR_CONFIG', 'invalid server configuration: auth is "none" (--insecure-no-auth) but API tokens are configured too; drop one of them');
  }
  return Object.freeze({ ...parsed.data, tokens });
}

function stripUndefined(input: ConfigInput): ConfigInput {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as ConfigInput;
}
