import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESBUILD_MISSING, loadEsbuild } from '../../src/authoring/build.ts';
import { TYPESCRIPT_MISSING, typecheckPlugin } from '../../src/authoring/typecheck.ts';
import { isCorralError } from '../../src/errors.ts';
import { runCorral, tempDir } from '../helpers.ts';

const run = promisify(execFile);
// Inside the repository, so a generated test's `import 'corral'` resolves to this package.
const SCRATCH_ROOT = fileURLToPath(new URL('../.scratch/', import.meta.url));

function corral(cwd: string, ...args: string[]) {
  return runCorral(args, { cwd });
}

let work: string;
beforeAll(async () => {
  await mkdir(SCRATCH_ROOT, { recursive: true });
  work = await mkdtemp(path.join(SCRATCH_ROOT, 'authoring-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('corral init / validate / build', () => {
  it('writes a JavaScript template whose own test passes in a real sandbox', async () => {
    const init = await corral(work, 'init', 'word-stats', '--capability', 'summarize');
    expect(init.code).toBe(0);
    expect(init.stdout).toBe(
      'created word-stats: index.js, plugin.json, plugin.test.mjs\nnext: npx corral validate word-stats && node --test word-stats/plugin.test.mjs\n',
    );
    const validate = await corral(work, 'validate', 'word-stats');
    expect(validate).toMatchObject({ code: 0 });
    expect(validate.stdout).toContain('word-stats 0.1.0: valid');
    // `import 'corral'` in the generated test resolves to this checkout (no dist/ here): the sources.
    const test = await run(process.execPath, ['--no-node-snapshot', '--conditions=corral-dev', '--test', '--test-reporter=tap', path.join(work, 'word-stats', 'plugin.test.mjs')], { cwd: work });
    expect(test.stdout).toMatch(/# pass 1/);
    // A hand-written module needs no bundling: build only records its integrity.
    const build = await corral(work, 'build', 'word-stats');
    expect(build.code).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(work, 'word-stats', 'plugin.json'), 'utf8'));
    expect(manifest.integrity).toMatch(/^sha256-/);
  });

  it('bundles a TypeScript plugin with an npm-style dependency into one module and writes its integrity', async () => {
    expect((await corral(work, 'init', 'ts-stats', '--typescript', '--capability', 'classify')).code).toBe(0);
    const dir = path.join(work, 'ts-stats');
    await mkdir(path.join(dir, 'node_modules', 'tiny-title'), { recursive: true });
    await writeFile(path.join(dir, 'node_modules', 'tiny-title', 'package.json'), JSON.stringify({ name: 'tiny-title', version: '1.0.0', main: 'index.js' }));
    await writeFile(path.join(dir, 'node_modules', 'tiny-title', 'index.js'), 'module.exports = (s) => s.charAt(0).toUpperCase() + s.slice(1);');
    // Its types, as a typed npm package ships them: the build type-checks the import.
    await writeFile(path.join(dir, 'node_modules', 'tiny-title', 'index.d.ts'), 'declare function title(s: string): string;\nexport = title;\n');
    const source = await readFile(path.join(dir, 'src', 'index.ts'), 'utf8');
    await writeFile(path.join(dir, 'src', 'index.ts'), `import title from 'tiny-title';\n${source.replace("longest: words.reduce", "longest: title(words.reduce").replace(", '') };", ", '')) };")}`);
    const build = await corral(work, 'build', 'ts-stats');
    expect(build.code, build.stderr).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(dir, 'plugin.json'), 'utf8'));
    const bundle = await readFile(path.join(dir, 'dist', 'index.js'), 'utf8');
    expect(bundle).not.toMatch(/^\s*import\s/m);
    expect(manifest.integrity).toMatch(/^sha256-/);
    const invoke = await corral(work, 'invoke', 'ts-stats', 'classify', '--input', '{"text":"hello sandboxed world"}', '--compact');
    expect(JSON.parse(invoke.stdout)).toMatchObject({ status: 'ok', value: { words: 3, longest: 'Sandboxed' } });
    const json = await corral(work, 'validate', 'ts-stats', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, plugin: { id: 'ts-stats' }, errors: [], warnings: [] });
  });

  it('rejects imports of Node built-ins with the file and line', async () => {
    expect((await corral(work, 'init', 'uses-fs', '--typescript')).code).toBe(0);
    const entry = path.join(work, 'uses-fs', 'src', 'index.ts');
    await writeFile(entry, `export const x = 1;\nimport { readFileSync } from 'node:fs';\nexport default { classify() { return readFileSync('/etc/passwd', 'utf8'); } };\n`);
    const build = await corral(work, 'build', 'uses-fs');
    expect(build.code).toBe(1);
    expect(build.stderr).toMatch(/src[/\\]index\.ts:2:\d+: "node:fs" is a Node built-in/);
  });

  it('reports an invalid plugin with a non-zero exit and machine-readable errors', async () => {
    const dir = path.join(work, 'broken');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'plugin.json'), JSON.stringify({ id: 'broken', name: 'b', version: '1.0.0', main: 'index.js', capabilities: ['classify', 'shout'], permissions: ['network'] }));
    await writeFile(path.join(dir, 'index.js'), 'export default { classify() { return 1; }, extra() {} };');
    const result = await corral(work, 'validate', 'broken', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.errors.map((e: { message: string }) => e.message).join('\n')).toMatch(/"network" needs at least one entry in allowedHosts[\s\S]*declares "shout" but the default export has no such function/);
    expect(report.warnings.join('\n')).toContain('integrity is not set');
    expect((await corral(work, 'init', 'Bad_Name')).stderr).toMatch(/must match \[a-z0-9-\]/);
  });
});

