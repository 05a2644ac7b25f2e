import { spawnSync } from 'node:child_process';

/**
 * isolated-vm needs `--no-node-snapshot`, which NODE_OPTIONS may not carry. When the CLI was started
 * without it (e.g. `node src/cli/main.ts`), run the same command again with the flag and mirror its
 * exit status. Returns only when the flag is already present.
 */
export function ensureNoNodeSnapshot(entry: string): void {
  if (process.execArgv.includes('--no-node-snapshot')) return;
  const child = spawnSync(process.execPath, ['--no-node-snapshot', ...process.execArgv, entry, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (child.error) throw child.error;
  process.exit(child.status ?? (child.signal ? 128 : 1));
}
