import path from 'node:path';
import pino from 'pino';
import { resolveEngineOptions } from '../config/resolve-options.ts';
import { createEngine } from '../engine/engine.ts';
import { ensureAdminToken, type AdminToken } from '../http/admin-token.ts';
import { isLoopback, type ApiToken } from '../http/auth.ts';
import { CorralError } from '../errors.ts';
import { loadServerConfig, type ServerConfig } from '../http/server-config.ts';
import { startServer } from '../http/server.ts';
import type { EngineOptions, ResolvedEngineOptions } from '../options.ts';
import { CliUsageError } from './cli-error.ts';

/** After the drain budget, how long the answers of the calls just cut off get to reach their clients. */
const RESPONSE_FLUSH_MS = 1000;

export interface ServeFlags {
  plugins?: string;
  host?: string;
  port?: number;
  dataDir?: string;
  config?: string;
  logLevel?: string;
  poolSize?: number;
  isolation?: 'thread' | 'process';
  watch?: boolean;
  check?: boolean;
  insecureNoAuth?: boolean;
  drainTimeout?: number;
}

/**
 * `corral serve`: load the plugins, serve the diagnostics API, and shut down cleanly on SIGINT or
 * SIGTERM (server first, so no request lands on a closed engine). Logs are JSON on stderr; the URL
 * and a curl line go to stdout. One config file (`--config` or CORRAL_CONFIG) holds both the server
 * settings and every createEngine option; flags win over it.
 */
export async function serve(flags: ServeFlags, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const file = flags.config ?? (process.env.CORRAL_CONFIG || undefined);
  if (flags.plugins === undefined && file === undefined) {
    throw new CliUsageError('set --plugins <dir>, or --config <file> with pluginsDir or plugins in it');
  }
  const config = loadServerConfig({
    ...(file === undefined ? {} : { file }),
    flags: {
      host: flags.host,
      port: flags.port,
      dataDir: flags.dataDir,
      logLevel: flags.logLevel as never,
      auth: flags.insecureNoAuth ? 'none' : undefined,
      drainTimeoutMs: flags.drainTimeout,
    },
  });
  if (config.auth === 'none' && !isLoopback(config.host)) {
    // Before any plugin loads: the development mode never leaves loopback.
    throw new CorralError(
      'CORRAL_ERR_INSECURE_BIND',
      `refusing to serve on ${config.host} with authentication off: --insecure-no-auth (auth: none) is a development mode for loopback only; bind to 127.0.0.1, or drop it (corral serve then generates an admin token) or configure API tokens (CORRAL_API_TOKENS)`,
    );
  }
  const logger = pino({ name: 'corral', level: config.logLevel }, pino.destination({ fd: 2, sync: true }));
  const engineOptions: EngineOptions = {
    ...(file === undefined ? {} : { configFile: file }),
    ...(flags.plugins === undefined ? {} : { pluginsDir: flags.plugins }),
    // Already layered: file < CORRAL_DATA_DIR < --data-dir.
    dataDir: config.dataDir,
    ...(flags.poolSize === undefined ? {} : { poolSize: flags.poolSize }),
    ...(flags.isolation === undefined ? {} : { isolation: flags.isolation }),
    ...(flags.watch === undefined ? {} : { watch: flags.watch }),
    logger,
  };
  if (flags.check) {
    const { options } = await resolveEngineOptions(engineOptions);
    out.write(`${JSON.stringify(checkReport(config, options), null, 2)}\n`);
    return;
  }
  const engine = await createEngine(engineOptions);
  let server;
  let generated: AdminToken | undefined;
  try {
    let tokens: ApiToken[] = [...config.tokens];
    // No token configured: the API is still not open. The data dir is ours alone (the engine holds its
    // lock), so the token file there is this server's.
    if (config.auth === 'tokens' && tokens.length === 0) {
      generated = ensureAdminToken(config.dataDir);
      tokens = [{ token: generated.token, roles: ['plugins:admin'] }];
    }
    server = await startServer({
      engine,
      host: config.host,
      port: config.port,
      tokens,
      auth: config.auth,
      allowedHosts: config.allowedHosts,
      allowedOrigins: config.allowedOrigins,
      diagnosticsEnabled: config.diagnosticsEnabled,
      readiness: config.readiness,
      maxBodyBytes: config.maxBodyBytes,
      metricsPrefix: config.metricsPrefix,
      logger,
      closeTimeoutMs: config.drainTimeoutMs,
    });
  } catch (error) {
    await engine.close();
    throw error;
  }
  const statuses = engine.plugins();
  const active = statuses.filter((s) => s.state === 'active').length;
  const failed = statuses.filter((s) => s.state === 'failed').length;
  const header = [
    `corral: ${statuses.length} plugins from ${flags.plugins ?? file} (${active} active, ${failed} failed); ${engine.poolHealth().isolation} isolation; data in ${engine.storeLocation}`,
    `corral: diagnostics API listening on ${server.url}`,
  ];
  const status = `${server.url}/api/v1/plugins/status`;
  const bearer = '-H "Authorization: Bearer $CORRAL_TOKEN"';
  let hint: string[];
  if (config.auth === 'none') {
    hint = [
      'corral: authentication is OFF (--insecure-no-auth): any program on this machine can administer this server; loopback only',
      `try: curl -s ${status}`,
    ];
  } else if (generated !== undefined) {
    const shown = shellQuote(displayPath(generated.file));
    hint = [
      `corral: ${generated.created ? 'generated an admin token in' : 'admin token from'} ${displayPath(generated.file)}${generated.created ? ' (kept for later starts)' : ''}; every /api route needs it (no token configured)`,
      `try: export CORRAL_TOKEN=$(cat ${shown})`,
      `     curl -s ${bearer} ${status}`,
    ];
  } else {
    hint = [`corral: ${config.tokens.length} API token(s) configured; requests need "Authorization: Bearer <token>"`, `try: curl -s ${bearer} ${status}`];
  }
  out.write([...header, ...hint, `     npx corral status --url ${server.url}`, ''].join('\n'));
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  logger.info({ event: 'http.shutdown', signal, drain_timeout_ms: config.drainTimeoutMs }, `received ${signal}, shutting down`);
  // One drain budget for both: the server stops accepting now while the engine drains the calls in
  // flight (HTTP ones included). At the deadline the engine cuts off what still runs (those calls end
  // as error outcomes), so every request in flight has its answer; those answers get a moment to be
  // written, and only then is any connection still open cut.
  const serverClosed = server.close({ timeoutMs: Number.POSITIVE_INFINITY });
  try {
    await engine.close({ drainTimeoutMs: config.drainTimeoutMs });
  } finally {
    await server.close({ timeoutMs: RESPONSE_FLUSH_MS });
    await serverClosed;
  }
  out.write(`corral: stopped (${signal})\n`);
}

/** Relative to the working directory when inside it, as a user would type it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

/** What `--check` prints: the settings serve would run with. Token values and code objects stay out. */
function checkReport(server: Readonly<ServerConfig>, engine: Readonly<ResolvedEngineOptions>): Record<string, unknown> {
  const { logger: _logger, env: _env, capabilities: _capabilities, ...settings } = engine;
  const { tokens, ...rest } = server;
  return { ok: true, server: { ...rest, tokens: tokens.length }, engine: settings };
}
