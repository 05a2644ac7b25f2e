import { access, cp, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { extract } from 'tar';
import { CorralError } from '../errors.ts';
import { readPluginPackage, type PluginPackage } from '../manifest/plugin-package.ts';

export interface InstallOptions {
  pluginsDir: string;
  /** Allow installing a lower version than the one installed. */
  force?: boolean;
  /** Extra check run on the unpacked package before it replaces anything (e.g. signature policy). */
  verify?: (pkg: PluginPackage) => Promise<void> | void;
}

export interface InstallResult {
  id: string;
  version: string;
  dir: string;
  previous: { version: string; keptAt: string } | null;
}

/** Where the replaced version is kept for rollback: `<pluginsDir>/.previous/<id>-<version>`. */
export const PREVIOUS_DIR = '.previous';

async function exists(p: string): Promise<boolean> {
  return access(p).then(
    () => true,
    () => false,
  );
}

/**
 * Install a plugin tarball into a plugins folder: unpack to a temporary folder, validate the manifest
 * and integrity (and `verify`), refuse a downgrade unless forced, keep the previous version under
 * `.previous/` for rollback, then move the new one into place.
 */
export async function installPlugin(tarball: string, options: InstallOptions): Promise<InstallResult> {
  const staging = await mkdtemp(path.join(tmpdir(), 'corral-install-'));
  try {
    try {
      await extract({ file: path.resolve(tarball), cwd: staging, strict: true, filter: (entry) => !entry.split('/').includes('..') });
    } catch (error) {
      throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${tarball}: not a readable plugin tarball (${(error as Error).message})`);
    }
    const top = await readdir(staging);
    if (top.length !== 1) throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${tarball}: expected one top-level plugin folder, found ${top.length}`);
    const unpacked = path.join(staging, top[0] as string);
    const pkg = await readPluginPackage(unpacked);
    await options.verify?.(pkg);
    const { id, version } = pkg.manifest;
    if (top[0] !== id) throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${tarball}: folder "${top[0]}" does not match plugin id "${id}"`);
    const pluginsDir = path.resolve(options.pluginsDir);
    const target = path.join(pluginsDir, id);
    let previous: InstallResult['previous'] = null;
    if (await exists(path.join(target, 'plugin.json'))) {
      const installed = await readPluginPackage(target).catch(() => undefined);
      const installedVersion = installed?.manifest.version;
      if (installedVersion !== undefined && semver.lt(version, installedVersion) && !options.force) {
        throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${id} ${installedVersion} is installed; refusing to downgrade to ${version} (use --force)`);
      }
      const keptAt = path.join(pluginsDir, PREVIOUS_DIR, `${id}-${installedVersion ?? 'unknown'}`);
      await mkdir(path.dirname(keptAt), { recursive: true });
      await rm(keptAt, { recursive: true, force: true });
      await rename(target, keptAt);
      previous = { version: installedVersion ?? 'unknown', keptAt };
    }
    await mkdir(pluginsDir, { recursive: true });
    await rename(unpacked, target).catch(async () => {
      // Across file systems a rename fails: copy instead.
      await cp(unpacked, target, { recursive: true });
    });
    return { id, version, dir: target, previous };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
