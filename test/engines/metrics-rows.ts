/**
 * One dataset for every real engine the adapters are checked on: the generated-filter rows of
 * test/plugins/odata-arbitraries.ts (NULLs, mixed case, regex/LIKE/GLOB metacharacters), each made a
 * sample of one metric at one time, with a unique `instance` so results can be compared as sets.
 */
import type { DatabaseSync } from 'node:sqlite';
import type pg from 'pg';
import { fixedRows, type Row } from '../plugins/odata-arbitraries.ts';

export const METRIC = 'http_requests_in_flight';
export const SAMPLE_TIME = '2026-01-01T00:10:00.000Z';

export interface SampleRow extends Row {
  instance: string;
  metric: string;
  timestamp: string;
}

export const SAMPLE_ROWS: readonly SampleRow[] = fixedRows().map((row, i) => ({ ...row, instance: `i${i}`, metric: METRIC, timestamp: SAMPLE_TIME }));
/** Column types as the SQL adapter's config declares them. */
export const SAMPLE_COLUMNS = { timestamp: 'datetime', metric: 'string', instance: 'string', job: 'string', path: 'string', status: 'string', value: 'number' } as const;

const LABELS = ['instance', 'job', 'path', 'status'] as const;

export function loadSqlite(db: DatabaseSync, table = 'metrics'): void {
  db.exec(`CREATE TABLE ${table} (timestamp TEXT NOT NULL, metric TEXT NOT NULL, instance TEXT NOT NULL, job TEXT, path TEXT, status TEXT, value REAL NOT NULL)`);
  const insert = db.prepare(`INSERT INTO ${table} VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const r of SAMPLE_ROWS) insert.run(r.timestamp, r.metric, r.instance, r.job, r.path, r.status, r.value);
}

/** timestamptz for the time (the adapter sends ISO text, which PostgreSQL casts), double precision for the value. */
export async function loadPostgres(client: pg.Client, table = 'metrics'): Promise<void> {
  await client.query(`CREATE TABLE ${table} (timestamp timestamptz NOT NULL, metric text NOT NULL, instance text NOT NULL, job text, path text, status text, value double precision NOT NULL)`);
  for (const r of SAMPLE_ROWS) {
    await client.query(`INSERT INTO ${table} VALUES ($1, $2, $3, $4, $5, $6, $7)`, [r.timestamp, r.metric, r.instance, r.job, r.path, r.status, r.value]);
  }
}

export const SERIES_START = Date.parse('2026-01-01T00:00:00Z') / 1000;
export const SERIES_END = SERIES_START + 3600;
export const SCRAPE_SECONDS = 15;
/** Counter series: job → increase per second (constant, so rate() is exactly this). */
export const COUNTER = 'http_requests';
export const COUNTER_RATES: Record<string, number> = { api: 1, web: 2, batch: 0.5, auth: 4, db: 3 };
/** A counter growing 10/s for the first 20 minutes, then flat: top at the start, low on average. */
export const BURST_JOB = 'burst';
export const BURST_RATE = 10;
export const BURST_SECONDS = 1200;

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/**
 * The samples as OpenMetrics for promtool, every series sampled each 15 s over one hour: the rows as
 * gauges (each row's value constant over the hour; an absent label is a NULL column), and one counter
 * per COUNTER_RATES job growing at its rate.
 */
export function toOpenMetrics(rows: readonly SampleRow[] = SAMPLE_ROWS): string {
  const lines = [`# TYPE ${METRIC} gauge`];
  for (const r of rows) {
    const labels = LABELS.filter((l) => r[l] !== null).map((l) => `${l}="${escapeLabel(r[l] as string)}"`).join(',');
    for (let t = SERIES_START; t <= SERIES_END; t += SCRAPE_SECONDS) lines.push(`${METRIC}{${labels}} ${r.value} ${t}`);
  }
  lines.push(`# TYPE ${COUNTER} counter`);
  for (const [job, rate] of Object.entries(COUNTER_RATES)) {
    for (let t = SERIES_START; t <= SERIES_END; t += SCRAPE_SECONDS) lines.push(`${COUNTER}_total{job="${job}"} ${(t - SERIES_START) * rate} ${t}`);
  }
  for (let t = SERIES_START; t <= SERIES_END; t += SCRAPE_SECONDS) {
    lines.push(`${COUNTER}_total{job="${BURST_JOB}"} ${Math.min(t - SERIES_START, BURST_SECONDS) * BURST_RATE} ${t}`);
  }
  lines.push('# EOF', '');
  return lines.join('\n');
}
