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
 * A plugin whose manifest never validated has no known commands; the call then goes ahead and is
 * refused as `unavailable` like any call to a plugin that is not loaded.
 */
export function prepareCommandCall(slot: PluginSlot, command: string, args: unknown, limits: { capabilityTimeoutMs: number; maxInputBytes: number }): CommandCall {
  const manifest = slot.current?.manifest ?? slot.manifest;
  let checked: unknown = args ?? {};
  if (manifest !== undefined) {
    const spec = Object.hasOwn(manifest.commands, command) ? manifest.commands[command] : undefined;
    if (spec === undefined) {
      const declared = Object.keys(manifest.commands);
      const list = declared.length === 0 ? 'it declares none' : `it declares: ${declared.join(', ')}`;
      throw new CorralError('CORRAL_ERR_UNKNOWN_COMMAND', `plugin "${slot.id}" has no command "${command}" (${list})`);
    }
    checked = checkCommandArgs(slot.id, command, spec, args);
  }
  const capability: ResolvedCapability = { name: commandExportName(command), defined: false, timeoutMs: limits.capabilityTimeoutMs, merge: resolveMerge('collect') };
  return { capability, input: prepareInput(capability, checked, limits.maxInputBytes) };
}
