import { commandsView, type CommandView } from '../commands/command-view.ts';
import type { Engine } from '../engine/engine.ts';
import { NOT_RUN, type Outcome } from '../outcome.ts';
import { HttpFailure, type AdminClient } from './admin-client.ts';

export interface PluginCommands {
  plugin_id: string;
  commands: CommandView[];
}

/** Where `corral diagnose` finds and runs commands: an engine in this process, or a running server. */
export interface CommandSource {
  /** Plugins that declare commands, in id order. */
  list(): Promise<PluginCommands[]>;
  /** One plugin's commands; an unknown plugin fails with EXIT.NOT_FOUND. */
  commandsOf(pluginId: string): Promise<CommandView[]>;
  run(pluginId: string, command: string, args: Record<string, unknown>, timeoutMs: number | undefined): Promise<Outcome>;
}

export function engineSource(engine: Engine): CommandSource {
  return {
    async list() {
      return engine
        .plugins()
        .map((s) => ({ plugin_id: s.id, commands: commandsView(engine.commands(s.id)) }))
        .filter((p) => p.commands.length > 0)
        .sort((a, b) => (a.plugin_id < b.plugin_id ? -1 : 1));
    },
    async commandsOf(pluginId) {
      return commandsView(engine.commands(pluginId));
    },
    run(pluginId, command, args, timeoutMs) {
      return engine.runCommand(pluginId, command, args, timeoutMs === undefined ? {} : { timeoutMs });
    },
  };
}

/** The HTTP answer can take as long as the command's deadline (at most the engine's 30 s ceiling by default). */
const RUN_REQUEST_SLACK_MS = 10_000;
const DEFAULT_RUN_CEILING_MS = 30_000;

export function serverSource(client: AdminClient): CommandSource {
  const id = (pluginId: string) => encodeURIComponent(pluginId);
  return {
    async list() {
      return (await client.request<{ plugins: PluginCommands[] }>('GET', '/api/v1/commands')).plugins;
    },
    async commandsOf(pluginId) {
      return (await client.request<PluginCommands>('GET', `/api/v1/plugins/${id(pluginId)}/commands`)).commands;
    },
    async run(pluginId, command, args, timeoutMs) {
      const body = timeoutMs === undefined ? { args } : { args, timeoutMs };
      try {
        return await client.request<Outcome>('POST', `/api/v1/plugins/${id(pluginId)}/commands/${encodeURIComponent(command)}`, body, (timeoutMs ?? DEFAULT_RUN_CEILING_MS) + RUN_REQUEST_SLACK_MS);
      } catch (error) {
        // The server says "did not run" as a 503 (as for invoke); here it is the same outcome a local run gives.
        if (!(error instanceof HttpFailure) || !error.pluginDidNotRun) throw error;
        const type = /:overloaded$/.test(error.problem?.type ?? '') ? 'overloaded' : 'unavailable';
        const reason = error.problem?.reason;
        return { pluginId, status: 'error', error: { type, message: error.problem?.detail ?? error.message, ...(reason === undefined ? {} : { reason }) }, ...NOT_RUN };
      }
    },
  };
}
