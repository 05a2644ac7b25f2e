import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, writePlugin } from '../helpers.ts';
import { conformance, startApi, type Api, type ApiResponse } from './harness.ts';
import { escalateAdapter, writeAdapter, writeGreeter } from './fixtures.ts';

/**
 * What a load balancer sees on /readyz: one misbehaving optional plugin must not pull the instance out
 * of rotation; a plugin the operator marked `required` does; a plugin that never started does unless
 * the operator said otherwise. The open body must not leak why (paths, error text).
 */

const SINKING = 'export default { classify() { throw new Error("upstream /srv/private/db.sock refused"); } };';
/** Its init fails with a host path in the message: that text must stay behind auth. */
const BROKEN = 'export default { init() { throw new Error("cannot open /etc/corral/secret-store.db"); }, classify() { return 1; } };';

// No health hooks, no load retries: the state under test stays put while the test looks at it.
const lifecycle = (breaker: Record<string, number> = {}) => ({
  health: { intervalMs: 0, timeoutMs: 200, windowMs: 60_000, degradedErrorRate: 0.1, unhealthyErrorRate: 0.5, historyRetention: 10 },
  retry: { baseMs: 1000, capMs: 1000, maxAttempts: 0 },
  breaker: { consecutiveFailures: 5, errorRateThreshold: 0.5, windowSize: 20, minCalls: 10, cooldownMs: 60_000, maxCooldownMs: 60_000, ...breaker },
});
/** A breaker that never opens, to see "unhealthy" on its own. */
const NEVER_OPENS = { consecutiveFailures: 1000, errorRateThreshold: 1, minCalls: 1000, windowSize: 1000 };

let api: Api | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function fail(api: Api, id: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await api.call('POST', `/api/v1/plugins/${id}/invoke/classify`, { body: { input: {} } });
}

async function checked(api: Api, method: string, template: string, path = template): Promise<ApiResponse> {
  const res = await api.call(method, path);
  const doc = (await api.call('GET', '/api/v1/openapi.json')).json;
  expect(conformance(doc, method, template, res)).toEqual([]);
  return res;
}

/** Every string in an open probe body except the problem's own `type` and `instance`. */
function openStrings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'type' || key === 'instance' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => openStrings(v));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => [k, ...openStrings(v, k)]);
  return [];
}

function expectNothingLeaks(res: ApiResponse, api: Api): void {
  for (const text of openStrings(res.json)) expect(text, `open /readyz body holds "${text}"`).not.toMatch(/[/\\]/);
  expect(res.text).not.toContain(api.root);
  expect(res.text).not.toMatch(/secret-store|cannot open|refused|error rate|Error/);
  expect(res.json.pool?.pid).toBeUndefined();
}

