import { defineRoute, type AnyRoute, type ApiDeps } from '../route.ts';
import { HttpProblem } from '../problem.ts';
import { evaluateReadiness } from '../readiness.ts';
import { livenessSchema, notReadySchema, problemSchema, readinessSchema, type ReadinessEntry } from '../schemas.ts';
import { openPoolView, readinessEntry } from '../views.ts';

/**
 * Probes and machine endpoints. None of them touches the worker pool: status and health come from
 * host-side bookkeeping, so a plugin hogging every worker cannot stall them.
 */
export function probeRoutes(deps: ApiDeps): AnyRoute[] {
  const { engine } = deps;
  return [
    defineRoute({
      method: 'get',
      path: '/healthz',
      operationId: 'getLiveness',
      summary: 'The process is alive (503 only while its worker pool cannot start a child at all)',
      tag: 'probes',
      role: null,
      responses: {
        200: { description: 'Alive', schema: livenessSchema },
        503: { description: 'The worker pool cannot start a child (failedAfterStartFailures in a row): restarting the process may help', schema: problemSchema },
      },
      handle(c) {
        // Only a pool whose children cannot even start is a liveness failure (the host's environment is
        // broken: restarting the process is the remedy). Restarting is a readiness matter, and
        // restarting the process for it would throw away the recovery already under way.
        if (engine.poolHealth().status === 'failed') {
          throw new HttpProblem({ status: 503, type: 'not-alive', detail: 'the worker pool cannot start a child process; it keeps retrying, but restarting the process may be needed' });
        }
        return c.json({ status: 'ok' as const, uptime_seconds: Math.round((Date.now() - deps.startedAt) / 100) / 10, store: engine.storeHealth().status });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/readyz',
      operationId: 'getReadiness',
      summary: 'Ready unless the pool is down, an enabled plugin did not start, or a required plugin is unhealthy or quarantined',
      tag: 'probes',
      role: null,
      responses: {
        200: { description: 'Ready; the map shows every enabled plugin (ids, states and booleans only)', schema: readinessSchema },
        503: { description: 'Not ready; the reasons are in GET /api/v1/plugins/status', schema: notReadySchema },
      },
      handle(c) {
        const verdict = evaluateReadiness(engine, deps.readiness);
        const plugins: Record<string, ReadinessEntry> = {};
        for (const [id, entry] of Object.entries(verdict.plugins)) plugins[id] = readinessEntry(entry);
        const pool = openPoolView(verdict.pool);
        if (!verdict.ready) {
          // Names only: the reasons can hold host paths and load errors, and this route has no auth.
          const names = verdict.blocking.map((b) => b.pluginId ?? `worker pool ${pool.status}`);
          throw new HttpProblem({ status: 503, type: 'not-ready', detail: `not ready: ${names.join(', ')}`, extensions: { plugins, pool }, headers: { 'retry-after': '5' } });
        }
        // The pool entry appears when there is something to say: process isolation or a problem.
        return c.json({ status: 'ready' as const, plugins, ...(pool.isolation === 'thread' && pool.status === 'ok' ? {} : { pool }) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/metrics',
      operationId: 'getMetrics',
      summary: 'Prometheus metrics (text exposition format)',
      tag: 'probes',
      // Protected like every other route when tokens are configured.
      role: 'plugins:read',
      responses: { 200: { description: 'Prometheus text format', contentType: 'text/plain; version=0.0.4' } },
      async handle(c) {
        const text = await deps.metrics.render();
        return c.body(text, 200, { 'content-type': deps.metrics.contentType });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/openapi.json',
      operationId: 'getOpenApi',
      summary: 'This document',
      tag: 'meta',
      role: null,
      responses: { 200: { description: 'OpenAPI 3.1 document', contentType: 'application/json' } },
      handle: (c) => c.json(deps.openapi()),
    }),
  ];
}
