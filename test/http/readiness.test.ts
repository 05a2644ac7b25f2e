import { describe, expect, it } from 'vitest';
import { writePlugin } from '../helpers.ts';
import { startApi } from './harness.ts';
import { fixBroken, writeBroken, writeGreeter } from './fixtures.ts';

describe('readiness, diagnostics switch and responsiveness', () => {
  it('readyz is 503 while an enabled plugin failed to load, and 200 after a fix and a reload', async () => {
    let brokenDir = '';
    const api = await startApi({
      plugins: async (root) => {
        await writeGreeter(root);
        brokenDir = await writeBroken(root, 'flaky');
      },
    });
    try {
      const before = await api.call('GET', '/readyz');
      expect(before.status).toBe(503);
      expect(before.contentType).toBe('application/problem+json');
      expect(before.json).toMatchObject({
        status: 503,
        detail: 'not ready: flaky',
        plugins: { flaky: { ready: false, state: 'failed' }, greeter: { ready: true, state: 'active' } },
      });
      await fixBroken(brokenDir);
      expect((await api.call('POST', '/api/v1/plugins/flaky/reload')).json).toMatchObject({ status: 'reloaded', plugin_id: 'flaky' });
      const after = await api.call('GET', '/readyz');
      expect(after.status).toBe(200);
      expect(after.json).toMatchObject({ status: 'ready', plugins: { flaky: { ready: true, state: 'active' } } });
    } finally {
      await api.close();
    }
  });

  it('readyz is 503 while a required plugin is unhealthy, and ignores disabled plugins', async () => {
    const api = await startApi({
      plugins: async (root) => void (await writePlugin(root, { id: 'sinking', required: true }, 'export default { classify() { throw new Error("down"); } };')),
      engine: { lifecycle: { breaker: { consecutiveFailures: 100, errorRateThreshold: 1, windowSize: 20, minCalls: 20, cooldownMs: 1000, maxCooldownMs: 1000 } } },
    });
    try {
      expect((await api.call('GET', '/readyz')).status).toBe(200);
      for (let i = 0; i < 3; i++) await api.call('POST', '/api/v1/plugins/sinking/invoke/classify', { body: { input: {} } });
      const sick = await api.call('GET', '/readyz');
      expect(sick.status).toBe(503);
      expect(sick.json.plugins.sinking).toMatchObject({ ready: true, blocking: true, health: 'unhealthy' });
      const status = await api.call('GET', '/api/v1/plugins/status');
      expect(status.json.readiness.blocking).toEqual([{ plugin_id: 'sinking', reason: expect.stringContaining('error rate') }]);
      const health = await api.call('GET', '/api/v1/plugins/sinking/health');
      expect(health.json).toMatchObject({ status: 'unhealthy', error_rate: 1, invocations: 3, window: { calls: 3, errors: 3 } });
      await api.call('PUT', '/api/v1/plugins/sinking/disable');
      // The pool entry is there because the default isolation is 'process'.
      expect((await api.call('GET', '/readyz')).json).toEqual({ status: 'ready', plugins: {}, pool: expect.objectContaining({ isolation: 'process', status: 'ok' }) });
    } finally {
      await api.close();
    }
  });

  it('CORRAL_PLUGIN_DIAGNOSTICS_ENABLED=false unmounts the diagnostics read routes', async () => {
    const api = await startApi({ plugins: writeGreeter, server: { diagnosticsEnabled: false } });
    try {
      for (const path of ['/api/v1/plugins', '/api/v1/plugins/status', '/api/v1/plugins/greeter', '/api/v1/plugins/greeter/health']) {
        const res = await api.call('GET', path);
        // /api/v1/plugins/{id} still takes DELETE (unregister): 405 naming it, never a GET.
        expect([404, 405], path).toContain(res.status);
        if (res.status === 405) expect(res.headers.get('allow')).toBe('DELETE');
        expect(res.contentType).toBe('application/problem+json');
      }
      expect((await api.call('GET', '/healthz')).status).toBe(200);
      expect((await api.call('GET', '/readyz')).status).toBe(200);
      const doc = (await api.call('GET', '/api/v1/openapi.json')).json;
      expect(doc.paths['/api/v1/plugins/status']).toBeUndefined();
      expect(doc.paths['/api/v1/plugins/{id}/enable']).toBeDefined();
    } finally {
      await api.close();
    }
  });

  it('status and readyz answer while a hostile plugin holds the only worker', async () => {
    const api = await startApi({
      plugins: async (root) => void (await writePlugin(root, { id: 'hog', limits: { timeoutMs: 3000 } }, 'export default { classify() { const end = Date.now() + 2500; while (Date.now() < end) {} return 1; } };')),
    });
    try {
      const running = api.call('POST', '/api/v1/capabilities/classify/dispatch', { body: { input: {} } });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = performance.now();
      const [status, ready, health] = await Promise.all([api.call('GET', '/api/v1/plugins/status'), api.call('GET', '/readyz'), api.call('GET', '/api/v1/plugins/hog/health')]);
      expect(performance.now() - started).toBeLessThan(1000);
      expect([status.status, ready.status, health.status]).toEqual([200, 200, 200]);
      expect((await running).json.results[0]).toMatchObject({ status: 'ok' });
    } finally {
      await api.close();
    }
  });
});
