/**
 * `ctx.state` on the worker side: each worker opens the host's SQLite file itself (WAL, busy timeout),
 * so state is shared by all workers consistently and survives restarts. Calls are synchronous
 * (DatabaseSync) because they run inside a synchronous isolate callback.
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { SQLITE_PRAGMAS, type StateReply } from '../src/protocol.ts';

const MAX_KEY_BYTES = 512;
const MAX_LIST = 1000;

interface Statements {
  db: DatabaseSync;
  get: StatementSync;
  usageExcept: StatementSync;
  upsert: StatementSync;
  remove: StatementSync;
  list: StatementSync;
}

const connections = new Map<string, Statements>();

function open(dbPath: string): Statements {
  let statements = connections.get(dbPath);
  if (statements === undefined) {
    const db = new DatabaseSync(dbPath);
    db.exec(SQLITE_PRAGMAS);
    statements = {
      db,
      get: db.prepare('SELECT value FROM plugin_state WHERE plugin_id = ? AND key = ?'),
      usageExcept: db.prepare('SELECT COALESCE(SUM(bytes), 0) AS used FROM plugin_state WHERE plugin_id = ? AND key != ?'),
      upsert: db.prepare(
        `INSERT INTO plugin_state (plugin_id, key, value, bytes, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (plugin_id, key) DO UPDATE SET value = excluded.value, bytes = excluded.bytes, updated_at = excluded.updated_at`,
      ),
      remove: db.prepare('DELETE FROM plugin_state WHERE plugin_id = ? AND key = ?'),
      list: db.prepare(`SELECT key FROM plugin_state WHERE plugin_id = ? AND key >= ? AND key < ? ORDER BY key LIMIT ${MAX_LIST}`),
    };
    connections.set(dbPath, statements);
  }
  return statements;
}

function fail(name: string, message: string): StateReply {
  return { ok: false, name, message };
}

function checkKey(key: unknown): string | undefined {
  if (typeof key !== 'string' || key.length === 0 || Buffer.byteLength(key) > MAX_KEY_BYTES) return undefined;
  return key;
}

/**
 * Compute the new value and write it inside one IMMEDIATE transaction together with the quota check,
 * so concurrent workers can neither overshoot the quota nor lose an update. `compute` may refuse.
 */
function writeWithinQuota(
  s: Statements,
  pluginId: string,
  key: string,
  quotaBytes: number,
  compute: () => StateReply | { json: string; result: unknown },
): StateReply {
  s.db.exec('BEGIN IMMEDIATE');
  try {
    const computed = compute();
    if ('ok' in computed) {
      s.db.exec('ROLLBACK');
      return computed;
    }
    const bytes = Buffer.byteLength(key) + Buffer.byteLength(computed.json);
    const { used } = s.usageExcept.get(pluginId, key) as { used: number };
    if (used + bytes > quotaBytes) {
      s.db.exec('ROLLBACK');
      return fail('QuotaExceededError', `state quota exceeded: ${used + bytes} bytes would exceed the ${quotaBytes}-byte quota`);
    }
    s.upsert.run(pluginId, key, computed.json, bytes, new Date().toISOString());
    s.db.exec('COMMIT');
    return { ok: true, value: computed.result };
  } catch (error) {
    if (s.db.isTransaction) s.db.exec('ROLLBACK');
    throw error;
  }
}

/** One state operation for one plugin, bounded by its byte quota. Never throws. */
export function stateOperation(pluginId: string, dbPath: string, quotaBytes: number, op: string, rawKey: unknown, value: unknown): StateReply {
  try {
    const s = open(dbPath);
    if (op === 'list') {
      const prefix = typeof rawKey === 'string' ? rawKey : '';
      const rows = s.list.all(pluginId, prefix, `${prefix}\uffff`) as Array<{ key: string }>;
      return { ok: true, value: rows.map((r) => r.key) };
    }
    const key = checkKey(rawKey);
    if (key === undefined) return fail('TypeError', `state key must be a non-empty string of at most ${MAX_KEY_BYTES} bytes`);
    switch (op) {
      case 'get': {
        const row = s.get.get(pluginId, key) as { value: string } | undefined;
        return { ok: true, value: row === undefined ? undefined : JSON.parse(row.value) };
      }
      case 'increment': {
        // Atomic across workers (get + set from two workers would lose updates).
        const delta = value === undefined ? 1 : value;
        if (typeof delta !== 'number' || !Number.isFinite(delta)) return fail('TypeError', 'increment delta must be a finite number');
        return writeWithinQuota(s, pluginId, key, quotaBytes, function incremented(): StateReply | { json: string; result: unknown } {
          const row = s.get.get(pluginId, key) as { value: string } | undefined;
          const current = row === undefined ? 0 : (JSON.parse(row.value) as unknown);
          if (typeof current !== 'number') return fail('TypeError', `state key "${key}" does not hold a number`);
          const next = current + delta;
          return { json: JSON.stringify(next), result: next };
        });
      }
      case 'delete':
        return { ok: true, value: Number(s.remove.run(pluginId, key).changes) > 0 };
      case 'set': {
        const json = JSON.stringify(value);
        if (json === undefined) return fail('TypeError', 'state values must be JSON-serializable (not undefined, a function or a symbol)');
        return writeWithinQuota(s, pluginId, key, quotaBytes, () => ({ json, result: undefined }));
      }
      default:
        return fail('TypeError', `unknown state operation "${op}"`);
    }
  } catch (error) {
    return fail('Error', `state storage failed: ${(error as Error).message}`);
  }
}
