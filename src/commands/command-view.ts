import type { CommandArgType, CommandSpec } from '../manifest/command-schema.ts';

/** A command as the API and the CLI show it: a list (manifest order), args with every field present. */
export interface CommandView {
  name: string;
  description: string;
  args: Array<{ name: string; type: CommandArgType; required: boolean; description: string | null }>;
}

export function commandsView(commands: Readonly<Record<string, CommandSpec>>): CommandView[] {
  return Object.entries(commands).map(([name, spec]) => ({
    name,
    description: spec.description,
    args: spec.args.map((arg) => ({ name: arg.name, type: arg.type, required: arg.required, description: arg.description ?? null })),
  }));
}

/** `explain <text> [maxWords]` */
export function commandUsage(command: CommandView): string {
  return [command.name, ...command.args.map((arg) => (arg.required ? `<${arg.name}>` : `[${arg.name}]`))].join(' ');
}
