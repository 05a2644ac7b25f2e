import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { create } from 'tar';
import { readPluginPackage } from '../manifest/plugin-package.ts';

export interface PackResult {
  file: string;
  id: string;
  version: string;
  files: string[];
}

/**
 * A versioned tarball `<id>-<version>.tgz` holding exactly what the host loads: plugin.json (with its
 * integrity and signature) and the main module, under a `<id>/` folder.
 */
export async function packPlugin(dir: string, outDir = '.'): Promise<PackResult> {
  const pkg = await readPluginPackage(path.resolve(dir));
  const { manifest } = pkg;
  const files = ['plugin.json', manifest.main.split(/[\\/]/).join('/')];
  await mkdir(outDir, { recursive: true });
  const file = path.resolve(outDir, `${manifest.id}-${manifest.version}.tgz`);
  await create({ gzip: true, file, cwd: pkg.dir, portable: true, prefix: manifest.id }, files);
  return { file, id: manifest.id, version: manifest.version, files };
}
