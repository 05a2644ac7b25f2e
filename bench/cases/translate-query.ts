/**
 * translate_query: every query adapter under plugins/ (each plugin whose manifest lists
 * `translate-query`) translating the same OData query through engine.invoke, p50/p99 per adapter;
 * `p50_ms`/`p99_ms` are the slowest adapter's, so the 1 ms target holds for each. Plus one
 * engine.dispatch of `translate-query` to all of them (the README demo).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchCase } from '../lib/case.ts';
import { openEngine } from '../lib/engine.ts';
import { latencyMs, sampleAsync } from '../lib/stats.ts';

const PLUGINS_DIR = fileURLToPath(new URL('../../plugins/', import.meta.url));
/** Filter, paging and aggregation-free: a query every adapter answers (`+` for spaces, as URLSearchParams writes). */
export const TRANSLATE_BENCH_QUERY = {
  query:
    "$metric=http_requests_total&$filter=(job+eq+'api'+or+job+eq+'web')+and+status+ne+'500'+and+not+contains(path,'/internal')&$orderby=value+desc&$top=5&$from=2026-01-01T00:00:00Z&$to=2026-01-01T01:00:00Z",
};

function adapterDirs(): string[] {
  return readdirSync(PLUGINS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(PLUGINS_DIR, entry.name, 'plugin.json')))
    .map((entry) => path.join(PLUGINS_DIR, entry.name))
    .filter((dir) => (JSON.parse(readFileSync(path.join(dir, 'plugin.json'), 'utf8')).capabilities as string[]).includes('translate-query'))
    .sort();
}

export const translateQueryCase: BenchCase = {
  name: 'translate',
  async run(ctx) {
    const engine = await openEngine({ plugins: adapterDirs(), poolSize: 1 });
    const notes: string[] = [];
    try {
      const adapters: Record<string, { p50_ms: number; p99_ms: number }> = {};
      const rounds = ctx.pick(2000, 300);
      for (const status of engine.plugins()) {
        if (status.state !== 'active') { notes.push(`${status.id}: ${status.state} (${status.error?.message ?? 'not active'})`); continue; }
        const probe = await engine.invoke(status.id, 'translate-query', TRANSLATE_BENCH_QUERY);
        if (probe.status !== 'ok') { notes.push(`${status.id}: ${probe.error.type}: ${probe.error.message}`); continue; }
        ctx.progress(`translate: timing ${status.id} translate-query`);
        const samples = await sampleAsync(() => engine.invoke(status.id, 'translate-query', TRANSLATE_BENCH_QUERY), 200, rounds);
        const { p50_ms, p99_ms } = latencyMs(samples);
        adapters[status.id] = { p50_ms, p99_ms };
      }
      const ids = Object.keys(adapters);
      if (ids.length === 0) return { cases: { translate_query: null }, notes: { translate_query: notes.join('; ') || 'no query adapter under plugins/' } };
      ctx.progress(`translate: timing a dispatch to ${ids.length} adapters`);
      const dispatch = latencyMs(await sampleAsync(() => engine.dispatch('translate-query', TRANSLATE_BENCH_QUERY), 100, ctx.pick(1000, 150)));
      const slowest = ids.reduce((a, b) => (adapters[a]!.p50_ms >= adapters[b]!.p50_ms ? a : b));
      return {
        cases: { translate_query: { p50_ms: adapters[slowest]!.p50_ms, p99_ms: Math.max(...ids.map((id) => adapters[id]!.p99_ms)), slowest, adapters, dispatch } },
        ...(notes.length ? { notes: { translate_query: notes.join('; ') } } : {}),
      };
    } finally {
      await engine.close();
    }
  },
};
