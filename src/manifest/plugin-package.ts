import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CorralError } from '../errors.ts';
import { formatIssues } from '../validation.ts';
import { computeIntegrity } from './integrity.ts';
import { manifestSchema, type PluginManifest } from './manifest-schema.ts';

/** A validated plugin folder: manifest plus the exact source that will run in the isolate. */
export interface PluginPackage {
  dir: string;
  manifest: PluginManifest;
  source: string;
  /** sha256 of the main module as read now (whether or not the manifest pins one). */
  integrity: string;
  /** plugin.json exactly as parsed (before defaults): what a manifest signature covers. */
  rawManifest: Record<string, unknown>;
}

/** Hard cap on a main module's size; bundles larger than this are almost certainly a mistake. */
export const MAX_MAIN_BYTES = 16 * 1024 * 1024;

/**
 * Files changed less than this long ago may be half of a deploy still under way (plugin.json
 * written, the code not yet): wait until the folder has been quiet this long.
 */
const QUIET_MS = 100;
/** How long a folder may keep changing before the read gives up. */
const SNAPSHOT_BUDGET_MS = 3000;

/**
 * Read and validate one plugin folder as one consistent snapshot, so a folder rewritten during the
 * read (a deploy copying files, a hot reload racing an editor) never yields one version's manifest
 * with another's code: plugin.json and the main module are read, then read again, and the snapshot
 * counts only when both came back the same — and, for a reload (`settle`), neither had changed in
 * the last QUIET_MS. (A manifest `integrity` pins the pair exactly; this is for folders without one.)
 * Throws a CorralError whose
 * message names the folder and the field, so the loader can record it as that plugin's failure reason.
 */
export async function readPluginPackage(dir: string, options: { settle?: boolean } = {}): Promise<PluginPackage> {
  const giveUpAt = Date.now() + SNAPSHOT_BUDGET_MS;
  for (;;) {
    const pkg = await readPluginPackageOnce(dir);
    const files = [path.join(dir, 'plugin.json'), path.resolve(dir, pkg.manifest.main)];
    const [manifestAgain, sourceAgain] = await Promise.all(files.map((file) => readFile(file, 'utf8').catch(() => undefined)));
    const changedAt = Math.max(...(await Promise.all(files.map((file) => stat(file).then((s) => s.mtimeMs, () => Date.now())))));
    const quietFor = Date.now() - changedAt;
    if (manifestAgain === pkg.rawText && sourceAgain === pkg.source && (quietFor >= QUIET_MS || !options.settle || pkg.manifest.integrity !== undefined)) {
      const { rawText: _raw, ...stable } = pkg;
      return stable;
    }
    if (Date.now() >= giveUpAt) {
      throw new CorralError('CORRAL_ERR_PLUGIN_LOAD', `${dir}: plugin.json and ${pkg.manifest.main} kept changing while being read for ${SNAPSHOT_BUDGET_MS} ms; try again once the files are written`);
    }
    await sleep(Math.max(10, QUIET_MS - quietFor));
  }
}

async function readPluginPackageOnce(dir: string): Promise<PluginPackage & { rawText: string }> {
  const manifestPath = path.join(dir, 'plugin.json');
  let raw: string;
  try {
    raw = await readFile(manifestPath, 'utf8');
  } catch (error) {
    throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${dir}: cannot read plugin.json (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${manifestPath}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${manifestPath}: ${formatIssues(parsed.error.issues)}`);
  }
  const manifest = parsed.data;
  const source = await readMainModule(dir, manifest.main);
  const integrity = computeIntegrity(source);
  if (manifest.integrity !== undefined && manifest.integrity !== integrity) {
    throw new CorralError(
      'CORRAL_ERR_INTEGRITY',
      `${dir}: ${manifest.main} does not match plugin.json integrity (expected ${manifest.integrity}, found ${integrity})`,
    );
  }
  return { dir, manifest, source, integrity, rawManifest: json as Record<string, unknown>, rawText: raw };
}

async function readMainModule(dir: string, main: string): Promise<string> {
  const mainPath = path.resolve(dir, main);
  let resolvedDir: string;
  let resolvedMain: string;
  try {
    resolvedDir = await realpath(dir);
    resolvedMain = await realpath(mainPath);
  } catch {
    throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${dir}: main: file "${main}" does not exist`);
  }
  // A symlink could point main outside the plugin folder; the package must be self-contained.
  if (!resolvedMain.startsWith(resolvedDir + path.sep)) {
    throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${dir}: main: "${main}" resolves outside the plugin folder`);
  }
  const info = await stat(resolvedMain);
  if (!info.isFile()) throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${dir}: main: "${main}" is not a file`);
  if (info.size > MAX_MAIN_BYTES) {
    throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${dir}: main: "${main}" is ${info.size} bytes; the limit is ${MAX_MAIN_BYTES}`);
  }
  return readFile(resolvedMain, 'utf8');
}
