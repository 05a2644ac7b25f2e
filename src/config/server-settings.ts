import { z } from 'zod';
import { ROLES } from '../http/auth.ts';

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
