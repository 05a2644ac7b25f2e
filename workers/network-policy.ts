/**
 * Which URLs and addresses ctx.fetch may reach: the manifest's `allowedHosts`, http(s) only, and no
 * private, loopback, link-local or otherwise special-purpose address unless an admin allowed the host
 * (and port) explicitly. Addresses are checked after resolution (every resolved address), and the
 * connection is then made to the checked address, so DNS rebinding cannot swap it afterwards. Ports the
 * host protects (its own admin API) are never reachable on any address of this machine.
 */
import { BlockList, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { NetworkPolicy } from '../src/protocol.ts';

/**
 * IPv4 ranges a plugin must not reach by default: every entry of the IANA IPv4 Special-Purpose Address
 * Registry that is not globally reachable, plus multicast and the reserved 240/4 (which holds the
 * limited broadcast address).
 */
export const SPECIAL_IPV4: ReadonlyArray<readonly [string, number, string]> = [
  ['0.0.0.0', 8, '"this network" (RFC 791)'],
  ['10.0.0.0', 8, 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'shared address space, CGNAT (RFC 6598)'],
  ['127.0.0.0', 8, 'loopback (RFC 1122)'],
  ['169.254.0.0', 16, 'link-local, incl. cloud metadata 169.254.169.254 (RFC 3927)'],
  ['172.16.0.0', 12, 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments, DS-Lite, NAT64 discovery (RFC 6890)'],
  ['192.0.2.0', 24, 'documentation TEST-NET-1 (RFC 5737)'],
  ['192.88.99.0', 24, 'deprecated 6to4 relay anycast (RFC 7526)'],
  ['192.168.0.0', 16, 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'benchmarking (RFC 2544)'],
  ['198.51.100.0', 24, 'documentation TEST-NET-2 (RFC 5737)'],
  ['203.0.113.0', 24, 'documentation TEST-NET-3 (RFC 5737)'],
  ['224.0.0.0', 4, 'multicast (RFC 5771)'],
  ['240.0.0.0', 4, 'reserved (RFC 1112)'],
  ['255.255.255.255', 32, 'limited broadcast (RFC 919)'],
];

/**
 * IPv6 ranges a plugin must not reach by default (IANA IPv6 Special-Purpose Address Registry, plus
 * multicast, the deprecated site-local block and everything outside 2000::/3, the only block allocated
 * for global unicast). Not listed on purpose: `::ffff:0:0/96` (IPv4-mapped) and `64:ff9b::/96` (NAT64
 * well-known prefix) are classified by the IPv4 address they carry (see classifyAddress), because
 * Node's BlockList would also match every IPv4 address against an `::ffff:0:0/96` rule.
 */
export const SPECIAL_IPV6: ReadonlyArray<readonly [string, number, string]> = [
  ['::', 128, 'unspecified (RFC 4291)'],
  ['::1', 128, 'loopback (RFC 4291)'],
  ['::', 96, 'IPv4-compatible, deprecated (RFC 4291)'],
  ['::ffff:0:0:0', 96, 'IPv4-translated, SIIT (RFC 2765)'],
  ['64:ff9b:1::', 48, 'NAT64 local-use prefix: may translate to any IPv4 address (RFC 8215)'],
  ['100::', 64, 'discard-only (RFC 6666)'],
  ['100:0:0:1::', 64, 'dummy prefix (RFC 9780)'],
  ['2001::', 23, 'IETF protocol assignments (RFC 2928)'],
  ['2001::', 32, 'Teredo: tunnels to an embedded IPv4 address (RFC 4380)'],
  ['2001:2::', 48, 'benchmarking (RFC 5180)'],
  ['2001:10::', 28, 'ORCHID, deprecated (RFC 4843)'],
  ['2001:20::', 28, 'ORCHIDv2 (RFC 7343)'],
  ['2001:db8::', 32, 'documentation (RFC 3849)'],
  ['2002::', 16, '6to4: tunnels to an embedded IPv4 address (RFC 3056)'],
  ['3fff::', 20, 'documentation (RFC 9637)'],
  ['5f00::', 16, 'SRv6 SIDs (RFC 9602)'],
  ['fc00::', 7, 'unique local, ULA (RFC 4193)'],
  ['fe80::', 10, 'link-local (RFC 4291)'],
  ['fec0::', 10, 'site-local, deprecated (RFC 3879)'],
  ['ff00::', 8, 'multicast (RFC 4291)'],
  ['::', 3, 'not global unicast (outside 2000::/3)'],
  ['4000::', 2, 'not global unicast (outside 2000::/3)'],
  ['8000::', 1, 'not global unicast (outside 2000::/3)'],
];

// One list per family: a v4 address is only ever checked against v4 rules and a v6 one against v6
// rules (embedded IPv4 forms are unwrapped first), whatever BlockList does across families.
const SPECIAL_V4 = new BlockList();
for (const [network, prefix] of SPECIAL_IPV4) SPECIAL_V4.addSubnet(network, prefix, 'ipv4');
const SPECIAL_V6 = new BlockList();
for (const [network, prefix] of SPECIAL_IPV6) SPECIAL_V6.addSubnet(network, prefix, 'ipv6');

const MAPPED = new BlockList();
MAPPED.addSubnet('::ffff:0:0', 96, 'ipv6');
const NAT64 = new BlockList();
NAT64.addSubnet('64:ff9b::', 96, 'ipv6');

/** Addresses that reach this machine itself whatever the interface list says. */
const SELF_V4 = new BlockList();
SELF_V4.addSubnet('0.0.0.0', 8, 'ipv4'); // connecting to 0.0.0.0 reaches the local host
SELF_V4.addSubnet('127.0.0.0', 8, 'ipv4');

export interface ClassifiedAddress {
  /** Canonical form: dotted IPv4 (IPv4-mapped IPv6 unwrapped), or compressed lower-case IPv6. */
  address: string;
  family: 4 | 6;
  /** Not globally reachable (or an IPv6 form carrying such an IPv4 address): refused by default. */
  special: boolean;
}

/** The 8 16-bit groups of a canonical (WHATWG-serialized, so no dotted tail) IPv6 address. */
function groupsOf(canonical: string): number[] {
  const [head = '', tail] = canonical.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

function lastIPv4(canonical: string): string {
  const groups = groupsOf(canonical);
  const hi = groups[6] as number;
  const lo = groups[7] as number;
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** The WHATWG serializer gives one spelling per address (RFC 5952 compression, hex groups only). */
function canonicalIPv6(address: string): string | undefined {
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
}

/**
 * Canonicalize and classify an IP address in any spelling (brackets, upper case, dotted or hex tail,
 * uncompressed zeros). IPv4-mapped addresses become the IPv4 address they are on the wire; NAT64
 * well-known-prefix addresses are as special as the IPv4 address they embed; a zone id (`%eth0`) is
 * only meaningful for link-local scopes and is always special. Undefined if `raw` is no IP address.
 */
export function classifyAddress(raw: string): ClassifiedAddress | undefined {
  let text = raw.trim().toLowerCase();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  const zone = text.indexOf('%');
  if (zone !== -1) {
    const base = text.slice(0, zone);
    return isIP(base) === 6 ? { address: text, family: 6, special: true } : undefined;
  }
  const family = isIP(text);
  if (family === 4) return { address: text, family: 4, special: SPECIAL_V4.check(text, 'ipv4') };
  if (family !== 6) return undefined;
  const canonical = canonicalIPv6(text);
  if (canonical === undefined) return { address: text, family: 6, special: true };
  if (MAPPED.check(canonical, 'ipv6')) {
    const v4 = lastIPv4(canonical);
    return { address: v4, family: 4, special: SPECIAL_V4.check(v4, 'ipv4') };
  }
  if (NAT64.check(canonical, 'ipv6')) return { address: canonical, family: 6, special: SPECIAL_V4.check(lastIPv4(canonical), 'ipv4') };
  return { address: canonical, family: 6, special: SPECIAL_V6.check(canonical, 'ipv6') };
}

/** True for loopback, private, link-local, CGNAT, multicast, documentation and other special addresses (and non-addresses). */
export function isSpecialAddress(address: string): boolean {
  return classifyAddress(address)?.special ?? true;
}

/**
 * Whether connecting to this address reaches this machine: loopback, unspecified, or an address of
 * one of its network interfaces (read at each call: interfaces come and go).
 */
export function isThisMachine(address: string): boolean {
  const classified = classifyAddress(address);
  if (classified === undefined) return false;
  const { address: canonical, family } = classified;
  if (family === 4 ? SELF_V4.check(canonical, 'ipv4') : canonical === '::' || canonical === '::1') return true;
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (classifyAddress(entry.address)?.address === canonical) return true;
    }
  }
  return false;
}

export class NetworkDenied extends Error {
  /** What the host may log; never shown to the plugin (it could name internal addresses). */
  readonly detail: string | undefined;

  constructor(message: string, detail?: string) {
    super(message);
    this.name = 'PermissionDeniedError';
    this.detail = detail;
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

/** The port the request goes to: explicit, or the scheme's default. */
export function portOf(url: URL): string {
  return url.port === '' ? defaultPort(url) : url.port;
}

/** `host`, `host:port`, `host:*`, `*.domain[:port]`, `[ipv6][:port]`, a bare IPv6 address. IP hosts in canonical form. */
function parseEntry(entry: string): { pattern: string; port: string | undefined } {
  let pattern = entry.trim().toLowerCase();
  let port: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d+|\*))?$/.exec(pattern);
  if (bracketed) {
    pattern = bracketed[1] as string;
    port = bracketed[2];
  } else if (isIP(pattern) !== 6) {
    const colon = pattern.lastIndexOf(':');
    if (colon !== -1) {
      port = pattern.slice(colon + 1);
      pattern = pattern.slice(0, colon);
    }
  }
  // The URL side is WHATWG-canonical (`[::ffff:7f00:1]`, `127.0.0.1`): bring IP entries to the same spelling.
  if (isIP(pattern) === 6) pattern = canonicalIPv6(pattern) ?? pattern;
  if (port !== undefined && port !== '*') port = String(Number(port));
  return { pattern, port };
}

function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1);
    return host.endsWith(suffix) && host.length > suffix.length;
  }
  return pattern === host;
}

