import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Engine } from '../engine/engine.ts';
import { CorralError } from '../errors.ts';
import { createMetrics, type Metrics } from '../telemetry/metrics.ts';
import { createDiagnosticsApp, type DiagnosticsAppOptions } from './app.ts';
import { isLoopback } from './auth.ts';

export interface StartServerOptions extends Omit<DiagnosticsAppOptions, 'metrics'> {
  engine: Engine;
  /** Default 127.0.0.1. Anything but loopback requires tokens. */
  host?: string;
  /** Default 0: a free port, reported in `url`. */
  port?: number;
  /** Metrics to expose; by default a fresh registry with process metrics, attached to the engine. */
  metrics?: Metrics;
  /** How long close() lets in-flight requests finish before cutting connections. */
  closeTimeoutMs?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly app: Hono;
  readonly metrics: Metrics;
  readonly server: Server;
  /** Stop accepting connections and wait for in-flight requests (the engine stays open). */
  close(): Promise<void>;
}

/**
 * Serve the diagnostics app with @hono/node-server. Without tokens it binds to loopback only and
 * refuses any other interface (CORRAL_ERR_INSECURE_BIND); a busy port is CORRAL_ERR_LISTEN.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { engine, host = '127.0.0.1', port = 0, closeTimeoutMs = 5000, metrics: givenMetrics, ...appOptions } = options;
  const tokens = appOptions.tokens ?? [];
  if (tokens.length === 0 && !isLoopback(host)) {
    throw new CorralError(
      'CORRAL_ERR_INSECURE_BIND',
      `refusing to serve on ${host} without API tokens: set CORRAL_API_TOKENS (e.g. "<token>=plugins:admin") or bind to 127.0.0.1`,
    );
  }
  const metrics = givenMetrics ?? createMetrics({ prefix: appOptions.metricsPrefix ?? 'corral', processMetrics: true });
  const detach = givenMetrics === undefined ? metrics.attach(engine) : () => {};
  const app = createDiagnosticsApp(engine, { ...appOptions, metrics });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  // Slow clients must not pin sockets forever.
  server.requestTimeout = 60_000;
  server.headersTimeout = 30_000;
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
  logger.info({ event: 'http.listening', url, auth: tokens.length === 0 ? 'none (loopback only)' : `${tokens.length} token(s)` }, `diagnostics API on ${url}`);

  let closing: Promise<void> | undefined;
  return {
    url,
    host,
    port: boundPort,
    app,
    metrics,
    server,
    close() {
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), closeTimeoutMs);
        force.unref();
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
      return closing;
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
