/**
 * A real PostgreSQL for the SQL adapter's tests: initdb into a temp dir, a server on loopback with a
 * free port, torn down by stop(). initdb and postgres refuse to run as root, so under root (CI) they
 * run as the `postgres` user. Missing binaries: postgresAvailable() is false and the tests skip loudly.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type pgTypes from 'pg';
import { freePort } from '../helpers.ts';

// pg's client alone, as CommonJS: its index also loads pg-pool, which vitest's resolver (with the
// `import` condition) hands over as an ES namespace that cannot be subclassed. No pool is needed here.
const pg = { Client: createRequire(import.meta.url)('pg/lib/client') as typeof pgTypes.Client };

export const POSTGRES_SKIP = 'PostgreSQL is not installed (Debian package `postgresql`; .ci/system-packages installs it as root): the tests on a real PostgreSQL are SKIPPED';

function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0]!, 'bin') : undefined;
}

export function postgresAvailable(): boolean {
  return binDir() !== undefined;
}

function runAs(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const line = execFileSync('id', ['-u', 'postgres']).toString().trim();
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid: Number(line), gid };
}

export interface Postgres {
  client: pgTypes.Client;
  port: number;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<Postgres> {
  const bin = binDir();
  if (bin === undefined) throw new Error(POSTGRES_SKIP);
  const dir = mkdtempSync(path.join(tmpdir(), 'corral-pg-'));
  const owner = runAs();
  chmodSync(dir, 0o700);
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, 'data');
  execFileSync(path.join(bin, 'initdb'), ['-D', data, '-U', 'corral', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'], { ...(owner ?? {}), stdio: 'pipe', cwd: dir });
  const port = await freePort();
  const child: ChildProcess = spawn(
    path.join(bin, 'postgres'),
    ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    { ...(owner ?? {}), stdio: ['ignore', 'ignore', 'pipe'], cwd: dir },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const client = await connectWithin(port, 30_000, () => stderr, child);
  return {
    client,
    port,
    async stop() {
      await client.end().catch(() => {});
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGINT'); // fast shutdown
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function connectWithin(port: number, ms: number, stderr: () => string, child: ChildProcess): Promise<pgTypes.Client> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres exited with ${child.exitCode}: ${stderr()}`);
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'corral', database: 'postgres' });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`postgres did not accept connections within ${ms} ms (${(error as Error).message}): ${stderr()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
