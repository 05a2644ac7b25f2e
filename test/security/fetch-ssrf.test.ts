/**
 * SSRF remainders (issue #13, item 11): every special-purpose range and every spelling of an address
 * that embeds one, alternative IPv4 host spellings, refusals that do not leak resolved addresses,
 * private-network allowances restricted by port, and redirects re-checked hop by hop. Real isolates
 * (createEngine), real local HTTP servers and the real `localhost` resolution.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { classifyAddress, isSpecialAddress } from '../../workers/network-policy.ts';
import { tempDir, writePlugin } from '../helpers.ts';

const FETCHER = `
export default {
  async classify(input, ctx) {
    const response = await ctx.fetch(input.url, input.init);
    return { status: response.status, url: response.url, redirected: response.redirected, body: await response.text() };
  },
};
`;

function listen(host = '127.0.0.1'): Promise<{ server: Server; port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const target = /^\/go\?to=(.+)$/.exec(req.url ?? '');
    if (target) res.writeHead(302, { location: decodeURIComponent(target[1] as string) }).end();
    else res.writeHead(200, { 'content-type': 'text/plain' }).end(`hello from ${req.url}`);
  });
  return new Promise((resolve) => server.listen(0, host, () => resolve({ server, port: (server.address() as AddressInfo).port, hits })));
}

describe('address classification', () => {
  it('classifies every IANA special-purpose IPv4 range (first, inner and last address) as non-public', () => {
    const samples = [
      '0.0.0.0', '0.255.255.255', '10.0.0.0', '10.255.255.255', '100.64.0.0', '100.127.255.255', '127.0.0.1', '127.255.255.254',
      '169.254.0.1', '169.254.169.254', '172.16.0.0', '172.31.255.255', '192.0.0.0', '192.0.0.8', '192.0.0.255', '192.0.2.1',
      '192.88.99.1', '192.168.0.1', '192.168.255.255', '198.18.0.0', '198.19.255.255', '198.51.100.7', '203.0.113.9',
      '224.0.0.1', '239.255.255.255', '240.0.0.1', '255.255.255.254', '255.255.255.255',
    ];
    for (const address of samples) expect(isSpecialAddress(address), address).toBe(true);
    // Neighbours just outside the ranges stay public.
    for (const address of ['9.255.255.255', '11.0.0.0', '100.63.255.255', '100.128.0.0', '172.15.255.255', '172.32.0.0', '192.0.1.1', '192.167.255.255', '192.169.0.0', '198.17.255.255', '198.20.0.0', '223.255.255.255', '8.8.8.8', '1.1.1.1']) {
      expect(isSpecialAddress(address), address).toBe(false);
    }
  });

  it('classifies every special-purpose IPv6 range as non-public', () => {
    const samples = [
      '::', '::1', '0:0:0:0:0:0:0:1', '100::1', '100:0:0:1::1', '2001::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', '2001:2::1', '2001:10::1', '2001:20::1',
      '2001:db8::1', '2001:0db8:ffff:ffff:ffff:ffff:ffff:ffff', '2002::1', '3fff::1', '3fff:fff::1', '5f00::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'febf::1',
      'fec0::1', 'ff02::1', 'ff0e::1', '64:ff9b:1::a00:1', '4000::1', '1fff::1', 'e000::1',
    ];
    for (const address of samples) expect(isSpecialAddress(address), address).toBe(true);
    for (const address of ['2606:4700::6810:85e5', '2a00:1450:4001:82a::200e', '2620:fe::fe', '3001::1']) expect(isSpecialAddress(address), address).toBe(false);
  });

  it('unwraps IPv4-compatible, IPv4-mapped (every spelling), NAT64, 6to4 and Teredo forms', () => {
    const embedded = [
      // IPv4-compatible (deprecated): always refused.
      '::127.0.0.1', '::7f00:1', '::8.8.8.8', '[::7f00:1]',
      // IPv4-mapped: the IPv4 address they are on the wire.
      '::ffff:127.0.0.1', '::ffff:7f00:1', '0:0:0:0:0:ffff:7f00:1', '0:0:0:0:0:FFFF:127.0.0.1', '0::ffff:10.0.0.1', '[::ffff:a9fe:a9fe]', '::ffff:169.254.169.254',
      // SIIT / IPv4-translated.
      '::ffff:0:7f00:1', '::ffff:0:8.8.8.8',
      // NAT64 well-known prefix carrying a private address, in several spellings.
      '64:ff9b::127.0.0.1', '64:ff9b::7f00:1', '64:ff9b:0:0:0:0:a00:1', '64:ff9b::a9fe:a9fe', '64:ff9b::c0a8:101',
      // 6to4 and Teredo tunnel to an embedded IPv4 address.
      '2002:7f00:1::1', '2002:c0a8:101::', '2002:0a00:0001:0000:0000:0000:0000:0001', '2002:808:808::1', '2001:0000:4136:e378:8000:63bf:f5ff:fffe',
      // Zone ids only make sense on link-local scopes.
      'fe80::1%eth0', 'ff02::1%1',
    ];
    for (const address of embedded) expect(isSpecialAddress(address), address).toBe(true);
    // Forms that are really a public IPv4 address stay usable (dual-stack sockets, DNS64 networks).
    expect(classifyAddress('::ffff:8.8.8.8')).toEqual({ address: '8.8.8.8', family: 4, special: false });
    expect(classifyAddress('64:ff9b::808:808')).toEqual({ address: '64:ff9b::808:808', family: 6, special: false });
    // One canonical spelling per address.
    expect(classifyAddress('[0:0:0:0:0:FFFF:7F00:1]')).toEqual({ address: '127.0.0.1', family: 4, special: true });
    expect(classifyAddress('2001:DB8:0:0:1:0:0:1')).toMatchObject({ address: '2001:db8::1:0:0:1', family: 6 });
    expect(classifyAddress('localhost')).toBeUndefined();
  });

  it('sees decimal, octal and hex IPv4 host spellings as the address WHATWG URL parsing normalises them to', () => {
    for (const spelling of ['2130706433', '0x7f.1', '0177.0.0.1', '127.1', '0x7f000001', '017700000001', '127.0.0.1.']) {
      expect(new URL(`http://${spelling}/`).hostname, spelling).toBe('127.0.0.1');
    }
    expect(new URL('http://[::ffff:127.0.0.1]/').hostname).toBe('[::ffff:7f00:1]');
    expect(new URL('http://[0:0:0:0:0:ffff:7f00:1]/').hostname).toBe('[::ffff:7f00:1]');
    expect(new URL('http://[::127.0.0.1]/').hostname).toBe('[::7f00:1]');
  });
});

describe('ctx.fetch against special addresses (real isolates, real servers)', () => {
  let engine: Engine;
  let target: Awaited<ReturnType<typeof listen>>;
  let other: Awaited<ReturnType<typeof listen>>;
  let closedPort: number;

  beforeAll(async () => {
    target = await listen();
    other = await listen();
    const closed = await listen();
    closedPort = closed.port;
    await new Promise((resolve) => closed.server.close(resolve));
    const root = await tempDir();
    const everySpelling = ['127.0.0.1:*', 'localhost:*', '[::1]:*', '[::ffff:7f00:1]:*', '[::7f00:1]:*', '[64:ff9b::7f00:1]:*', '[2002:7f00:1::1]:*', '0.0.0.0:*', '169.254.169.254', '[::ffff:a9fe:a9fe]'];
    await writePlugin(root, { id: 'fetcher', permissions: ['network'], allowedHosts: everySpelling, limits: { timeoutMs: 3000 } }, FETCHER);
    engine = await createEngine({
      plugins: [`${root}/fetcher`],
      poolSize: 1,
      limits: { fetchTimeoutMs: 2000 },
      // Loopback only on the target's port (and localhost on the closed one): `other` stays private.
      security: { allowPrivateNetwork: [`127.0.0.1:${target.port}`, `localhost:${target.port}`, `localhost:${closedPort}`] },
    });
  });
  afterAll(async () => {
    await engine?.close();
    target?.server.close();
    other?.server.close();
  });

  const fetchUrl = (url: string) => engine.invoke('fetcher', 'classify', { url });
  const messageOf = (outcome: Awaited<ReturnType<typeof fetchUrl>>) => (outcome.status === 'error' ? outcome.error.message : '');

  it('refuses loopback and metadata addresses in every IPv4 and IPv6 spelling, before connecting', async () => {
    const port = other.port;
    const spellings = [
      `http://2130706433:${port}/`, `http://0x7f.1:${port}/`, `http://0177.0.0.1:${port}/`, `http://127.1:${port}/`, `http://0x7f000001:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`, `http://[::ffff:7f00:1]:${port}/`, `http://[0:0:0:0:0:ffff:7f00:1]:${port}/`,
      `http://[::127.0.0.1]:${port}/`, `http://[::7f00:1]:${port}/`, `http://[64:ff9b::127.0.0.1]:${port}/`, `http://[2002:7f00:1::1]:${port}/`,
      `http://[::1]:${port}/`, `http://0.0.0.0:${port}/`, `http://0:${port}/`, 'http://169.254.169.254/latest/meta-data/', 'http://[::ffff:169.254.169.254]/latest/meta-data/',
    ];
    for (const url of spellings) {
      await expect(fetchUrl(url), url).resolves.toMatchObject({ status: 'error', error: { type: 'permission_denied' } });
    }
    expect(other.hits).toEqual([]);
    // The decimal spelling is the very 127.0.0.1 the admin allowed on the target's port.
    await expect(fetchUrl(`http://2130706433:${target.port}/decimal`)).resolves.toMatchObject({
      status: 'ok',
      value: { url: `http://127.0.0.1:${target.port}/decimal`, body: 'hello from /decimal' },
    });
  });

  it('refuses a name resolving to loopback without saying which address it resolved to', async () => {
    const outcome = await fetchUrl(`http://localhost:${other.port}/`);
    expect(outcome).toMatchObject({ status: 'error', error: { type: 'permission_denied', message: expect.stringContaining('localhost resolves to a private or special-purpose address') } });
    expect(messageOf(outcome)).not.toMatch(/127\.0\.0\.1|::1/);
    expect(other.hits).toEqual([]);
  });

  it('does not leak the resolved address in connection errors either', async () => {
    const outcome = await fetchUrl(`http://localhost:${closedPort}/`);
    expect(outcome).toMatchObject({ status: 'error', error: { type: 'error', name: 'TypeError', message: expect.stringContaining('ECONNREFUSED') } });
    expect(messageOf(outcome)).not.toMatch(/127\.0\.0\.1|::1/);
  });

  it('restricts a private-network allowance to its port', async () => {
    await expect(fetchUrl(`http://localhost:${target.port}/db`)).resolves.toMatchObject({ status: 'ok', value: { body: 'hello from /db' } });
    await expect(fetchUrl(`http://127.0.0.1:${target.port}/db`)).resolves.toMatchObject({ status: 'ok', value: { body: 'hello from /db' } });
    for (const host of ['localhost', '127.0.0.1']) {
      await expect(fetchUrl(`http://${host}:${other.port}/db`), host).resolves.toMatchObject({
        status: 'error',
        error: { type: 'permission_denied', message: expect.stringContaining(`${host}:${other.port} is not allowed`) },
      });
    }
    expect(other.hits).toEqual([]);
  });

  it('re-checks every redirect hop with the same rules, including IPv4-mapped and -compatible spellings', async () => {
    const start = `http://127.0.0.1:${target.port}/go?to=`;
    const hops = [
      `http://[::ffff:127.0.0.1]:${target.port}/secret`, // the allowed port, but not the allowed name
      `http://[::ffff:127.0.0.1]:${other.port}/secret`,
      `http://[0:0:0:0:0:ffff:7f00:1]:${other.port}/secret`,
      `http://[::7f00:1]:${other.port}/secret`,
      `http://[64:ff9b::7f00:1]:${other.port}/secret`,
      `http://2130706433:${other.port}/secret`,
      `http://127.0.0.1:${other.port}/secret`,
      `http://localhost:${other.port}/secret`,
      `http://[::1]:${other.port}/secret`,
      'http://169.254.169.254/latest/meta-data/',
      'http://[::ffff:a9fe:a9fe]/latest/meta-data/',
    ];
    for (const hop of hops) {
      const outcome = await fetchUrl(`${start}${encodeURIComponent(hop)}`);
      expect(outcome, hop).toMatchObject({ status: 'error', error: { type: 'permission_denied' } });
      expect(messageOf(outcome), hop).not.toMatch(/resolves to .*\d+\.\d+\.\d+\.\d+/);
    }
    expect(other.hits).toEqual([]);
    expect(target.hits).not.toContain('/secret');
    // The allowed port of localhost is followed as usual.
    await expect(fetchUrl(`${start}${encodeURIComponent(`http://localhost:${target.port}/fine`)}`)).resolves.toMatchObject({
      status: 'ok',
      value: { redirected: true, body: 'hello from /fine', url: `http://localhost:${target.port}/fine` },
    });
  });
});
