/**
 * The SQL adapter's output executed on real engines — SQLite (node:sqlite) and PostgreSQL — over data
 * with NULLs, mixed case and LIKE/GLOB metacharacters, translated through the engine (real isolates)
 * and compared with the dialect's reference evaluator over the same rows.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import * as odata from '../../plugins/shared/odata/index.js';
import { POSTGRES_SKIP, postgresAvailable, startPostgres, type Postgres } from '../engines/postgres-server.ts';
import { METRIC, SAMPLE_COLUMNS, SAMPLE_ROWS, loadPostgres, loadSqlite } from '../engines/metrics-rows.ts';
import { filterText } from './odata-arbitraries.ts';
import { pluginPath } from './helpers.ts';

const withPostgres = postgresAvailable();
if (!withPostgres) console.warn(`\n*** ${POSTGRES_SKIP} ***\n`);

let scratch: string;
let engine: Engine;
let sqlite: DatabaseSync;
let postgres: Postgres | undefined;

/** A copy of plugins/sql-adapter configured for one dialect and the test table. */
async function adapterCopy(id: string, dialect: 'sqlite' | 'postgres'): Promise<string> {
  const dir = path.join(scratch, id);
  await cp(pluginPath('sql-adapter', ''), dir, { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(dir, 'plugin.json'), 'utf8'));
  manifest.id = id;
  manifest.config = { ...manifest.config, dialect, table: 'metrics', columns: SAMPLE_COLUMNS, maxRows: 1000 };
  await writeFile(path.join(dir, 'plugin.json'), JSON.stringify(manifest));
  return dir;
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'corral-sql-real-'));
  sqlite = new DatabaseSync(path.join(scratch, 'metrics.db'));
  loadSqlite(sqlite);
  if (withPostgres) {
    postgres = await startPostgres();
    await loadPostgres(postgres.client);
  }
  engine = await createEngine({ plugins: [await adapterCopy('sql-sqlite', 'sqlite'), await adapterCopy('sql-postgres', 'postgres')], poolSize: 1 });
}, 60_000);

afterAll(async () => {
  await engine?.close();
  sqlite?.close();
  await postgres?.stop();
  await rm(scratch, { recursive: true, force: true });
});

interface Translation {
  sql: string;
  params: unknown[];
  countSql?: string;
  countParams?: unknown[];
}

async function translate(id: string, query: unknown): Promise<Translation> {
  const outcome = await engine.invoke(id, 'translate-query', { query });
  if (outcome.status !== 'ok') throw new Error(`${id}: ${outcome.error.type}: ${outcome.error.message}`);
  return outcome.value as Translation;
}

async function runSqlite(query: unknown): Promise<Record<string, unknown>[]> {
  const { sql, params } = await translate('sql-sqlite', query);
  return sqlite.prepare(sql).all(...(params as never[])) as Record<string, unknown>[];
}

async function runPostgres(query: unknown): Promise<Record<string, unknown>[]> {
  const { sql, params } = await translate('sql-postgres', query);
  const result = await postgres!.client.query(sql, params);
  return result.rows.map((row) => ({ ...row, ...(row.timestamp instanceof Date ? { timestamp: row.timestamp.toISOString() } : {}) }));
}

function expected(query: Record<string, unknown>): Record<string, unknown>[] {
  const q = odata.normalizeQuery(query);
  return odata.applyQuery(SAMPLE_ROWS as unknown as Record<string, unknown>[], q, { fieldType: (name: string) => (SAMPLE_COLUMNS as Record<string, odata.FieldType>)[name] }).value;
}

const instances = (rows: Record<string, unknown>[]) => rows.map((r) => r.instance).sort();
const engines = [['SQLite', runSqlite, true], ['PostgreSQL', runPostgres, withPostgres]] as const;

describe.each(engines)('generated SQL on a real %s', (_name, run, available) => {
  it.skipIf(!available)('keeps exactly the rows OData keeps, for generated filters (NULLs, case, metacharacters)', async () => {
    await fc.assert(
      fc.asyncProperty(filterText(), async (filter) => {
        const query = { metric: METRIC, filter };
        expect(instances(await run(query)), filter).toEqual(instances(expected(query)));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it.skipIf(!available).each([
    ["job ne 'api'"],
    ["not (job eq 'api')"],
    ['not (value gt 2.5)'],
    ["not contains(path, 'a')"],
    ["contains(job, 'a%b') or contains(job, 'a_b') or contains(job, 'a*b') or startswith(job, 'b[')"],
    ["contains(job, 'API')"],
    ["tolower(job) eq 'api'"],
    ["job in ('api', 'web') or not (status in ('500'))"],
    ['status eq 500'],
    ["endswith(job, '\\y') or job eq 'o''k'"],
  ])('%s', async (filter) => {
    const query = { metric: METRIC, filter };
    expect(instances(await run(query))).toEqual(instances(expected(query)));
  });

  it.skipIf(!available)('orders nulls first ascending, pages with $skip/$top, projects with $select', async () => {
    const query = { metric: METRIC, orderby: 'job asc, instance asc', skip: 3, top: 10, select: 'instance,job' };
    expect(await run(query)).toEqual(expected(query));
    const down = { metric: METRIC, orderby: 'status desc, instance asc', top: 50, select: 'instance,status' };
    expect(await run(down)).toEqual(expected(down));
  });

  it.skipIf(!available)('$top without $orderby is the top values, like topk', async () => {
    const query = { metric: METRIC, filter: "job ne 'web'", top: 4 };
    const rows = await run(query);
    expect(rows.map((r) => r.value)).toEqual(expected(query).map((r) => r.value));
  });

  it.skipIf(!available)('aggregates with groupby like the reference (NULL is a group)', async () => {
    const query = { metric: METRIC, apply: 'groupby((job), aggregate(value with sum as total))', orderby: 'job asc' };
    const rows = (await run(query)).map((r) => ({ job: r.job, total: Number(r.total) }));
    expect(rows).toEqual(expected(query));
    const counted = { metric: METRIC, filter: 'status ne null', apply: 'groupby((status), aggregate($count as n))', orderby: 'n desc, status asc' };
    expect((await run(counted)).map((r) => ({ status: r.status, n: Number(r.n) }))).toEqual(expected(counted));
  });
});

describe('$count on real engines', () => {
  it('countSql counts every matching row whatever the page', async () => {
    const query = { metric: METRIC, filter: "job ne 'api'", top: 2, count: true };
    const t = await translate('sql-sqlite', query);
    const row = sqlite.prepare(t.countSql!).get(...(t.countParams as never[])) as { count: number };
    expect(row.count).toBe(expected({ metric: METRIC, filter: "job ne 'api'" }).length);
    const result = await engine.invoke('sql-sqlite', 'translate-result', { rows: await runSqlite(query), total: row.count });
    expect(result.status === 'ok' && result.value).toMatchObject({ '@odata.count': row.count, value: expect.any(Array) });
  });
});
