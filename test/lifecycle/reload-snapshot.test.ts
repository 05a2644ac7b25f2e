/**
 * A hot reload racing a deploy that rewrites the folder: the version the engine reports is always the
 * version of the code it serves (plugin.json and main are read as one consistent snapshot).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { tempDir, writePlugin } from '../helpers.ts';

let engine: Engine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

const code = (version: string) => `export default { classify() { return ${JSON.stringify(version)}; } };`;
const manifest = (version: string) => JSON.stringify({ id: 'moving', name: 'moving', version, main: 'index.js', capabilities: ['classify'] });

describe('hot reload of a folder being rewritten', () => {
  it('never serves one version\'s code under another version\'s number (40 racing rounds, no integrity pinned)', { timeout: 120_000 }, async () => {
    const root = await tempDir();
    const dir = await writePlugin(root, { id: 'moving', version: '1.0.0' }, code('1.0.0'));
    engine = await createEngine({ pluginsDir: root, poolSize: 1, isolation: 'thread' });
    const mismatches: string[] = [];
    for (let round = 1; round <= 40; round++) {
      const version = `1.0.${round}`;
      // A deploy writing the manifest first, then the code a moment later, while the reload reads.
      const deploy = (async () => {
        await writeFile(path.join(dir, 'plugin.json'), manifest(version));
        await sleep(round % 4);
        await writeFile(path.join(dir, 'index.js'), code(version));
      })();
      const result = await engine.reload('moving');
      await deploy;
      const reported = engine.plugin('moving').version;
      const served = await engine.invoke('moving', 'classify', {});
      if (served.status !== 'ok' || served.value !== reported) mismatches.push(`round ${round}: ${result.status}, reports ${reported}, serves ${JSON.stringify(served.status === 'ok' ? served.value : served.error)}`);
    }
    expect(mismatches).toEqual([]);
  });
});
