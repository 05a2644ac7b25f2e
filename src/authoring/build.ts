import { builtinModules } from 'node:module';
import { access, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { CorralError } from '../errors.ts';
import { computeIntegrity } from '../manifest/integrity.ts';

/** `corral/sdk` always resolves to this Corral's own copy, wherever the plugin lives. */
const SDK_ENTRY = fileURLToPath(new URL('../sdk/index.ts', import.meta.url));

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Fail the bundle on any Node built-in import, reported by esbuild with file and line. */
const rejectNodeBuiltins: Plugin = {
  name: 'corral-reject-node-builtins',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /.*/ }, (args) => {
      if (NODE_BUILTINS.has(args.path) || args.path.startsWith('node:')) {
        return { errors: [{ text: `"${args.path}" is a Node built-in; plugins run in a bare V8 isolate without Node APIs` }] };
      }
      return undefined;
    });
  },
};

export interface BuildResult {
  entry: string;
  output: string;
  bytes: number;
  integrity: string;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Bundle a plugin (its source and npm dependencies) into the single ES module the isolate runs,
 * write it to the manifest's `main`, and record its sha256 in the manifest's `integrity`.
 */
export async function buildPlugin(dir: string, entryOption?: string): Promise<BuildResult> {
  const root = path.resolve(dir);
  const manifestPath = path.join(root, 'plugin.json');
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${manifestPath}: ${(error as Error).message}`);
  }
  if (typeof manifest.main !== 'string') throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${manifestPath}: main: expected a string`);
  const candidates = entryOption ? [entryOption] : ['src/index.ts', 'src/index.js', 'src/index.mjs'];
  let entry: string | undefined;
  for (const candidate of candidates) if (await exists(path.join(root, candidate))) entry = path.join(root, candidate);
  const output = path.join(root, manifest.main);
  if (entry === undefined && entryOption === undefined && (await exists(output))) {
    // A hand-written single-module plugin: nothing to bundle, only record its integrity.
    const code = await readFile(output, 'utf8');
    return recordIntegrity(manifestPath, manifest, output, output, code);
  }
  if (entry === undefined) {
    throw new CorralError('CORRAL_ERR_PLUGIN_LOAD', `${root}: no entry found (looked for ${candidates.join(', ')}); pass --entry`);
  }
  if (path.resolve(output) === path.resolve(entry)) {
    throw new CorralError('CORRAL_ERR_PLUGIN_LOAD', `${root}: the entry ${entry} is the manifest's main; bundle into another file (e.g. dist/index.js)`);
  }
  let code: string;
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      target: 'es2023',
      mainFields: ['module', 'main'],
      conditions: ['worker', 'browser', 'import', 'default'],
      logLevel: 'silent',
      legalComments: 'none',
      alias: { 'corral/sdk': SDK_ENTRY },
      plugins: [rejectNodeBuiltins],
    });
    code = (result.outputFiles[0] as { text: string }).text;
  } catch (error) {
    const failure = error as { errors?: Array<{ text: string; location?: { file: string; line: number; column: number } | null }> };
    const lines = (failure.errors ?? []).map((e) => (e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ${e.text}` : e.text));
    throw new CorralError('CORRAL_ERR_PLUGIN_LOAD', `build failed:\n${lines.join('\n') || (error as Error).message}`);
  }
  await mkdir(path.dirname(output), { recursive: true });
  await writeFile(output, code);
  return recordIntegrity(manifestPath, manifest, entry, output, code);
}

async function recordIntegrity(manifestPath: string, manifest: Record<string, unknown>, entry: string, output: string, code: string): Promise<BuildResult> {
  const integrity = computeIntegrity(code);
  manifest.integrity = integrity;
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { entry, output, bytes: Buffer.byteLength(code), integrity };
}
