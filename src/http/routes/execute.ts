import { z } from 'zod';
import type { Outcome } from '../../outcome.ts';
import { HttpProblem } from '../problem.ts';
import { defineRoute, type AnyRoute, type ApiDeps } from '../route.ts';
import { dispatchBodySchema, dispatchResultSchema, invokeBodySchema, outcomeSchema } from '../schemas.ts';

const capabilityParams = z.object({ name: z.string().min(1).max(64) });
const invokeParams = z.object({ id: z.string().min(1).max(64), capability: z.string().min(1).max(64) });

/** JSON has no `undefined`: a plugin returning nothing answers `null` rather than a missing key. */
function jsonOutcome(outcome: Outcome): Outcome {
  return outcome.status === 'ok' && outcome.value === undefined ? { ...outcome, value: null } : outcome;
}

/** Running plugins over HTTP (plugins:execute). Plugin failures are data (200), not HTTP errors. */
export function executeRoutes({ engine }: ApiDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/capabilities/{name}/dispatch',
      operationId: 'dispatchCapability',
      summary: 'Fan a capability out to every enabled plugin declaring it and merge the partial results',
      tag: 'execute',
      role: 'plugins:execute',
      params: capabilityParams,
      body: dispatchBodySchema,
      problems: [404, 503],
      responses: { 200: { description: 'Outcomes in stable order, merged value and stats (partial success is normal)', schema: dispatchResultSchema } },
      async handle(c, { params, body }) {
        // Only declared capabilities: an arbitrary name would fan out to nobody (and mint metric labels).
        if (!engine.capabilities().includes(params.name)) {
          throw new HttpProblem({ status: 404, type: 'CORRAL_ERR_UNKNOWN_CAPABILITY', code: 'CORRAL_ERR_UNKNOWN_CAPABILITY', detail: `no plugin declares capability "${params.name}"` });
        }
        const options = { ...(body.timeoutMs === undefined ? {} : { timeoutMs: body.timeoutMs }), ...(body.plugins === undefined ? {} : { plugins: body.plugins }) };
        const result = await engine.dispatch(params.name, body.input, options);
        // Partial results stay a 200, but a client should back off when the queue refused some calls.
        const overloaded = result.results.some((r) => r.status === 'error' && r.error.type === 'overloaded');
        return c.json({ ...result, results: result.results.map(jsonOutcome), merged: result.merged ?? null }, 200, overloaded ? { 'retry-after': '1' } : {});
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/plugins/{id}/invoke/{capability}',
      operationId: 'invokePlugin',
      summary: 'Call one capability of one plugin',
      tag: 'execute',
      role: 'plugins:execute',
      params: invokeParams,
      body: invokeBodySchema,
      problems: [404, 503],
      responses: { 200: { description: 'The outcome: `ok`, or `error` when the plugin failed', schema: outcomeSchema } },
      async handle(c, { params, body }) {
        const outcome = await engine.invoke(params.id, params.capability, body.input, body.timeoutMs === undefined ? {} : { timeoutMs: body.timeoutMs });
        if (outcome.status === 'error' && (outcome.error.type === 'unavailable' || outcome.error.type === 'overloaded')) {
          // The plugin did not run at all: that is the service being unavailable, not a plugin result.
          const retryAt = outcome.error.reason === 'circuit_open' ? engine.plugin(params.id).breaker.retryAt : null;
          const retryAfter = retryAt === null ? 1 : Math.max(1, Math.ceil((Date.parse(retryAt) - Date.now()) / 1000));
          throw new HttpProblem({
            status: 503,
            type: outcome.error.type === 'overloaded' ? 'overloaded' : 'plugin-unavailable',
            detail: outcome.error.message,
            ...(outcome.error.reason === undefined ? {} : { reason: outcome.error.reason }),
            headers: outcome.error.reason === 'disabled' || outcome.error.reason === 'pending_approval' ? {} : { 'retry-after': String(retryAfter) },
          });
        }
        return c.json(jsonOutcome(outcome));
      },
    }),
  ];
}
