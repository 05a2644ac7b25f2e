import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { performFetch } from '../../workers/host-fetch.ts';
import { isSpecialAddress } from '../../workers/network-policy.ts';
import { tempDir, writePlugin } from '../helpers.ts';

const FETCHER = `
export default {
  async classify(input, ctx) {
    const response = await ctx.fetch(input.url, input.init);
    const body = input.as === 'json' ? await response.json() : await response.text();
    return { status: response.status, redirected: response.redirected, url: response.url, type: response.headers.get('content-type'), body };
  },
};
`;

describe('ctx.fetch', () => {
  let server: Server;
  let base: string;
  let engine: Engine;
  const seen: Array<{ url: string; method: string; headers: Record<string, unknown>; body: string }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ url: req.url ?? '', method: req.method ?? '', headers: req.headers, body });
        if (req.url === '/json') res.writeHead(200, { 'content-type': 'application/json' }).end('{"hello":"world"}');
        else if (req.url === '/echo') res.writeHead(201, { 'content-type': 'text/plain' }).end(`${req.method} ${body}`);
        else if (req.url === '/hop') res.writeHead(302, { location: '/json' }).end();
        else if (req.url === '/slow') setTimeout(() => res.end('late'), 3000);
        else res.writeHead(404).end('missing');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const root = await tempDir();
    await writePlugin(root, { id: 'fetcher', permissions: ['network'], allowedHosts: ['127.0.0.1:*'], limits: { timeoutMs: 5000 } }, FETCHER);
    await writePlugin(root, { id: 'blocked', permissions: ['network'], allowedHosts: ['127.0.0.1:*'] }, FETCHER);
    engine = await createEngine({
      plugins: [`${root}/fetcher`],
      poolSize: 1,
      limits: { fetchTimeoutMs: 500, maxFetchBytesPerCall: 64 * 1024 },
      security: { allowPrivateNetwork: ['127.0.0.1'] },
    });
  });
  afterAll(async () => {
    await engine.close();
    server.close();
  });

  it('performs allowed requests from the host with the body copied in', async () => {
    await expect(engine.invoke('fetcher', 'classify', { url: `${base}/json`, as: 'json' })).resolves.toMatchObject({
      status: 'ok',
      value: { status: 200, redirected: false, type: 'application/json', body: { hello: 'world' } },
    });
    await expect(
      engine.invoke('fetcher', 'classify', { url: `${base}/echo`, init: { method: 'post', body: 'payload', headers: { 'x-token': 't', host: 'evil', 'transfer-encoding': 'chunked' } } }),
    ).resolves.toMatchObject({ status: 'ok', value: { status: 201, body: 'POST payload' } });
    const echo = seen.find((r) => r.url === '/echo');
    expect(echo?.headers).toMatchObject({ 'x-token': 't', host: expect.stringMatching(/^127\.0\.0\.1:/) });
    expect(echo?.headers['transfer-encoding']).toBeUndefined();
  });

  it('follows redirects inside the allowed hosts, re-checking each hop', async () => {
    await expect(engine.invoke('fetcher', 'classify', { url: `${base}/hop`, as: 'json' })).resolves.toMatchObject({
      status: 'ok',
      value: { status: 200, redirected: true, url: `${base}/json` },
    });
    await expect(engine.invoke('fetcher', 'classify', { url: `${base}/hop`, init: { redirect: 'manual' } })).resolves.toMatchObject({
      status: 'ok',
      value: { status: 302 },
    });
  });

  it('enforces its own deadline and the per-call byte budget', async () => {
    await expect(engine.invoke('fetcher', 'classify', { url: `${base}/slow` })).resolves.toMatchObject({ status: 'error', error: { type: 'error', name: 'TimeoutError' } });
    await expect(engine.invoke('fetcher', 'classify', { url: `${base}/echo`, init: { method: 'POST', body: 'x'.repeat(100_000) } })).resolves.toMatchObject({
      status: 'error',
      error: { type: 'quota_exceeded' },
    });
  });

  it('refuses hosts outside allowedHosts and private addresses the admin did not allow', async () => {
    await expect(engine.invoke('fetcher', 'classify', { url: 'https://example.com/' })).resolves.toMatchObject({ status: 'error', error: { type: 'permission_denied' } });
    await expect(engine.invoke('fetcher', 'classify', { url: base.replace('127.0.0.1', 'localhost') })).resolves.toMatchObject({ status: 'error', error: { type: 'permission_denied' } });
  });

  it('connects to the address it checked, never resolving twice (no DNS rebinding)', async () => {
    let lookups = 0;
    const port = (server.address() as AddressInfo).port;
    const policy = { allowedHosts: ['rebind.test:*'], allowPrivateHosts: ['rebind.test'], timeoutMs: 1000, maxRedirects: 5 };
    const limits = (resolve: () => Promise<Array<{ address: string; family: number }>>) => ({
      signal: new AbortController().signal,
      deadline: Date.now() + 2000,
      budget: () => 1_000_000,
      spend: () => undefined,
      resolve: async () => {
        lookups += 1;
        return resolve();
      },
    });
    const response = await performFetch(
      { url: `http://rebind.test:${port}/json`, method: 'GET', headers: [], body: null, redirect: 'follow' },
      policy,
      limits(async () => [{ address: '127.0.0.1', family: 4 }]),
    );
    expect(response.status).toBe(200);
    expect(lookups).toBe(1);
    // A name resolving to several addresses is refused if any of them is private.
    await expect(
      performFetch(
        { url: `http://mixed.test:${port}/json`, method: 'GET', headers: [], body: null, redirect: 'follow' },
        { ...policy, allowedHosts: ['mixed.test:*'], allowPrivateHosts: [] },
        limits(async () => [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.8', family: 4 }]),
      ),
    ).rejects.toMatchObject({ name: 'PermissionDeniedError' });
  });

  it('classifies special-purpose addresses', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::a9fe:a9fe', '224.0.0.1']) {
      expect(isSpecialAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::6810:85e5']) expect(isSpecialAddress(address), address).toBe(false);
  });
});
