/** The files Corral keeps in a data dir (see docs/errors.md, CORRAL_ERR_STORE*). */
export const DATABASE_FILE = 'corral.db';
/** A consistent copy of the database taken at every start that found it healthy. */
export const BACKUP_FILE = 'corral.db.backup';
/** The store's identity, so a database that was replaced or emptied is noticed instead of used. */
export const STORE_ID_FILE = 'corral.store-id';
/** Held (an exclusive SQLite lock) by the one process using the data dir. */
export const LOCK_FILE = 'corral.lock';
/** Who holds the lock: pid, host, start time, command line. */
export const LOCK_OWNER_FILE = 'corral.lock.owner';
