import { z } from 'zod';
import { CorralError } from '../errors.ts';
import type { CommandArgType, CommandSpec } from '../manifest/command-schema.ts';
import { formatIssues } from '../validation.ts';

const JSON_VALUE: z.ZodType = z.json();

const VALUE_SCHEMAS: Record<CommandArgType, z.ZodType> = {
  string: z.string(),
  number: z.number(),
  integer: z.number().int(),
  boolean: z.boolean(),
  json: JSON_VALUE,
};

/** One strict object schema per declared command (specs are frozen with their manifest version). */
const schemas = new WeakMap<CommandSpec, z.ZodType<Record<string, unknown>>>();

function argsSchema(spec: CommandSpec): z.ZodType<Record<string, unknown>> {
  let schema = schemas.get(spec);
  if (schema === undefined) {
    const shape: Record<string, z.ZodType> = {};
    for (const arg of spec.args) shape[arg.name] = arg.required ? VALUE_SCHEMAS[arg.type] : VALUE_SCHEMAS[arg.type].optional();
    schema = z.object(shape).strict() as unknown as z.ZodType<Record<string, unknown>>;
    schemas.set(spec, schema);
  }
  return schema;
}

/**
 * Check a command's arguments against its declaration before any plugin code runs, so a typo is the
 * caller's error (CORRAL_ERR_INVALID_INPUT naming the argument), not a call the plugin is charged for.
 * Absent args are `{}`.
 */
export function checkCommandArgs(pluginId: string, command: string, spec: CommandSpec, args: unknown): Record<string, unknown> {
  const parsed = argsSchema(spec).safeParse(args ?? {});
  if (!parsed.success) {
    throw new CorralError('CORRAL_ERR_INVALID_INPUT', `invalid arguments for command "${command}" of plugin "${pluginId}": ${formatIssues(parsed.error.issues, 'args')}`);
  }
  return parsed.data;
}
