import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { CorralError } from '../errors.ts';
import { isBusy } from './sqlite-errors.ts';
import { LOCK_FILE, LOCK_OWNER_FILE } from './store-files.ts';

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
}

/**
 * One process per data dir: two servers on one store would diverge (one disables a plugin, the other
 * keeps serving it). The lock is an exclusive SQLite transaction held open on a small lock database,
 * so the operating system drops it when the process dies however it dies — no stale lock files — and
 * a second engine, in this process or another, is refused with a message naming the holder.
 */
export class DataDirLock {
  readonly #db: DatabaseSync;
  readonly #ownerFile: string;

  private constructor(db: DatabaseSync, ownerFile: string) {
    this.#db = db;
    this.#ownerFile = ownerFile;
  }

  static acquire(dataDir: string): DataDirLock {
    const file = path.join(dataDir, LOCK_FILE);
    const ownerFile = path.join(dataDir, LOCK_OWNER_FILE);
    const { DatabaseSync } = process.getBuiltinModule('node:sqlite');
    const db = new DatabaseSync(file);
    try {
      db.exec('PRAGMA busy_timeout = 0; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;');
    } catch (error) {
      db.close();
      if (!isBusy(error)) throw new CorralError('CORRAL_ERR_STORE', `cannot lock the data dir ${dataDir}: ${(error as Error).message}`, { cause: error });
      throw new CorralError('CORRAL_ERR_STORE_IN_USE', `the data dir ${dataDir} is in use by ${describeOwner(ownerFile)}; stop it, or give this one another --data-dir`);
    }
    const owner: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), command: process.argv.slice(1).join(' ') };
    writeFileSync(ownerFile, `${JSON.stringify(owner)}\n`, { mode: 0o600 });
    return new DataDirLock(db, ownerFile);
  }

  release(): void {
    if (!this.#db.isOpen) return;
    rmSync(this.#ownerFile, { force: true });
    this.#db.close();
  }
}

function describeOwner(ownerFile: string): string {
  try {
    const owner = JSON.parse(readFileSync(ownerFile, 'utf8')) as LockOwner;
    const where = owner.host === hostname() ? '' : ` on ${owner.host}`;
    return `another Corral (pid ${owner.pid}${where}, started ${owner.startedAt}: ${owner.command})`;
  } catch {
    return 'another Corral process';
  }
}
