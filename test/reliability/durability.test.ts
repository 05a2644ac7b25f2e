import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { createEngine } from 'corral';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, writePlugin } from '../helpers.ts';
import { writeReliabilityPlugins } from './pool-fixtures.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

async function serve(pluginsDir: string, dataDir: string): Promise<{ child: ChildProcess; url: string; exit: Promise<{ code: number | null; signal: string | null }>; stdout: () => string }> {
  const child = spawn(process.execPath, ['--no-node-snapshot', MAIN, 'serve', '--plugins', pluginsDir, '--port', '0', '--data-dir', dataDir, '--insecure-no-auth'], { env: { ...process.env, CORRAL_LOG_LEVEL: 'warn' } });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1] as string);
    });
    exit.then(({ code }) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return { child, url, exit, stdout: () => stdout };
}

async function writeTogglePlugins(root: string): Promise<string[]> {
  await writeReliabilityPlugins(root);
  const ids = Array.from({ length: 6 }, (_, i) => `toggle-${i}`);
  for (const id of ids) await writePlugin(root, { id, capabilities: ['classify'] }, 'export default { classify(input) { return input; } };');
  return ids;
}

describe('durability', () => {
  it('SIGKILL in the middle of a burst of admin writes and state writes loses no acknowledged change; the database is consistent', async () => {
    const root = await tempDir();
    const ids = await writeTogglePlugins(root);
    const dataDir = path.join(await tempDir(), 'data');
    const server = await serve(root, dataDir);
    // Per plugin: the last enabled flag the API acknowledged, and the one in flight (may or may not have landed).
    const acked = new Map<string, boolean>();
    const inFlight = new Map<string, boolean>();
    const ackedKeys: string[] = [];
    let stop = false;
    let acknowledged = 0;
    const toggler = async (id: string) => {
      for (let n = 0; !stop; n++) {
        const enabled = n % 2 === 1;
        inFlight.set(id, enabled);
        const response = await fetch(`${server.url}/api/v1/plugins/${id}/${enabled ? 'enable' : 'disable'}`, { method: 'PUT' }).catch(() => undefined);
        if (response?.status !== 200) return;
        acked.set(id, enabled);
        inFlight.delete(id);
        acknowledged += 1;
      }
    };
    const stateWriter = async () => {
      for (let n = 0; !stop; n++) {
        const key = `k${n}`;
        const response = await fetch(`${server.url}/api/v1/plugins/keeper/invoke/remember`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: { key, value: n } }) }).catch(() => undefined);
        if (response?.status !== 200) return;
        const outcome = (await response.json()) as { status: string };
        if (outcome.status !== 'ok') throw new Error(`state write failed: ${JSON.stringify(outcome)}`);
        ackedKeys.push(key);
      }
    };
    const writers = [...ids.map(toggler), stateWriter()];
    while (acknowledged < 150 || ackedKeys.length < 30) await new Promise((resolve) => setTimeout(resolve, 5));
    server.child.kill('SIGKILL');
    stop = true;
    expect(await server.exit).toMatchObject({ signal: 'SIGKILL' });
    await Promise.all(writers);

    const db = new DatabaseSync(path.join(dataDir, 'corral.db'));
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    db.close();
    const engine = await createEngine({ pluginsDir: root, dataDir });
    try {
      for (const id of ids) {
        const enabled = engine.plugin(id).enabled;
        const allowed = [acked.get(id) ?? true, ...(inFlight.has(id) ? [inFlight.get(id)] : [])];
        expect(allowed, `${id} enabled=${enabled}`).toContain(enabled);
      }
      const recalled = await engine.invoke('keeper', 'recall', { keys: ackedKeys });
      expect(recalled).toMatchObject({ status: 'ok' });
      expect((recalled as { value: unknown[] }).value).toEqual(ackedKeys.map((_, n) => n));
    } finally {
      await engine.close();
    }
  });

  it('SIGTERM lets calls in flight finish, runs shutdown hooks and closes the store', async () => {
    const root = await tempDir();
    await writeReliabilityPlugins(root);
    const dataDir = path.join(await tempDir(), 'data');
    const server = await serve(root, dataDir);
    const warm = await fetch(`${server.url}/api/v1/plugins/keeper/invoke/remember`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: { key: 'before', value: 1 } }) });
    expect(warm.status).toBe(200);
    const slow = fetch(`${server.url}/api/v1/plugins/slow/invoke/classify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: { ms: 1200 } }) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.child.kill('SIGTERM');
    const response = await slow;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', value: 'slept 1200' });
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(server.stdout()).toContain('corral: stopped (SIGTERM)');
    // A clean close leaves no WAL behind to replay, and the shutdown hook's write is there.
    const engine = await createEngine({ pluginsDir: root, dataDir });
    try {
      expect(await engine.invoke('keeper', 'recall', { keys: ['before', 'shutdown-hook'] })).toMatchObject({ status: 'ok', value: [1, 'ran'] });
    } finally {
      await engine.close();
    }
  });

  it('engine.close({ drainTimeoutMs }) waits for calls in flight; without it they end crashed', async () => {
    const root = await tempDir();
    await writeReliabilityPlugins(root);
    const engine = await createEngine({ pluginsDir: root, poolSize: 1 });
    const drained = engine.invoke('slow', 'classify', { ms: 600 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await engine.close({ drainTimeoutMs: 5000 });
    expect(await drained).toMatchObject({ status: 'ok', value: 'slept 600' });

    const other = await createEngine({ pluginsDir: root, poolSize: 1 });
    const cut = other.invoke('slow', 'classify', { ms: 2000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await other.close();
    expect(await cut).toMatchObject({ status: 'error', error: { type: 'crashed' } });
  });
});
