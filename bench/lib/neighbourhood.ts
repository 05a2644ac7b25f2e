import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A hostile neighbourhood, shared by the scheduling tests (test/isolation) and the `neighbours`
 * benchmark. Every plugin has the SAME limits (none set: the
 * engine defaults, 1000 ms deadline): the spinners do not get a shorter deadline than the healthy
 * plugins, so they hold their thread as long as a real runaway would. The spinners sort first and
 * last in the stable order (priority 0, then id).
 */
export const SPINNERS = ['aaa-spinner', 'zzz-spinner'];
export const SLOW = 'mmm-slow-300';
export const HEALTHY_SYNC = Array.from({ length: 8 }, (_, i) => `healthy-sync-${i + 1}`);
export const HEALTHY_ASYNC = Array.from({ length: 7 }, (_, i) => `healthy-async-${i + 1}`);
export const HEALTHY = [...HEALTHY_SYNC, ...HEALTHY_ASYNC];

function writePlugin(root: string, manifest: { id: string }, source: string): void {
  const dir = path.join(root, manifest.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'plugin.json'), JSON.stringify({ name: manifest.id, version: '1.0.0', main: 'index.js', capabilities: ['classify'], ...manifest }, null, 2));
  writeFileSync(path.join(dir, 'index.js'), source);
}

/** Write the healthy plugins, and with `hostile` the two spinners and the 300 ms plugin too. */
export function writeNeighbourhood(root: string, hostile = true): void {
  if (hostile) for (const id of SPINNERS) writePlugin(root, { id }, 'export default { classify() { for (;;) {} } };');
  // Legal: busy-waits 300 ms, well inside its deadline.
  if (hostile) writePlugin(root, { id: SLOW }, 'export default { classify() { const end = Date.now() + 300; while (Date.now() < end) {} return { label: "slow", score: 1 }; } };');
  for (const id of HEALTHY_SYNC) {
    writePlugin(root, { id }, 'export default { classify(input) { const words = String(input.text).split(/\\s+/).length; return { label: "words", score: words }; } };');
  }
  for (const id of HEALTHY_ASYNC) {
    writePlugin(root, { id }, 'export default { async classify(input) { await new Promise((r) => setTimeout(r, 20)); return { label: "async", score: String(input.text).length }; } };');
  }
}
