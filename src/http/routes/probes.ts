import { defineRoute, type AnyRoute, type ApiDeps } from '../route.ts';
import { HttpProblem } from '../problem.ts';
import { livenessSchema, notReadySchema, readinessSchema, type ReadinessEntry } from '../schemas.ts';
import { readinessEntry } from '../views.ts';

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
      summary: 'The process is alive',
      tag: 'probes',
      role: null,
      responses: { 200: { description: 'Alive', schema: livenessSchema } },
      handle: (c) => c.json({ status: 'ok' as const, uptime_seconds: Math.round((Date.now() - deps.startedAt) / 100) / 10 }),
    }),
    defineRoute({
      method: 'get',
      path: '/readyz',
      operationId: 'getReadiness',
      summary: 'Ready unless an enabled plugin failed to load or is unhealthy',
      tag: 'probes',
      role: null,
      responses: {
        200: { description: 'Every enabled plugin loaded and is not unhealthy', schema: readinessSchema },
        503: { description: 'At least one enabled plugin failed to load or is unhealthy, or the worker pool is restarting or failed', schema: notReadySchema },
      },
      handle(c) {
        const plugins: Record<string, ReadinessEntry> = {};
        const blocking: string[] = [];
        for (const status of engine.plugins()) {
          if (!status.enabled) continue;
          const entry = readinessEntry(status, engine.health(status.id));
          plugins[status.id] = entry;
          if (!entry.ready) blocking.push(status.id);
        }
        // Host-side bookkeeping only: a saturated or restarting pool never delays this answer.
        const pool = engine.poolHealth();
        if (pool.status === 'restarting' || pool.status === 'failed') blocking.push(`worker pool ${pool.status}`);
        if (blocking.length > 0) {
          throw new HttpProblem({ status: 503, type: 'not-ready', detail: `not ready: ${blocking.join(', ')}`, extensions: { plugins, pool }, headers: { 'retry-after': '5' } });
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
