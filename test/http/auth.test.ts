import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiagnosticsApp, createEngine, ROLES, startServer, type Role } from 'corral';
import { startApi, TOKEN_BY_ROLE, TOKENS, type Api } from './harness.ts';
import { escalateAdapter, writeAdapter, writeGreeter, writeVictim } from './fixtures.ts';
import { tempDir } from '../helpers.ts';
import { writeInspector } from '../cli/command-fixtures.ts';
import path from 'node:path';

interface Case {
  method: string;
  path: string;
  role: Role | null;
  body?: unknown;
  /** What an authorized caller gets. */
  ok: number;
}

// Ordered so that every authorized call succeeds: disable before enable, stage before approve.
const CASES: Case[] = [
  { method: 'GET', path: '/healthz', role: null, ok: 200 },
  { method: 'GET', path: '/readyz', role: null, ok: 200 },
  { method: 'GET', path: '/api/v1/openapi.json', role: null, ok: 200 },
  { method: 'GET', path: '/metrics', role: 'plugins:read', ok: 200 },
  { method: 'GET', path: '/api/v1/plugins', role: 'plugins:read', ok: 200 },
  { method: 'GET', path: '/api/v1/plugins/status', role: 'plugins:read', ok: 200 },
  { method: 'GET', path: '/api/v1/plugins/greeter', role: 'plugins:read', ok: 200 },
  { method: 'GET', path: '/api/v1/plugins/greeter/health', role: 'plugins:read', ok: 200 },
  { method: 'GET', path: '/api/v1/capabilities', role: 'plugins:read', ok: 200 },
  { method: 'POST', path: '/api/v1/capabilities/classify/dispatch', role: 'plugins:execute', body: { input: { text: 'a b' } }, ok: 200 },
  { method: 'POST', path: '/api/v1/plugins/greeter/invoke/classify', role: 'plugins:execute', body: { input: { text: 'a b' } }, ok: 200 },
  { method: 'PUT', path: '/api/v1/plugins/greeter/disable', role: 'plugins:write', ok: 200 },
  { method: 'PUT', path: '/api/v1/plugins/greeter/enable', role: 'plugins:write', ok: 200 },
  { method: 'POST', path: '/api/v1/plugins/adapter/reload', role: 'plugins:write', ok: 200 },
  { method: 'POST', path: '/api/v1/plugins/adapter/approve', role: 'plugins:write', body: { version: '2.0.0' }, ok: 200 },
  { method: 'GET', path: '/api/v1/commands', role: 'plugins:read', ok: 200 },
  { method: 'GET', path: '/api/v1/plugins/inspector/commands', role: 'plugins:read', ok: 200 },
  { method: 'POST', path: '/api/v1/plugins/inspector/commands/greet', role: 'plugins:admin', body: {}, ok: 200 },
  { method: 'DELETE', path: '/api/v1/plugins/victim', role: 'plugins:admin', ok: 200 },
];

