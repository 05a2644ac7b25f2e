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
import { readinessPolicySchema } from '../config/server-settings.ts';
import { mountRoute, type AnyRoute, type ApiDeps } from './route.ts';
import { commandRoutes } from './routes/commands.ts';
import { executeRoutes } from './routes/execute.ts';
import { lifecycleRoutes } from './routes/lifecycle.ts';
import { pluginReadRoutes } from './routes/plugins.ts';
import { probeRoutes } from './routes/probes.ts';

const MiB = 1024 * 1024;

export const diagnosticsAppOptionsSchema = z
  .object({
    /** API tokens and their roles; none means an open API that only loopback clients may use. */
    tokens: z.array(z.object({ token: z.string(), roles: z.array(z.enum(ROLES)) })).default([]),
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
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: opts.maxBodyBytes,
      onError: (c) => problemResponse(c, { status: 413, type: 'payload-too-large', detail: `the request body exceeds ${opts.maxBodyBytes} bytes` }),
    }),
  );
  const authorize = (role: (typeof ROLES)[number]) => requireRole(tokens, role);
  for (const route of routes) mountRoute(app, route, authorize);

  app.notFound((c) => problemResponse(c, { status: 404, type: 'not-found', detail: `no route for ${c.req.method} ${c.req.path}` }));
  app.onError(function renderProblem(error, c) {
    const { init, unexpected } = problemFromError(error);
    if (unexpected) logger.error({ event: 'http.error', method: c.req.method, route: c.req.routePath, err: error }, 'request failed');
    return problemResponse(c, init);
  });
  return app;
}
