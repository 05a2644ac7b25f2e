import { CorralError } from '../errors.ts';

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
    return new CorralError('CORRAL_ERR_STORE', `${file} is damaged (${reason}) while trying to ${what}: stop Corral and restore it from its backup (see docs/errors.md, CORRAL_ERR_STORE)`, { cause: error });
  }
  return new CorralError('CORRAL_ERR_STORE_UNAVAILABLE', `cannot ${what} in ${file}: ${reason}`, { cause: error });
}