describe('bearer-token auth: every route × every role', () => {
  let api: Api;
  let adapterDir: string;

  beforeAll(async () => {
    api = await startApi({
      plugins: async (root) => {
        await writeGreeter(root);
        adapterDir = await writeAdapter(root);
        await writeVictim(root);
        await writeInspector(root);
      },
      server: { tokens: TOKENS },
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('401 without a token, with an unknown token or a non-bearer scheme; open probes stay open', async () => {
    for (const c of CASES) {
      const anonymous = await api.call(c.method, c.path, { body: c.body });
      const unknown = await api.call(c.method, c.path, { body: c.body, token: 'not-a-real-token-999' });
      const basic = await api.call(c.method, c.path, { body: c.body, headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` } });
      if (c.role === null) {
        expect(anonymous.status, `${c.method} ${c.path}`).toBe(c.ok);
        continue;
      }
      for (const res of [anonymous, unknown, basic]) {
        expect(res.status, `${c.method} ${c.path}`).toBe(401);
        expect(res.contentType).toBe('application/problem+json');
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    }
  });

  it('403 with a token lacking the role, success with the role or plugins:admin', async () => {
    const seen: string[] = [];
    for (const c of CASES) {
      if (c.role === null) continue;
      // Lacking roles first: a successful call (delete, approve) can only happen once.
      for (const role of ROLES) {
        if (role === c.role || role === 'plugins:admin') continue;
        const res = await api.call(c.method, c.path, { body: c.body, token: TOKEN_BY_ROLE[role] });
        expect(res.status, `${role} → ${c.method} ${c.path}`).toBe(403);
        expect(res.json).toMatchObject({ status: 403, type: 'urn:corral:problem:forbidden', detail: expect.stringContaining(c.role) });
      }
      if (c.path.endsWith('/reload')) await escalateAdapter(adapterDir);
      const owner = await api.call(c.method, c.path, { body: c.body, token: TOKEN_BY_ROLE[c.role] });
      expect(owner.status, `${c.role} → ${c.method} ${c.path}: ${owner.text}`).toBe(c.ok);
      seen.push(`${c.role} ${c.method} ${c.path}`);
      if (c.role !== 'plugins:admin' && c.method === 'GET') {
        const admin = await api.call(c.method, c.path, { token: TOKEN_BY_ROLE['plugins:admin'] });
        expect(admin.status, `admin → ${c.method} ${c.path}`).toBe(c.ok);
      }
    }
    // Admin also passes the write and execute routes.
    expect((await api.call('PUT', '/api/v1/plugins/greeter/disable', { token: TOKEN_BY_ROLE['plugins:admin'] })).status).toBe(200);
    expect((await api.call('PUT', '/api/v1/plugins/greeter/enable', { token: TOKEN_BY_ROLE['plugins:admin'] })).status).toBe(200);
    expect((await api.call('POST', '/api/v1/plugins/greeter/invoke/classify', { token: TOKEN_BY_ROLE['plugins:admin'], body: { input: { text: 'x' } } })).status).toBe(200);
    expect(seen).toHaveLength(CASES.filter((c) => c.role !== null).length);
  });

  it('accepts multi-role tokens', async () => {
    const multi = await startApi({ plugins: writeGreeter, server: { tokens: [{ token: 'multi-role-token', roles: ['plugins:read', 'plugins:execute'] }] } });
    try {
      expect((await multi.call('GET', '/api/v1/plugins', { token: 'multi-role-token' })).status).toBe(200);
      expect((await multi.call('POST', '/api/v1/plugins/greeter/invoke/classify', { token: 'multi-role-token', body: { input: { text: 'x' } } })).status).toBe(200);
      expect((await multi.call('PUT', '/api/v1/plugins/greeter/disable', { token: 'multi-role-token' })).status).toBe(403);
    } finally {
      await multi.close();
    }
  });
});

describe('never open by default: tokens, or the explicit development mode on loopback', () => {
  it('startServer and createDiagnosticsApp refuse to run without tokens unless auth is none; auth none serves loopback only', async () => {
    const root = await tempDir();
    await writeGreeter(root);
    const engine = await createEngine({ pluginsDir: root, poolSize: 1 });
    try {
      await expect(startServer({ engine, port: 0 })).rejects.toMatchObject({ code: 'CORRAL_ERR_AUTH_REQUIRED', message: expect.stringContaining("auth: 'none'") });
      await expect(startServer({ engine, port: 0, tokens: [] })).rejects.toMatchObject({ code: 'CORRAL_ERR_AUTH_REQUIRED' });
      expect(() => createDiagnosticsApp(engine)).toThrow(expect.objectContaining({ code: 'CORRAL_ERR_AUTH_REQUIRED' }));
      expect(() => createDiagnosticsApp(engine, { auth: 'none', tokens: TOKENS })).toThrow(expect.objectContaining({ code: 'CORRAL_ERR_INVALID_OPTIONS' }));
      await expect(startServer({ engine, host: '0.0.0.0', port: 0, auth: 'none' })).rejects.toMatchObject({ code: 'CORRAL_ERR_INSECURE_BIND' });
      await expect(startServer({ engine, host: '::', port: 0, auth: 'none' })).rejects.toMatchObject({ code: 'CORRAL_ERR_INSECURE_BIND' });

      const open = await startServer({ engine, port: 0, auth: 'none' });
      expect(open.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${open.url}/api/v1/plugins/status`)).status).toBe(200);
      expect((await fetch(`${open.url}/api/v1/plugins/greeter/disable`, { method: 'PUT' })).status).toBe(200);
      await open.close();

      const withTokens = await startServer({ engine, host: '0.0.0.0', port: 0, tokens: TOKENS });
      expect((await fetch(`http://127.0.0.1:${withTokens.port}/api/v1/plugins`)).status).toBe(401);
      expect((await fetch(`http://127.0.0.1:${withTokens.port}/healthz`)).status).toBe(200);
      await withTokens.close();
    } finally {
      await engine.close();
    }
  });

  it('fails with a clear error when the port is taken', async () => {
    const root = await tempDir();
    await writeGreeter(root);
    const engine = await createEngine({ pluginsDir: path.join(root), poolSize: 1 });
    const first = await startServer({ engine, port: 0, tokens: TOKENS });
    try {
      await expect(startServer({ engine, port: first.port, tokens: TOKENS })).rejects.toMatchObject({ code: 'CORRAL_ERR_LISTEN', message: expect.stringContaining('already in use') });
    } finally {
      await first.close();
      await engine.close();
    }
  });
});
