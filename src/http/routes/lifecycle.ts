import { defineRoute, type AnyRoute, type ApiDeps } from '../route.ts';
import { approveBodySchema, pluginSchema, reloadResultSchema } from '../schemas.ts';
import { pluginView, reloadView } from '../views.ts';
import { pluginIdParams } from './plugins.ts';

/**
 * Lifecycle control: plugins:write, and plugins:admin for removal. PUT enable/disable are idempotent
 * (asking for the current setting changes nothing and answers 200); every change is durable before
 * it applies (503 when the store refuses it, and then nothing changed).
 */
export function lifecycleRoutes({ engine }: ApiDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'put',
      path: '/api/v1/plugins/{id}/enable',
      operationId: 'enablePlugin',
      summary: 'Enable a plugin (persisted; idempotent: an enabled plugin is left as it is)',
      tag: 'lifecycle',
      role: 'plugins:write',
      params: pluginIdParams,
      problems: [404, 503],
      responses: { 200: { description: 'The plugin after the request (a plugin that failed to load stays failed until a reload or retry loads it)', schema: pluginSchema } },
      handle: async (c, { params }) => c.json(pluginView(await engine.enable(params.id))),
    }),
    defineRoute({
      method: 'put',
      path: '/api/v1/plugins/{id}/disable',
      operationId: 'disablePlugin',
      summary: 'Disable a plugin in any state: its calls get `unavailable` (persisted; idempotent)',
      tag: 'lifecycle',
      role: 'plugins:write',
      params: pluginIdParams,
      problems: [404, 503],
      responses: { 200: { description: 'The plugin after the request', schema: pluginSchema } },
      handle: async (c, { params }) => c.json(pluginView(await engine.disable(params.id))),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/plugins/{id}/reload',
      operationId: 'reloadPlugin',
      summary: 'Reload from disk: blue/green switch, rollback on failure, approval when permissions grow',
      tag: 'lifecycle',
      role: 'plugins:write',
      params: pluginIdParams,
      problems: [404, 409, 503],
      responses: { 200: { description: 'What the reload did (a failed reload is a result, not an error)', schema: reloadResultSchema } },
      handle: async (c, { params }) => c.json(reloadView(await engine.reload(params.id))),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/plugins/{id}/approve',
      operationId: 'approvePlugin',
      summary: 'Approve the permissions of the staged version',
      tag: 'lifecycle',
      role: 'plugins:write',
      params: pluginIdParams,
      body: approveBodySchema,
      problems: [404, 409, 503],
      responses: { 200: { description: 'The load that followed the approval', schema: reloadResultSchema } },
      handle: async (c, { params, body }) => c.json(reloadView(await engine.approve(params.id, body.version))),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/v1/plugins/{id}',
      operationId: 'unregisterPlugin',
      summary: 'Unregister a plugin: drain its calls, run its shutdown hook, forget it until it is registered again (durable across restarts)',
      tag: 'lifecycle',
      role: 'plugins:admin',
      params: pluginIdParams,
      problems: [404, 503],
      responses: { 200: { description: 'The plugin in its final state (`unloaded`); a second DELETE is a 404', schema: pluginSchema } },
      handle: async (c, { params }) => c.json(pluginView(await engine.unregister(params.id))),
    }),
  ];
}
