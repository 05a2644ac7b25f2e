import pino from 'pino';
import { createEngine } from '../engine/engine.ts';
import { loadServerConfig } from '../http/server-config.ts';
import { startServer } from '../http/server.ts';

/** How long SIGTERM/SIGINT wait for calls in flight before cutting them off. */
const DRAIN_TIMEOUT_MS = 10_000;

export interface ServeFlags {
  plugins: string;
  host?: string;
  port?: number;
  dataDir?: string;
  config?: string;
  logLevel?: string;
  poolSize?: number;
}

/**
 * `corral serve`: load the plugins, serve the diagnostics API, and shut down cleanly on SIGINT or
 * SIGTERM (server first, so no request lands on a closed engine). Logs are JSON on stderr; the URL
 * and a curl line go to stdout.
 */
export async function serve(flags: ServeFlags, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const config = loadServerConfig({
    ...(flags.config === undefined ? {} : { file: flags.config }),
    flags: { host: flags.host, port: flags.port, dataDir: flags.dataDir, logLevel: flags.logLevel as never },
  });
  const logger = pino({ name: 'corral', level: config.logLevel }, pino.destination({ fd: 2, sync: true }));
  const engine = await createEngine({
    pluginsDir: flags.plugins,
    dataDir: config.dataDir,
    logger,
    ...(flags.poolSize === undefined ? {} : { poolSize: flags.poolSize }),
  });
  let server;
  try {
    server = await startServer({
      engine,
      host: config.host,
      port: config.port,
      tokens: config.tokens,
      diagnosticsEnabled: config.diagnosticsEnabled,
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
      `corral: ${statuses.length} plugins from ${flags.plugins} (${active} active, ${failed} failed); data in ${engine.storeLocation}`,
      `corral: diagnostics API listening on ${server.url}`,
      config.tokens.length > 0
        ? `corral: ${config.tokens.length} API token(s) configured; requests need "Authorization: Bearer <token>"`
        : `corral: no API tokens configured: serving loopback only (set CORRAL_API_TOKENS="<token>=plugins:admin" to bind other interfaces)`,
      `try: curl -s${auth} ${server.url}/api/v1/plugins/status`,
      `     npm run corral -- status --url ${server.url}`,
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
