import { access, readFile, writeFile, mkdir } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Esbuild from 'esbuild';
import { CorralError } from '../errors.ts';
import { computeIntegrity } from '../manifest/integrity.ts';
import { typecheckPlugin } from './typecheck.ts';

/** Run from sources this module is build.ts beside sdk/index.ts; in the published package, dist's .js and .d.ts. */
const BUILT = !import.meta.url.endsWith('.ts');
/** `corral/sdk` always resolves to this Corral's own copy, wherever the plugin lives. */
const SDK_ENTRY = fileURLToPath(new URL(BUILT ? '../sdk/index.js' : '../sdk/index.ts', import.meta.url));
/** Its declarations, for the type check. */
const SDK_TYPES = BUILT ? SDK_ENTRY.replace(/\.js$/, '.d.ts') : SDK_ENTRY;
/** How the SDK's frames are named in a plugin's source map (runtime errors skip them). */
export const SDK_SOURCE = 'corral/sdk';

export const ESBUILD_MISSING = 'corral build needs esbuild: npm i -D esbuild';

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const TYPESCRIPT_ENTRY = /\.(?:ts|mts|cts|tsx)$/;

/** Fail the bundle on any Node built-in import, reported by esbuild with file and line. */
const rejectNodeBuiltins: Esbuild.Plugin = {
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

export interface BuildOptions {
  /** Entry module relative to the plugin folder (default src/index.ts, src/index.js, src/index.mjs). */
  entry?: string | undefined;
  /** Type-check a TypeScript entry before bundling (default true). */
  typecheck?: boolean | undefined;
}

export interface BuildResult {
  entry: string;
  output: string;
  bytes: number;
  integrity: string;
  /** Whether the TypeScript check ran (and passed). */
  typechecked: boolean;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function notFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

/**
 * esbuild is an optional peer dependency: found beside this Corral, or else in the plugin's own
 * project. Missing, it is one sentence saying how to get it; present but broken, esbuild's own error.
 */
export async function loadEsbuild(root: string, specifier = 'esbuild'): Promise<typeof Esbuild> {
  let failure: unknown;
  try {
    return (await import(specifier)) as typeof Esbuild;
  } catch (error) {
    failure = error;
  }
  if (notFound(failure)) {
    try {
      const resolved = createRequire(path.join(root, 'package.json')).resolve(specifier);
      return (await import(pathToFileURL(resolved).href)) as typeof Esbuild;
    } catch (error) {
      if (notFound(error)) throw new CorralError('CORRAL_ERR_BUILD', ESBUILD_MISSING);
      failure = error;
    }
  }
  throw new CorralError('CORRAL_ERR_BUILD', `esbuild failed to load: ${(failure as Error)?.message ?? String(failure)}`, { cause: failure });
}

/**
 * Bundle a plugin (its source and npm dependencies) into the single ES module the isolate runs,
 * type-checking a TypeScript entry first; write it to the manifest's `main` with an inline source map
 * (runtime errors name the original file and line), and record its sha256 in the manifest's `integrity`.
 */
export async function buildPlugin(dir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const root = path.resolve(dir);
  const manifestPath = path.join(root, 'plugin.json');
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${manifestPath}: ${(error as Error).message}`);
  }
  if (typeof manifest.main !== 'string') throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${manifestPath}: main: expected a string`);
  const candidates = options.entry !== undefined ? [options.entry] : ['src/index.ts', 'src/index.js', 'src/index.mjs'];
  let entry: string | undefined;
  for (const candidate of candidates) {
    if (entry === undefined && (await exists(path.join(root, candidate)))) entry = path.join(root, candidate);
  }
  const output = path.join(root, manifest.main);
  if (entry === undefined && options.entry === undefined && (await exists(output))) {
    // A hand-written single-module plugin: nothing to bundle, only record its integrity.
    const code = await readFile(output, 'utf8');
    return recordIntegrity(manifestPath, manifest, { entry: output, output, code, typechecked: false });
  }
  if (entry === undefined) {
    throw new CorralError('CORRAL_ERR_BUILD', `${root}: no entry found (looked for ${candidates.join(', ')}); pass --entry`);
  }
  if (path.resolve(output) === path.resolve(entry)) {
    throw new CorralError('CORRAL_ERR_BUILD', `${root}: the entry ${entry} is the manifest's main; bundle into another file (e.g. dist/index.js)`);
  }
  const esbuild = await loadEsbuild(root);
  let result: Esbuild.BuildResult<{ write: false }>;
  try {
    result = await esbuild.build({
      entryPoints: [entry],
      // Paths esbuild writes into the bundle (module comments) are relative to the plugin folder, so the
      // same sources build to the same bytes wherever `corral build` runs from.
      absWorkingDir: root,
      outfile: output,
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      target: 'es2023',
      mainFields: ['module', 'main'],
      conditions: ['worker', 'browser', 'import', 'default'],
      logLevel: 'silent',
      legalComments: 'none',
      sourcemap: 'external',
      sourcesContent: false,
      alias: { 'corral/sdk': SDK_ENTRY },
      plugins: [rejectNodeBuiltins],
    });
  } catch (error) {
    const failure = error as { errors?: Array<{ text: string; location?: { file: string; line: number; column: number } | null }> };
    const lines = (failure.errors ?? []).map((e) => (e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ${e.text}` : e.text));
    throw new CorralError('CORRAL_ERR_BUILD', `build failed:\n${lines.join('\n') || (error as Error).message}`);
  }
  // Bundling first: a missing module or a Node built-in is reported as such, not as a type error.
  const typecheck = options.typecheck !== false && TYPESCRIPT_ENTRY.test(entry);
  if (typecheck) typecheckPlugin({ root, entry, sdkTypes: SDK_TYPES });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const map = result.outputFiles.find((file) => file.path.endsWith('.js.map'));
  if (js === undefined) throw new CorralError('CORRAL_ERR_BUILD', 'build failed: esbuild wrote no module');
  const code = map === undefined ? js.text : `${js.text.trimEnd()}\n${inlineSourceMap(map.text, root, path.dirname(output))}\n`;
  await mkdir(path.dirname(output), { recursive: true });
  await writeFile(output, code);
  return recordIntegrity(manifestPath, manifest, { entry, output, code, typechecked: typecheck });
}

/**
 * The bundle's map as a data-URL comment (covered by the integrity hash, travels with main). Sources
 * are named relative to the plugin folder (`src/index.ts`), `sourceRoot` leads from main's folder back
 * to it for debuggers, and this Corral's SDK is `corral/sdk` (never a path on the author's machine).
 */
function inlineSourceMap(text: string, root: string, outDir: string): string {
  const map = JSON.parse(text) as { sources: string[]; sourceRoot?: string };
  map.sources = map.sources.map((source) => {
    const absolute = path.resolve(outDir, source);
    if (absolute === SDK_ENTRY) return SDK_SOURCE;
    return path.relative(root, absolute).split(path.sep).join('/');
  });
  const back = path.relative(outDir, root).split(path.sep).join('/');
  map.sourceRoot = back === '' ? '' : `${back}/`;
  return `//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}`;
}

async function recordIntegrity(
  manifestPath: string,
  manifest: Record<string, unknown>,
  built: { entry: string; output: string; code: string; typechecked: boolean },
): Promise<BuildResult> {
  const integrity = computeIntegrity(built.code);
  manifest.integrity = integrity;
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { entry: built.entry, output: built.output, bytes: Buffer.byteLength(built.code), integrity, typechecked: built.typechecked };
}
