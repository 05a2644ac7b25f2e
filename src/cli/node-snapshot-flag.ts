import { nodeSnapshotDisabled } from '../engine/node-flags.ts';

/** Commands that build an engine in this process, which may run isolates here (isolation: 'thread'). */
const ENGINE_COMMANDS = new Set(['serve', 'dispatch', 'invoke', 'diagnose']);

/**
 * isolated-vm needs `--no-node-snapshot` wherever isolates run, and a config file or flag may choose
 * `isolation: 'thread'` (isolates in this process). For commands that build an engine, when neither
 * the command line nor NODE_OPTIONS has the flag, replace this process with the same command plus the
 * flag (`process.execve`: same pid, so a supervisor's SIGTERM and the exit code are the server's own;
 * no wrapper process). Where execve is unavailable (Windows) the engine runs thread isolation in a
 * child process instead and logs it.
 */
export function withNodeSnapshotFlag(args: readonly string[], entry: string = process.argv[1] as string): void {
  if (nodeSnapshotDisabled() || !ENGINE_COMMANDS.has(args[0] ?? '')) return;
  if (typeof process.execve !== 'function' || process.platform === 'win32') return;
  process.execve(process.execPath, [process.execPath, '--no-node-snapshot', ...process.execArgv, entry, ...args], process.env);
}
