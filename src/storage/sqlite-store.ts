import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { CorralError } from '../errors.ts';
import { SQLITE_PRAGMAS } from '../protocol.ts';
import { DataDirLock } from './data-dir-lock.ts';
import { MIGRATIONS } from './migrations.ts';
import { storeError } from './sqlite-errors.ts';
import { DATABASE_FILE } from './store-files.ts';
import { checkIntegrity, checkStoreIdentity, writeBackup } from './store-identity.ts';
import type { CorralStore, HealthSample, InvocationCounter, PluginRecord } from './store.ts';

export { DATABASE_FILE };

/**
 * The host's connection waits at most this long for another connection's write lock (a plugin's
 * ctx.state write in a worker, or another process). Longer waits happen without blocking the event
 * loop: callers retry (see store-guard.ts).
 */
const HOST_BUSY_TIMEOUT_MS = 5;

/** Open a database with the settings every connection (host and workers) must share. */
export function openDatabase(file: string): DatabaseSync {
  // Loaded when first used, not imported: on an unsupported Node (no node:sqlite) `import 'corral'`
  // must still get far enough to say which Node versions it runs on (see node-support.ts).
  const { DatabaseSync } = process.getBuiltinModule('node:sqlite');
  const db = new DatabaseSync(file);
  db.exec(SQLITE_PRAGMAS);
  return db;
}

function migrate(db: DatabaseSync, file: string): void {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  const current = row.user_version;
  if (current > MIGRATIONS.length) {
    throw new CorralError('CORRAL_ERR_STORE', `${file}: schema version ${current} is newer than this Corral (${MIGRATIONS.length}); upgrade Corral`);
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(MIGRATIONS[version] as string);
      db.exec(`PRAGMA user_version = ${version + 1}`);
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw new CorralError('CORRAL_ERR_STORE', `${file}: migration ${version + 1} failed: ${(error as Error).message}`, { cause: error });
    }
  }
}

interface PluginRow {
  id: string;
  version: string;
  enabled: number;
  approved_permissions: string;
  config: string;
  registered_at: string;
  updated_at: string;
  unregistered: number;
}

function toRecord(row: PluginRow): PluginRecord {
  return {
    id: row.id,
    version: row.version,
    enabled: row.enabled === 1,
    approvedPermissions: JSON.parse(row.approved_permissions) as string[],
    config: JSON.parse(row.config) as Record<string, unknown>,
    registeredAt: row.registered_at,
    updatedAt: row.updated_at,
    unregistered: row.unregistered === 1,
  };
}

/**
 * The embedded store: one SQLite file in WAL mode under the data dir, used by one process at a time
 * (DataDirLock), checked at start (integrity, identity) and copied to a backup once found healthy.
 * Every failure is a CorralError naming the file and the operation (sqlite-errors.ts).
 */
export class SqliteStore implements CorralStore {
  readonly location: string;
  readonly #db: DatabaseSync;
  readonly #lock: DataDirLock;

