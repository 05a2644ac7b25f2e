/**
 * The package as a user gets it: `npm pack` (which builds dist/ through the prepare script) and the
 * tarball installed into a fresh project, with plain Node 24 or Node 26 (the `node` npm package at
 * that version). Test files in different vitest workers share one copy per Node version: a lock
 * folder serialises the work, and a marker holding the tarball's hash skips reinstalling an
 * unchanged package.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRATCH = path.join(ROOT, 'test/.scratch/package');
const NODE_24_BIN = path.join(ROOT, 'node_modules/node/bin');

/** The Node 26 release the package is checked on (Node 24 is the project's own toolchain). */
export const NODE_26_VERSION = '26.10.0';

export interface InstalledPackage {
  /** The consumer project: package.json (type module), node_modules/corral from the tarball. */
  dir: string;
  /** The tarball the project installed. */
  tarball: string;
  /** The node binary of this Node version. */
  node: string;
  /** Environment whose PATH starts with that node, then npm (for `npx corral`). */
  env: NodeJS.ProcessEnv;
}

async function sh(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  return (await shBoth(file, args, options)).stdout;
}

async function shBoth(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run(file, args, { ...options, maxBuffer: 64 * 1024 * 1024, timeout: 600_000 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${file} ${args.join(' ')} (in ${options.cwd}) failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function withLock<T>(name: string, body: () => Promise<T>): Promise<T> {
  const lock = path.join(SCRATCH, `${name}.lock`);
  await mkdir(SCRATCH, { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      // Held: wait, unless its holder is gone (a run interrupted with Ctrl-C leaves the folder behind).
      const holder = Number(await readFile(path.join(lock, 'pid'), 'utf8').catch(() => ''));
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if ((holder > 0 && !isAlive(holder)) || age > 10 * 60_000) await rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await body();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

function envWith(binDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${binDir}:${NODE_24_BIN}:${process.env.PATH ?? ''}` };
  // What the test runner itself runs with must not leak into "a user's plain node".
  delete env.NODE_OPTIONS;
  delete env.VITEST;
  delete env.VITEST_POOL_ID;
  delete env.VITEST_WORKER_ID;
  delete env.CORRAL_LOG_LEVEL;
  return env;
}

/** `npm pack` of this checkout into the scratch folder (call under the lock). */
async function pack(): Promise<string> {
  const out = path.join(SCRATCH, 'tarball');
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await sh('npm', ['pack', '--silent', '--pack-destination', out], { cwd: ROOT, env: envWith(NODE_24_BIN) });
  const [name] = (await readdir(out)).filter((f) => f.endsWith('.tgz'));
  if (name === undefined) throw new Error('npm pack wrote no tarball');
  return path.join(out, name);
}

async function nodeBinary(major: 24 | 26): Promise<string> {
  if (major === 24) return path.join(NODE_24_BIN, 'node');
  const prefix = path.join(SCRATCH, `node-${NODE_26_VERSION}`);
  const binary = path.join(prefix, 'node_modules/node/bin/node');
  const ok = await sh(binary, ['--version'], { cwd: ROOT }).then((v) => v.trim() === `v${NODE_26_VERSION}`, () => false);
  if (!ok) {
    await rm(prefix, { recursive: true, force: true });
    await mkdir(prefix, { recursive: true });
    await writeFile(path.join(prefix, 'package.json'), '{"private":true}\n');
    await sh('npm', ['install', '--no-audit', '--no-fund', '--allow-scripts=node', `node@${NODE_26_VERSION}`], { cwd: prefix, env: envWith(NODE_24_BIN) }).catch(() =>
      // npm without --allow-scripts support: the node package's install script fetches the binary.
      sh('npm', ['install', '--no-audit', '--no-fund', `node@${NODE_26_VERSION}`], { cwd: prefix, env: envWith(NODE_24_BIN) }),
    );
  }
  return binary;
}

/** Packages the docs' examples and the authoring flow use beside corral (zod for capabilities; esbuild and typescript to build TS plugins). */
const CONSUMER_DEPENDENCIES = ['zod@^4', 'esbuild@^0.28', 'typescript@^5.9', '@types/node@^24'];

const installed: Partial<Record<24 | 26, Promise<InstalledPackage>>> = {};

/**
 * A fresh project with this checkout's packed tarball installed, running on Node `major`. Packed
 * once per test process; the install is redone only when the tarball changed.
 */
export function installedPackage(major: 24 | 26): Promise<InstalledPackage> {
  installed[major] ??= withLock('package', async () => {
    const tarball = await pack();
    const node = await nodeBinary(major);
    const env = envWith(path.dirname(node));
    const dir = path.join(SCRATCH, `consumer-node${major}`);
    const key = createHash('sha256').update(await readFile(tarball)).digest('hex');
    const marker = path.join(dir, '.installed');
    if ((await readFile(marker, 'utf8').catch(() => '')) === key) return { dir, tarball, node, env };
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'package.json'), `${JSON.stringify({ name: `consumer-node${major}`, private: true, type: 'module' }, null, 2)}\n`);
    const { stderr } = await shBoth('npm', ['install', '--no-audit', '--no-fund', tarball, ...CONSUMER_DEPENDENCIES], { cwd: dir, env });
    // What npm printed while installing, for the tests to read (it is not printed again on reuse).
    await writeFile(path.join(dir, '.install-stderr'), stderr);
    await cp(path.join(ROOT, 'plugins'), path.join(dir, 'plugins'), { recursive: true });
    await writeFile(marker, key);
    return { dir, tarball, node, env };
  });
  return installed[major];
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `file` in the consumer project with its Node first on PATH; never rejects (the exit code is in `code`). */
export async function inConsumer(pkg: InstalledPackage, file: string, args: string[]): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd: pkg.dir, env: pkg.env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
