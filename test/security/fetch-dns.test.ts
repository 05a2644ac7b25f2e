/**
 * ctx.fetch and DNS: a name whose answers include any non-public address (in whatever IPv6 form
 * carries it) is refused, every redirect hop is resolved and checked again, and the connection goes
 * to the address that was checked, never to a second answer (DNS rebinding). The answers come from a
 * real DNS server on loopback (UDP, wire format) reached through performFetch's resolver hook with
 * node's own c-ares Resolver; the HTTP servers are real too.
 */
import { createSocket, type Socket } from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performFetch, type FetchLimits } from '../../workers/host-fetch.ts';
import type { NetworkPolicy } from '../../src/protocol.ts';

type Answer = { A?: string[]; AAAA?: string[] };

function ipv6Bytes(address: string): Buffer {
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const [head = '', tail] = canonical.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const groups = [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  const bytes = Buffer.alloc(16);
  groups.forEach((group, index) => bytes.writeUInt16BE(group, index * 2));
  return bytes;
}

/** A tiny authoritative DNS server: each name has a list of answers, served in turn (the last one repeats). */
class TinyDns {
  readonly socket: Socket = createSocket('udp4');
  readonly zone = new Map<string, Answer[]>();
  readonly queries: Array<{ name: string; type: string }> = [];

  async start(): Promise<number> {
    this.socket.on('message', (query, peer) => this.socket.send(this.#answer(query), peer.port, peer.address));
    await new Promise<void>((resolve) => this.socket.bind(0, '127.0.0.1', resolve));
    return this.socket.address().port;
  }

  count(name: string, type: string): number {
    return this.queries.filter((query) => query.name === name && query.type === type).length;
  }

  #answer(query: Buffer): Buffer {
    let offset = 12;
    const labels: string[] = [];
    while (query[offset] !== 0) {
      const length = query[offset] as number;
      labels.push(query.subarray(offset + 1, offset + 1 + length).toString('ascii'));
      offset += 1 + length;
    }
    offset += 1;
    const qtype = query.readUInt16BE(offset);
    const question = query.subarray(12, offset + 4);
    const name = labels.join('.').toLowerCase();
    const type = qtype === 1 ? 'A' : qtype === 28 ? 'AAAA' : String(qtype);
    this.queries.push({ name, type });
    const answers = this.zone.get(name);
    const seen = this.queries.filter((entry) => entry.name === name && entry.type === type).length;
    const current = answers?.[Math.min(seen, answers.length) - 1];
    const records = type === 'A' ? (current?.A ?? []) : type === 'AAAA' ? (current?.AAAA ?? []) : [];
    const header = Buffer.alloc(12);
    header.writeUInt16BE(query.readUInt16BE(0), 0);
    header.writeUInt16BE(answers === undefined ? 0x8183 : 0x8180, 2); // NXDOMAIN for names outside the zone
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(records.length, 6);
    const rrs = records.map((address) => {
      const data = type === 'A' ? Buffer.from(address.split('.').map(Number)) : ipv6Bytes(address);
      const rr = Buffer.alloc(12);
      rr.writeUInt16BE(0xc00c, 0); // pointer to the question's name
      rr.writeUInt16BE(qtype, 2);
      rr.writeUInt16BE(1, 4);
      rr.writeUInt32BE(0, 6); // TTL 0: nothing may cache it
      rr.writeUInt16BE(data.length, 10);
      return Buffer.concat([rr, data]);
    });
    return Buffer.concat([header, question, ...rrs]);
  }
}

function listen(host: string, port = 0, reply = 'ok'): Promise<{ server: Server; port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const target = /^\/go\?to=(.+)$/.exec(req.url ?? '');
    if (target) res.writeHead(302, { location: decodeURIComponent(target[1] as string) }).end();
    else res.writeHead(200).end(`${reply} ${req.headers.host}`);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve({ server, port: (server.address() as AddressInfo).port, hits })));
}

