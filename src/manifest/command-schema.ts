import { z } from 'zod';

/**
 * Diagnostics commands a plugin declares in plugin.json (`commands`), run by `corral diagnose` and
 * `POST /api/v1/plugins/{id}/commands/{command}`. The module implements each as a default-export
 * function named `command:<name>`, called `(args, ctx)` like a capability, in the same sandbox with
 * the same limits. Arguments are declared in order, so a CLI can take them positionally.
 */
export const COMMAND_NAME_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;
export const COMMAND_ARG_NAME_PATTERN = /^[a-z][A-Za-z0-9_]{0,63}$/;
export const COMMAND_ARG_TYPES = ['string', 'number', 'integer', 'boolean', 'json'] as const;
/** The default-export key of a command's function: never a capability name (those have no colon). */
export const COMMAND_EXPORT_PREFIX = 'command:';
const MAX_COMMANDS = 50;
const MAX_ARGS = 20;

const commandArgSchema = z
  .object({
    name: z.string().regex(COMMAND_ARG_NAME_PATTERN, 'expected an argument name such as "text" or "maxWords" (a lowercase letter, then letters, digits or _)'),
    type: z.enum(COMMAND_ARG_TYPES, { error: `expected one of ${COMMAND_ARG_TYPES.map((t) => `"${t}"`).join(', ')}` }).default('string'),
    description: z.string().min(1).max(500).optional(),
    required: z.boolean().default(false),
  })
  .strict();

const commandSchema = z
  .object({
    description: z.string({ error: 'expected a one-line description of what the command shows' }).min(1, 'expected a one-line description of what the command shows').max(500),
    args: z
      .array(commandArgSchema)
      .max(MAX_ARGS, `declare at most ${MAX_ARGS} arguments`)
      .default([])
      .superRefine(function checkArgOrder(args, ctx) {
        const seen = new Set<string>();
        let optionalSeen = false;
        args.forEach((arg, index) => {
          if (seen.has(arg.name)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `duplicate argument "${arg.name}"` });
          seen.add(arg.name);
          // Positional arguments fill in declaration order: a required one after an optional one could never be skipped to.
          if (arg.required && optionalSeen) ctx.addIssue({ code: 'custom', path: [index, 'required'], message: `required argument "${arg.name}" comes after an optional one; declare required arguments first` });
          if (!arg.required) optionalSeen = true;
        });
      }),
  })
  .strict();

export const commandsSchema = z.record(z.string(), commandSchema).superRefine(function checkCommandNames(commands, ctx) {
  const names = Object.keys(commands);
  if (names.length > MAX_COMMANDS) ctx.addIssue({ code: 'custom', message: `declare at most ${MAX_COMMANDS} commands (got ${names.length})` });
  // Checked here rather than as the record's key schema: zod reports a bad key only as "Invalid key in record".
  for (const name of names) {
    if (!COMMAND_NAME_PATTERN.test(name)) ctx.addIssue({ code: 'custom', path: [name], message: 'expected a command name such as "top-words" (a lowercase letter, then lowercase letters, digits and dashes)' });
  }
});

export type CommandSpec = z.output<typeof commandSchema>;
export type CommandArgSpec = CommandSpec['args'][number];
export type CommandArgType = (typeof COMMAND_ARG_TYPES)[number];

export function commandExportName(command: string): string {
  return `${COMMAND_EXPORT_PREFIX}${command}`;
}
