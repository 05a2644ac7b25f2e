import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { CorralError } from '../errors.ts';
import { SQLITE_PRAGMAS } from '../protocol.ts';
import { MIGRATIONS } from './migrations.ts';
import type { CorralStore, HealthSample, InvocationCounter, PluginRecord } from './store.ts';

export const DATABASE_FILE = 'corral.db';

/** Open a database with the settings every connection (host and workers) must share. */
export function openDatabase(file: string): DatabaseSync {
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
      db.exec('ROLLBACK');
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
  };
}

/** The embedded store: one SQLite file in WAL mode under the data dir. */
export class SqliteStore implements CorralStore {
  readonly location: string;
  readonly #db: DatabaseSync;

  constructor(dataDir: string) {
    try {
      mkdirSync(dataDir, { recursive: true });
      this.location = path.join(path.resolve(dataDir), DATABASE_FILE);
      this.#db = openDatabase(this.location);
      migrate(this.#db, this.location);
    } catch (error) {
      if (error instanceof CorralError) throw error;
      throw new CorralError('CORRAL_ERR_STORE', `cannot open the store in ${dataDir}: ${(error as Error).message}`, { cause: error });
    }
  }

  getPlugin(id: string): PluginRecord | undefined {
    const row = this.#db.prepare('SELECT * FROM plugins WHERE id = ?').get(id) as PluginRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  listPlugins(): PluginRecord[] {
    return (this.#db.prepare('SELECT * FROM plugins ORDER BY id').all() as unknown as PluginRow[]).map(toRecord);
  }

  upsertPlugin(update: { id: string; version: string; enabled?: boolean; approvedPermissions?: string[]; config?: Record<string, unknown> }): PluginRecord {
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
    };
    this.#db
      .prepare(
        `INSERT INTO plugins (id, version, enabled, approved_permissions, config, registered_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET version = excluded.version, enabled = excluded.enabled,
           approved_permissions = excluded.approved_permissions, config = excluded.config, updated_at = excluded.updated_at`,
      )
      .run(record.id, record.version, record.enabled ? 1 : 0, JSON.stringify(record.approvedPermissions), JSON.stringify(record.config), record.registeredAt, record.updatedAt);
    return record;
  }

  deletePlugin(id: string): void {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      for (const table of ['plugins', 'health_history', 'invocations', 'plugin_state']) {
        this.#db.prepare(`DELETE FROM ${table} WHERE ${table === 'plugins' ? 'id' : 'plugin_id'} = ?`).run(id);
      }
      this.#db.exec('COMMIT');
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  appendHealth(pluginId: string, sample: HealthSample, keep: number): void {
    this.#db.prepare('INSERT INTO health_history (plugin_id, at, status, reasons) VALUES (?, ?, ?, ?)').run(pluginId, sample.at, sample.status, JSON.stringify(sample.reasons));
    // Bounded retention: keep only the newest `keep` samples per plugin.
    this.#db
      .prepare('DELETE FROM health_history WHERE plugin_id = ? AND seq NOT IN (SELECT seq FROM health_history WHERE plugin_id = ? ORDER BY seq DESC LIMIT ?)')
      .run(pluginId, pluginId, keep);
  }

  listHealth(pluginId: string, limit: number): HealthSample[] {
    const rows = this.#db.prepare('SELECT at, status, reasons FROM health_history WHERE plugin_id = ? ORDER BY seq DESC LIMIT ?').all(pluginId, limit) as unknown as Array<{
      at: string;
      status: string;
      reasons: string;
    }>;
    return rows.map((r) => ({ at: r.at, status: r.status, reasons: JSON.parse(r.reasons) as string[] }));
  }

  addInvocations(counters: readonly InvocationCounter[]): void {
    if (counters.length === 0) return;
    const statement = this.#db.prepare(
      `INSERT INTO invocations (plugin_id, capability, result, count) VALUES (?, ?, ?, ?)
       ON CONFLICT (plugin_id, capability, result) DO UPDATE SET count = count + excluded.count`,
    );
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      for (const c of counters) statement.run(c.pluginId, c.capability, c.result, c.count);
      this.#db.exec('COMMIT');
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  listInvocations(pluginId?: string): InvocationCounter[] {
    const rows = (
      pluginId === undefined
        ? this.#db.prepare('SELECT * FROM invocations ORDER BY plugin_id, capability, result').all()
        : this.#db.prepare('SELECT * FROM invocations WHERE plugin_id = ? ORDER BY capability, result').all(pluginId)
    ) as unknown as Array<{ plugin_id: string; capability: string; result: string; count: number }>;
    return rows.map((r) => ({ pluginId: r.plugin_id, capability: r.capability, result: r.result, count: r.count }));
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }
}
