/**
 * Storage faults never take the host down: a database locked by another process, a full disk, a
 * second server on the same data dir, a damaged or emptied corral.db. Real SQLite files, a real lock
 * held by another process, a real full filesystem (a small tmpfs, when running as root).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, open, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, startServer, type Engine, type RunningServer } from '../../src/index.ts';
import { tempDir, writePlugin } from '../helpers.ts';

const PLAIN = 'export default { classify(input) { return "ok"; } };';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function open_(root: string, dataDir: string): Promise<Engine> {
  const engine = await createEngine({ pluginsDir: root, dataDir, poolSize: 1, isolation: 'thread', lifecycle: { health: { intervalMs: 0, timeoutMs: 200, windowMs: 60_000, degradedErrorRate: 0.1, unhealthyErrorRate: 0.5, historyRetention: 10 } } });
  cleanups.push(() => engine.close());
  return engine;
}

async function serve(engine: Engine): Promise<RunningServer> {
  const server = await startServer({ engine, host: '127.0.0.1', port: 0, auth: 'none' });
  cleanups.unshift(() => server.close());
  return server;
}

/** Another process holding corral.db's write lock for `ms` (as a backup tool or a sqlite3 shell would). */
async function holdWriteLock(file: string, ms: number): Promise<ChildProcess> {
  const script = `const { DatabaseSync } = require('node:sqlite'); const db = new DatabaseSync(${JSON.stringify(file)});
db.exec('PRAGMA busy_timeout = 5000; BEGIN IMMEDIATE'); db.exec('UPDATE plugins SET updated_at = updated_at');
process.stdout.write('locked\\n'); setTimeout(() => { db.exec('COMMIT'); db.close(); process.exit(0); }, ${ms});`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  cleanups.push(() => void child.kill('SIGKILL'));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return child;
}