describe('ctx.fetch and DNS (a real DNS server on loopback)', () => {
  const dns = new TinyDns();
  let resolve: NonNullable<FetchLimits['resolve']>;
  let first: Awaited<ReturnType<typeof listen>>;
  let second: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    const dnsPort = await dns.start();
    resolve = async (hostname) => {
      const resolver = new Resolver({ timeout: 1000, tries: 1 });
      resolver.setServers([`127.0.0.1:${dnsPort}`]);
      const [v4, v6] = await Promise.allSettled([resolver.resolve4(hostname), resolver.resolve6(hostname)]);
      const found = [
        ...(v4.status === 'fulfilled' ? v4.value.map((address) => ({ address, family: 4 })) : []),
        ...(v6.status === 'fulfilled' ? v6.value.map((address) => ({ address, family: 6 })) : []),
      ];
      if (found.length === 0 && v4.status === 'rejected') throw v4.reason;
      return found;
    };
    first = await listen('127.0.0.1', 0, 'first');
    // The same port on another loopback address: where a second (rebound) answer would lead.
    second = await listen('127.0.0.2', first.port, 'second');
  });
  afterAll(() => {
    dns.socket.close();
    first?.server.close();
    second?.server.close();
  });

  const policy = (allowPrivateHosts: string[] = []): NetworkPolicy => ({ allowedHosts: ['*.test:*'], allowPrivateHosts, timeoutMs: 2000, maxRedirects: 5 });
  const limits = (): FetchLimits => ({ signal: new AbortController().signal, deadline: Date.now() + 3000, budget: () => 1_000_000, spend: () => undefined, resolve });
  const get = (url: string, allowPrivateHosts?: string[]) => performFetch({ url, method: 'GET', headers: [], body: null, redirect: 'follow' }, policy(allowPrivateHosts), limits());

  it('refuses names whose answers carry a non-public address in any IPv6 form, without naming it', async () => {
    const cases: Record<string, Answer> = {
      'mapped.test': { AAAA: ['::ffff:127.0.0.1'] },
      'mapped-metadata.test': { AAAA: ['::ffff:169.254.169.254'] },
      'compatible.test': { AAAA: ['::7f00:1'] },
      'siit.test': { AAAA: ['::ffff:0:a00:1'] },
      'nat64.test': { AAAA: ['64:ff9b::a00:1'] },
      'sixtofour.test': { AAAA: ['2002:c0a8:101::1'] },
      'teredo.test': { AAAA: ['2001:0:4136:e378:8000:63bf:3fff:fdd2'] },
      'ula.test': { AAAA: ['fd00::1'] },
      'cgnat.test': { A: ['100.64.1.2'] },
      // One private answer among public ones is enough.
      'mixed.test': { A: ['93.184.216.34'], AAAA: ['2606:2800:220:1:248:1893:25c8:1946', '::ffff:10.0.0.8'] },
    };
    for (const [name, answer] of Object.entries(cases)) dns.zone.set(name, [answer]);
    for (const name of Object.keys(cases)) {
      const refusal = get(`http://${name}:${first.port}/`);
      await expect(refusal, name).rejects.toMatchObject({ name: 'PermissionDeniedError', message: expect.stringContaining(`${name} resolves to a private or special-purpose address`) });
      const message = await refusal.catch((error: Error) => error.message);
      expect(message, name).not.toMatch(/::ffff|7f00|127\.0\.0\.1|169\.254|10\.0\.0|64:ff9b|2002:|2001:0|fd00|100\.64/);
    }
    expect(first.hits).toEqual([]);
  });

  it('connects to the address it checked: a rebinding answer is never asked for', async () => {
    dns.zone.set('rebind.test', [{ A: ['127.0.0.1'] }, { A: ['127.0.0.2'] }]);
    const response = await get(`http://rebind.test:${first.port}/pinned`, ["rebind.test"]);
    expect(new TextDecoder().decode(response.body)).toBe(`first rebind.test:${first.port}`);
    expect(dns.count('rebind.test', 'A')).toBe(1);
    expect(second.hits).toEqual([]);
    // The next request resolves afresh (TTL 0) and goes where that answer says: the DNS server is live.
    const next = await get(`http://rebind.test:${first.port}/again`, ["rebind.test"]);
    expect(new TextDecoder().decode(next.body)).toBe(`second rebind.test:${first.port}`);
    expect(dns.count('rebind.test', 'A')).toBe(2);
  });

  it('resolves and checks every redirect hop again', async () => {
    dns.zone.set('start.test', [{ A: ['127.0.0.1'] }]);
    dns.zone.set('internal.test', [{ A: ['10.0.0.1'] }]);
    dns.zone.set('mapped-hop.test', [{ AAAA: ['::ffff:127.0.0.1'] }]);
    for (const hop of ['internal.test', 'mapped-hop.test']) {
      const location = encodeURIComponent(`http://${hop}:${first.port}/secret`);
      await expect(get(`http://start.test:${first.port}/go?to=${location}`, [`start.test:${first.port}`]), hop).rejects.toMatchObject({
        name: 'PermissionDeniedError',
        message: expect.stringContaining(`${hop} resolves to a private`),
      });
      expect(dns.count(hop, 'A') + dns.count(hop, 'AAAA'), hop).toBeGreaterThan(0);
    }
    expect(first.hits).not.toContain('/secret');
  });

  it('reports a name that does not resolve by its error code only', async () => {
    await expect(get(`http://nowhere.test:${first.port}/`)).rejects.toMatchObject({ name: 'TypeError', message: 'ctx.fetch: cannot resolve nowhere.test (ENOTFOUND)' });
  });
});
