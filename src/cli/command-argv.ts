import type { CommandView } from '../commands/command-view.ts';
import { commandUsage } from '../commands/command-view.ts';
import { CliUsageError } from './cli-error.ts';

const NAMED = /^([a-z][A-Za-z0-9_]*)=([\s\S]*)$/;
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);

/**
 * `corral diagnose <plugin> <command> [args...]`: each word is `name=value` for a declared argument,
 * or else the next argument in declaration order. Values become the declared type here, so
 * `limit=ten` is a usage error naming `limit` rather than a call the plugin is charged for.
 */
export function parseCommandArgv(pluginId: string, command: CommandView, words: readonly string[]): Record<string, unknown> {
  const usage = `usage: corral diagnose ${pluginId} ${commandUsage(command)}`;
  const byName = new Map(command.args.map((arg) => [arg.name, arg]));
  const args: Record<string, unknown> = {};
  let next = 0;
  for (const word of words) {
    const named = NAMED.exec(word);
    let arg = named !== null ? byName.get(named[1] as string) : undefined;
    let raw = word;
    if (arg !== undefined && named !== null) {
      raw = named[2] as string;
    } else {
      while (next < command.args.length && Object.hasOwn(args, (command.args[next] as CommandView['args'][number]).name)) next += 1;
      arg = command.args[next];
      if (arg === undefined) {
        const takes = command.args.length === 0 ? 'takes no arguments' : `takes ${command.args.length} argument${command.args.length === 1 ? '' : 's'}`;
        throw new CliUsageError(`${pluginId} ${command.name}: ${takes}; "${word}" is one too many (${usage})`);
      }
    }
    if (Object.hasOwn(args, arg.name)) throw new CliUsageError(`${pluginId} ${command.name}: argument "${arg.name}" is given twice (${usage})`);
    args[arg.name] = convert(pluginId, command.name, arg, raw);
  }
  const missing = command.args.filter((arg) => arg.required && !Object.hasOwn(args, arg.name)).map((arg) => `"${arg.name}"`);
  if (missing.length > 0) throw new CliUsageError(`${pluginId} ${command.name}: missing required argument${missing.length === 1 ? '' : 's'} ${missing.join(', ')} (${usage})`);
  return args;
}

function convert(pluginId: string, command: string, arg: CommandView['args'][number], raw: string): unknown {
  const fail = (expected: string) => new CliUsageError(`${pluginId} ${command}: argument "${arg.name}": expected ${expected}, got "${raw}"`);
  switch (arg.type) {
    case 'string':
      return raw;
    case 'number':
    case 'integer': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) throw fail(arg.type === 'integer' ? 'an integer' : 'a number');
      if (arg.type === 'integer' && !Number.isInteger(n)) throw fail('an integer');
      return n;
    }
    case 'boolean': {
      const v = raw.trim().toLowerCase();
      if (TRUE.has(v)) return true;
      if (FALSE.has(v)) return false;
      throw fail('true or false');
    }
    case 'json':
      try {
        return JSON.parse(raw);
      } catch (error) {
        throw fail(`JSON (${(error as Error).message})`);
      }
  }
}