describe('corral pack / install / list / search', () => {
  it('packs a versioned tarball, installs it, refuses a downgrade and keeps the previous version', async () => {
    const src = path.join(work, 'src-plugins');
    await mkdir(src, { recursive: true });
    expect((await corral(src, 'init', 'geo-tagger', '--capability', 'ingest')).code).toBe(0);
    const manifestPath = path.join(src, 'geo-tagger', 'plugin.json');
    const setVersion = async (version: string) => {
      const m = JSON.parse(await readFile(manifestPath, 'utf8'));
      await writeFile(manifestPath, JSON.stringify({ ...m, version, description: 'Tags events with a region' }));
      return (await corral(src, 'pack', 'geo-tagger', '--out', path.join(work, 'dist'))).stdout.trim();
    };
    const v1 = await setVersion('1.0.0');
    const v2 = await setVersion('2.0.0');
    expect(path.basename(v1)).toBe('geo-tagger-1.0.0.tgz');
    const installed = path.join(work, 'installed');
    expect((await corral(work, 'install', v2, '--plugins', installed)).stdout).toContain('installed geo-tagger 2.0.0');
    const downgrade = await corral(work, 'install', v1, '--plugins', installed);
    expect(downgrade.code).toBe(1);
    expect(downgrade.stderr).toContain('refusing to downgrade to 1.0.0 (use --force)');
    const forced = await corral(work, 'install', v1, '--plugins', installed, '--force');
    expect(forced.stdout).toMatch(/installed geo-tagger 1\.0\.0 .*previous 2\.0\.0 kept in .*\.previous[/\\]geo-tagger-2\.0\.0/);
    const list = JSON.parse((await corral(work, 'list', '--plugins', installed, '--json')).stdout);
    expect(list).toEqual([expect.objectContaining({ id: 'geo-tagger', version: '1.0.0', capabilities: ['ingest'], error: null })]);
    expect(JSON.parse((await corral(work, 'search', 'region', '--plugins', installed, '--json')).stdout)).toHaveLength(1);
    expect(JSON.parse((await corral(work, 'search', 'nothing matches', '--plugins', installed, '--json')).stdout)).toHaveLength(0);
    const table = await corral(work, 'list', '--plugins', installed);
    expect(table.stdout).toMatch(/^id\s+version\s+capabilities\ngeo-tagger\s+1\.0\.0\s+ingest/);
  });

  it('refuses a tarball whose bundle was tampered with', async () => {
    const src = path.join(work, 'tamper');
    await mkdir(src, { recursive: true });
    await corral(src, 'init', 'honest');
    await corral(src, 'build', 'honest');
    await writeFile(path.join(src, 'honest', 'index.js'), 'export default { classify() { return "evil"; } };');
    const tgz = (await corral(src, 'pack', 'honest', '--out', path.join(work, 'dist'))).stderr;
    expect(tgz).toMatch(/does not match plugin\.json integrity/);
  });
});

