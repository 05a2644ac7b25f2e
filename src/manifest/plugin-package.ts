import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
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
 * Read and validate one plugin folder. Throws a CorralError whose message names the folder and the
 * field, so the loader can record it as that plugin's failure reason.
 */
export async function readPluginPackage(dir: string): Promise<PluginPackage> {
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
  return { dir, manifest, source, integrity, rawManifest: json as Record<string, unknown> };
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
