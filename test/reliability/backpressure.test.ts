import { describe, expect, it } from 'vitest';
import { writePlugin } from '../helpers.ts';
import { startApi } from '../http/harness.ts';

const SPIN = 'export default { classify(input) { const end = Date.now() + (input.ms ?? 200); while (Date.now() < end) {} return "spun"; } };';

async function spinPlugins(root: string): Promise<void> {
  await writePlugin(root, { id: 'spin', capabilities: ['classify'], limits: { timeoutMs: 30_000 } }, SPIN);
}

function p99(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] as number;
}

describe('backpressure', () => {
  it('beyond maxQueue calls fail fast with overloaded; HTTP answers 503 + Retry-After (invoke) and adds Retry-After to dispatch', async () => {
    const api = await startApi({ plugins: spinPlugins, engine: { poolSize: 1, concurrentCallsPerWorker: 1, maxQueue: 3 } });
    try {
      const started = performance.now();
      const calls = Array.from({ length: 10 }, () => api.engine.invoke('spin', 'classify', { ms: 300 }).then((o) => ({ o, at: performance.now() - started })));
      const invoke = await api.call('POST', '/api/v1/plugins/spin/invoke/classify', { body: { input: { ms: 1 } } });
      const dispatch = await api.call('POST', '/api/v1/capabilities/classify/dispatch', { body: { input: { ms: 1 } } });
      const results = await Promise.all(calls);
      const overloaded = results.filter(({ o }) => o.status === 'error' && o.error.type === 'overloaded');
      // One running plus three queued are accepted; the rest are refused at once, without waiting.
      expect(results.filter(({ o }) => o.status === 'ok')).toHaveLength(4);
      expect(overloaded).toHaveLength(6);
      for (const { at } of overloaded) expect(at).toBeLessThan(250);
      expect(invoke.status).toBe(503);
      expect(invoke.json).toMatchObject({ type: 'urn:corral:problem:overloaded' });
      expect(Number(invoke.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(dispatch.status).toBe(200);
      expect(dispatch.json.results[0]).toMatchObject({ status: 'error', error: { type: 'overloaded' } });
      expect(dispatch.headers.get('retry-after')).toBe('1');
      // Once the queue drains, calls are served again.
      expect(await api.engine.invoke('spin', 'classify', { ms: 1 })).toMatchObject({ status: 'ok' });
    } finally {
      await api.close();
    }
  });

  it('10,000 queued calls: bounded memory, overflow refused, /readyz and /status stay fast while every worker is saturated', async () => {
    const api = await startApi({ plugins: spinPlugins, engine: { poolSize: 1, concurrentCallsPerWorker: 1, maxQueue: 10_000 } });
    try {
      const heapBefore = process.memoryUsage().heapUsed;
      // One call runs at once; the next 10,000 wait in the queue.
      const queued = Array.from({ length: 10_001 }, () => api.engine.invoke('spin', 'classify', { ms: 200 }, { timeoutMs: 60_000 }));
      const overflow = await Promise.all(Array.from({ length: 50 }, () => api.engine.invoke('spin', 'classify', { ms: 1 })));
      expect(overflow.every((o) => o.status === 'error' && o.error.type === 'overloaded')).toBe(true);
      expect(api.engine.poolStats().queueSize).toBe(10_000);
      const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
      expect(heapGrowthMb).toBeLessThan(200);

      const latency: Record<string, number[]> = { '/readyz': [], '/api/v1/plugins/status': [] };
      for (let i = 0; i < 100; i++) {
        for (const path of Object.keys(latency)) {
          const t = performance.now();
          const response = await api.call('GET', path);
          (latency[path] as number[]).push(performance.now() - t);
          expect(response.status).toBe(200);
        }
      }
      const figures = Object.fromEntries(Object.entries(latency).map(([path, samples]) => [path, Math.round(p99(samples) * 100) / 100]));
      console.info(`diagnostics p99 with 10,000 queued calls (ms): ${JSON.stringify(figures)}; heap growth ${heapGrowthMb.toFixed(1)} MB`);
      // The requirement is < 100 ms p99; the test allows for a loaded CI machine (bench/soak.ts measures it).
      for (const value of Object.values(figures)) expect(value).toBeLessThan(250);

      // Closing with a full queue: shutdown jumps the queue, every queued call resolves (never rejects).
      const closing = api.close();
      const outcomes = await Promise.all(queued);
      await closing;
      expect(outcomes.every((o) => o.status === 'ok' || ['crashed', 'timeout'].includes(o.error.type))).toBe(true);
    } finally {
      await api.close();
    }
  }, 30_000);
});
