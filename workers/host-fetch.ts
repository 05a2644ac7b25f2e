/**
 * ctx.fetch, performed by the worker thread on the plugin's behalf. Every hop (the first request and
 * each redirect) is checked against the manifest's allowedHosts, resolved once, every resolved address
 * checked, and the socket connected to that checked address (a pinned `lookup`), so a DNS answer that
 * changes between check and connect (rebinding) cannot reach a private address. Ports the host
 * protects (its admin API, see src/protected-ports.ts) are refused on every address of this machine.
 * Refusals and connection errors never name the resolved address: a plugin could map internal DNS.
 * Bodies are capped by the call's remaining network budget; the request has its own deadline inside
 * the call's.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { workerData } from 'node:worker_threads';
import type { NetworkPolicy } from '../src/protocol.ts';
import { ProtectedPorts } from '../src/protected-ports.ts';
import { bareHostname, checkUrl, classifyAddress, isThisMachine, NetworkDenied, portOf, privateAllowed } from './network-policy.ts';

export interface FetchRequest {
  url: string;
  method: string;
  headers: Array<[string, string]>;
  body: ArrayBuffer | null;
  redirect: string;
}

export interface FetchResponseData {
  status: number;
  statusText: string;
  url: string;
  redirected: boolean;
  headers: Array<[string, string]>;
  body: ArrayBuffer;
}

export type Resolver = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export interface FetchLimits {
  signal: AbortSignal;
  /** Absolute deadline (ms since the epoch). */
  deadline: number;
  /** Bytes (request + response bodies) the call may still move. */
  budget: () => number;
  /** Count bytes against the call's budget. */
  spend: (bytes: number) => void;
  resolve?: Resolver;
  /** Ports of this machine no request may reach; by default the pool's table (workerData.protectedPorts). */
  protectedPorts?: { has(port: number): boolean };
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** Headers the host sets itself (or that could smuggle a second request / change the target). */
const FORBIDDEN_HEADERS = new Set([
  'host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'upgrade', 'te', 'trailer', 'expect',
  'proxy-authorization', 'proxy-connection', 'http2-settings',
]);
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie']);

function namedError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

const pooled = (workerData as { protectedPorts?: unknown } | null | undefined)?.protectedPorts;
const poolProtectedPorts = pooled instanceof SharedArrayBuffer ? new ProtectedPorts(pooled) : undefined;

const PRIVATE_HINT = 'an admin can allow the host or host:port in security.allowPrivateNetwork';

interface Pinned {
  address: string;
  family: number;
}

/** Resolve once and check every address; returns the (canonical) address to connect to. */
async function resolveChecked(url: URL, policy: NetworkPolicy, limits: FetchLimits): Promise<Pinned> {
  const host = bareHostname(url);
  const port = portOf(url);
  const literal = classifyAddress(host);
  let resolved: Array<{ address: string; family: number }>;
  if (literal !== undefined) resolved = [literal];
  else {
    try {
      resolved = await (limits.resolve ?? systemResolver)(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw namedError('TypeError', `ctx.fetch: cannot resolve ${host}${typeof code === 'string' ? ` (${code})` : ''}`);
    }
  }
  if (resolved.length === 0) throw namedError('TypeError', `ctx.fetch: ${host} has no address`);
  const addresses = resolved.map(({ address }) => classifyAddress(address));
  const mayBePrivate = privateAllowed(host, port, policy);
  for (const [index, classified] of addresses.entries()) {
    if (classified !== undefined && (mayBePrivate || !classified.special)) continue;
    const what = literal !== undefined ? 'it is' : `${host} resolves to`;
    throw new NetworkDenied(
      `ctx.fetch to ${host}:${port} is not allowed: ${what} a private or special-purpose address (${PRIVATE_HINT})`,
      `${host} resolved to ${resolved[index]?.address}`,
    );
  }
  const pinned = addresses[0] as Pinned;
  // Never the host's own admin API, whatever the allowances: on this machine every interface reaches it.
  if ((limits.protectedPorts ?? poolProtectedPorts)?.has(Number(port)) === true && isThisMachine(pinned.address)) {
    throw new NetworkDenied(`ctx.fetch to ${host}:${port} is not allowed: that port of this machine is reserved by the host`, `${host} resolved to ${pinned.address}`);
  }
  return { address: pinned.address, family: pinned.family };
}

function connectionFailure(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' && /^[A-Z0-9_]+$/.test(code) ? code : 'connection error';
}

function requestOnce(
  url: URL,
  pinned: Pinned,
  method: string,
  headers: Array<[string, string]>,
  body: Uint8Array | null,
  limits: FetchLimits,
): Promise<{ status: number; statusText: string; headers: Array<[string, string]>; body: ArrayBuffer }> {
  return new Promise((resolve, reject) => {
    const transport = url.protocol === 'https:' ? https : http;
    const outgoing: Record<string, string | string[]> = {};
    for (const [name, value] of headers) {
      const existing = outgoing[name];
      if (existing === undefined) outgoing[name] = value;
      else outgoing[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
    if (body !== null) outgoing['content-length'] = String(body.byteLength);
    const remainingMs = limits.deadline - Date.now();
    if (remainingMs <= 0) {
      reject(namedError('TimeoutError', 'ctx.fetch ran out of time'));
      return;
    }
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      reject(error);
    };
    const request = transport.request({
      protocol: url.protocol,
      hostname: bareHostname(url),
      port: url.port === '' ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method,
      headers: outgoing,
      agent: false,
      // Connect to the address that was checked, whatever DNS says now.
      lookup: ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
        if (options.all) callback(null, [pinned]);
        else callback(null, pinned.address, pinned.family);
      }) as unknown as http.RequestOptions['lookup'],
      signal: limits.signal,
    });
    const timer = setTimeout(() => fail(namedError('TimeoutError', 'ctx.fetch timed out')), remainingMs);
    request.on('error', (error: Error) => {
      if (limits.signal.aborted) fail(namedError('AbortError', 'ctx.fetch was aborted: its call ended'));
      // Node's messages name the address and port it tried (a resolved internal address): say only the code.
      else fail(namedError('TypeError', `ctx.fetch to ${bareHostname(url)} failed: ${connectionFailure(error)}`));
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        received += chunk.byteLength;
        if (received > limits.budget()) {
          fail(namedError('QuotaExceededError', `ctx.fetch response exceeds the call's remaining network budget (${limits.budget()} bytes)`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', (error: Error) => fail(namedError('TypeError', `ctx.fetch failed reading the response: ${connectionFailure(error)}`)));
      response.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        limits.spend(received);
        const joined = Buffer.concat(chunks, received);
        const copy = new Uint8Array(received);
        copy.set(joined);
        const pairs: Array<[string, string]> = [];
        for (let i = 0; i + 1 < response.rawHeaders.length; i += 2) {
          pairs.push([(response.rawHeaders[i] as string).toLowerCase(), response.rawHeaders[i + 1] as string]);
        }
        resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: pairs, body: copy.buffer });
      });
    });
    if (body !== null) request.end(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    else request.end();
  });
}

