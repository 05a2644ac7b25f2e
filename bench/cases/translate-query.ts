/**
 * translate_query: the real prometheus-adapter plugin translating an OData-style query, through
 * engine.invoke. Null (with a note) until plugins/prometheus-adapter exists.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchCase } from '../lib/case.ts';
import { openEngine } from '../lib/engine.ts';
import { latencyMs, sampleAsync } from '../lib/stats.ts';

const ADAPTER_DIR = fileURLToPath(new URL('../../plugins/prometheus-adapter/', import.meta.url));
const QUERY = { query: "$metric=http_requests_total&$filter=job eq 'api' and status ne '500'&$top=5" };

export const translateQueryCase: BenchCase = {
  name: 'translate',
  async run(ctx) {
    if (!existsSync(ADAPTER_DIR)) {
      return { cases: { translate_query: null }, notes: { translate_query: 'skipped: plugins/prometheus-adapter does not exist yet' } };
    }
    const engine = await openEngine({ plugins: [ADAPTER_DIR], poolSize: 1 });
    try {
      const status = engine.plugins()[0];
      if (status === undefined || status.state !== 'active') {
        return { cases: { translate_query: null }, notes: { translate_query: `prometheus-adapter failed to load: ${status?.error?.message ?? 'no status'}` } };
      }
      const probe = await engine.invoke(status.id, 'translate-query', QUERY);
      if (probe.status !== 'ok') {
        return { cases: { translate_query: null }, notes: { translate_query: `translate-query failed: ${probe.error.type}: ${probe.error.message}` } };
      }
      ctx.progress('translate: timing prometheus-adapter translate-query');
      const samples = await sampleAsync(() => engine.invoke(status.id, 'translate-query', QUERY), 200, ctx.pick(2000, 300));
      return { cases: { translate_query: latencyMs(samples) } };
    } finally {
      await engine.close();
    }
  },
};
