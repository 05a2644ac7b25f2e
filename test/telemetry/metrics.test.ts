import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import { createEngine, createMetrics, RESULT_LABELS, startServer, type Engine, type Metrics } from 'corral';
import { tempDir, writePlugin } from '../helpers.ts';

describe('Prometheus metrics', () => {
  let engine: Engine;
  let metrics: Metrics;
  let registry: Registry;

  beforeAll(async () => {
    const root = await tempDir();
    await writePlugin(root, { id: 'good' }, 'export default { classify(input) { return { label: "ok" }; } };');
    await writePlugin(root, { id: 'flaky' }, 'export default { classify(input) { if (input.text === "boom") throw new Error("no"); return 1; } };');
    await writePlugin(root, { id: 'slow', limits: { timeoutMs: 100 } }, 'export default { classify(input) { if (input.text === "boom") for (;;) {} return 1; } };');
    await writePlugin(root, { id: 'broken' }, 'export default {');
    engine = await createEngine({ pluginsDir: root, poolSize: 1 });
    registry = new Registry();
    metrics = createMetrics({ registry, prefix: 'sift' });
    metrics.attach(engine);
    await engine.dispatch('classify', { text: 'fine' });
    await engine.dispatch('classify', { text: 'boom' });
    await engine.dispatch('no-plugin-declares-this', { text: 'x' });
  });
  afterAll(async () => {
    await engine?.close();
  });

  async function series(name: string): Promise<Array<{ labels: Record<string, string | number>; value: number; metricName?: string }>> {
    const all = await registry.getMetricsAsJSON();
    const metric = all.find((m) => m.name === name);
    expect(metric, name).toBeDefined();
    return metric!.values as Array<{ labels: Record<string, string | number>; value: number; metricName?: string }>;
  }

  it('uses the injected registry and prefix (sift_plugin_invocations_total)', async () => {
    const names = (await registry.getMetricsAsJSON()).map((m) => m.name).sort();
    expect(names).toEqual(
      [
        'sift_plugin_invocations_total',
        'sift_plugin_invocation_duration_seconds',
        'sift_plugin_queue_wait_seconds',
        'sift_plugin_run_duration_seconds',
        'sift_plugin_timeouts_total',
        'sift_plugin_runtime_errors_total',
        'sift_plugin_interference_total',
        'sift_plugin_cpu_seconds_total',
        'sift_plugin_memory_bytes',
        'sift_plugin_dispatches_total',
        'sift_plugin_dispatch_failures_total',
        'sift_plugin_load_total',
        'sift_pool_queue_depth',
        'sift_pool_utilization',
        'sift_pool_threads',
        'sift_plugins',
      ].sort(),
    );
  });

  it('counts invocations by a closed result label: ok, error, timeout, unavailable', async () => {
    const values = await series('sift_plugin_invocations_total');
    const count = (plugin_id: string, result: string) => values.find((v) => v.labels.plugin_id === plugin_id && v.labels.result === result)?.value;
    expect(count('good', 'ok')).toBe(2);
    expect(count('flaky', 'ok')).toBe(1);
    expect(count('flaky', 'error')).toBe(1);
    expect(count('slow', 'timeout')).toBe(1);
    expect(count('broken', 'unavailable')).toBe(2);
    for (const v of values) {
      expect(Object.keys(v.labels).sort()).toEqual(['capability', 'plugin_id', 'result']);
      expect(RESULT_LABELS).toContain(v.labels.result);
      // Only declared capabilities become labels, never an arbitrary dispatched name.
      expect(v.labels.capability).toBe('classify');
    }
  });

  it('records durations, timeouts, CPU, heap, dispatch failures and loads', async () => {
    const histogram = await series('sift_plugin_invocation_duration_seconds');
    const slowCount = histogram.find((v) => v.metricName === 'sift_plugin_invocation_duration_seconds_count' && v.labels.plugin_id === 'slow' && v.labels.result === 'timeout');
    expect(slowCount?.value).toBe(1);
    expect(await series('sift_plugin_timeouts_total')).toEqual([{ labels: { plugin_id: 'slow', capability: 'classify' }, value: 1 }]);
    const cpu = await series('sift_plugin_cpu_seconds_total');
    expect(cpu.find((v) => v.labels.plugin_id === 'slow')!.value).toBeGreaterThan(0.05);
    const memory = await series('sift_plugin_memory_bytes');
    expect(memory.find((v) => v.labels.plugin_id === 'good')!.value).toBeGreaterThan(100_000);
    expect(memory.every((v) => Object.keys(v.labels).join() === 'plugin_id')).toBe(true);
    expect(await series('sift_plugin_dispatch_failures_total')).toEqual([{ labels: { capability: 'classify' }, value: 2 }]);
    const dispatches = await series('sift_plugin_dispatches_total');
    expect(dispatches.map((v) => [v.labels.capability, v.labels.result, v.value])).toEqual([['classify', 'partial', 2]]);
    const loads = await series('sift_plugin_load_total');
    expect(loads.map((v) => `${v.labels.plugin_id}:${v.labels.status}=${v.value}`).sort()).toEqual(['broken:failed=1', 'flaky:loaded=1', 'good:loaded=1', 'slow:loaded=1']);
  });

  it('counts later loads through the observer and reads pool gauges on scrape', async () => {
    await engine.reload('broken');
    const loads = await series('sift_plugin_load_total');
    expect(loads.find((v) => v.labels.plugin_id === 'broken' && v.labels.status === 'failed')!.value).toBe(2);
    expect((await series('sift_pool_threads'))[0]!.value).toBeGreaterThanOrEqual(1);
    expect((await series('sift_pool_queue_depth'))[0]!.value).toBe(0);
    const states = await series('sift_plugins');
    expect(states.find((v) => v.labels.state === 'active')!.value).toBe(3);
    expect(states.find((v) => v.labels.state === 'failed')!.value).toBe(1);
  });

  it('rejects an invalid prefix and never touches the global registry', async () => {
    expect(() => createMetrics({ prefix: 'bad-prefix' })).toThrow(expect.objectContaining({ code: 'CORRAL_ERR_INVALID_OPTIONS' }));
    const { register } = await import('prom-client');
    expect((await register.getMetricsAsJSON()).filter((m) => m.name.startsWith('sift_'))).toEqual([]);
  });

  it('is served on /metrics in Prometheus text format with the configured prefix', async () => {
    const server = await startServer({ engine, port: 0, metricsPrefix: 'sift', auth: 'none' });
    try {
      await engine.invoke('good', 'classify', {});
      const res = await fetch(`${server.url}/metrics`);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await res.text();
      expect(text).toContain('# TYPE sift_plugin_invocations_total counter');
      expect(text).toMatch(/sift_plugin_invocations_total\{plugin_id="good",capability="classify",result="ok"\} 1/);
      expect(text).toContain('sift_process_cpu_seconds_total');
    } finally {
      await server.close();
    }
  });
});