/** Perform one ctx.fetch. Rejects with an Error whose `name` maps to an outcome type. */
export async function performFetch(request: FetchRequest, policy: NetworkPolicy, limits: FetchLimits): Promise<FetchResponseData> {
  let method = String(request.method).toUpperCase();
  if (!METHODS.has(method)) throw namedError('TypeError', `ctx.fetch: unsupported method "${method.slice(0, 20)}"`);
  const redirectMode = request.redirect === 'manual' || request.redirect === 'error' ? request.redirect : 'follow';
  let headers = request.headers.filter(([name]) => !FORBIDDEN_HEADERS.has(name) && !name.startsWith('proxy-') && !name.startsWith('sec-'));
  let body = request.body === null ? null : new Uint8Array(request.body);
  if (body !== null && (method === 'GET' || method === 'HEAD')) throw namedError('TypeError', 'ctx.fetch: a GET or HEAD request cannot have a body');
  if (body !== null) {
    if (body.byteLength > limits.budget()) throw namedError('QuotaExceededError', `ctx.fetch request body exceeds the call's remaining network budget (${limits.budget()} bytes)`);
    limits.spend(body.byteLength);
  }
  let url = checkUrl(request.url, policy);
  let redirected = false;
  for (let hop = 0; ; hop++) {
    const pinned = await resolveChecked(url, policy, limits);
    if (limits.signal.aborted) throw namedError('AbortError', 'ctx.fetch was aborted: its call ended');
    const response = await requestOnce(url, pinned, method, headers, body, limits);
    const location = response.headers.find(([name]) => name === 'location')?.[1];
    const isRedirect = [301, 302, 303, 307, 308].includes(response.status) && location !== undefined;
    if (!isRedirect || redirectMode === 'manual') {
      return { status: response.status, statusText: response.statusText, url: url.href, redirected, headers: response.headers, body: response.body };
    }
    if (redirectMode === 'error') throw namedError('TypeError', `ctx.fetch: redirected to ${location.slice(0, 200)} with redirect: "error"`);
    if (hop >= policy.maxRedirects) throw namedError('TypeError', `ctx.fetch: more than ${policy.maxRedirects} redirects`);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw namedError('TypeError', `ctx.fetch: invalid redirect location "${location.slice(0, 200)}"`);
    }
    // Every hop is checked like the first request: allowed host, then resolved addresses.
    next = checkUrl(next.href, policy);
    if (next.origin !== url.origin) headers = headers.filter(([name]) => !CREDENTIAL_HEADERS.has(name));
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      method = method === 'HEAD' ? 'HEAD' : 'GET';
      body = null;
      headers = headers.filter(([name]) => name !== 'content-type');
    }
    url = next;
    redirected = true;
  }
}
