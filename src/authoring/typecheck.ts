/**
 * `corral build`'s type check of a TypeScript plugin, with the plugin project's own TypeScript and
 * tsconfig.json (the bundle itself is esbuild's, which only strips types). TypeScript is found the way
 * the plugin's editor finds it: from the plugin folder up through the project holding it, then from
 * wherever this Corral is installed (typescript is an optional peer dependency of corral).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as TS from 'typescript';
import { CorralError } from '../errors.ts';
import { SANDBOX_ENV_DTS } from './sandbox-env.ts';

type TypeScript = typeof TS;

export const TYPESCRIPT_MISSING =
  'corral build type-checks TypeScript plugins and needs typescript 5: npm i -D typescript@5 (or pass --no-typecheck to bundle without checking)';

/** TypeScript 7 (the native compiler) ships no JavaScript compiler API to call. */
function typescriptWithoutApi(version: string): string {
  return `corral build type-checks with the TypeScript compiler API, which typescript ${version} does not have (TypeScript 7 is the native compiler with no JavaScript API): npm i -D typescript@5 (or pass --no-typecheck to bundle without checking)`;
}

/** Virtual file standing in for src/sandbox-env.d.ts when a plugin has no tsconfig.json. */
const VIRTUAL_ENV = 'corral-sandbox-env.d.ts';

/** Where typescript is looked for: the plugin's project, the current one, this Corral's installation. */
function typescriptBases(root: string): string[] {
  return [path.join(root, 'package.json'), path.join(process.cwd(), 'package.json'), import.meta.filename];
}

function loadTypeScript(bases: readonly string[]): TypeScript | undefined {
  for (const base of bases) {
    let resolved: string;
    try {
      resolved = createRequire(base).resolve('typescript');
    } catch {
      continue; // not installed there: try the next place
    }
    const ts = createRequire(base)(resolved) as TypeScript;
    if (typeof ts.getParsedCommandLineOfConfigFile !== 'function' || typeof ts.createProgram !== 'function') {
      const version = (ts as { version?: unknown }).version;
      throw new CorralError('CORRAL_ERR_BUILD', typescriptWithoutApi(typeof version === 'string' ? version : `from ${resolved}`));
    }
    return ts;
  }
  return undefined;
}

/**
 * What `corral init --typescript` writes as the plugin's tsconfig.json, and what a plugin without
 * one is checked with: strict, the isolate's language level, no Node or DOM types.
 */
export const PLUGIN_COMPILER_OPTIONS = {
  target: 'ES2023',
  lib: ['ES2023'],
  types: [] as string[],
  module: 'nodenext',
  moduleResolution: 'nodenext',
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  isolatedModules: true,
  skipLibCheck: true,
  noEmit: true,
};

export interface TypecheckOptions {
  /** Plugin folder (absolute). */
  root: string;
  entry: string;
  /** `corral/sdk`'s declarations in this Corral (source .ts or built .d.ts). */
  sdkTypes: string;
  /** Files whose folders typescript is resolved from (default: the plugin's, the cwd's, this Corral's). */
  typescriptFrom?: readonly string[] | undefined;
}

/** Type-check the plugin; throws CORRAL_ERR_BUILD listing `file:line:col: error TSxxxx: ...` lines. */
export function typecheckPlugin({ root, entry, sdkTypes, typescriptFrom }: TypecheckOptions): void {
  const ts = loadTypeScript(typescriptFrom ?? typescriptBases(root));
  if (ts === undefined) throw new CorralError('CORRAL_ERR_BUILD', TYPESCRIPT_MISSING);
  const configPath = path.join(root, 'tsconfig.json');
  let options: TS.CompilerOptions;
  let rootNames: string[];
  const host = ts.sys;
  const configErrors: TS.Diagnostic[] = [];
  if (existsSync(configPath)) {
    const parsed = ts.getParsedCommandLineOfConfigFile(configPath, { noEmit: true }, {
      ...host,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => configErrors.push(diagnostic),
    });
    if (parsed === undefined) throw new CorralError('CORRAL_ERR_BUILD', `type check failed:\n${format(ts, configErrors, root)}`);
    configErrors.push(...parsed.errors);
    options = parsed.options;
    rootNames = parsed.fileNames.includes(entry) ? parsed.fileNames : [...parsed.fileNames, entry];
  } else {
    const converted = ts.convertCompilerOptionsFromJson(PLUGIN_COMPILER_OPTIONS, root);
    configErrors.push(...converted.errors);
    options = converted.options;
    rootNames = [entry, path.join(root, VIRTUAL_ENV)];
  }
  // `corral/sdk` is this Corral's own copy, as in the bundle (build.ts aliases it the same way).
  options = { ...options, noEmit: true, paths: { 'corral/sdk': [sdkTypes], ...options.paths } };
  const compilerHost = ts.createCompilerHost(options, true);
  const virtualEnv = path.join(root, VIRTUAL_ENV);
  const { getSourceFile, fileExists, readFile } = compilerHost;
  compilerHost.fileExists = (file) => file === virtualEnv || fileExists.call(compilerHost, file);
  compilerHost.readFile = (file) => (file === virtualEnv ? SANDBOX_ENV_DTS : readFile.call(compilerHost, file));
  compilerHost.getSourceFile = (file, languageVersion, onError, shouldCreate) =>
    file === virtualEnv ? ts.createSourceFile(file, SANDBOX_ENV_DTS, languageVersion, true) : getSourceFile.call(compilerHost, file, languageVersion, onError, shouldCreate);
  const program = ts.createProgram({ rootNames, options, host: compilerHost });
  const diagnostics = [...configErrors, ...ts.getPreEmitDiagnostics(program)].filter(
    // The SDK is checked by Corral's own build; a plugin's stricter flags are not its author's problem.
    (d) => d.category === ts.DiagnosticCategory.Error && (d.file === undefined || path.resolve(d.file.fileName) !== path.resolve(sdkTypes)),
  );
  if (diagnostics.length > 0) throw new CorralError('CORRAL_ERR_BUILD', `type check failed (${diagnostics.length} error${diagnostics.length === 1 ? '' : 's'}; --no-typecheck skips it):\n${format(ts, diagnostics, root)}`);
}

/** "Cannot find name 'process'. Do you need to install type definitions for node?" and the DOM variant. */
const NEEDS_NODE_OR_DOM = new Set([2580, 2591, 2584]);

function messageOf(ts: TypeScript, d: TS.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(d.messageText, '\n  ');
  const name = NEEDS_NODE_OR_DOM.has(d.code) ? /'([^']+)'/.exec(text)?.[1] : undefined;
  // Installing @types/node would only hide the problem: the isolate has no such global.
  if (name !== undefined) return `Cannot find name '${name}': plugins run in a bare V8 isolate without Node or DOM APIs (its globals are declared in src/sandbox-env.d.ts)`;
  return text;
}

function format(ts: TypeScript, diagnostics: readonly TS.Diagnostic[], root: string): string {
  return diagnostics
    .map((d) => {
      const text = messageOf(ts, d);
      if (d.file === undefined || d.start === undefined) return `error TS${d.code}: ${text}`;
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      const file = path.relative(process.cwd(), d.file.fileName) || path.relative(root, d.file.fileName);
      return `${file}:${line + 1}:${character + 1}: error TS${d.code}: ${text}`;
    })
    .join('\n');
}
