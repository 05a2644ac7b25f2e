import pino from 'pino';
import { resolveEngineOptions } from '../config/resolve-options.ts';
import { createEngine } from '../engine/engine.ts';
import { loadServerConfig, type ServerConfig } from '../http/server-config.ts';
import { startServer } from '../http/server.ts';
import type { EngineOptions, ResolvedEngineOptions } from '../options.ts';
import { CliUsageError } from './cli-error.ts';

/** How long SIGTERM/SIGINT wait for calls in flight before cutting them off. */
const DRAIN_TIMEOUT_MS = 10_000;

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
    flags: { host: flags.host, port: flags.port, dataDir: flags.dataDir, logLevel: flags.logLevel as never },
  });
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
  try {
    server = await startServer({
      engine,
      host: config.host,
      port: config.port,
      tokens: config.tokens,
      diagnosticsEnabled: config.diagnosticsEnabled,
      readiness: config.readiness,
      maxBodyBytes: config.maxBodyBytes,
      metricsPrefix: config.metricsPrefix,
      logger,
      // Requests in flight (plugin calls over HTTP) get this long to finish after a signal.
      closeTimeoutMs: DRAIN_TIMEOUT_MS,
    });
  } catch (error) {
    await engine.close();
    throw error;
  }
  const statuses = engine.plugins();
  const active = statuses.filter((s) => s.state === 'active').length;
  const failed = statuses.filter((s) => s.state === 'failed').length;
  const auth = config.tokens.length > 0 ? ' -H "Authorization: Bearer $CORRAL_TOKEN"' : '';
  out.write(
    [
      `corral: ${statuses.length} plugins from ${flags.plugins ?? file} (${active} active, ${failed} failed); ${engine.poolHealth().isolation} isolation; data in ${engine.storeLocation}`,
      `corral: diagnostics API listening on ${server.url}`,
      config.tokens.length > 0
        ? `corral: ${config.tokens.length} API token(s) configured; requests need "Authorization: Bearer <token>"`
        : `corral: no API tokens configured: serving loopback only (set CORRAL_API_TOKENS="<token>=plugins:admin" to bind other interfaces)`,
      `try: curl -s${auth} ${server.url}/api/v1/plugins/status`,
      `     npx corral status --url ${server.url}`,
      '',
    ].join('\n'),
  );
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  logger.info({ event: 'http.shutdown', signal }, `received ${signal}, shutting down`);
  // Server first (no new requests; in-flight ones finish), then the engine drains calls made by other
  // callers, runs the plugins' shutdown hooks, disposes the isolates and closes the store.
  await server.close();
  await engine.close({ drainTimeoutMs: DRAIN_TIMEOUT_MS });
  out.write(`corral: stopped (${signal})\n`);
}

/** What `--check` prints: the settings serve would run with. Token values and code objects stay out. */
function checkReport(server: Readonly<ServerConfig>, engine: Readonly<ResolvedEngineOptions>): Record<string, unknown> {
  const { logger: _logger, env: _env, capabilities: _capabilities, ...settings } = engine;
  const { tokens, ...rest } = server;
  return { ok: true, server: { ...rest, tokens: tokens.length }, engine: settings };
}