  constructor(dataDir: string) {
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      throw new CorralError('CORRAL_ERR_STORE', `cannot create the data dir ${dataDir}: ${(error as Error).message}`, { cause: error });
    }
    this.location = path.join(path.resolve(dataDir), DATABASE_FILE);
    this.#lock = DataDirLock.acquire(dataDir);
    let db: DatabaseSync | undefined;
    try {
      db = openDatabase(this.location);
      db.exec(`PRAGMA busy_timeout = ${HOST_BUSY_TIMEOUT_MS}`);
      checkIntegrity(db, this.location);
      migrate(db, this.location);
      checkStoreIdentity(db, dataDir, this.location);
      writeBackup(db, dataDir);
      this.#db = db;
    } catch (error) {
      if (db?.isOpen) db.close();
      this.#lock.release();
      if (error instanceof CorralError) throw error;
      const failure = storeError(this.location, 'open the store', error);
      throw failure.code === 'CORRAL_ERR_STORE' ? failure : new CorralError('CORRAL_ERR_STORE', `cannot open the store in ${dataDir}: ${(error as Error).message}`, { cause: error });
    }
  }

  #run<T>(what: string, body: () => T): T {
    try {
      return body();
    } catch (error) {
      throw storeError(this.location, what, error);
    }
  }

  /** All or nothing; a failed COMMIT (e.g. disk full) has already rolled back, so ROLLBACK only when still open. */
  #transaction(what: string, body: () => void): void {
    this.#run(what, () => {
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        body();
        this.#db.exec('COMMIT');
      } catch (error) {
        if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  getPlugin(id: string): PluginRecord | undefined {
    const row = this.#run(`read plugin ${id}`, () => this.#db.prepare('SELECT * FROM plugins WHERE id = ?').get(id) as PluginRow | undefined);
    return row ? toRecord(row) : undefined;
  }

  listPlugins(): PluginRecord[] {
    return this.#run('list plugins', () => this.#db.prepare('SELECT * FROM plugins ORDER BY id').all() as unknown as PluginRow[]).map(toRecord);
  }

  upsertPlugin(update: { id: string; version: string; enabled?: boolean; approvedPermissions?: string[]; config?: Record<string, unknown>; unregistered?: boolean }): PluginRecord {
    const now = new Date().toISOString();
    const existing = this.getPlugin(update.id);
    const record: PluginRecord = {
      id: update.id,
      version: update.version,
      enabled: update.enabled ?? existing?.enabled ?? true,
      approvedPermissions: update.approvedPermissions ?? existing?.approvedPermissions ?? [],
      config: update.config ?? existing?.config ?? {},
      registeredAt: existing?.registeredAt ?? now,
      updatedAt: now,
      unregistered: update.unregistered ?? existing?.unregistered ?? false,
    };
    this.#run(`save plugin ${update.id}`, () =>
      this.#db
        .prepare(
          `INSERT INTO plugins (id, version, enabled, approved_permissions, config, registered_at, updated_at, unregistered)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET version = excluded.version, enabled = excluded.enabled,
             approved_permissions = excluded.approved_permissions, config = excluded.config, updated_at = excluded.updated_at,
             unregistered = excluded.unregistered`,
        )
        .run(record.id, record.version, record.enabled ? 1 : 0, JSON.stringify(record.approvedPermissions), JSON.stringify(record.config), record.registeredAt, record.updatedAt, record.unregistered ? 1 : 0),
    );
    return record;
  }

  markUnregistered(id: string): void {
    this.#transaction(`unregister plugin ${id}`, () => {
      for (const table of ['health_history', 'invocations', 'plugin_state']) this.#db.prepare(`DELETE FROM ${table} WHERE plugin_id = ?`).run(id);
      this.#db.prepare("UPDATE plugins SET unregistered = 1, enabled = 1, updated_at = ? WHERE id = ?").run(new Date().toISOString(), id);
    });
  }

  deletePlugin(id: string): void {
    this.#transaction(`delete plugin ${id}`, () => {
      for (const table of ['plugins', 'health_history', 'invocations', 'plugin_state']) {
        this.#db.prepare(`DELETE FROM ${table} WHERE ${table === 'plugins' ? 'id' : 'plugin_id'} = ?`).run(id);
      }
    });
  }

  appendHealth(pluginId: string, sample: HealthSample, keep: number): void {
    this.#transaction(`record a health sample of ${pluginId}`, () => {
      this.#db.prepare('INSERT INTO health_history (plugin_id, at, status, reasons) VALUES (?, ?, ?, ?)').run(pluginId, sample.at, sample.status, JSON.stringify(sample.reasons));
      // Bounded retention: keep only the newest `keep` samples per plugin.
      this.#db
        .prepare('DELETE FROM health_history WHERE plugin_id = ? AND seq NOT IN (SELECT seq FROM health_history WHERE plugin_id = ? ORDER BY seq DESC LIMIT ?)')
        .run(pluginId, pluginId, keep);
    });
  }

  listHealth(pluginId: string, limit: number): HealthSample[] {
    const rows = this.#run(`read the health history of ${pluginId}`, () => this.#db.prepare('SELECT at, status, reasons FROM health_history WHERE plugin_id = ? ORDER BY seq DESC LIMIT ?').all(pluginId, limit)) as unknown as Array<{
      at: string;
      status: string;
      reasons: string;
    }>;
    return rows.map((r) => ({ at: r.at, status: r.status, reasons: JSON.parse(r.reasons) as string[] }));
  }

  addInvocations(counters: readonly InvocationCounter[]): void {
    if (counters.length === 0) return;
    this.#transaction('save invocation counters', () => {
      const statement = this.#db.prepare(
        `INSERT INTO invocations (plugin_id, capability, result, count) VALUES (?, ?, ?, ?)
         ON CONFLICT (plugin_id, capability, result) DO UPDATE SET count = count + excluded.count`,
      );
      for (const c of counters) statement.run(c.pluginId, c.capability, c.result, c.count);
    });
  }

  listInvocations(pluginId?: string): InvocationCounter[] {
    const rows = this.#run('read invocation counters', () =>
      pluginId === undefined
        ? this.#db.prepare('SELECT * FROM invocations ORDER BY plugin_id, capability, result').all()
        : this.#db.prepare('SELECT * FROM invocations WHERE plugin_id = ? ORDER BY capability, result').all(pluginId),
    ) as unknown as Array<{ plugin_id: string; capability: string; result: string; count: number }>;
    return rows.map((r) => ({ pluginId: r.plugin_id, capability: r.capability, result: r.result, count: r.count }));
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close();
    this.#lock.release();
  }
}
