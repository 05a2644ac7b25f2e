import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Engine } from '../engine/engine.ts';
import { CorralError } from '../errors.ts';
import { createMetrics, type Metrics } from '../telemetry/metrics.ts';
import { createDiagnosticsApp, type DiagnosticsAppOptions } from './app.ts';
import { isLoopback } from './auth.ts';

export interface StartServerOptions extends Omit<DiagnosticsAppOptions, 'metrics'> {
  engine: Engine;
  /** Default 127.0.0.1. `auth: 'none'` is refused on anything but loopback. */
  host?: string;
  /** Default 0: a free port, reported in `url`. */
  port?: number;
  /** Metrics to expose; by default a fresh registry with process metrics, attached to the engine. */
  metrics?: Metrics;
  /** How long close() lets in-flight requests finish before cutting connections (default 5000). */
  closeTimeoutMs?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly app: Hono;
  readonly metrics: Metrics;
  readonly server: Server;
  /**
   * Stop accepting connections, let requests in flight finish (their responses say `Connection:
   * close`), and cut whatever is still open after `timeoutMs` (default `closeTimeoutMs`). The engine
   * stays open. A later call may shorten the deadline; every call resolves when the server is closed.
   */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

/**
 * Serve the diagnostics app with @hono/node-server. It needs `tokens` (CORRAL_ERR_AUTH_REQUIRED
 * otherwise) unless `auth: 'none'`, which binds loopback only (CORRAL_ERR_INSECURE_BIND elsewhere);
 * a busy port is CORRAL_ERR_LISTEN.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { engine, host = '127.0.0.1', port = 0, closeTimeoutMs = 5000, metrics: givenMetrics, ...appOptions } = options;
  const tokens = appOptions.tokens ?? [];
  if (appOptions.auth === 'none' && !isLoopback(host)) {
    throw new CorralError(
      'CORRAL_ERR_INSECURE_BIND',
      `refusing to serve on ${host} with authentication off (auth: none is a development mode for loopback only): bind to 127.0.0.1, or configure API tokens (CORRAL_API_TOKENS="<token>=plugins:admin")`,
    );
  }
  const metrics = givenMetrics ?? createMetrics({ prefix: appOptions.metricsPrefix ?? 'corral', processMetrics: true });
  const detach = givenMetrics === undefined ? metrics.attach(engine) : () => {};
  let app: Hono;
  try {
    app = createDiagnosticsApp(engine, { ...appOptions, metrics });
  } catch (error) {
    detach();
    throw error;
  }
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  // Slow clients must not pin sockets forever.
  server.requestTimeout = 60_000;
  server.headersTimeout = 30_000;
  // Responses not yet started when close() begins say Connection: close, so keep-alive clients go away.
  const pending = new Set<ServerResponse>();
  let stopping = false;
  server.prependListener('request', function trackResponse(_request: IncomingMessage, response: ServerResponse) {
    if (stopping) response.setHeader('connection', 'close');
    pending.add(response);
    response.once('close', () => pending.delete(response));
  });
  try {
    await listen(server, host, port);
  } catch (error) {
    detach();
    throw error;
  }
  const address = server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
  // Plugins allowed onto the private network must still never reach this API through ctx.fetch.
  const unprotect = engine.protectLocalPort(boundPort);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  const logger = appOptions.logger ?? engine.logger;
  logger.info({ event: 'http.listening', url, auth: appOptions.auth === 'none' ? 'none (development mode, loopback only)' : `${tokens.length} token(s)` }, `diagnostics API on ${url}`);

  let closed: Promise<void> | undefined;
  let force: NodeJS.Timeout | undefined;
  let forceAt = Number.POSITIVE_INFINITY;
  const forceClose = () => server.closeAllConnections();
  return {
    url,
    host,
    port: boundPort,
    app,
    metrics,
    server,
    close(options = {}) {
      const at = Date.now() + (options.timeoutMs ?? closeTimeoutMs);
      closed ??= new Promise<void>((resolve) => {
        stopping = true;
        for (const response of pending) if (!response.headersSent) response.setHeader('connection', 'close');
        // Keep-alive connections go idle as their in-flight requests finish: close them as they do.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        sweep.unref();
        server.close(() => {
          clearTimeout(force);
          clearInterval(sweep);
          unprotect();
          detach();
          resolve();
        });
        server.closeIdleConnections();
      });
      if (at < forceAt && Number.isFinite(at)) {
        forceAt = at;
        clearTimeout(force);
        force = setTimeout(forceClose, Math.max(0, at - Date.now()));
        force.unref();
      }
      return closed;
    },
  };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      const why = error.code === 'EADDRINUSE' ? 'the port is already in use; pick another --port (0 picks a free one)' : `${error.code ?? error.message}`;
      reject(new CorralError('CORRAL_ERR_LISTEN', `cannot listen on ${host}:${port}: ${why}`, { cause: error }));
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
