import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writePlugin } from '../helpers.ts';
import { SECRET } from './harness.ts';

/** A healthy plugin with a secret in its config and a health hook reporting dependencies. */
export async function writeGreeter(root: string): Promise<void> {
  await writePlugin(
    root,
    { id: 'greeter', capabilities: ['classify', 'summarize'], config: { apiKey: SECRET, greeting: 'hi' } },
    `export default {
      health(ctx) { return { status: 'healthy', dependencies: { upstream: 'healthy' } }; },
      classify(input, ctx) { console.log('classifying', String(input.text).length); return { label: ctx.config.greeting, words: String(input.text).split(' ').length }; },
      summarize(input) { return undefined; },
    };`,
  );
}

export async function writeThrower(root: string): Promise<void> {
  await writePlugin(root, { id: 'thrower' }, `export default { classify(input) { if (String(input.text).includes('boom')) throw new TypeError('refused'); return { label: 'fine' }; } };`);
}

export async function writeLooper(root: string): Promise<void> {
  await writePlugin(root, { id: 'looper', limits: { timeoutMs: 150 } }, `export default { classify(input) { if (String(input.text).includes('boom')) for (;;) {} return { label: 'fine' }; } };`);
}

/** Fails to load: a syntax error in its main module. */
export async function writeBroken(root: string, id = 'broken'): Promise<string> {
  return writePlugin(root, { id }, 'export default { classify(input) { return 1 ;');
}

export async function fixBroken(dir: string): Promise<void> {
  await writeFile(path.join(dir, 'index.js'), 'export default { classify() { return { label: "fixed" }; } };');
}

/** v1 with no permissions; `escalate` stages v2 asking for "state". */
export async function writeAdapter(root: string): Promise<string> {
  return writePlugin(root, { id: 'adapter', capabilities: ['translate'] }, 'export default { translate(input) { return "v1"; } };');
}

export async function escalateAdapter(dir: string): Promise<void> {
  const manifest = { id: 'adapter', name: 'adapter', version: '2.0.0', main: 'index.js', capabilities: ['translate'], permissions: ['state'] };
  await writeFile(path.join(dir, 'plugin.json'), JSON.stringify(manifest));
  await writeFile(path.join(dir, 'index.js'), 'export default { translate(input) { return "v2"; } };');
}

export async function writeVictim(root: string, id = 'victim'): Promise<void> {
  await writePlugin(root, { id, capabilities: ['translate'] }, 'export default { translate() { return "bye"; } };');
}
