import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Engine } from '../engine/engine.ts';
import { CorralError } from '../errors.ts';
import { CORRAL_VERSION } from '../version.ts';
import { createMetrics, type Metrics } from '../telemetry/metrics.ts';
import { formatIssues } from '../validation.ts';
import { accessLog } from './access-log.ts';
import { ROLES, TokenTable, requireRole, validateTokens, type ApiToken } from './auth.ts';
import { buildOpenApi } from './openapi.ts';
import { problemFromError, problemResponse } from './problem.ts';
import { readinessPolicySchema, serverFields } from '../config/server-settings.ts';
import { requestGuard } from './request-guard.ts';
import { honoPath, mountRoute, type AnyRoute, type ApiDeps } from './route.ts';
import { commandRoutes } from './routes/commands.ts';
import { executeRoutes } from './routes/execute.ts';
import { lifecycleRoutes } from './routes/lifecycle.ts';
import { pluginReadRoutes } from './routes/plugins.ts';
import { probeRoutes } from './routes/probes.ts';

const MiB = 1024 * 1024;

export const diagnosticsAppOptionsSchema = z
  .object({
    /** API tokens and their roles. Required unless `auth` is `'none'`. */
    tokens: z.array(z.object({ token: z.string(), roles: z.array(z.enum(ROLES)) })).default([]),
    /**
     * `'tokens'` (default): bearer tokens with roles guard every route but the probes and the OpenAPI
     * document. `'none'`: the explicit development mode, open to loopback clients only.
     */
    auth: serverFields.auth.default('tokens'),
    /** Host header values (host or host:port) accepted besides the address a request came in on. */
    allowedHosts: serverFields.allowedHosts.default([]),
    /** Origins (scheme://host[:port]) state-changing requests may come from, e.g. a browser admin UI. */
    allowedOrigins: serverFields.allowedOrigins.default([]),
    /** false leaves the plugin list/status/detail/health routes unmounted (404). */
    diagnosticsEnabled: z.boolean().default(true),
    /** Request bodies above this many bytes get 413. */
    maxBodyBytes: z.number().int().positive().default(1 * MiB),
    /** Metrics to expose on /metrics; by default a fresh registry attached to the engine. */
    metrics: z.custom<Metrics>((v) => typeof v === 'object' && v !== null && 'registry' in v, 'expected the result of createMetrics()').optional(),
    metricsPrefix: z.string().default('corral'),
    /** What makes /readyz 503 besides the worker pool; see docs/diagnostics-api.md. */
    readiness: readinessPolicySchema.default(() => readinessPolicySchema.parse({})),
    /** Access and error logs; the engine's logger by default. */
    logger: z.custom<Logger>((v) => typeof v === 'object' && v !== null && typeof (v as Logger).child === 'function', 'expected a pino logger').optional(),
  })
  .strict();

export type DiagnosticsAppOptions = z.input<typeof diagnosticsAppOptionsSchema>;

function parseOptions(options: DiagnosticsAppOptions): z.output<typeof diagnosticsAppOptionsSchema> {
  const parsed = diagnosticsAppOptionsSchema.safeParse(options);
  if (!parsed.success) throw new CorralError('CORRAL_ERR_INVALID_OPTIONS', `invalid diagnostics app options: ${formatIssues(parsed.error.issues)}`);
  return parsed.data;
}


/**
 * The diagnostics and admin API for `engine` as a Hono app: mount it anywhere, or run it with
 * `startServer`. Every error is an RFC 9457 problem document.
 */
export function createDiagnosticsApp(engine: Engine, options: DiagnosticsAppOptions = {}): Hono {
  const opts = parseOptions(options);
  if (opts.auth === 'tokens' && opts.tokens.length === 0) {
    throw new CorralError(
      'CORRAL_ERR_AUTH_REQUIRED',
      "the admin API needs API tokens: pass tokens: [{ token: '<a long random string>', roles: ['plugins:admin'] }], or auth: 'none' for a development server on loopback with no authentication",
    );
  }
  if (opts.auth === 'none' && opts.tokens.length > 0) {
    throw new CorralError('CORRAL_ERR_INVALID_OPTIONS', "invalid diagnostics app options: auth is 'none' but tokens are given too; drop one of them");
  }
  const tokens = new TokenTable(validateTokens(opts.tokens as ApiToken[], 'tokens'));
  const logger = opts.logger ?? engine.logger;
  const metrics = opts.metrics ?? createMetrics({ prefix: opts.metricsPrefix });
  if (opts.metrics === undefined) metrics.attach(engine);

  let openapi: Record<string, unknown> | undefined;
  const routes: AnyRoute[] = [];
  const deps: ApiDeps = {
    engine,
    metrics,
    startedAt: Date.now(),
    readiness: opts.readiness,
    openapi: () => (openapi ??= buildOpenApi(routes, { title: 'Corral diagnostics API', version: CORRAL_VERSION })),
  };
  routes.push(...probeRoutes(deps));
  if (opts.diagnosticsEnabled) routes.push(...pluginReadRoutes(deps));
  routes.push(...lifecycleRoutes(deps), ...executeRoutes(deps), ...commandRoutes(deps));

  const app = new Hono();
  app.use('*', accessLog(logger));
  app.use('*', requestGuard({ allowedHosts: opts.allowedHosts, allowedOrigins: opts.allowedOrigins, checkReads: opts.auth === 'none' }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: opts.maxBodyBytes,
      onError: (c) => problemResponse(c, { status: 413, type: 'payload-too-large', detail: `the request body exceeds ${opts.maxBodyBytes} bytes` }),
    }),
  );
  const authorize = (role: (typeof ROLES)[number]) => requireRole(tokens, role, opts.auth);
  for (const route of routes) mountRoute(app, route, authorize);

  const allowedMethods = methodsByPath(routes);
  app.notFound(function noRoute(c) {
    // The path exists but not with this method: 405 and what it does take (RFC 9110 §15.5.6).
    const allow = allowedMethods(c.req.path);
    if (allow.length > 0) {
      return problemResponse(c, { status: 405, type: 'method-not-allowed', detail: `${c.req.path} takes ${allow.join(', ')}, not ${c.req.method}`, headers: { allow: allow.join(', ') } });
    }
    return problemResponse(c, { status: 404, type: 'not-found', detail: `no route for ${c.req.method} ${c.req.path}` });
  });
  app.onError(function renderProblem(error, c) {
    const { init, unexpected } = problemFromError(error);
    if (unexpected) logger.error({ event: 'http.error', method: c.req.method, route: c.req.routePath, err: error }, 'request failed');
    return problemResponse(c, init);
  });
  return app;
}

/** The methods each mounted path takes, GET implying HEAD (Hono answers HEAD from the GET route). */
function methodsByPath(routes: readonly AnyRoute[]): (path: string) => string[] {
  const patterns = routes.map((route) => ({
    method: route.method.toUpperCase(),
    pattern: new RegExp(`^${honoPath(route.path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_]\w*/g, '[^/]+')}$`),
  }));
  return function allowed(path) {
    const methods = new Set<string>();
    for (const { method, pattern } of patterns) {
      if (!pattern.test(path)) continue;
      methods.add(method);
      if (method === 'GET') methods.add('HEAD');
    }
    return ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'].filter((m) => methods.has(m));
  };
}