describe('storage faults', () => {
  it('a database locked by another process: calls keep running, the event loop keeps turning, admin writes answer 503 and change nothing, then recover', async () => {
    const root = await tempDir();
    const dataDir = path.join(await tempDir(), 'data');
    await writePlugin(root, { id: 'alpha' }, PLAIN);
    const engine = await open_(root, dataDir);
    const server = await serve(engine);
    const holder = await holdWriteLock(engine.storeLocation, 4000);
    const lag = monitorEventLoopDelay({ resolution: 5 });
    lag.enable();
    const started = performance.now();
    const disable = await fetch(`${server.url}/api/v1/plugins/alpha/disable`, { method: 'PUT' });
    const waited = performance.now() - started;
    const healthz = await fetch(`${server.url}/healthz`);
    lag.disable();
    expect(disable.status).toBe(503);
    expect(await disable.json()).toMatchObject({ code: 'CORRAL_ERR_STORE_UNAVAILABLE', detail: expect.stringContaining('database is locked') });
    expect(waited).toBeLessThan(3900); // gave up before the lock went away: it was not waiting inside SQLite
    // The main thread never sat in SQLite's busy handler (it was 5 s before).
    expect(lag.max / 1e6).toBeLessThan(250);
    expect(await healthz.json()).toMatchObject({ status: 'ok', store: 'degraded' });
    expect(engine.plugin('alpha')).toMatchObject({ state: 'active', enabled: true });
    await expect(engine.invoke('alpha', 'classify', {})).resolves.toMatchObject({ status: 'ok' });
    // A counter flush the store refuses keeps the counts.
    expect(engine.invocationCounters('alpha')).toEqual([{ pluginId: 'alpha', capability: 'classify', result: 'ok', count: 1 }]);
    await new Promise((resolve) => holder.once('exit', resolve));
    const retried = await fetch(`${server.url}/api/v1/plugins/alpha/disable`, { method: 'PUT' });
    expect(retried.status).toBe(200);
    expect(engine.storeHealth()).toMatchObject({ status: 'ok', failedWrites: expect.any(Number) });
    expect(engine.invocationCounters('alpha')).toEqual([{ pluginId: 'alpha', capability: 'classify', result: 'ok', count: 1 }]);
  });

  it.runIf(process.getuid?.() === 0)('a full disk: admin writes fail cleanly and change nothing, calls run, no crash; after space returns, what was answered is what a restart sees', async () => {
    const mount = await tempDir('corral-tmpfs-');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mount]);
    cleanups.push(() => void execFileSync('umount', ['-l', mount]));
    const root = await tempDir();
    await writePlugin(root, { id: 'alpha' }, PLAIN);
    await writePlugin(root, { id: 'beta' }, PLAIN);
    const dataDir = path.join(mount, 'data');
    let engine = await open_(root, dataDir);
    await engine.disable('beta');
    const filler = path.join(mount, 'filler');
    const handle = await open(filler, 'w');
    try {
      for (;;) await handle.write(Buffer.alloc(64 * 1024));
    } catch {
      // ENOSPC: the filesystem is full.
    } finally {
      await handle.close();
    }
    await expect(engine.disable('alpha')).rejects.toMatchObject({ code: 'CORRAL_ERR_STORE_UNAVAILABLE' });
    await expect(engine.enable('beta')).rejects.toMatchObject({ code: 'CORRAL_ERR_STORE_UNAVAILABLE' });
    expect(engine.plugin('alpha').enabled).toBe(true);
    expect(engine.plugin('beta').enabled).toBe(false);
    const calls = await Promise.all(Array.from({ length: 20 }, () => engine.invoke('alpha', 'classify', {})));
    expect(calls.every((o) => o.status === 'ok')).toBe(true);
    expect(engine.invocationCounters('alpha')[0]?.count).toBe(20);
    await engine.checkHealth('alpha');
    expect(engine.storeHealth().status).toBe('degraded');
    await rm(filler);
    await engine.disable('alpha');
    expect(engine.storeHealth().status).toBe('ok');
    await engine.close();
    cleanups.splice(0, cleanups.length - 1);
    engine = await open_(root, dataDir);
    expect(engine.plugin('alpha').enabled).toBe(false);
    expect(engine.plugin('beta').enabled).toBe(false);
  });

  it('a second engine or server on the same data dir is refused, naming the holder; the lock goes with the process', async () => {
    const root = await tempDir();
    const dataDir = path.join(await tempDir(), 'data');
    await writePlugin(root, { id: 'alpha' }, PLAIN);
    const first = await open_(root, dataDir);
    await expect(createEngine({ pluginsDir: root, dataDir, poolSize: 1, isolation: 'thread' })).rejects.toMatchObject({
      code: 'CORRAL_ERR_STORE_IN_USE',
      message: expect.stringContaining(`pid ${process.pid}`),
    });
    // Another process is refused too; then the holder dies without closing (SIGKILL), and the lock is free.
    const script = `import(${JSON.stringify(new URL('../../src/index.ts', import.meta.url).href)}).then(({ createEngine }) => createEngine({ pluginsDir: ${JSON.stringify(root)}, dataDir: ${JSON.stringify(dataDir)}, poolSize: 1 })).then(async (e) => { console.log('opened'); setInterval(() => {}, 1000); }, (e) => { console.log(e.code + ' ' + e.message); process.exit(3); })`;
    const refused = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, CORRAL_LOG_LEVEL: 'silent' } });
    let out = '';
    refused.stdout.on('data', (chunk: Buffer) => (out += chunk));
    expect(await new Promise((resolve) => refused.once('exit', resolve))).toBe(3);
    expect(out).toMatch(/^CORRAL_ERR_STORE_IN_USE the data dir .* is in use by another Corral \(pid \d+/);
    await first.close();
    cleanups.splice(0);
    const holder = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, CORRAL_LOG_LEVEL: 'silent' } });
    cleanups.push(() => void holder.kill('SIGKILL'));
    await new Promise<void>((resolve) => holder.stdout.on('data', (chunk: Buffer) => String(chunk).includes('opened') && resolve()));
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    const after = await open_(root, dataDir);
    expect(after.plugin('alpha').state).toBe('active');
  });

  it('a damaged corral.db is refused with CORRAL_ERR_STORE naming the file and the backup, not a raw stack', async () => {
    const root = await tempDir();
    const dataDir = path.join(await tempDir(), 'data');
    await writePlugin(root, { id: 'alpha' }, PLAIN);
    const engine = await open_(root, dataDir);
    // Enough rows that the database has pages beyond the schema to damage.
    for (let i = 0; i < 30; i++) await engine.checkHealth('alpha');
    await engine.close();
    cleanups.splice(0);
    const file = path.join(dataDir, 'corral.db');
    const handle = await open(file, 'r+');
    await handle.write(Buffer.alloc(4096, 0xab), 0, 4096, 4096); // page 2 overwritten with garbage
    await handle.close();
    const failure = await createEngine({ pluginsDir: root, dataDir, poolSize: 1, isolation: 'thread' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'CORRAL_ERR_STORE' });
    expect((failure as Error).message).toMatch(/corral\.db is damaged \(database disk image is malformed.*\): stop Corral and restore it from \S+corral\.db\.backup/);
    expect(existsSync(path.join(dataDir, 'corral.db.backup'))).toBe(true);
  });

  it('a corral.db found empty is refused (a disabled plugin does not come back active); restoring the backup as the message says recovers', async () => {
    const root = await tempDir();
    const dataDir = path.join(await tempDir(), 'data');
    await writePlugin(root, { id: 'alpha' }, PLAIN);
    await writePlugin(root, { id: 'beta' }, PLAIN);
    let engine = await open_(root, dataDir);
    await engine.disable('beta');
    await engine.close();
    cleanups.splice(0);
    // The backup is taken at start: start once more so it holds the disabled flag.
    engine = await open_(root, dataDir);
    await engine.close();
    cleanups.splice(0);
    const file = path.join(dataDir, 'corral.db');
    for (const suffix of ['', '-wal', '-shm']) await rm(`${file}${suffix}`, { force: true });
    await writeFile(file, '');
    const failure = await createEngine({ pluginsDir: root, dataDir, poolSize: 1, isolation: 'thread' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'CORRAL_ERR_STORE', message: expect.stringContaining('is not the store this data dir had') });
    expect((failure as Error).message).toContain(`cp ${path.join(dataDir, 'corral.db.backup')} ${file}`);
    await copyFile(path.join(dataDir, 'corral.db.backup'), file);
    engine = await open_(root, dataDir);
    expect(engine.plugin('beta')).toMatchObject({ enabled: false, state: 'inactive' });
    await mkdir(dataDir, { recursive: true });
  });
});
