import type { ResolvedCapability } from '../capabilities/capability-registry.ts';
import { resolveMerge } from '../capabilities/merge.ts';
import { prepareInput } from '../engine/prepare-input.ts';
import { CorralError } from '../errors.ts';
import type { PluginSlot } from '../lifecycle/plugin-slot.ts';
import { commandExportName, type CommandSpec } from '../manifest/command-schema.ts';
import { checkCommandArgs } from './command-args.ts';

export interface CommandCall {
  /** The call as the pool, breaker, counters and metrics see it: named `command:<name>`. */
  capability: ResolvedCapability;
  input: Uint8Array;
}

/** The commands a plugin declares (its running version's manifest, else the last one that validated). */
export function declaredCommands(slot: PluginSlot): Record<string, CommandSpec> {
  return (slot.current?.manifest ?? slot.manifest)?.commands ?? {};
}

/**
 * Turn `runCommand(id, command, args)` into an ordinary call of the function `command:<name>`: same
 * limits and deadline as a capability (the plugin's timeoutMs, under the engine's capability ceiling).
 * Only declared commands get this far, so the call's name (a metric label) never comes from a caller.
 */
export function prepareCommandCall(slot: PluginSlot, command: string, args: unknown, limits: { capabilityTimeoutMs: number; maxInputBytes: number }): CommandCall {
  const manifest = slot.current?.manifest ?? slot.manifest;
  if (manifest === undefined) {
    const why = slot.failure === undefined ? '' : `: ${slot.failure.message}`;
    throw new CorralError('CORRAL_ERR_UNKNOWN_COMMAND', `plugin "${slot.id}" has no known commands: its plugin.json never validated${why}`);
  }
  const spec = Object.hasOwn(manifest.commands, command) ? manifest.commands[command] : undefined;
  if (spec === undefined) {
    const declared = Object.keys(manifest.commands);
    const list = declared.length === 0 ? 'it declares none' : `it declares: ${declared.join(', ')}`;
    throw new CorralError('CORRAL_ERR_UNKNOWN_COMMAND', `plugin "${slot.id}" has no command "${command}" (${list})`);
  }
  const checked = checkCommandArgs(slot.id, command, spec, args);
  const capability: ResolvedCapability = { name: commandExportName(command), defined: false, timeoutMs: limits.capabilityTimeoutMs, merge: resolveMerge('collect') };
  return { capability, input: prepareInput(capability, checked, limits.maxInputBytes) };
}
