import type { Context, MiddlewareHandler } from 'hono';
import { isLoopback, socketOf } from './auth.ts';
import { HttpProblem } from './problem.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
/** Probes answer whatever Host a load balancer or kubelet uses (they hold ids and booleans only). */
const PROBES = new Set(['/healthz', '/readyz']);

export interface RequestGuardOptions {
  /** `host` or `host:port` values accepted besides the address the request came in on. */
  allowedHosts: readonly string[];
  /** `scheme://host[:port]` origins accepted besides the address the request came in on. */
  allowedOrigins: readonly string[];
  /** Check the Host of reads too (auth: none: no token stands between a rebinding page and the data). */
  checkReads: boolean;
}

interface HostName {
  hostname: string;
  /** null: no port written (an allowedHosts entry without one matches any port). */
  port: string | null;
}

/** `Example.COM:8080` → {example.com, 8080}; `[::1]` → {::1, null}; anything else (paths, userinfo, spaces) → undefined. */
export function parseHost(value: string): HostName | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]\s/@?#]+)(?::(\d{1,5}))?$/i.exec(value.trim());
  if (match === null) return undefined;
  let hostname = (match[1] as string).toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (hostname.startsWith('::ffff:') && hostname.includes('.')) hostname = hostname.slice('::ffff:'.length);
  return { hostname, port: match[2] ?? null };
}

export function isJsonMediaType(type: string | undefined): boolean {
  return type !== undefined && JSON_MEDIA_TYPE.test(type);
}

function normalizeOrigin(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '') return undefined;
    return url.origin.toLowerCase();
  } catch {
    return undefined;
  }
}

function bracket(hostname: string): string {
  return hostname.includes(':') ? `[${hostname}]` : hostname;
}

/**
 * Refuse what a browser can be tricked into sending. Every request carrying a body must say it is
 * JSON (a form post or a `fetch` with a text body is a "simple" cross-site request: no preflight).
 * A state-changing request (and, with auth off, any read but the probes) must name this server in
 * its Host — the address the connection came in on: on loopback any loopback name or address with
 * the port — or an `allowedHosts` entry, so a DNS-rebinding page that resolved its own name to
 * 127.0.0.1 is refused; and when it has an Origin, that origin must be this server or an
 * `allowedOrigins` entry (CSRF). Runs before auth: the answer does not depend on the token.
 */
export function requestGuard(options: RequestGuardOptions): MiddlewareHandler {
  const allowedHosts = options.allowedHosts.map(function parseAllowed(entry) {
    const parsed = parseHost(entry);
    if (parsed === undefined) throw new TypeError(`allowedHosts: "${entry}" is not a host or host:port`);
    return parsed;
  });
  const allowedOrigins = new Set(options.allowedOrigins.map((o) => normalizeOrigin(o) ?? o.toLowerCase()));

  function listed(host: HostName, defaultPort: string): boolean {
    const port = host.port ?? defaultPort;
    return allowedHosts.some((a) => a.hostname === host.hostname && (a.port === null || a.port === port));
  }

  /** The address the connection came in on; on loopback, any loopback name or address with that port. */
  function isSelf(c: Context, host: HostName, defaultPort: string): boolean {
    const port = host.port ?? defaultPort;
    const socket = socketOf(c);
    const local = socket?.localAddress === undefined ? undefined : parseHost(bracket(socket.localAddress));
    // Outside @hono/node-server nothing says where the request came in: only loopback names pass.
    if (local === undefined || isLoopback(local.hostname)) {
      return isLoopback(host.hostname) && (socket?.localPort === undefined || port === String(socket.localPort));
    }
    return host.hostname === local.hostname && port === String(socket?.localPort);
  }

  function allowedList(c: Context): string {
    const socket = socketOf(c);
    const port = socket?.localPort === undefined ? '' : `:${socket.localPort}`;
    const local = socket?.localAddress;
    const names = local === undefined || isLoopback(local) ? [`127.0.0.1${port}`, `localhost${port}`, `[::1]${port}`] : [`${bracket(local)}${port}`];
    return [...names, ...options.allowedHosts].join(', ');
  }

  return async function guardRequest(c, next) {
    const method = c.req.method;
    const hasBody = Number(c.req.header('content-length') ?? 0) > 0 || c.req.header('transfer-encoding') !== undefined;
    if (hasBody) {
      const type = c.req.header('content-type');
      if (!isJsonMediaType(type)) {
        throw new HttpProblem({
          status: 415,
          type: 'unsupported-media-type',
          detail: `request bodies must be JSON: send "Content-Type: application/json" (got ${type === undefined ? 'no Content-Type' : `"${type}"`})`,
        });
      }
    }
    const changesState = STATE_CHANGING.has(method);
    if (changesState || (options.checkReads && !PROBES.has(c.req.path))) {
      const raw = c.req.header('host');
      const host = raw === undefined ? undefined : parseHost(raw);
      if (host === undefined || !(listed(host, '80') || isSelf(c, host, '80'))) {
        throw new HttpProblem({
          status: 403,
          type: 'forbidden-host',
          detail: `Host ${raw === undefined ? '(none)' : `"${raw}"`} does not name this server (accepted: ${allowedList(c)}); a page that pointed its own DNS name at this address looks like this. Add the name clients use to allowedHosts (CORRAL_ALLOWED_HOSTS)`,
        });
      }
    }
    const origin = c.req.header('origin');
    if (changesState && origin !== undefined) {
      const normalized = normalizeOrigin(origin);
      const originHost = normalized === undefined ? undefined : parseHost(new URL(normalized).host);
      const https = normalized?.startsWith('https:') === true;
      // This server speaks plain HTTP: its own origin is http://; an allowedHosts name may sit behind TLS.
      const ok =
        normalized !== undefined &&
        (allowedOrigins.has(normalized) || (originHost !== undefined && (listed(originHost, https ? '443' : '80') || (!https && isSelf(c, originHost, '80')))));
      if (!ok) {
        throw new HttpProblem({
          status: 403,
          type: 'forbidden-origin',
          detail: `requests from origin "${origin}" may not change anything here (cross-site request); a browser admin UI at that origin needs it in allowedOrigins (CORRAL_ALLOWED_ORIGINS)`,
        });
      }
    }
    return next();
  };
}
