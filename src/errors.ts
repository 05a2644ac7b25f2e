/**
 * Host-side errors. Every error Corral throws is a CorralError with a stable `code`; the codes and
 * their meaning are listed in ERROR_CODES (and documented in docs/errors.md, checked by a test).
 */
export const ERROR_CODES = {
  CORRAL_ERR_INVALID_OPTIONS: 'Engine options failed validation; the message names the field.',
  CORRAL_ERR_SANDBOX_MISSING: 'isolated-vm, the native module plugins run on, is not installed (its native build failed or was skipped at npm install).',
  CORRAL_ERR_PLUGINS_DIR: 'The plugins folder does not exist or cannot be read.',
  CORRAL_ERR_INVALID_MANIFEST: 'A plugin.json failed validation; the message names the plugin folder and the field.',
  CORRAL_ERR_INTEGRITY: "A plugin's main module does not match the manifest's integrity hash.",
  CORRAL_ERR_SIGNATURE: "A plugin's manifest signature is invalid, or it is unsigned (or signed by an untrusted key) while signatures are required.",
  CORRAL_ERR_SECRETS: 'A secret config value cannot be decrypted (missing or wrong key, tampered value) or the secret keys are malformed.',
  CORRAL_ERR_PLUGIN_LOAD: 'A plugin failed to compile, evaluate or run its init hook.',
  CORRAL_ERR_BUILD: '`corral build` could not bundle or type-check the plugin, or a tool it needs (esbuild, typescript) is not installed.',
  CORRAL_ERR_DUPLICATE_PLUGIN: 'Two plugin folders declare the same id.',
  CORRAL_ERR_UNKNOWN_PLUGIN: 'No plugin with that id is registered.',
  CORRAL_ERR_UNKNOWN_CAPABILITY: 'The capability is not defined by the host (strict mode) or not declared by the plugin.',
  CORRAL_ERR_UNKNOWN_COMMAND: 'The plugin declares no diagnostics command by that name (`commands` in plugin.json).',
  CORRAL_ERR_INVALID_CAPABILITY: 'A capability definition is malformed.',
  CORRAL_ERR_INVALID_INPUT: "The input failed the capability's input schema or cannot be copied.",
  CORRAL_ERR_PAYLOAD_TOO_LARGE: 'The input exceeds the host-wide input byte limit.',
  CORRAL_ERR_MERGE_FAILED: "The capability's merge function threw.",
  CORRAL_ERR_ABORTED: 'The caller aborted the dispatch through its AbortSignal.',
  CORRAL_ERR_ENGINE_CLOSED: 'The engine was closed; no further calls are accepted.',
  CORRAL_ERR_INVALID_ENV: 'An environment variable Corral reads has an invalid value.',
  CORRAL_ERR_ILLEGAL_TRANSITION: 'The lifecycle operation is not allowed from the plugin\'s current state.',
  CORRAL_ERR_NOT_PENDING: 'approve() named a plugin or version that is not pending approval.',
  CORRAL_ERR_DEPENDENCY: 'A plugin\'s host-version range or plugin dependencies are not satisfied (missing, incompatible, failed or circular).',
  CORRAL_ERR_CONTRIBUTION_CONFLICT: 'A plugin contributes a registry entry whose id another plugin already registered.',
  CORRAL_ERR_CONFIG: 'A config file (engine plugin set or server settings) cannot be read or parsed, or fails validation; the message names the file, line or field.',
  CORRAL_ERR_STORE: 'The persistent store cannot be used: it failed to open or migrate, is damaged, or is not the database this data dir had (replaced or emptied).',
  CORRAL_ERR_STORE_UNAVAILABLE: 'A read or write of the persistent store failed for now (database locked by another process, disk full, I/O error); nothing was changed.',
  CORRAL_ERR_STORE_IN_USE: 'Another Corral process (or engine) already uses this data dir.',
  CORRAL_ERR_INSECURE_BIND: 'The server was asked to listen on a non-loopback interface with authentication turned off (auth: none).',
  CORRAL_ERR_AUTH_REQUIRED: "The admin API was given no API tokens and not the explicit auth: 'none' development mode.",
  CORRAL_ERR_ADMIN_TOKEN: 'The admin token file corral serve generates in its data dir cannot be written or read, is malformed, or is readable by other users.',
  CORRAL_ERR_LISTEN: 'The server could not listen on the requested host and port (e.g. the port is in use).',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class CorralError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CorralError';
    this.code = code;
  }
}

export function isCorralError(value: unknown, code?: ErrorCode): value is CorralError {
  return value instanceof CorralError && (code === undefined || value.code === code);
}
