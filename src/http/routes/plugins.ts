import { z } from 'zod';
import { defineRoute, type AnyRoute, type ApiDeps } from '../route.ts';
import { capabilityListSchema, healthSchema, pluginListQuerySchema, pluginListSchema, pluginSchema, statusListSchema } from '../schemas.ts';
import { evaluateReadiness } from '../readiness.ts';
import { healthView, pluginView, poolHealthView, readinessDetailView, statusEntryView } from '../views.ts';

export const pluginIdParams = z.object({ id: z.string().min(1).max(64) });

/** Read-only diagnostics (plugins:read); `CORRAL_PLUGIN_DIAGNOSTICS_ENABLED=false` leaves them unmounted. */
export function pluginReadRoutes({ engine, readiness }: ApiDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/plugins',
      operationId: 'listPlugins',
      summary: 'Every registered plugin, optionally filtered by lifecycle state or capability',
      tag: 'plugins',
      role: 'plugins:read',
      query: pluginListQuerySchema,
      responses: { 200: { description: 'Plugins in id order', schema: pluginListSchema } },
      handle(c, { query }) {
        const plugins = engine
          .plugins()
          .filter((s) => (query.status === undefined || s.state === query.status) && (query.capability === undefined || s.capabilities.includes(query.capability)))
          .map(pluginView);
        return c.json({ plugins });
      },
    }),
    // Registered before /plugins/{id}, which would otherwise take "status" for an id.
    defineRoute({
      method: 'get',
      path: '/api/v1/plugins/status',
      operationId: 'getPluginStatuses',
      summary: 'Startup validation, availability, last error and runtime counters of every plugin; why /readyz is 503',
      tag: 'plugins',
      role: 'plugins:read',
      responses: { 200: { description: 'One entry per plugin, the readiness verdict with reasons, and the worker pool', schema: statusListSchema } },
      handle(c) {
        const verdict = evaluateReadiness(engine, readiness);
        return c.json({
          generated_at: new Date().toISOString(),
          readiness: readinessDetailView(verdict),
          pool: poolHealthView(verdict.pool),
          plugins: engine.plugins().map(statusEntryView),
        });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/plugins/{id}',
      operationId: 'getPlugin',
      summary: 'One plugin',
      tag: 'plugins',
      role: 'plugins:read',
      params: pluginIdParams,
      problems: [404],
      responses: { 200: { description: 'The plugin', schema: pluginSchema } },
      handle: (c, { params }) => c.json(pluginView(engine.plugin(params.id))),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/plugins/{id}/health',
      operationId: 'getPluginHealth',
      summary: 'Health from the last hook result and the sliding window of calls (never waits on the pool)',
      tag: 'plugins',
      role: 'plugins:read',
      params: pluginIdParams,
      problems: [404],
      responses: { 200: { description: 'Health report', schema: healthSchema } },
      handle(c, { params }) {
        const status = engine.plugin(params.id);
        return c.json(healthView(status, engine.health(params.id)));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/capabilities',
      operationId: 'listCapabilities',
      summary: 'Capabilities declared by at least one plugin',
      tag: 'plugins',
      role: 'plugins:read',
      responses: { 200: { description: 'Sorted capability names', schema: capabilityListSchema } },
      handle: (c) => c.json({ capabilities: engine.capabilities() }),
    }),
  ];
}
