import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { CorralError } from '../errors.ts';
import { HttpProblem } from './problem.ts';

export const ROLES = ['plugins:read', 'plugins:execute', 'plugins:write', 'plugins:admin'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiToken {
  token: string;
  roles: Role[];
}

/**
 * Parse `token=role[+role...]` entries separated by commas (CORRAL_API_TOKENS). `source` names the
 * variable or file in error messages; the token itself is never echoed.
 */
export function parseTokenSpec(spec: string, source = 'CORRAL_API_TOKENS'): ApiToken[] {
  const tokens: ApiToken[] = [];
  const entries = spec.split(',').map((e) => e.trim()).filter((e) => e !== '');
  entries.forEach(function parseEntry(entry, index) {
    const eq = entry.lastIndexOf('=');
    if (eq <= 0 || eq === entry.length - 1) {
      throw new CorralError('CORRAL_ERR_INVALID_ENV', `${source}: entry ${index + 1} is not "token=role[+role...]"`);
    }
    const roles = entry.slice(eq + 1).split('+').map((r) => r.trim());
    tokens.push({ token: entry.slice(0, eq).trim(), roles: roles.map((role) => checkRole(role, `${source}: entry ${index + 1}`)) });
  });
  return validateTokens(tokens, source);
}

function checkRole(role: string, where: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new CorralError('CORRAL_ERR_INVALID_ENV', `${where}: unknown role "${role}" (roles: ${ROLES.join(', ')})`);
  }
  return role as Role;
}

export function validateTokens(tokens: readonly ApiToken[], source: string): ApiToken[] {
  const seen = new Set<string>();
  return tokens.map(function validateToken(entry, index) {
    if (entry.token.length < 8) throw new CorralError('CORRAL_ERR_INVALID_ENV', `${source}: token ${index + 1} is shorter than 8 characters`);
    if (seen.has(entry.token)) throw new CorralError('CORRAL_ERR_INVALID_ENV', `${source}: token ${index + 1} is listed twice`);
    seen.add(entry.token);
    if (entry.roles.length === 0) throw new CorralError('CORRAL_ERR_INVALID_ENV', `${source}: token ${index + 1} has no role`);
    for (const role of entry.roles) checkRole(role, `${source}: token ${index + 1}`);
    return { token: entry.token, roles: [...new Set(entry.roles)] };
  });
}

/** Tokens are kept only as sha256 digests and compared in constant time, every entry every time. */
export class TokenTable {
  readonly #entries: Array<{ digest: Buffer; roles: ReadonlySet<Role> }>;

  constructor(tokens: readonly ApiToken[]) {
    this.#entries = tokens.map((t) => ({ digest: digest(t.token), roles: new Set(t.roles) }));
  }

  get size(): number {
    return this.#entries.length;
  }

  /** The roles of a presented token, or undefined when it matches none. */
  lookup(presented: string): ReadonlySet<Role> | undefined {
    const candidate = digest(presented);
    let found: ReadonlySet<Role> | undefined;
    for (const entry of this.#entries) {
      // No early exit: the time taken does not depend on which entry (if any) matched.
      if (timingSafeEqual(candidate, entry.digest)) found = entry.roles;
    }
    return found;
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost)$/i;

export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host.replace(/^\[|\]$/g, ''));
}

/** `tokens`: a bearer token with the role; `none`: the explicit development mode (loopback clients only). */
export type AuthMode = 'tokens' | 'none';

/** The socket a request came in on, when the app runs under @hono/node-server. */
export function socketOf(c: Context): { remoteAddress?: string; localAddress?: string; localPort?: number } | undefined {
  return (c.env as { incoming?: { socket?: { remoteAddress?: string; localAddress?: string; localPort?: number } } } | undefined)?.incoming?.socket;
}

/**
 * Require `role` (plugins:admin grants everything). In the `none` mode every route is open, but only
 * to loopback clients: the server refuses to bind elsewhere, and an app mounted in someone else's
 * server still turns remote callers away.
 */
export function requireRole(table: TokenTable, role: Role, mode: AuthMode): MiddlewareHandler {
  return async function authorize(c, next) {
    if (mode === 'none') {
      const remote = socketOf(c)?.remoteAddress;
      if (remote !== undefined && !isLoopback(remote)) {
        throw new HttpProblem({ status: 401, type: 'unauthorized', detail: 'authentication is off (auth: none); only loopback clients are served' });
      }
      return next();
    }
    const header = c.req.header('authorization');
    const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
    const challenge = { 'www-authenticate': 'Bearer realm="corral"' };
    if (match === null) {
      throw new HttpProblem({ status: 401, type: 'unauthorized', detail: 'send "Authorization: Bearer <token>"', headers: challenge });
    }
    const roles = table.lookup(match[1] as string);
    if (roles === undefined) {
      throw new HttpProblem({ status: 401, type: 'unauthorized', detail: 'unknown API token', headers: { 'www-authenticate': 'Bearer realm="corral", error="invalid_token"' } });
    }
    if (!roles.has(role) && !roles.has('plugins:admin')) {
      throw new HttpProblem({ status: 403, type: 'forbidden', detail: `this token lacks the "${role}" role` });
    }
    return next();
  };
}
