import { z } from 'zod';
import { commandsView } from '../../commands/command-view.ts';
import type { Outcome } from '../../outcome.ts';
import { HttpProblem } from '../problem.ts';
import { defineRoute, type AnyRoute, type ApiDeps } from '../route.ts';
import { commandBodySchema, commandCatalogSchema, outcomeSchema, pluginCommandsSchema } from '../schemas.ts';
import { pluginIdParams } from './plugins.ts';

const commandParams = z.object({ id: z.string().min(1).max(64), command: z.string().min(1).max(64) });

/**
 * Plugins' diagnostics commands (`commands` in plugin.json). Listing them is a read; running one runs
 * plugin code on an admin's say-so, so it needs plugins:admin. A command's failure is a 200 outcome;
 * a plugin that did not run at all is a 503, as for invoke.
 */
export function commandRoutes({ engine }: ApiDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/commands',
      operationId: 'listCommands',
      summary: 'Every plugin that declares diagnostics commands, with its commands',
      tag: 'commands',
      role: 'plugins:read',
      responses: { 200: { description: 'Plugins in id order; plugins without commands are left out', schema: commandCatalogSchema } },
      handle(c) {
        const plugins = engine
          .plugins()
          .map((s) => ({ plugin_id: s.id, commands: commandsView(engine.commands(s.id)) }))
          .filter((p) => p.commands.length > 0)
          .sort((a, b) => (a.plugin_id < b.plugin_id ? -1 : 1));
        return c.json({ plugins });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/plugins/{id}/commands',
      operationId: 'listPluginCommands',
      summary: "One plugin's diagnostics commands",
      tag: 'commands',
      role: 'plugins:read',
      params: pluginIdParams,
      problems: [404],
      responses: { 200: { description: 'The commands in manifest order (empty when it declares none)', schema: pluginCommandsSchema } },
      handle: (c, { params }) => c.json({ plugin_id: params.id, commands: commandsView(engine.commands(params.id)) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/plugins/{id}/commands/{command}',
      operationId: 'runPluginCommand',
      summary: 'Run a diagnostics command in the sandbox, with the limits and deadline of any call',
      tag: 'commands',
      role: 'plugins:admin',
      params: commandParams,
      body: commandBodySchema,
      problems: [404, 503],
      responses: { 200: { description: 'The outcome: `ok` with the command\'s value, or `error` when it failed', schema: outcomeSchema } },
      async handle(c, { params, body }) {
        const outcome: Outcome = await engine.runCommand(params.id, params.command, body.args ?? {}, body.timeoutMs === undefined ? {} : { timeoutMs: body.timeoutMs });
        if (outcome.status === 'error' && (outcome.error.type === 'unavailable' || outcome.error.type === 'overloaded')) {
          throw new HttpProblem({
            status: 503,
            type: outcome.error.type === 'overloaded' ? 'overloaded' : 'plugin-unavailable',
            detail: outcome.error.message,
            ...(outcome.error.reason === undefined ? {} : { reason: outcome.error.reason }),
            headers: outcome.error.type === 'overloaded' ? { 'retry-after': '1' } : {},
          });
        }
        return c.json(outcome.status === 'ok' && outcome.value === undefined ? { ...outcome, value: null } : outcome);
      },
    }),
  ];
}
