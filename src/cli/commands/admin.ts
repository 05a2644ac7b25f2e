import type { Command } from 'commander';
import { AdminClient, addServerFlags, type ServerFlags } from '../admin-client.ts';
import { CliFailure } from '../cli-error.ts';
import { printJson } from '../engine-run.ts';
import { EXIT } from '../exit-codes.ts';
import { status } from '../status.ts';

interface PluginView {
  id: string;
  version: string | null;
  state: string;
  enabled: boolean;
  pending_approval: { version: string; requested: string[] } | null;
}

type ReloadView =
  | { status: 'reloaded'; plugin_id: string; from: string | null; to: string }
  | { status: 'unchanged'; plugin_id: string; version: string }
  | { status: 'pending_approval'; plugin_id: string; version: string; requested: string[] }
  | { status: 'rolled_back'; plugin_id: string; version: string | null; error: string }
  | { status: 'failed'; plugin_id: string; error: string };

const pluginPath = (id: string, action = '') => `/api/v1/plugins/${encodeURIComponent(id)}${action}`;

/** Lifecycle control of a running `corral serve`: one HTTP call each, one line (or --json) out. */
export function registerAdminCommands(program: Command): void {
  addServerFlags(program.command('status').description('print the plugin status table of a running corral serve')).action(async (flags: ServerFlags) => {
    await status(flags);
  });

  addServerFlags(program.command('enable').description('enable a disabled plugin on a running corral serve (persisted)').argument('<id>', 'plugin id')).action(
    async (id: string, flags: ServerFlags) => {
      const plugin = await AdminClient.from(flags).request<PluginView>('PUT', pluginPath(id, '/enable'));
      report(flags, plugin, `${plugin.id}: enabled (${plugin.state})`);
    },
  );

  addServerFlags(program.command('disable').description('disable a plugin on a running corral serve: its calls get `unavailable` (persisted)').argument('<id>', 'plugin id')).action(
    async (id: string, flags: ServerFlags) => {
      const plugin = await AdminClient.from(flags).request<PluginView>('PUT', pluginPath(id, '/disable'));
      report(flags, plugin, `${plugin.id}: disabled (${plugin.state})`);
    },
  );

  addServerFlags(program.command('reload').description('reload a plugin from disk on a running corral serve (exit 3 when the new version failed, 6 when it waits for approval)').argument('<id>', 'plugin id')).action(
    async (id: string, flags: ServerFlags) => {
      const result = await AdminClient.from(flags).request<ReloadView>('POST', pluginPath(id, '/reload'));
      reportReload(flags, result);
    },
  );

  addServerFlags(
    program
      .command('approve')
      .description('approve the permissions a staged version asks for, and load it')
      .argument('<id>', 'plugin id')
      .option('--version <version>', 'the version to approve (default: the one waiting for approval)'),
  ).action(async (id: string, flags: ServerFlags & { version?: string }) => {
    const client = AdminClient.from(flags);
    let version = flags.version;
    if (version === undefined) {
      const plugin = await client.request<PluginView>('GET', pluginPath(id));
      if (plugin.pending_approval === null) throw new CliFailure(`${id}: no version waits for approval (${plugin.version ?? 'nothing'} is ${plugin.state})`, EXIT.CONFLICT);
      version = plugin.pending_approval.version;
    }
    reportReload(flags, await client.request<ReloadView>('POST', pluginPath(id, '/approve'), { version }));
  });

  addServerFlags(program.command('unregister').description('unregister a plugin from a running corral serve: drain its calls, run its shutdown hook, forget it').argument('<id>', 'plugin id')).action(
    async (id: string, flags: ServerFlags) => {
      const plugin = await AdminClient.from(flags).request<PluginView>('DELETE', pluginPath(id));
      report(flags, plugin, `${plugin.id}: unregistered${plugin.version === null ? '' : ` (was ${plugin.version})`}`);
    },
  );
}

function report(flags: ServerFlags, body: unknown, line: string): void {
  if (flags.json) printJson(body, true);
  else process.stdout.write(`${line}\n`);
}

/** A reload (or approval) answers 200 whatever happened; the exit code says whether the new version runs. */
function reportReload(flags: ServerFlags, result: ReloadView): void {
  const id = result.plugin_id;
  if (flags.json) printJson(result, true);
  switch (result.status) {
    case 'reloaded':
      if (!flags.json) process.stdout.write(`${id}: reloaded ${result.from ?? '-'} -> ${result.to}\n`);
      return;
    case 'unchanged':
      if (!flags.json) process.stdout.write(`${id}: unchanged (${result.version} already running)\n`);
      return;
    case 'pending_approval':
      throw new CliFailure(`${id}: ${result.version} waits for approval of ${result.requested.join(', ')}: run \`corral approve ${id} --version ${result.version}\``, EXIT.CONFLICT);
    case 'rolled_back':
      // `version` is the one that failed; the one still serving is whatever ran before.
      throw new CliFailure(`${id}: ${result.version ?? 'the new version'} failed to load (${result.error}); the previous version still runs`, EXIT.PLUGIN_FAILED);
    case 'failed':
      throw new CliFailure(`${id}: reload failed: ${result.error}`, EXIT.PLUGIN_FAILED);
  }
}
