import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where this copy of Corral lives. From sources (a clone) this file is src/package-root.ts; in the
 * published package it is dist/src/package-root.js. Modules that start other modules by path (the
 * pool's worker and child entries) and readers of package.json ask here instead of guessing.
 */
const here = fileURLToPath(import.meta.url);
const built = here.endsWith('.js');
/** The folder holding src/ and workers/: the package root from sources, dist/ when built. */
const codeRoot = path.resolve(path.dirname(here), '..');

/** The folder holding Corral's package.json. */
export const PACKAGE_ROOT = built ? path.dirname(codeRoot) : codeRoot;

/** The running copy of one of Corral's modules, named by its source path (e.g. 'workers/pool-process.ts'). */
export function packageModule(sourcePath: string): string {
  return path.join(codeRoot, built ? sourcePath.replace(/\.ts$/, '.js') : sourcePath);
}

interface PackageJson {
  name: string;
  version: string;
  engines: { node: string };
}

export const PACKAGE_JSON: Readonly<PackageJson> = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as PackageJson;
