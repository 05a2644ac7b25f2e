// Bundles every example plugin that has a src/ entry (the query adapters share plugins/shared/odata)
// into the single module its manifest names, with `corral build`. `--check` builds a copy instead and
// fails when a committed bundle differs from what its sources build to (a stale index.js).
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlugin } from '../src/authoring/build.ts';

export const PLUGINS_DIR = fileURLToPath(new URL('../plugins/', import.meta.url));

async function hasFile(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isFile(), () => false);
}

/** Plugin folders (holding plugin.json) whose main is built from src/index.js. */
export async function bundledPluginIds(root = PLUGINS_DIR): Promise<string[]> {
  const ids: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(root, entry.name);
    if ((await hasFile(path.join(dir, 'plugin.json'))) && (await hasFile(path.join(dir, 'src', 'index.js')))) ids.push(entry.name);
  }
  return ids.sort();
}

export async function buildAll(root = PLUGINS_DIR): Promise<Array<{ id: string; bytes: number }>> {
  const built = [];
  for (const id of await bundledPluginIds(root)) {
    const result = await buildPlugin(path.join(root, id));
    built.push({ id, bytes: result.bytes });
  }
  return built;
}

/** Ids whose committed main or manifest differ from a fresh build of their sources. */
export async function staleBundles(): Promise<string[]> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'corral-bundles-'));
  try {
    const copy = path.join(scratch, 'plugins');
    await cp(PLUGINS_DIR, copy, { recursive: true });
    const stale: string[] = [];
    for (const id of await bundledPluginIds(copy)) {
      await buildPlugin(path.join(copy, id));
      const manifest = JSON.parse(await readFile(path.join(copy, id, 'plugin.json'), 'utf8')) as { main: string };
      for (const file of ['plugin.json', manifest.main]) {
        const [fresh, committed] = await Promise.all([readFile(path.join(copy, id, file), 'utf8'), readFile(path.join(PLUGINS_DIR, id, file), 'utf8')]);
        if (fresh !== committed) { stale.push(id); break; }
      }
    }
    return stale;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = await staleBundles();
    if (stale.length > 0) {
      console.error(`stale plugin bundles: ${stale.join(', ')}; run npm run build:plugins`);
      process.exit(1);
    }
    console.log('plugin bundles are up to date');
  } else {
    for (const { id, bytes } of await buildAll()) console.log(`built plugins/${id} (${bytes} bytes)`);
  }
}
