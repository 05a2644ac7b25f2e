/**
 * Which URLs and addresses ctx.fetch may reach: the manifest's `allowedHosts`, http(s) only, and no
 * private, loopback, link-local or otherwise special-purpose address unless an admin allowed the host
 * name explicitly. Addresses are checked after resolution (every resolved address), and the connection
 * is then made to the checked address, so DNS rebinding cannot swap it afterwards.
 */
import { BlockList, isIP } from 'node:net';
import type { NetworkPolicy } from '../src/protocol.ts';

/** Special-purpose ranges (RFC 6890 and friends) a plugin must not reach by default. */
const SPECIAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  SPECIAL.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  // (::ffff:0:0/96 is handled by embeddedIPv4: Node's BlockList would also match every IPv4 address against it)
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23],
  ['2001:db8::', 32], ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) {
  SPECIAL.addSubnet(net, prefix, 'ipv6');
}

/** The IPv4 address embedded in an IPv4-mapped, NAT64 or 6to4 IPv6 address, if any. */
function embeddedIPv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const hi = parseInt(hex[1] as string, 16);
    const lo = parseInt(hex[2] as string, 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return undefined;
}

/** True for loopback, private, link-local, CGNAT, multicast, documentation and other special addresses. */
export function isSpecialAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return SPECIAL.check(address, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIPv4(address);
    if (v4 !== undefined) return true; // mapped / translated addresses are never needed by plugins
    return SPECIAL.check(address, 'ipv6');
  }
  return true; // not an address at all: refuse
}

export class NetworkDenied extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermissionDeniedError';
  }
}

/** URL.hostname without IPv6 brackets. */
export function bareHostname(url: URL): string {
  const host = url.hostname.toLowerCase();
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function defaultPort(url: URL): string {
  return url.protocol === 'https:' ? '443' : '80';
}

function matchesEntry(entry: string, host: string, port: string, isDefaultPort: boolean): boolean {
  let pattern = entry.trim().toLowerCase();
  let entryPort: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d+|\*))?$/.exec(pattern);
  if (bracketed) {
    pattern = bracketed[1] as string;
    entryPort = bracketed[2];
  } else if (isIP(pattern) !== 6) {
    const colon = pattern.lastIndexOf(':');
    if (colon !== -1) {
      entryPort = pattern.slice(colon + 1);
      pattern = pattern.slice(0, colon);
    }
  }
  if (entryPort === undefined ? !isDefaultPort : entryPort !== '*' && entryPort !== port) return false;
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1);
    return host.endsWith(suffix) && host.length > suffix.length;
  }
  return pattern === host;
}

/** Throws NetworkDenied unless the URL is http(s) to a host (and port) the manifest allows. */
export function checkUrl(raw: string, policy: NetworkPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw Object.assign(new TypeError(`ctx.fetch: invalid URL "${raw.slice(0, 200)}"`), { name: 'TypeError' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new NetworkDenied(`ctx.fetch only supports http and https, not ${url.protocol}`);
  if (url.username !== '' || url.password !== '') throw new NetworkDenied('ctx.fetch URLs must not carry credentials');
  const host = bareHostname(url);
  const port = url.port === '' ? defaultPort(url) : url.port;
  const isDefaultPort = port === defaultPort(url);
  if (!policy.allowedHosts.some((entry) => matchesEntry(entry, host, port, isDefaultPort))) {
    throw new NetworkDenied(`ctx.fetch to ${host}${url.port === '' ? '' : `:${url.port}`} is not allowed: the host is not in the manifest's allowedHosts`);
  }
  return url;
}

/** Whether the admin allowed this host name to reach special-purpose addresses. */
export function privateAllowed(host: string, policy: NetworkPolicy): boolean {
  return policy.allowPrivateHosts.some((entry) => entry === '*' || entry.toLowerCase() === host);
}