function matchesEntry(entry: string, host: string, port: string, isDefaultPort: boolean): boolean {
  const parsed = parseEntry(entry);
  if (parsed.port === undefined ? !isDefaultPort : parsed.port !== '*' && parsed.port !== port) return false;
  return hostMatches(parsed.pattern, host);
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
  const port = portOf(url);
  const isDefaultPort = port === defaultPort(url);
  if (!policy.allowedHosts.some((entry) => matchesEntry(entry, host, port, isDefaultPort))) {
    throw new NetworkDenied(`ctx.fetch to ${host}${url.port === '' ? '' : `:${url.port}`} is not allowed: the host is not in the manifest's allowedHosts`);
  }
  return url;
}

/**
 * Whether the admin allowed this host (and port) to reach special-purpose addresses: entries of
 * `security.allowPrivateNetwork` are `*` (anything), `host` (any port), `host:port`, `host:*`,
 * `*.domain[:port]` or `[ipv6][:port]`.
 */
export function privateAllowed(host: string, port: string, policy: NetworkPolicy): boolean {
  return policy.allowPrivateHosts.some((entry) => {
    if (entry.trim() === '*') return true;
    const parsed = parseEntry(entry);
    if (parsed.port !== undefined && parsed.port !== '*' && parsed.port !== port) return false;
    return hostMatches(parsed.pattern, host);
  });
}
