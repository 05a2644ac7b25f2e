/**
 * `corral serve` as `npm start` runs it (no token configured) and in its explicit development mode,
 * attacked the way a browser page can: no token, form posts, untyped bodies, a rebinding Host, a
 * foreign Origin. A real child process, raw HTTP.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.ts';
import { writeGreeter } from './fixtures.ts';
import { protectedOperations, raw } from './raw-http.ts';
import { adminToken, killServeProcesses, startServe, type ServeProcess } from './serve-process.ts';

afterAll(killServeProcesses);

const SAMPLE = { id: 'greeter', name: 'classify', capability: 'classify', command: 'greet' };

async function statusOf(server: ServeProcess, token: string | undefined, id: string): Promise<{ enabled: boolean; state: string; counters: Record<string, { success: number; failure: number }> } | undefined> {
  const res = await raw(server.url, 'GET', '/api/v1/plugins/status', { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
  return res.json.plugins.find((p: { id: string }) => p.id === id);
}

describe('corral serve with no token configured (npm start)', () => {
  let server: ServeProcess;
  let token: string;
  let port: string;

  beforeAll(async () => {
    const root = await tempDir('corral-serve-security-');
    await writeGreeter(path.join(root, 'plugins'));
    const dataDir = path.join(root, 'data');
    server = await startServe(['--plugins', path.join(root, 'plugins'), '--port', '0', '--data-dir', dataDir], { CORRAL_LOG_LEVEL: 'warn' });
    token = await adminToken(dataDir);
    port = new URL(server.url).port;
  });

  it('answers 401 without the token on the status API and on every admin route; the probes stay open', async () => {
    const doc = (await raw(server.url, 'GET', '/api/v1/openapi.json')).json;
    const operations = protectedOperations(doc, SAMPLE);
    expect(operations).toEqual(expect.arrayContaining([
      { method: 'GET', path: '/api/v1/plugins/status' },
      { method: 'PUT', path: '/api/v1/plugins/greeter/disable' },
      { method: 'POST', path: '/api/v1/plugins/greeter/reload' },
      { method: 'DELETE', path: '/api/v1/plugins/greeter' },
      { method: 'GET', path: '/metrics' },
    ]));
    for (const { method, path: p } of operations) {
      const res = await raw(server.url, method, p, method === 'GET' || method === 'DELETE' ? {} : { headers: { 'content-type': 'application/json' }, body: '{"input":{"text":"x"},"version":"1.0.0"}' });
      expect(res.status, `${method} ${p}`).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    }
    expect((await raw(server.url, 'GET', '/healthz')).status).toBe(200);
    expect((await raw(server.url, 'GET', '/readyz')).status).toBe(200);
    const after = await statusOf(server, token, 'greeter');
    expect(after).toMatchObject({ enabled: true, state: 'active' });
    expect(after?.counters).toEqual({});
  });

  it('with the token, still refuses what a page can send: form and untyped bodies (415), a rebinding Host or a foreign Origin (403)', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const invoke = '/api/v1/plugins/greeter/invoke/classify';
    const form = await raw(server.url, 'POST', invoke, { headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' }, body: 'input=x' });
    const untyped = await raw(server.url, 'POST', invoke, { headers: auth, body: '{"input":{"text":"x"}}' });
    expect([form.status, untyped.status]).toEqual([415, 415]);
    expect(untyped.json.detail).toContain('"Content-Type: application/json"');
    const rebound = await raw(server.url, 'PUT', '/api/v1/plugins/greeter/disable', { headers: { ...auth, host: `attacker.example:${port}` } });
    expect(rebound.status).toBe(403);
    const foreign = await raw(server.url, 'PUT', '/api/v1/plugins/greeter/disable', { headers: { ...auth, origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    const after = await statusOf(server, token, 'greeter');
    expect(after).toMatchObject({ enabled: true, state: 'active' });
    expect(after?.counters).toEqual({});
    expect((await raw(server.url, 'PUT', '/api/v1/plugins/greeter/disable', { headers: auth })).json).toMatchObject({ enabled: false });
    expect((await raw(server.url, 'PUT', '/api/v1/plugins/greeter/disable', { headers: auth })).status).toBe(200);
    expect((await raw(server.url, 'PATCH', '/api/v1/plugins/greeter/disable', { headers: auth })).headers.allow).toBe('PUT');
  });
});

describe('corral serve --insecure-no-auth', () => {
  it('is open to loopback callers only, and refuses the same browser requests (reads with a foreign Host too)', async () => {
    const root = await tempDir('corral-serve-dev-');
    await writeGreeter(path.join(root, 'plugins'));
    const server = await startServe(['--plugins', path.join(root, 'plugins'), '--port', '0', '--data-dir', path.join(root, 'data'), '--insecure-no-auth'], { CORRAL_LOG_LEVEL: 'warn' });
    const port = new URL(server.url).port;
    const reload = await raw(server.url, 'POST', '/api/v1/plugins/greeter/reload', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(reload.status).toBe(415);
    const invoke = await raw(server.url, 'POST', '/api/v1/plugins/greeter/invoke/classify', { headers: { 'content-type': 'text/plain' }, body: '{"input":{"text":"x"}}' });
    expect(invoke.status).toBe(415);
    expect((await raw(server.url, 'PUT', '/api/v1/plugins/greeter/disable', { headers: { host: `attacker.example:${port}` } })).status).toBe(403);
    expect((await raw(server.url, 'DELETE', '/api/v1/plugins/greeter', { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await raw(server.url, 'GET', '/api/v1/plugins/status', { headers: { host: `attacker.example:${port}` } })).status).toBe(403);
    const plugin = await statusOf(server, undefined, 'greeter');
    expect(plugin).toMatchObject({ enabled: true, state: 'active' });
    expect(plugin?.counters).toEqual({});
    // The same calls, made properly, do run (the counters above could have moved).
    expect((await raw(server.url, 'POST', '/api/v1/plugins/greeter/invoke/classify', { headers: { 'content-type': 'application/json' }, body: '{"input":{"text":"x"}}' })).json).toMatchObject({ status: 'ok' });
    expect((await statusOf(server, undefined, 'greeter'))?.counters).toMatchObject({ classify: { success: 1 } });
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
  });
});
