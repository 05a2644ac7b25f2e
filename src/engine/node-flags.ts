/**
 * Whether this process runs with `--no-node-snapshot`, which isolated-vm needs on Node 20+ (isolates
 * created from different snapshots crash V8's shared read-only heap). Node accepts the flag on the
 * command line and in NODE_OPTIONS alike; both count.
 */
export function nodeSnapshotDisabled(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS): boolean {
  if (execArgv.includes('--no-node-snapshot')) return true;
  return (nodeOptions ?? '').split(/\s+/).includes('--no-node-snapshot');
}
