import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { DispatchResult } from '../../engine/dispatch-result.ts';
import { CliFailure } from '../cli-error.ts';
import { addEngineFlags, assertOk, callOptions, printJson, withEngine, type EngineFlags } from '../engine-run.ts';
import { EXIT } from '../exit-codes.ts';
import { readJsonInput } from '../read-input.ts';

/** `corral dispatch` and `corral invoke`: run plugins in this process, print the result as JSON. */
export function registerRunCommands(program: Command): void {
  addEngineFlags(
    program
      .command('dispatch')
      .description('fan a capability out to every plugin declaring it and print the dispatch result as JSON (exit 3 only when every plugin failed)')
      .argument('<capability>', 'capability name, e.g. classify')
      .requiredOption('--plugins <dir>', 'folder whose sub-folders are plugins')
      .requiredOption('--input <json|@file|->', 'input as inline JSON, @file.json, or - for stdin'),
  ).action(async function dispatchCommand(capability: string, flags: EngineFlags & { plugins: string; input: string }) {
    const input = await readJsonInput(flags.input);
    const result = await withEngine({ pluginsDir: flags.plugins }, flags, async (engine) => {
      const declared = engine.capabilities();
      if (!declared.includes(capability)) {
        const known = declared.length === 0 ? 'none declares any' : `declared: ${declared.join(', ')}`;
        throw new CliFailure(`no plugin in ${flags.plugins} declares capability "${capability}" (${known})`, EXIT.NOT_FOUND);
      }
      return engine.dispatch(capability, input, callOptions(flags));
    });
    printJson(result, !flags.compact);
    assertSomeSucceeded(result);
  });

  addEngineFlags(
    program
      .command('invoke')
      .description('run one capability of one plugin folder and print the outcome as JSON (exit 3 when the call failed)')
      .argument('<dir>', 'plugin folder (holding plugin.json)')
      .argument('<capability>', 'capability name')
      .requiredOption('--input <json|@file|->', 'input as inline JSON, @file.json, or - for stdin'),
  ).action(async function invokeCommand(dir: string, capability: string, flags: EngineFlags & { input: string }) {
    if (!existsSync(path.join(dir, 'plugin.json'))) throw new CliFailure(`${dir}: no plugin here (no plugin.json)`, EXIT.NOT_FOUND);
    const input = await readJsonInput(flags.input);
    const outcome = await withEngine({ plugins: [dir] }, flags, async (engine) => {
      const [status] = engine.plugins();
      if (status === undefined) throw new CliFailure(`${dir}: no plugin found`, EXIT.NOT_FOUND);
      return engine.invoke(status.id, capability, input, callOptions(flags));
    });
    printJson(outcome, !flags.compact);
    assertOk(outcome, capability);
  });
}

/**
 * Partial success is a dispatch's normal case (exit 0). When no plugin succeeded nothing of what was
 * asked happened: exit 3, naming each plugin's failure.
 */
function assertSomeSucceeded(result: DispatchResult): void {
  if (result.stats.ok > 0 || result.results.length === 0) return;
  const failures = result.results.map((r) => (r.status === 'error' ? `${r.pluginId}: ${r.error.type}${r.error.reason === undefined ? '' : ` (${r.error.reason})`}` : r.pluginId));
  throw new CliFailure(`${result.capability}: every plugin failed (${failures.join('; ')})`, EXIT.PLUGIN_FAILED);
}
