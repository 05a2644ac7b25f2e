import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCorral } from '../helpers.ts';

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
    expect(init.stdout).toContain('created word-stats: index.js, plugin.json, plugin.test.mjs');
    const validate = await corral(work, 'validate', 'word-stats');
    expect(validate).toMatchObject({ code: 0 });
    expect(validate.stdout).toContain('word-stats 0.1.0: valid');
    const test = await run(process.execPath, ['--no-node-snapshot', '--test', '--test-reporter=tap', path.join(work, 'word-stats', 'plugin.test.mjs')], { cwd: work });
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
