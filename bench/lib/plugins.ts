/**
 * Benchmark plugin folders, generated at run time under os.tmpdir() (never under the repo's plugins/).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeIntegrity } from '../../src/index.ts';
import { BENCH_CAPABILITIES, BENCH_PLUGIN_SOURCE } from './workloads.ts';

export interface PluginFolderOptions {
  /** Plugin id prefix; folders are `${prefix}-${index}`. */
  prefix?: string;
  memoryMb?: number;
  timeoutMs?: number;
  source?: string;
  capabilities?: readonly string[];
}

export interface PluginSet {
  /** The folder whose sub-folders are the plugins (pass as pluginsDir). */
  root: string;
  dirs: string[];
  ids: string[];
  remove(): void;
}

const created = new Set<string>();

/** Write `count` plugin folders into a fresh temp directory. */
export function makePlugins(count: number, options: PluginFolderOptions = {}): PluginSet {
  const root = mkdtempSync(path.join(tmpdir(), 'corral-bench-'));
  created.add(root);
  const prefix = options.prefix ?? 'bench';
  const source = options.source ?? BENCH_PLUGIN_SOURCE;
  const dirs: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `${prefix}-${String(i).padStart(4, '0')}`;
    const dir = path.join(root, id);
    mkdirSync(dir);
    // A per-plugin comment makes every integrity hash (and so every worker cache key) distinct.
    const main = `// ${id}\n${source}`;
    writeFileSync(
      path.join(dir, 'plugin.json'),
      JSON.stringify({
        id,
        name: `Benchmark plugin ${i}`,
        version: '1.0.0',
        main: 'index.js',
        capabilities: options.capabilities ?? BENCH_CAPABILITIES,
        limits: { memoryMb: options.memoryMb ?? 64, timeoutMs: options.timeoutMs ?? 1000 },
        // Pinned, so loading exercises the integrity check as a signed-off plugin would.
        integrity: computeIntegrity(main),
      }),
    );
    writeFileSync(path.join(dir, 'index.js'), main);
    dirs.push(dir);
    ids.push(id);
  }
  return {
    root,
    dirs,
    ids,
    remove() {
      rmSync(root, { recursive: true, force: true });
      created.delete(root);
    },
  };
}

/** Delete every folder this process generated (called once at exit). */
export function removeAllPlugins(): void {
  for (const root of created) rmSync(root, { recursive: true, force: true });
  created.clear();
}
