/**
 * What is published is what is tested: the tarball `npm pack` makes, installed into a fresh project
 * and used the way an embedding app and a plugin author use it, on Node 24 and Node 26, with plain
 * `node` (no flags) and `npx corral`.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_NODE_MAJORS, unsupportedNodeMessage } from '../../src/node-support.ts';
import { inConsumer, installedPackage, type InstalledPackage } from './installed-package.ts';

const execFileP = promisify(execFile);
const CONSUMER_FILES = fileURLToPath(new URL('./consumer/', import.meta.url));
const VERSION = (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const npx = (pkg: InstalledPackage, ...args: string[]) => inConsumer(pkg, 'npx', ['corral', ...args]);

async function consumerFile(pkg: InstalledPackage, name: string): Promise<void> {
  await copyFile(path.join(CONSUMER_FILES, name), path.join(pkg.dir, name));
}

describe.each([24, 26] as const)('the packed tarball on Node %i', (major) => {
  const setup = { timeout: 600_000 };

  it('installs in a fresh project: built JS and types, no sources, tests or benchmarks', setup, async () => {
    const pkg = await installedPackage(major);
    expect((await inConsumer(pkg, pkg.node, ['--version'])).stdout.trim()).toMatch(new RegExp(`^v${major}\\.`));
    const manifest = JSON.parse(await readFile(path.join(pkg.dir, 'node_modules/corral/package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(manifest.bin.corral).toBe('./bin/corral.js');
    const { stdout } = await execFileP('tar', ['-tzf', pkg.tarball]);
    const files = stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/LICENSE');
    expect(files).toContain('package/dist/src/index.d.ts');
    expect(files.filter((f) => /^package\/(test|bench|\.ci|src|workers|plugins)\//.test(f))).toEqual([]);
    expect(files).toContain('package/bin/corral.js');
    // npm names packages whose install scripts it did not run: Corral itself has none (it builds in prepack).
    expect(await readFile(path.join(pkg.dir, '.install-stderr'), 'utf8')).not.toMatch(/corral@/);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('an ES module app creates an engine with plain `node app.mjs` (no flags) and dispatches', setup, async () => {
    const pkg = await installedPackage(major);
    await consumerFile(pkg, 'app.mjs');
    const ran = await inConsumer(pkg, pkg.node, ['app.mjs']);
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual({ ok: 4, plugins: 4, isolation: 'process' });
  });

  it('a CommonJS app loads it with require()', setup, async () => {
    const pkg = await installedPackage(major);
    await consumerFile(pkg, 'app.cjs');
    const ran = await inConsumer(pkg, pkg.node, ['app.cjs']);
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual({ version: VERSION, status: 'ok', label: 'positive' });
  });

  it('a strict TypeScript app (nodenext, ESM and CJS, library checks on) type-checks with zero errors', setup, async () => {
    const pkg = await installedPackage(major);
    for (const name of ['app.mts', 'app.cts', 'tsconfig.json']) await consumerFile(pkg, name);
    const ran = await inConsumer(pkg, pkg.node, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']);
    expect(`${ran.stdout}${ran.stderr}`).toBe('');
    expect(ran.code).toBe(0);
  });

  it('`npx corral --version` answers with the version alone, no npm warnings', setup, async () => {
    const pkg = await installedPackage(major);
    const ran = await npx(pkg, '--version');
    expect(ran).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('a plugin author goes from `corral init --typescript` to build, validate, invoke and the generated test', setup, async () => {
    const pkg = await installedPackage(major);
    await rm(path.join(pkg.dir, 'my-plugin'), { recursive: true, force: true });
    const init = await npx(pkg, 'init', 'my-plugin', '--capability', 'greet', '--typescript');
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toBe('');
    for (const step of [['build', 'my-plugin'], ['validate', 'my-plugin']]) {
      const ran = await npx(pkg, ...step);
      expect(ran.code, `${step.join(' ')}: ${ran.stdout}${ran.stderr}`).toBe(0);
      expect(ran.stderr, step.join(' ')).toBe('');
    }
    const invoked = await npx(pkg, 'invoke', 'my-plugin', 'greet', '--input', '{"text":"hello sandboxed world"}', '--compact');
    expect(invoked.code, invoked.stderr).toBe(0);
    expect(JSON.parse(invoked.stdout)).toMatchObject({ pluginId: 'my-plugin', status: 'ok', value: { words: 3, longest: 'sandboxed' } });
    const tested = await inConsumer(pkg, pkg.node, ['--test', 'my-plugin/plugin.test.mjs']);
    expect(tested.code, `${tested.stdout}${tested.stderr}`).toBe(0);
    expect(tested.stdout).toMatch(/pass 1/);
  });

  it('SIGTERM to `corral serve` started by a supervisor stops the server and its pool child; the exit code is the server\'s', setup, async () => {
    const pkg = await installedPackage(major);
    // A supervisor (systemd, Docker, a process manager) execs the bin and signals that pid.
    const server = spawn(path.join(pkg.dir, 'node_modules/.bin/corral'), ['serve', '--plugins', 'plugins', '--port', '0', '--data-dir', '.serve-data', '--log-level', 'warn'], {
      cwd: pkg.dir,
      env: pkg.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    server.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL within 60 s: ${stdout}${stderr}`)), 60_000);
      server.stdout.on('data', () => {
        const match = /listening on (http:\/\/\S+)/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1] as string);
        }
      });
    });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const children = (await execFileP('ps', ['-o', 'pid=', '--ppid', String(server.pid)])).stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(children.length, 'the pool child runs under the server itself, with no wrapper in between').toBeGreaterThan(0);
    server.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(stdout).toContain('corral: stopped (SIGTERM)');
    await expect(fetch(`${url}/readyz`)).rejects.toThrow();
    for (const pid of children) expect(() => process.kill(Number(pid), 0), `pool child ${pid} left running`).toThrow();
  });
});

describe('on an unsupported Node', () => {
  // The machine's system Node (20 on CI) is the natural unsupported one; semver ranges are checked for all.
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((file) => existsSync(file));

  it('package.json engines names exactly the supported majors', async () => {
    const { engines } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };
    expect(engines.node).toBe(SUPPORTED_NODE_MAJORS.map((major) => `^${major}.0.0`).join(' || '));
    expect(unsupportedNodeMessage('20.20.2')).toBe('Corral runs on Node.js 24 or 26; this is Node.js 20.20.2.');
    expect(unsupportedNodeMessage('25.1.0')).toMatch(/runs on Node.js 24 or 26/);
    expect(unsupportedNodeMessage('26.10.0')).toBeUndefined();
  });

  it.runIf(systemNode !== undefined)('import, require and the CLI answer with one sentence naming the supported versions', { timeout: 600_000 }, async () => {
    const node = systemNode as string;
    const major = Number((await execFileP(node, ['-p', 'process.versions.node'])).stdout.split('.')[0]);
    if (SUPPORTED_NODE_MAJORS.includes(major)) return;
    const pkg = await installedPackage(24);
    const sentence = /Corral runs on Node\.js 24 or 26; this is Node\.js \d+\.\d+\.\d+\./;
    const imported = await inConsumer(pkg, node, ['--input-type=module', '-e', "import('corral').catch((e) => { console.error(e.message); process.exit(1); })"]);
    expect(imported.stderr).toMatch(sentence);
    expect(imported.code).toBe(1);
    const required = await inConsumer(pkg, node, ['-e', "try { require('corral') } catch (e) { console.error(e.message); process.exit(1) }"]);
    expect(required.stderr).toMatch(sentence);
    const cli = await inConsumer(pkg, node, ['node_modules/corral/dist/src/cli/main.js', '--version']);
    expect(cli).toMatchObject({ code: 1, stdout: '' });
    expect(cli.stderr.trim()).toMatch(new RegExp(`^corral: ${sentence.source}$`));
  });
});