describe('/readyz and runtime trouble', () => {
  it('stays 200 while an optional plugin is quarantined and unhealthy, and says so in booleans', async () => {
    api = await startApi({
      plugins: async (root) => {
        await writeGreeter(root);
        await writePlugin(root, { id: 'sinking' }, SINKING);
      },
      engine: { lifecycle: lifecycle() },
    });
    await fail(api, 'sinking', 6);
    const health = await api.call('GET', '/api/v1/plugins/sinking/health');
    expect(health.json).toMatchObject({ status: 'unhealthy', breaker: { state: 'open' } });

    const ready = await checked(api, 'GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.json.plugins.sinking).toEqual({ ready: false, blocking: false, required: false, state: 'active', health: 'unhealthy', quarantined: true, pending_approval: false });
    expect(ready.json.plugins.greeter).toMatchObject({ ready: true, blocking: false });
    expectNothingLeaks(ready, api);

    const status = await checked(api, 'GET', '/api/v1/plugins/status');
    expect(status.json.readiness).toEqual({ ready: true, blocking: [] });
    expect(status.json.plugins.find((p: { id: string }) => p.id === 'sinking')).toMatchObject({ required: false, unavailable_reason: 'circuit_open' });
  });

  it('goes 503 when that plugin is required in its manifest; the reason is only behind auth', async () => {
    api = await startApi({
      plugins: async (root) => {
        await writeGreeter(root);
        await writePlugin(root, { id: 'sinking', required: true }, SINKING);
      },
      engine: { lifecycle: lifecycle() },
    });
    expect((await api.call('GET', '/readyz')).status).toBe(200);
    await fail(api, 'sinking', 6);

    const ready = await checked(api, 'GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');
    expect(ready.json).toMatchObject({ detail: 'not ready: sinking', plugins: { sinking: { blocking: true, required: true, quarantined: true }, greeter: { blocking: false } } });
    expectNothingLeaks(ready, api);

    const status = await checked(api, 'GET', '/api/v1/plugins/status');
    expect(status.json.readiness).toEqual({ ready: false, blocking: [{ plugin_id: 'sinking', reason: expect.stringMatching(/^quarantined: circuit open until /) }] });
  });

  it('the config file marks plugins required, and wins over the manifest either way', async () => {
    const configFile = path.join(await tempDir(), 'corral.yaml');
    const entries = (root: string, a: string) => `plugins:\n  - { id: sinking-a, path: ${path.join(root, 'sinking-a')}${a} }\n  - { id: sinking-b, path: ${path.join(root, 'sinking-b')}, required: false }\n`;
    api = await startApi({
      plugins: async (root) => {
        await writePlugin(root, { id: 'sinking-a' }, SINKING);
        await writePlugin(root, { id: 'sinking-b', required: true }, SINKING);
        await writeFile(configFile, entries(root, ', required: true'));
      },
      engine: { lifecycle: lifecycle(NEVER_OPENS), configFile },
    });
    expect(api.engine.plugin('sinking-a').required).toBe(true);
    expect(api.engine.plugin('sinking-b').required).toBe(false);
    await fail(api, 'sinking-a', 3);
    await fail(api, 'sinking-b', 3);

    const ready = await checked(api, 'GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.json.detail).toBe('not ready: sinking-a');
    expect(ready.json.plugins['sinking-a']).toMatchObject({ blocking: true, required: true, quarantined: false, health: 'unhealthy' });
    expect(ready.json.plugins['sinking-b']).toMatchObject({ blocking: false, required: false, quarantined: false, health: 'unhealthy' });
    const status = await checked(api, 'GET', '/api/v1/plugins/status');
    expect(status.json.readiness.blocking).toEqual([{ plugin_id: 'sinking-a', reason: expect.stringMatching(/^unhealthy: error rate 100% over the last 3 calls/) }]);

    // Required is host policy, not plugin code: re-applying the file changes it without a reload.
    await writeFile(configFile, entries(api.root, ''));
    await api.engine.applyConfig();
    expect((await api.call('GET', '/readyz')).status).toBe(200);
  });
});

describe('/readyz and plugins that did not start', () => {
  const writeSet = async (root: string) => {
    await writeGreeter(root);
    await writePlugin(root, { id: 'broken' }, BROKEN);
  };

  it('is 503 with the per-plugin map and no paths or messages; the authenticated status has the reason', async () => {
    api = await startApi({ plugins: writeSet, engine: { lifecycle: lifecycle() } });
    const ready = await checked(api, 'GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.json).toMatchObject({
      status: 503,
      detail: 'not ready: broken',
      plugins: {
        broken: { ready: false, blocking: true, required: false, state: 'failed', pending_approval: false },
        greeter: { ready: true, blocking: false, state: 'active' },
      },
      pool: { status: 'ok' },
    });
    expectNothingLeaks(ready, api);

    const status = await checked(api, 'GET', '/api/v1/plugins/status');
    expect(status.json.readiness).toEqual({ ready: false, blocking: [{ plugin_id: 'broken', reason: expect.stringContaining('cannot open /etc/corral/secret-store.db') }] });
    expect(status.json.plugins.find((p: { id: string }) => p.id === 'broken').last_error.message).toContain('/etc/corral/secret-store.db');
  });

  it('counts a plugin waiting for permission approval with nothing running as not started', async () => {
    const dataDir = await tempDir();
    const source = await writeAdapter(await tempDir());
    const install = async (root: string) => void (await cp(source, path.join(root, 'adapter'), { recursive: true }));
    // v1 asks for nothing and is approved as it loads; the store remembers that.
    api = await startApi({ plugins: install, engine: { lifecycle: lifecycle(), dataDir } });
    await api.close();
    // v2 asks for "state": after a restart nothing runs until an admin approves it.
    await escalateAdapter(source);
    api = await startApi({ plugins: install, engine: { lifecycle: lifecycle(), dataDir } });
    const ready = await checked(api, 'GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.json.plugins.adapter).toEqual({ ready: false, blocking: true, required: false, state: 'loaded', health: 'unknown', quarantined: false, pending_approval: true });
    const status = await checked(api, 'GET', '/api/v1/plugins/status');
    expect(status.json.readiness.blocking).toEqual([{ plugin_id: 'adapter', reason: 'waiting for approval of version 2.0.0 (permissions: state)' }]);
    await api.call('POST', '/api/v1/plugins/adapter/approve', { body: { version: '2.0.0' } });
    expect((await api.call('GET', '/readyz')).status).toBe(200);
  });

  it('readiness.failOnLoadFailure: false keeps the host ready, except for a required plugin', async () => {
    api = await startApi({ plugins: writeSet, engine: { lifecycle: lifecycle() }, server: { readiness: { failOnLoadFailure: false } } });
    const ready = await checked(api, 'GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.json.plugins.broken).toMatchObject({ ready: false, blocking: false, state: 'failed' });
    expectNothingLeaks(ready, api);
    await api.close();

    api = await startApi({
      plugins: async (root) => {
        await writeGreeter(root);
        await writePlugin(root, { id: 'broken', required: true }, BROKEN);
      },
      engine: { lifecycle: lifecycle() },
      server: { readiness: { failOnLoadFailure: false } },
    });
    const required = await checked(api, 'GET', '/readyz');
    expect(required.status).toBe(503);
    expect(required.json.plugins.broken).toMatchObject({ blocking: true, required: true, state: 'failed' });
  });
});
