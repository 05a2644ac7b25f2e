/**
 * What a browser can be made to send: form posts and text bodies (simple cross-site requests, no
 * preflight), a page on attacker.example whose DNS now points at 127.0.0.1 (rebinding), and
 * requests from another origin (CSRF). Real engine, real HTTP server, raw requests.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePlugin } from '../helpers.ts';
import { writeGreeter } from './fixtures.ts';
import { startApi, TOKENS, type Api } from './harness.ts';
import { protectedOperations, raw } from './raw-http.ts';

const ADMIN = 'admin-token-0004';
const auth = { authorization: `Bearer ${ADMIN}` };
const json = { 'content-type': 'application/json' };

async function writeReloadable(root: string): Promise<string> {
  return writePlugin(root, { id: 'reloadable' }, 'export default { classify() { return { label: "v1" }; } };');
}

async function bumpReloadable(dir: string): Promise<void> {
  await writeFile(path.join(dir, 'plugin.json'), JSON.stringify({ id: 'reloadable', name: 'reloadable', version: '1.1.0', main: 'index.js', capabilities: ['classify'] }));
  await writeFile(path.join(dir, 'index.js'), 'export default { classify() { return { label: "v2" }; } };');
}

function callsOf(api: Api, id: string): number {
  const counters = api.engine.plugin(id).counters;
  return Object.values(counters).reduce((sum, c) => sum + c.success + c.failure, 0);
}

describe('with tokens (the default): content types, Host and Origin checked before anything runs', () => {
  let api: Api;
  let port: string;

  beforeAll(async () => {
    api = await startApi({
      plugins: async (root) => {
        await writeGreeter(root);
        await writeReloadable(root);
      },
      server: { tokens: TOKENS },
    });
    port = new URL(api.url).port;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('a form-encoded or text body is 415 naming application/json, and the plugin was neither reloaded nor invoked', async () => {
    await bumpReloadable(path.join(api.root, 'reloadable'));
    const form = await raw(api.url, 'POST', '/api/v1/plugins/reloadable/reload', { headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(form.status).toBe(415);
    expect(form.headers['content-type']).toBe('application/problem+json');
    expect(form.json).toMatchObject({ status: 415, type: 'urn:corral:problem:unsupported-media-type', detail: expect.stringContaining('send "Content-Type: application/json" (got "application/x-www-form-urlencoded")') });
    expect(api.engine.plugin('reloadable').version).toBe('1.0.0');

    const invoke = '/api/v1/plugins/greeter/invoke/classify';
    const body = JSON.stringify({ input: { text: 'a b' } });
    const formInvoke = await raw(api.url, 'POST', invoke, { headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' }, body: `input=${encodeURIComponent(body)}` });
    const textInvoke = await raw(api.url, 'POST', invoke, { headers: { ...auth, 'content-type': 'text/plain' }, body });
    const untyped = await raw(api.url, 'POST', invoke, { headers: auth, body });
    expect([formInvoke.status, textInvoke.status, untyped.status]).toEqual([415, 415, 415]);
    expect(untyped.json.detail).toContain('(got no Content-Type)');
    expect(callsOf(api, 'greeter')).toBe(0);

    // The same requests, declared JSON, do run: the refusals above were about the media type only.
    expect((await raw(api.url, 'POST', invoke, { headers: { ...auth, 'content-type': 'application/json; charset=utf-8' }, body })).json).toMatchObject({ status: 'ok' });
    expect(callsOf(api, 'greeter')).toBe(1);
    const reloaded = await raw(api.url, 'POST', '/api/v1/plugins/reloadable/reload', { headers: auth });
    expect(reloaded.json).toMatchObject({ status: 'reloaded', from: '1.0.0', to: '1.1.0' });
  });

  it('a state-changing request whose Host is not this server is 403 (DNS rebinding) and changes nothing', async () => {
    for (const host of [`attacker.example:${port}`, 'attacker.example', `127.0.0.1:${Number(port) + 1}`, `localhost:${Number(port) + 1}`, 'localhost']) {
      const res = await raw(api.url, 'PUT', '/api/v1/plugins/greeter/disable', { headers: { ...auth, host } });
      expect(res.status, host).toBe(403);
      expect(res.json).toMatchObject({ type: 'urn:corral:problem:forbidden-host', detail: expect.stringContaining('allowedHosts') });
    }
    const removed = await raw(api.url, 'DELETE', '/api/v1/plugins/greeter', { headers: { ...auth, host: `attacker.example:${port}` } });
    expect(removed.status).toBe(403);
    expect(api.engine.plugin('greeter')).toMatchObject({ enabled: true, state: 'active' });
    // Every loopback spelling of this server's own address is fine.
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `127.1.2.3:${port}`, `[::1]:${port}`]) {
      expect((await raw(api.url, 'PUT', '/api/v1/plugins/greeter/enable', { headers: { ...auth, host } })).status, host).toBe(200);
    }
    // Reads are guarded by the token, which a rebinding page does not have.
    expect((await raw(api.url, 'GET', '/api/v1/plugins/status', { headers: { ...auth, host: `attacker.example:${port}` } })).status).toBe(200);
  });

  it('a state-changing request from another Origin is 403 (CSRF); this server\'s own origin passes', async () => {
    for (const origin of ['http://evil.example', `http://evil.example:${port}`, 'null', `http://localhost:${Number(port) + 1}`, `https://127.0.0.1:${port}`]) {
      const res = await raw(api.url, 'PUT', '/api/v1/plugins/greeter/disable', { headers: { ...auth, origin } });
      expect(res.status, origin).toBe(403);
      expect(res.json).toMatchObject({ type: 'urn:corral:problem:forbidden-origin', detail: expect.stringContaining(`origin "${origin}"`) });
    }
    const post = await raw(api.url, 'POST', '/api/v1/plugins/greeter/invoke/classify', { headers: { ...auth, ...json, origin: 'http://evil.example' }, body: '{"input":{"text":"x"}}' });
    expect(post.status).toBe(403);
    expect(api.engine.plugin('greeter')).toMatchObject({ enabled: true, state: 'active' });
    expect((await raw(api.url, 'PUT', '/api/v1/plugins/greeter/enable', { headers: { ...auth, origin: `http://127.0.0.1:${port}` } })).status).toBe(200);
  });

  it('401 without a token on every route that needs a role, whatever the method', async () => {
    const doc = (await raw(api.url, 'GET', '/api/v1/openapi.json')).json;
    const operations = protectedOperations(doc, { id: 'greeter', name: 'classify', capability: 'classify', command: 'greet' });
    expect(operations.length).toBeGreaterThan(15);
    for (const { method, path: p } of operations) {
      const res = await raw(api.url, method, p, method === 'GET' || method === 'DELETE' ? {} : { headers: json, body: '{}' });
      expect(res.status, `${method} ${p}`).toBe(401);
    }
    expect(api.engine.plugin('greeter')).toMatchObject({ enabled: true, state: 'active' });
  });

  it('a wrong method on an existing path is 405 with Allow; an unknown path stays 404', async () => {
    const cases: Array<[string, string, string]> = [
      ['POST', '/api/v1/plugins/greeter/enable', 'PUT'],
      ['GET', '/api/v1/plugins/greeter/disable', 'PUT'],
      ['PUT', '/api/v1/plugins/greeter/reload', 'POST'],
      ['PATCH', '/api/v1/plugins/greeter', 'GET, HEAD, DELETE'],
      ['DELETE', '/healthz', 'GET, HEAD'],
      ['POST', '/metrics', 'GET, HEAD'],
      ['OPTIONS', '/api/v1/capabilities/classify/dispatch', 'POST'],
    ];
    for (const [method, p, allow] of cases) {
      const res = await raw(api.url, method, p, { headers: auth });
      expect(res.status, `${method} ${p}`).toBe(405);
      expect(res.headers.allow, `${method} ${p}`).toBe(allow);
      expect(res.json).toMatchObject({ status: 405, type: 'urn:corral:problem:method-not-allowed', title: 'Method Not Allowed' });
    }
    expect((await raw(api.url, 'HEAD', '/healthz')).status).toBe(200);
    expect((await raw(api.url, 'GET', '/api/v1/nothing', { headers: auth })).status).toBe(404);
    expect(api.engine.plugin('greeter')).toMatchObject({ enabled: true, state: 'active' });
  });
});

describe('allowedHosts and allowedOrigins', () => {
  it('admit the names and origins an admin lists, and nothing near them', async () => {
    const api = await startApi({ plugins: writeGreeter, server: { tokens: TOKENS, allowedHosts: ['corral.internal', 'admin.corp:9443'], allowedOrigins: ['https://console.example.com'] } });
    try {
      const put = (headers: Record<string, string>) => raw(api.url, 'PUT', '/api/v1/plugins/greeter/disable', { headers: { ...auth, ...headers } });
      expect((await put({ host: 'corral.internal:8787' })).status).toBe(200);
      expect((await put({ host: 'Corral.Internal' })).status).toBe(200);
      expect((await put({ host: 'admin.corp:9443' })).status).toBe(200);
      expect((await put({ host: 'admin.corp:9444' })).status).toBe(403);
      expect((await put({ host: 'evil.corral.internal' })).status).toBe(403);
      expect((await put({ origin: 'https://console.example.com' })).status).toBe(200);
      expect((await put({ origin: 'https://console.example.com:8443' })).status).toBe(403);
      expect((await put({ origin: 'http://console.example.com' })).status).toBe(403);
    } finally {
      await api.close();
    }
  });
});

describe('with auth off (the explicit development mode)', () => {
  let api: Api;
  let port: string;

  beforeAll(async () => {
    api = await startApi({ plugins: async (root) => void (await writeGreeter(root)), server: { auth: 'none' } });
    port = new URL(api.url).port;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('refuses the same browser requests; reads need this server\'s Host too, probes answer any', async () => {
    const form = await raw(api.url, 'POST', '/api/v1/plugins/greeter/invoke/classify', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'input=x' });
    expect(form.status).toBe(415);
    const untyped = await raw(api.url, 'POST', '/api/v1/plugins/greeter/reload', { body: '{}' });
    expect(untyped.status).toBe(415);
    expect(callsOf(api, 'greeter')).toBe(0);
    expect((await raw(api.url, 'PUT', '/api/v1/plugins/greeter/disable', { headers: { host: `attacker.example:${port}` } })).status).toBe(403);
    expect((await raw(api.url, 'PUT', '/api/v1/plugins/greeter/disable', { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect(api.engine.plugin('greeter')).toMatchObject({ enabled: true, state: 'active' });
    // No token stands between a rebinding page and the data here, so reads are checked as well.
    const read = await raw(api.url, 'GET', '/api/v1/plugins/status', { headers: { host: `attacker.example:${port}` } });
    expect(read.status).toBe(403);
    expect(read.text).not.toContain('greeter');
    expect((await raw(api.url, 'GET', '/metrics', { headers: { host: `attacker.example:${port}` } })).status).toBe(403);
    expect((await raw(api.url, 'GET', '/healthz', { headers: { host: 'kubelet-probe:80' } })).status).toBe(200);
    expect((await raw(api.url, 'GET', '/readyz', { headers: { host: '10.1.2.3:8787' } })).status).toBe(200);
    expect((await raw(api.url, 'GET', '/api/v1/plugins/status')).status).toBe(200);
    expect((await raw(api.url, 'PUT', '/api/v1/plugins/greeter/disable')).json).toMatchObject({ enabled: false });
  });
});