/** 1-based column of `token` on 1-based `line` of `source`. */
function columnOf(source: string, line: number, token: string): number {
  const text = source.split('\n')[line - 1] ?? '';
  const at = text.indexOf(token);
  if (at < 0) throw new Error(`"${token}" is not on line ${line}: ${text}`);
  return at + 1;
}

describe('corral build for TypeScript plugins', () => {
  it('the --typescript template ships a strict tsconfig and its sandbox globals, and says what comes next', async () => {
    const init = await corral(work, 'init', 'ts-template', '--typescript', '--capability', 'greet');
    expect(init.stdout).toBe(
      'created ts-template: dist/index.js, package.json, plugin.json, plugin.test.mjs, src/index.ts, src/sandbox-env.d.ts, tsconfig.json\n' +
        'next: npx corral build ts-template && npx corral validate ts-template && node --test ts-template/plugin.test.mjs\n',
    );
    const tsconfig = JSON.parse(await readFile(path.join(work, 'ts-template', 'tsconfig.json'), 'utf8'));
    expect(tsconfig.compilerOptions).toMatchObject({ strict: true, module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: [], lib: ['ES2023'] });
    expect(await readFile(path.join(work, 'ts-template', 'plugin.test.mjs'), 'utf8')).toContain('//   node --test plugin.test.mjs\n');
    const build = await corral(work, 'build', 'ts-template');
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/from .*src[/\\]index\.ts, type-checked\n/);
  });

  it('type-checks before bundling: a type error fails with file:line:col and writes nothing; --no-typecheck bundles anyway', async () => {
    expect((await corral(work, 'init', 'ts-typo', '--typescript', '--capability', 'greet')).code).toBe(0);
    const dir = path.join(work, 'ts-typo');
    const entry = path.join(dir, 'src', 'index.ts');
    const source = (await readFile(entry, 'utf8')).replace('return { words: words.length,', 'return { words: String(words.length),');
    await writeFile(entry, `${source}\nexport const calls: number = 'many';\nconsole.log(process.env);\n`);
    const before = { main: await readFile(path.join(dir, 'dist', 'index.js'), 'utf8'), manifest: await readFile(path.join(dir, 'plugin.json'), 'utf8') };
    const lines = source.split('\n');
    const handlerLine = lines.findIndex((l) => l.includes('"greet"(input, ctx)')) + 1;
    const build = await corral(work, 'build', 'ts-typo');
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('type check failed (3 errors; --no-typecheck skips it):');
    expect(build.stderr).toMatch(new RegExp(`ts-typo/src/index\\.ts:${handlerLine}:3: error TS2322: .*\\n[\\s\\S]*Type 'string' is not assignable to type 'number'`));
    expect(build.stderr).toContain(`ts-typo/src/index.ts:${lines.length + 1}:14: error TS2322: Type 'string' is not assignable to type 'number'.`);
    expect(build.stderr).toContain(`ts-typo/src/index.ts:${lines.length + 2}:13: error TS2591: Cannot find name 'process': plugins run in a bare V8 isolate without Node or DOM APIs (its globals are declared in src/sandbox-env.d.ts)`);
    expect(build.stderr).toContain('[CORRAL_ERR_BUILD]');
    expect(await readFile(path.join(dir, 'dist', 'index.js'), 'utf8')).toBe(before.main);
    expect(await readFile(path.join(dir, 'plugin.json'), 'utf8')).toBe(before.manifest);
    const unchecked = await corral(work, 'build', 'ts-typo', '--no-typecheck');
    expect(unchecked.code, unchecked.stderr).toBe(0);
    expect(unchecked.stdout).not.toContain('type-checked');
  });

  it('errors thrown by the bundle name the original .ts file and line (inline source map); the SDK error classes choose the outcome type', async () => {
    expect((await corral(work, 'init', 'ts-mapped', '--typescript', '--capability', 'classify')).code).toBe(0);
    const dir = path.join(work, 'ts-mapped');
    const index = `import { definePlugin, InvalidInputError, PermissionDeniedError, QuotaExceededError } from 'corral/sdk';
import { parse } from './parse.js';

interface Contracts {
  classify: { input: { text: string; mode?: string }; output: { words: number } };
}

export default definePlugin<Contracts>({
  classify(input) {
    if (input.mode === 'invalid') throw new InvalidInputError('mode: invalid');
    if (input.mode === 'denied') throw new PermissionDeniedError('not yours');
    if (input.mode === 'quota') throw new QuotaExceededError('too many');
    return { words: parse(input.text).length };
  },
});
`;
    const parse = `// Splits a text into words.
export function parse(text: string): string[] {
  if (text === '') {
    throw new Error('nothing to parse');
  }
  return text.split(' ');
}
`;
    await writeFile(path.join(dir, 'src', 'index.ts'), index);
    await writeFile(path.join(dir, 'src', 'parse.ts'), parse);
    const build = await corral(work, 'build', 'ts-mapped');
    expect(build.code, build.stderr).toBe(0);
    const bundle = await readFile(path.join(dir, 'dist', 'index.js'), 'utf8');
    const map = JSON.parse(Buffer.from(/sourceMappingURL=data:application\/json;charset=utf-8;base64,(\S+)\n$/.exec(bundle)?.[1] ?? '', 'base64').toString('utf8'));
    // Named relative to the plugin folder: nothing of the author's machine in the published bundle.
    expect([...map.sources].sort()).toEqual(['corral/sdk', 'src/index.ts', 'src/parse.ts']);
    expect(map.sourceRoot).toBe('../');
    expect(map.sourcesContent).toBeUndefined();

    const invoke = async (input: unknown) => JSON.parse((await corral(work, 'invoke', 'ts-mapped', 'classify', '--input', JSON.stringify(input), '--compact')).stdout);
    const parseAt = `src/parse.ts:4:${columnOf(parse, 4, 'new Error')}`;
    const callAt = `src/index.ts:13:${columnOf(index, 13, 'parse(')}`;
    expect((await invoke({ text: '' })).error).toEqual({
      type: 'error',
      name: 'Error',
      message: 'nothing to parse',
      location: parseAt,
      stack: `at parse (${parseAt})\nat classify (${callAt})`,
    });
    const cases: Array<[mode: string, line: number, type: string, name: string]> = [
      ['invalid', 10, 'invalid_input', 'InvalidInputError'],
      ['denied', 11, 'permission_denied', 'PermissionDeniedError'],
      ['quota', 12, 'quota_exceeded', 'QuotaExceededError'],
    ];
    for (const [mode, line, type, name] of cases) {
      // The innermost frame is the SDK's constructor: the location is the plugin's own `new`.
      const at = `src/index.ts:${line}:${columnOf(index, line, 'new ')}`;
      expect((await invoke({ text: 'a b', mode })).error, mode).toMatchObject({ type, name, location: at, stack: `at classify (${at})` });
    }
    expect(await invoke({ text: 'three small words' })).toMatchObject({ status: 'ok', value: { words: 3 } });
  });

  it('without typescript a .ts entry fails with how to get it; without esbuild, one sentence', async () => {
    const nowhere = await tempDir('corral-no-tools-');
    let thrown: unknown;
    try {
      typecheckPlugin({ root: nowhere, entry: path.join(nowhere, 'src', 'index.ts'), sdkTypes: path.join(nowhere, 'sdk.d.ts'), typescriptFrom: [path.join(nowhere, 'package.json')] });
    } catch (error) {
      thrown = error;
    }
    expect(isCorralError(thrown, 'CORRAL_ERR_BUILD')).toBe(true);
    expect((thrown as Error).message).toBe(TYPESCRIPT_MISSING);
    expect(TYPESCRIPT_MISSING).toMatch(/npm i -D typescript.*--no-typecheck/);
    await expect(loadEsbuild(nowhere, 'corral-test-no-such-esbuild')).rejects.toMatchObject({ code: 'CORRAL_ERR_BUILD', message: ESBUILD_MISSING });
    expect(ESBUILD_MISSING).toBe('corral build needs esbuild: npm i -D esbuild');
    await rm(nowhere, { recursive: true, force: true });
  });
});
