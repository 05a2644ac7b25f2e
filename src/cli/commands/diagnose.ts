import type { Command } from 'commander';
import { commandUsage, type CommandView } from '../../commands/command-view.ts';
import { AdminClient, addServerFlags, type ServerFlags } from '../admin-client.ts';
import { CliUsageError } from '../cli-error.ts';
import { parseCommandArgv } from '../command-argv.ts';
import { engineSource, serverSource, type CommandSource, type PluginCommands } from '../command-source.ts';
import { formatColumns } from '../columns.ts';
import { addEngineFlags, assertOk, printJson, withEngine, type EngineFlags } from '../engine-run.ts';

type DiagnoseFlags = EngineFlags & ServerFlags & { plugins?: string };

/**
 * `corral diagnose [plugin] [command] [args...]`: list or run the diagnostics commands plugins declare
 * in plugin.json, here (`--plugins <dir>`) or on a running corral serve (`--url`, CORRAL_URL, --config).
 */
export function registerDiagnoseCommand(program: Command): void {
  const command = program
    .command('diagnose')
    .description("list or run plugins' diagnostics commands (no plugin: plugins with commands; no command: that plugin's commands)")
    .argument('[plugin]', 'plugin id')
    .argument('[command]', 'command name')
    .argument('[args...]', 'arguments in declared order, or name=value')
    .option('--plugins <dir>', 'run here, on this plugins folder (default: a running corral serve)');
  addServerFlags(addEngineFlags(command), 'print the listing, or the whole outcome of a run, as JSON').action(async function diagnose(pluginId: string | undefined, name: string | undefined, words: string[], flags: DiagnoseFlags) {
    if (flags.plugins !== undefined) {
      if (flags.url !== undefined) throw new CliUsageError('pass either --plugins (run here) or --url (a running server), not both');
      await withEngine({ pluginsDir: flags.plugins }, flags, (engine) => diagnoseWith(engineSource(engine), pluginId, name, words, flags));
      return;
    }
    if (flags.url === undefined && !process.env.CORRAL_URL && flags.config === undefined && !process.env.CORRAL_CONFIG) {
      throw new CliUsageError('where? pass --plugins <dir> to run here, or --url <url> / CORRAL_URL / --config <file> for a running corral serve');
    }
    await diagnoseWith(serverSource(AdminClient.from(flags)), pluginId, name, words, flags);
  });
}

async function diagnoseWith(source: CommandSource, pluginId: string | undefined, name: string | undefined, words: string[], flags: DiagnoseFlags): Promise<void> {
  if (pluginId === undefined) {
    const plugins = await source.list();
    if (flags.json) printJson({ plugins }, !flags.compact);
    else process.stdout.write(plugins.length === 0 ? 'no plugin declares diagnostics commands\n' : renderCatalog(plugins));
    return;
  }
  const commands = await source.commandsOf(pluginId);
  if (name === undefined) {
    if (flags.json) printJson({ plugin_id: pluginId, commands }, !flags.compact);
    else process.stdout.write(commands.length === 0 ? `${pluginId} declares no diagnostics commands\n` : renderCommands(commands));
    return;
  }
  const command = commands.find((c) => c.name === name);
  // Not in the list: the engine has the last word and says why (undeclared, or the plugin's
  // plugin.json never validated), exit 4 either way.
  const args = command === undefined ? {} : parseCommandArgv(pluginId, command, words);
  const outcome = await source.run(pluginId, name, args, flags.timeout);
  if (flags.json) printJson(outcome, !flags.compact);
  assertOk(outcome, `command "${name}"`);
  if (!flags.json && outcome.status === 'ok') printValue(outcome.value, !flags.compact);
}

/** A command answering text is printed as text; anything else as JSON. */
function printValue(value: unknown, pretty: boolean): void {
  if (typeof value === 'string') process.stdout.write(value.endsWith('\n') ? value : `${value}\n`);
  else printJson(value ?? null, pretty);
}

function renderCatalog(plugins: readonly PluginCommands[]): string {
  const rows = plugins.flatMap((p) => p.commands.map((c) => [p.plugin_id, commandUsage(c), c.description]));
  return formatColumns([['PLUGIN', 'COMMAND', 'DESCRIPTION'], ...rows]);
}

function renderCommands(commands: readonly CommandView[]): string {
  const rows = commands.flatMap((c) => [
    [commandUsage(c), c.description],
    ...c.args.map((arg) => [`  ${arg.name}`, `${arg.type}${arg.required ? ', required' : ''}${arg.description === null ? '' : `: ${arg.description}`}`]),
  ]);
  return formatColumns([['COMMAND', 'DESCRIPTION'], ...rows]);
}
