import { z } from 'zod';
import { ROLES } from '../http/auth.ts';
import { parseHost } from '../http/request-guard.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * `corral serve` settings, one schema per field: the config file, the CORRAL_* variables and the
 * defaults layer all validate with these, so a value means the same wherever it is set.
 */
export const serverFields = {
  host: z.string().min(1),
  port: z.number().int().min(0).max(65535),
  dataDir: z.string().min(1),
  logLevel: z.enum(LOG_LEVELS),
  metricsPrefix: z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'expected a Prometheus name prefix (letters, digits, underscores)'),
  diagnosticsEnabled: z.boolean(),
  maxBodyBytes: z.number().int().positive(),
  /**
   * `tokens` (the default): every route but the probes and the OpenAPI document needs a bearer token.
   * `none`: an unauthenticated development mode, only on loopback and only when asked for by name.
   */
  auth: z.enum(['tokens', 'none']),
  /** Host header values (host or host:port) state-changing requests may carry besides the bound address. */
  allowedHosts: z.array(z.string().refine((v) => parseHost(v) !== undefined, 'expected a host name or address, optionally with :port (e.g. corral.internal or corral.internal:8787)')),
  /** Origins (scheme://host[:port]) state-changing requests may come from besides the bound address. */
  allowedOrigins: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/i, 'expected an origin such as https://admin.example.com (scheme, host and optional port; no path)')),
  /** One budget for a graceful stop: the server stops accepting and calls in flight get this long to finish. */
  drainTimeoutMs: z.number().int().nonnegative(),
};

export const tokenListSchema = z.array(z.object({ token: z.string().min(8), roles: z.array(z.enum(ROLES)).min(1) }).strict());

/** How strict `/readyz` is. Runtime trouble of a plugin only counts when the operator marked it `required`. */
export const readinessPolicySchema = z
  .object({
    /**
     * An enabled plugin that did not start (load, init or validation failed, or it waits for permission
     * approval with no version running) makes the host not ready. Turn off when plugins are optional
     * extras and a broken one should not take the instance out of rotation; `required` plugins still count.
     */
    failOnLoadFailure: z.boolean().default(true),
  })
  .strict();

export type ReadinessPolicy = z.output<typeof readinessPolicySchema>;
export type ReadinessPolicyInput = z.input<typeof readinessPolicySchema>;
