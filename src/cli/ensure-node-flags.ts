import { spawnSync } from 'node:child_process';
import { nodeSnapshotDisabled } from '../engine/node-flags.ts';

/**
 * isolated-vm needs `--no-node-snapshot` wherever isolates run, and a config file may choose
 * `isolation: 'thread'` (isolates in this process). When the CLI was started without the flag on the
 * command line or in NODE_OPTIONS (e.g. `node src/cli/main.ts`), run the same command again with it
 * and mirror its exit status. Returns only when the flag is already in effect.
 */
export function ensureNoNodeSnapshot(entry: string): void {
  if (nodeSnapshotDisabled()) return;
  const child = spawnSync(process.execPath, ['--no-node-snapshot', ...process.execArgv, entry, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (child.error) throw child.error;
  process.exit(child.status ?? (child.signal ? 128 : 1));
}
