/**
 * A private-network allowance never reaches the host's own diagnostics API: startServer protects its
 * port, and ctx.fetch refuses that port on every address of this machine (loopback in any spelling,
 * unspecified, interface addresses), in both isolation modes, directly or through a redirect. Real
 * isolates, the real startServer, real local HTTP servers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, startServer, type Engine } from '../../src/index.ts';
import { tempDir, writePlugin } from '../helpers.ts';

const FETCHER = `
export default {
  async classify(input, ctx) {
    const response = await ctx.fetch(input.url);
    return { status: response.status, body: await response.text() };
  },
};
`;

function listen(port = 0, host = '127.0.0.1'): Promise<{ server: Server; port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const target = /^\/go\?to=(.+)$/.exec(req.url ?? '');
    if (target) res.writeHead(302, { location: decodeURIComponent(target[1] as string) }).end();
    else res.writeHead(200).end(`local service ${req.url}`);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, port: (server.address() as AddressInfo).port, hits }));
  });
}

const close = (server: Server) => new Promise((resolve) => server.close(resolve));

/** A non-loopback IPv4 address of this machine, if it has one. */
const interfaceAddress = Object.values(networkInterfaces())
  .flatMap((entries) => entries ?? [])
  .find((entry) => entry.family === 'IPv4' && !entry.internal)?.address;

const ALLOWED_HOSTS = ['localhost:*', '127.0.0.1:*', '[::1]:*', '[::ffff:7f00:1]:*', '0.0.0.0:*', ...(interfaceAddress === undefined ? [] : [`${interfaceAddress}:*`])];

for (const isolation of ['process', 'thread'] as const) {
  describe(`ctx.fetch never reaches the diagnostics API (isolation: ${isolation})`, () => {
    let engine: Engine;
    let local: Awaited<ReturnType<typeof listen>>;

    beforeAll(async () => {
      local = await listen();
      const root = await tempDir();
      await writePlugin(root, { id: 'fetcher', permissions: ['network'], allowedHosts: ALLOWED_HOSTS, limits: { timeoutMs: 3000 } }, FETCHER);
      engine = await createEngine({
        plugins: [`${root}/fetcher`],
        isolation,
        poolSize: 1,
        limits: { fetchTimeoutMs: 2000 },
        // The widest allowances there are: every name, every port.
        security: { allowPrivateNetwork: ['localhost', '*'] },
      });
    });
    afterAll(async () => {
      await engine?.close();
      if (local !== undefined) await close(local.server);
    });

    const fetchUrl = (url: string) => engine.invoke('fetcher', 'classify', { url });

    it('refuses the running server on every loopback spelling while another local port works', async () => {
      const api = await startServer({ engine, port: 0, auth: 'none' });
      try {
        // The API answers a direct request: the refusal below is ctx.fetch's, not a dead server.
        expect((await fetch(`${api.url}/api/v1/plugins/status`)).status).toBe(200);
        for (const host of ['localhost', '127.0.0.1', '[::ffff:127.0.0.1]', '0.0.0.0']) {
          const url = `http://${host}:${api.port}/api/v1/plugins/status`;
          await expect(fetchUrl(url), url).resolves.toMatchObject({
            status: 'error',
            error: { type: 'permission_denied', message: expect.stringContaining('reserved by the host') },
          });
        }
        await expect(fetchUrl(`http://localhost:${local.port}/ok`)).resolves.toMatchObject({ status: 'ok', value: { status: 200, body: 'local service /ok' } });
        // Nor through a redirect from a service it may reach.
        const hop = encodeURIComponent(`http://localhost:${api.port}/api/v1/plugins/status`);
        await expect(fetchUrl(`http://127.0.0.1:${local.port}/go?to=${hop}`)).resolves.toMatchObject({ status: 'error', error: { type: 'permission_denied' } });
      } finally {
        await api.close();
      }
    });

    it('lifts the protection when the server closes, and keeps it while another holder needs the port', async () => {
      const api = await startServer({ engine, port: 0, auth: 'none' });
      const port = api.port;
      const alsoHeld = engine.protectLocalPort(port);
      await api.close();
      // Something else listens on that port now: still protected by the second holder...
      const successor = await listen(port);
      try {
        await expect(fetchUrl(`http://localhost:${port}/`)).resolves.toMatchObject({ status: 'error', error: { type: 'permission_denied' } });
        alsoHeld();
        alsoHeld(); // idempotent
        // ... and reachable once nobody protects it.
        await expect(fetchUrl(`http://localhost:${port}/after`)).resolves.toMatchObject({ status: 'ok', value: { body: 'local service /after' } });
        expect(successor.hits).toEqual(['/after']);
      } finally {
        await close(successor.server);
      }
    });

    // Process isolation only: a thread pool has no child to restart.
    if (isolation === 'process') it('keeps the protection in a restarted pool process', async () => {
      const api = await startServer({ engine, port: 0, auth: 'none' });
      try {
        const pid = engine.poolHealth().pid as number;
        process.kill(pid, 'SIGKILL');
        const until = Date.now() + 20_000;
        while (!(engine.poolHealth().status === 'ok' && engine.poolHealth().pid !== pid) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(engine.poolHealth()).toMatchObject({ status: 'ok' });
        expect(engine.poolHealth().pid).not.toBe(pid);
        await expect(fetchUrl(`http://localhost:${api.port}/api/v1/plugins/status`)).resolves.toMatchObject({ status: 'error', error: { type: 'permission_denied' } });
        await expect(fetchUrl(`http://localhost:${local.port}/ok`)).resolves.toMatchObject({ status: 'ok' });
      } finally {
        await api.close();
      }
    });

    it('protectLocalPort refuses what is no TCP port', () => {
      for (const port of [0, -1, 70_000, 1.5, Number.NaN]) expect(() => engine.protectLocalPort(port), String(port)).toThrow(RangeError);
    });

    it.runIf(interfaceAddress !== undefined)("refuses the server's port on this machine's interface addresses when it listens on all of them", async () => {
      const api = await startServer({ engine, host: '0.0.0.0', port: 0, tokens: [{ token: 'a-long-enough-admin-token-for-tests', roles: ['plugins:admin'] }] });
      try {
        for (const host of [interfaceAddress as string, 'localhost', '0.0.0.0']) {
          const url = `http://${host}:${api.port}/api/v1/plugins/status`;
          await expect(fetchUrl(url), url).resolves.toMatchObject({ status: 'error', error: { type: 'permission_denied' } });
        }
      } finally {
        await api.close();
      }
    });
  });
}

if (interfaceAddress === undefined) {
  console.warn('fetch-admin-port.test.ts: this machine has no non-loopback IPv4 interface; the interface-address case is SKIPPED');
}
