import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { CorralError } from '../errors.ts';
import { damagedStoreMessage } from './sqlite-errors.ts';
import { BACKUP_FILE, STORE_ID_FILE } from './store-files.ts';

/**
 * A data dir remembers which database it holds: an id in the database (store_meta) and the same id
 * in a file beside it. A corral.db that was deleted, emptied or swapped while the id file remains is
 * refused instead of silently starting a fresh store (where a disabled plugin would come back
 * enabled and unapproved versions approved). Returns the id.
 */
export function checkStoreIdentity(db: DatabaseSync, dataDir: string, file: string): string {
  const idFile = path.join(dataDir, STORE_ID_FILE);
  const inDatabase = (db.prepare("SELECT value FROM store_meta WHERE key = 'store_id'").get() as { value: string } | undefined)?.value;
  const onDisk = existsSync(idFile) ? readFileSync(idFile, 'utf8').trim() : undefined;
  if (onDisk !== undefined && inDatabase !== onDisk) {
    const backup = path.join(dataDir, BACKUP_FILE);
    const restore = existsSync(backup)
      ? `restore the copy taken at the last start: stop Corral, then \`cp ${backup} ${file}\` and remove ${file}-wal and ${file}-shm`
      : 'restore it from your own backup';
    throw new CorralError(
      'CORRAL_ERR_STORE',
      `${file} is not the store this data dir had (store ${onDisk}; found ${inDatabase === undefined ? 'an empty or new database' : `store ${inDatabase}`}): it was replaced or emptied. To recover, ${restore}; to start over with an empty store on purpose, delete ${idFile}`,
    );
  }
  const id = inDatabase ?? randomUUID();
  if (inDatabase === undefined) db.prepare("INSERT INTO store_meta (key, value) VALUES ('store_id', ?)").run(id);
  if (onDisk === undefined) writeFileSync(idFile, `${id}\n`, { mode: 0o600 });
  return id;
}

/** PRAGMA quick_check: damage found at start-up is reported before anything reads garbage. */
export function checkIntegrity(db: DatabaseSync, file: string): void {
  const rows = db.prepare('PRAGMA quick_check').all() as Array<Record<string, string>>;
  const problems = rows.map((row) => Object.values(row)[0]).filter((v) => v !== 'ok');
  if (problems.length > 0) {
    throw new CorralError('CORRAL_ERR_STORE', damagedStoreMessage(file, problems.slice(0, 3).join('; ')));
  }
}

/** A consistent copy of a healthy database, replaced atomically (never a half-written backup). */
export function writeBackup(db: DatabaseSync, dataDir: string): void {
  const target = path.join(dataDir, BACKUP_FILE);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  db.prepare('VACUUM INTO ?').run(partial);
  renameSync(partial, target);
}
