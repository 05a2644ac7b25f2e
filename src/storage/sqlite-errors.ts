import path from 'node:path';
import { CorralError } from '../errors.ts';
import { BACKUP_FILE } from './store-files.ts';

/** SQLite result codes (primary) that mean "try again later" or "this database is damaged". */
const BUSY = new Set([5, 6]); // SQLITE_BUSY, SQLITE_LOCKED
const DAMAGED = new Set([11, 26]); // SQLITE_CORRUPT, SQLITE_NOTADB

function primaryCode(error: unknown): number | undefined {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' ? code & 0xff : undefined;
}

/** Another connection holds the write lock: retrying later can succeed. */
export function isBusy(error: unknown): boolean {
  const code = primaryCode(error instanceof CorralError ? error.cause : error);
  return code !== undefined && BUSY.has(code);
}

/** What to tell an admin whose database is damaged. */
export function damagedStoreMessage(file: string, reason: string): string {
  const backup = path.join(path.dirname(file), BACKUP_FILE);
  return `${file} is damaged (${reason}): stop Corral and restore it from ${backup}, the copy taken at the last healthy start (\`cp ${backup} ${file}\`, then remove ${file}-wal and ${file}-shm); see docs/errors.md, CORRAL_ERR_STORE`;
}

/**
 * A SQLite failure as a CorralError naming the file and the operation. Damage is CORRAL_ERR_STORE
 * (nothing to retry, an admin must act); everything else that stops a read or write (busy, disk full,
 * I/O error, read-only file) is CORRAL_ERR_STORE_UNAVAILABLE, which the HTTP API answers with 503.
 */
export function storeError(file: string, what: string, error: unknown): CorralError {
  if (error instanceof CorralError) return error;
  const code = primaryCode(error);
  const reason = (error as { errstr?: string; message?: string }).errstr ?? (error as Error).message;
  if (code !== undefined && DAMAGED.has(code)) {
    return new CorralError('CORRAL_ERR_STORE', damagedStoreMessage(file, `${reason}, while trying to ${what}`), { cause: error });
  }
  return new CorralError('CORRAL_ERR_STORE_UNAVAILABLE', `cannot ${what} in ${file}: ${reason}`, { cause: error });
}
