/**
 * The PromQL the adapter writes, executed by a real Prometheus over a backfilled TSDB (promtool), and
 * compared with results computed independently: the dialect's reference evaluator over the same rows
 * for filters, and the counters' known rates for rate(). Translated through the engine (real isolates).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import * as odata from '../../plugins/shared/odata/index.js';
import { PROMETHEUS_SKIP, prometheusAvailable, startPrometheus, type Prometheus, type PromResponse } from '../engines/prometheus-server.ts';
import { BURST_JOB, BURST_RATE, COUNTER, COUNTER_RATES, METRIC, SAMPLE_COLUMNS, SAMPLE_ROWS, SAMPLE_TIME, SERIES_START, toOpenMetrics } from '../engines/metrics-rows.ts';
import { filterText } from './odata-arbitraries.ts';
import { pluginPath } from './helpers.ts';

const available = prometheusAvailable();
if (!available) console.warn(`\n*** ${PROMETHEUS_SKIP} ***\n`);

let prometheus: Prometheus;
let engine: Engine;

beforeAll(async () => {
  if (!available) return;
  prometheus = await startPrometheus(toOpenMetrics());
  engine = await createEngine({ plugins: [pluginPath('prometheus-adapter', '')], poolSize: 1 });
}, 90_000);

afterAll(async () => {
  await engine?.close();
  await prometheus?.stop();
});

interface Translation {
  promql: string;
  endpoint: string;
  params: Record<string, string>;
}

async function invoke<T>(capability: string, input: unknown): Promise<T> {
  const outcome = await engine.invoke('prometheus-adapter', capability, input);
  if (outcome.status !== 'ok') throw new Error(`${capability}: ${outcome.error.type}: ${outcome.error.message}`);
  return outcome.value as T;
}

async function execute(query: unknown): Promise<{ translation: Translation; response: PromResponse }> {
  const translation = await invoke<Translation>('translate-query', { query });
  const response = await prometheus.get(translation.endpoint, translation.params);
  if (response.status !== 'success') throw new Error(`${translation.promql}: ${response.error}`);
  return { translation, response };
}

const fieldType = (name: string) => (SAMPLE_COLUMNS as Record<string, odata.FieldType>)[name];
const expectedInstances = (filter: string) =>
  odata
    .applyQuery(SAMPLE_ROWS as unknown as odata.Row[], odata.normalizeQuery({ filter }), { fieldType })
    .value.map((r) => r.instance as string)
    .sort();

async function instancesFor(filter: string): Promise<string[]> {
  const { response } = await execute({ metric: METRIC, filter, time: SAMPLE_TIME });
  return response.data.result.map((s) => s.metric.instance!).sort();
}

describe.skipIf(!available)('generated PromQL on a real Prometheus', () => {
  it('selects exactly the series OData keeps, for generated filters (absent labels, case, regex metacharacters)', async () => {
    await fc.assert(
      fc.asyncProperty(filterText(), async (filter) => {
        expect(await instancesFor(filter), filter).toEqual(expectedInstances(filter));
      }),
      { numRuns: 120 },
    );
  }, 180_000);

  it.each([
    ["job ne 'api'"],
    ["not contains(path, 'a')"], // series without `path` are not kept: contains(null) is unknown
    ["contains(path, '')"],
    ["(job eq 'api' or job eq 'web') and (status eq '500' or status eq null)"],
    ["job in ('a.b', 'a*b', 'b[1]', 'x\\y') or startswith(path, '/v1')"],
    ["tolower(job) eq 'api' and not (value gt 2.5)"],
    ["endswith(job, '''k')"],
    ['status eq 500'],
  ])('%s', async (filter) => {
    expect(await instancesFor(filter)).toEqual(expectedInstances(filter));
  });

  it('ors on one label are one regex matcher, not a product of selectors', async () => {
    const { translation } = await execute({ metric: METRIC, filter: "(job eq 'api' or job eq 'web') and (status eq '500' or status eq '200')", time: SAMPLE_TIME });
    expect(translation.promql).toBe(`${METRIC}{job=~"api|web", status=~"500|200"}`);
  });

  it('a counter is queried as its rate, and aggregated after rate()', async () => {
    const { translation, response } = await execute({ metric: `${COUNTER}_total`, time: SAMPLE_TIME });
    expect(translation.promql).toBe(`rate(${COUNTER}_total[5m])`);
    const rates = Object.fromEntries(response.data.result.map((s) => [s.metric.job, Number(s.value![1])]));
    for (const [job, rate] of Object.entries(COUNTER_RATES)) expect(rates[job]).toBeCloseTo(rate, 9);
    const summed = await execute({ metric: `${COUNTER}_total`, apply: 'aggregate(value with sum as total)', time: SAMPLE_TIME });
    const total = Object.values(COUNTER_RATES).reduce((a, b) => a + b, BURST_RATE); // the burst is still rising at SAMPLE_TIME
    expect(Number(summed.response.data.result[0]!.value![1])).toBeCloseTo(total, 9);
  });

  it('$top on a range query keeps the same N series at every step, ranked over the whole range', async () => {
    // The burst counter leads for the first 10 minutes of this range (topk per step would add it as a
    // third series); averaged over the range it ranks below auth and db.
    const from = new Date((SERIES_START + 600) * 1000).toISOString();
    const to = new Date((SERIES_START + 3000) * 1000).toISOString();
    const top = await execute({ metric: `${COUNTER}_total`, from, to, step: '60s', top: 2 });
    expect(top.response.data.resultType).toBe('matrix');
    expect(top.response.data.result.map((s) => s.metric.job).sort()).toEqual(['auth', 'db']);
    // Every step of the 40 minutes, $to exclusive: 40 points per series.
    for (const series of top.response.data.result) expect(series.values!.length).toBe(40);
    const bottom = await execute({ metric: `${COUNTER}_total`, from, to, step: '60s', top: 2, orderby: 'value asc' });
    expect(bottom.response.data.result.map((s) => s.metric.job).sort()).toEqual(['api', 'batch']);
    const perStep = await prometheus.get('/api/v1/query_range', { query: `topk(2, rate(${COUNTER}_total[75s]))`, start: from, end: to, step: '60s' });
    expect(perStep.data.result.map((s) => s.metric.job)).toContain(BURST_JOB); // what the naive translation returns
  });

  it('translate-result applies what PromQL cannot ($orderby on labels, $skip, $select, $count)', async () => {
    const query = { metric: METRIC, filter: "job ne 'web'", orderby: 'value desc, instance asc', skip: 2, top: 5, select: 'instance,value', count: true, time: SAMPLE_TIME };
    const { response } = await execute(query);
    const result = await invoke<{ '@odata.count': number; value: odata.Row[] }>('translate-result', { response, query });
    const expected = odata.applyQuery(SAMPLE_ROWS as unknown as odata.Row[], odata.normalizeQuery({ ...query, time: undefined }), { fieldType });
    expect(result.value).toEqual(expected.value);
    expect(result['@odata.count']).toBe(expected.total);
  });
});
