import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CorralError } from '../errors.ts';

/**
 * Plugin folders directly under `pluginsDir`: every sub-folder holding a plugin.json. Hidden folders
 * and node_modules are skipped. Sorted so load order (and thus failure reports) is deterministic.
 */
export async function discoverPluginDirs(pluginsDir: string): Promise<string[]> {
  const root = path.resolve(pluginsDir);
  let entries;
  try {
    const info = await stat(root);
    if (!info.isDirectory()) throw new Error('not a directory');
    entries = await readdir(root, { withFileTypes: true });
  } catch (error) {
    throw new CorralError('CORRAL_ERR_PLUGINS_DIR', `plugins folder ${root} cannot be read: ${(error as Error).message}`);
  }
  const dirs: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const dir = path.join(root, entry.name);
    try {
      await stat(path.join(dir, 'plugin.json'));
      dirs.push(dir);
    } catch {
      // A folder without a manifest is not a plugin (e.g. shared assets); nothing to report.
    }
  }
  return dirs.sort();
}

/** Every plugin folder to load: those discovered under pluginsDir, then explicit ones. */
export async function collectPluginDirs(pluginsDir: string | undefined, explicit: readonly string[]): Promise<string[]> {
  const dirs = pluginsDir === undefined ? [] : await discoverPluginDirs(pluginsDir);
  for (const dir of explicit) {
    const resolved = path.resolve(dir);
    if (!dirs.includes(resolved)) dirs.push(resolved);
  }
  return dirs;
}
