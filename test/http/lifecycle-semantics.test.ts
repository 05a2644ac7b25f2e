/**
 * HTTP semantics of the lifecycle routes across restarts: a failed plugin an admin disabled stays
 * disabled (restart, reload, fix), and DELETE is a durable unregister. Real engine on a real data
 * dir, restarted in between, real HTTP.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, startServer, type Engine, type RunningServer } from 'corral';
import { tempDir } from '../helpers.ts';
import { fixBroken, writeBroken, writeGreeter, writeVictim } from './fixtures.ts';
import { raw } from './raw-http.ts';

const TOKEN = 'lifecycle-admin-token-01';
const auth = { authorization: `Bearer ${TOKEN}` };
const open: Array<{ engine: Engine; server: RunningServer }> = [];

async function start(root: string, dataDir: string): Promise<{ engine: Engine; server: RunningServer; url: string }> {
  const engine = await createEngine({ pluginsDir: root, dataDir, poolSize: 1, isolation: 'thread' });
  const server = await startServer({ engine, port: 0, tokens: [{ token: TOKEN, roles: ['plugins:admin'] }] });
  open.push({ engine, server });
  return { engine, server, url: server.url };
}

async function stop(): Promise<void> {
  for (const { engine, server } of open.splice(0)) {
    await server.close();
    await engine.close();
  }
}

afterEach(stop);

describe('lifecycle routes over restarts', () => {
  it('a failed plugin can be disabled; it stays disabled after a restart and after a reload that fixes it; readiness ignores it meanwhile', async () => {
    const root = await tempDir();
    const dataDir = path.join(await tempDir(), 'data');
    await writeGreeter(root);
    const brokenDir = await writeBroken(root);

    let api = await start(root, dataDir);
    expect((await raw(api.url, 'GET', '/readyz')).status).toBe(503);
    const disabled = await raw(api.url, 'PUT', '/api/v1/plugins/broken/disable', { headers: auth });
    expect(disabled.status).toBe(200);
    expect(disabled.json).toMatchObject({ id: 'broken', enabled: false, state: 'failed', unavailable_reason: 'disabled' });
    expect((await raw(api.url, 'GET', '/readyz')).status).toBe(200);

    await stop();
    api = await start(root, dataDir);
    const afterRestart = (await raw(api.url, 'GET', '/api/v1/plugins/broken', { headers: auth })).json;
    expect(afterRestart).toMatchObject({ enabled: false, state: 'failed', unavailable_reason: 'disabled' });
    expect((await raw(api.url, 'GET', '/readyz')).status).toBe(200);
    const call = await raw(api.url, 'POST', '/api/v1/plugins/broken/invoke/classify', { headers: { ...auth, 'content-type': 'application/json' }, body: '{"input":{}}' });
    expect(call.json).toMatchObject({ status: 503, reason: 'disabled' });

    // Fixed and reloaded: it loads, and stays off until an admin enables it.
    await fixBroken(brokenDir);
    const reloaded = await raw(api.url, 'POST', '/api/v1/plugins/broken/reload', { headers: auth });
    expect(reloaded.json).toMatchObject({ status: 'reloaded', plugin_id: 'broken' });
    expect((await raw(api.url, 'GET', '/api/v1/plugins/broken', { headers: auth })).json).toMatchObject({ enabled: false, state: 'inactive', loaded: true });
    await stop();
    api = await start(root, dataDir);
    expect((await raw(api.url, 'GET', '/api/v1/plugins/broken', { headers: auth })).json).toMatchObject({ enabled: false, state: 'inactive' });
    const enabled = await raw(api.url, 'PUT', '/api/v1/plugins/broken/enable', { headers: auth });
    expect(enabled.json).toMatchObject({ enabled: true, state: 'active' });
    const ran = await raw(api.url, 'POST', '/api/v1/plugins/broken/invoke/classify', { headers: { ...auth, 'content-type': 'application/json' }, body: '{"input":{}}' });
    expect(ran.json).toMatchObject({ status: 'ok', value: { label: 'fixed' } });
  });

  it('DELETE unregisters for good: 200 with the final status, 404 the second time, still gone after a restart until registered again', async () => {
    const root = await tempDir();
    const dataDir = path.join(await tempDir(), 'data');
    await writeGreeter(root);
    await writeVictim(root);

    let api = await start(root, dataDir);
    const removed = await raw(api.url, 'DELETE', '/api/v1/plugins/victim', { headers: auth });
    expect(removed.status).toBe(200);
    expect(removed.json).toMatchObject({ id: 'victim', state: 'unloaded', loaded: false, version: '1.0.0' });
    const again = await raw(api.url, 'DELETE', '/api/v1/plugins/victim', { headers: auth });
    expect(again.status).toBe(404);
    expect(again.json).toMatchObject({ code: 'CORRAL_ERR_UNKNOWN_PLUGIN' });
    expect((await raw(api.url, 'DELETE', '/api/v1/plugins/never-was', { headers: auth })).status).toBe(404);

    await stop();
    api = await start(root, dataDir);
    expect((await raw(api.url, 'GET', '/api/v1/plugins/victim', { headers: auth })).status).toBe(404);
    expect((await raw(api.url, 'GET', '/api/v1/capabilities', { headers: auth })).json.capabilities).not.toContain('translate');
    await api.engine.register(path.join(root, 'victim'));
    expect((await raw(api.url, 'GET', '/api/v1/plugins/victim', { headers: auth })).json).toMatchObject({ state: 'active', enabled: true });
  });
});
