/**
 * Schema migrations, applied in order and recorded in PRAGMA user_version. Never edit a shipped
 * migration: add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE plugins (
     id TEXT PRIMARY KEY,
     version TEXT NOT NULL,
     enabled INTEGER NOT NULL DEFAULT 1,
     approved_permissions TEXT NOT NULL DEFAULT '[]',
     config TEXT NOT NULL DEFAULT '{}',
     registered_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE health_history (
     plugin_id TEXT NOT NULL,
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     at TEXT NOT NULL,
     status TEXT NOT NULL,
     reasons TEXT NOT NULL
   );
   CREATE INDEX health_history_plugin ON health_history (plugin_id, seq);
   CREATE TABLE invocations (
     plugin_id TEXT NOT NULL,
     capability TEXT NOT NULL,
     result TEXT NOT NULL,
     count INTEGER NOT NULL,
     PRIMARY KEY (plugin_id, capability, result)
   );
   CREATE TABLE plugin_state (
     plugin_id TEXT NOT NULL,
     key TEXT NOT NULL,
     value TEXT NOT NULL,
     bytes INTEGER NOT NULL,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (plugin_id, key)
   );`,
  // 2: the store's identity (see store-identity.ts) and durable unregistration: an unregistered
  // plugin keeps its row (and its approvals) so a restart does not bring it back approved anew.
  `CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   ALTER TABLE plugins ADD COLUMN unregistered INTEGER NOT NULL DEFAULT 0;`,
];
