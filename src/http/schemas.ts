import { z } from 'zod';
import { LIFECYCLE_STATES } from '../lifecycle/states.ts';
import { OUTCOME_ERROR_TYPES } from '../outcome.ts';

/**
 * The diagnostics API's bodies and responses. Every schema a route names is registered here under a
 * component id: the OpenAPI document is generated from this registry, so the routes and the document
 * cannot drift apart. Admin views use snake_case; dispatch results and outcomes are the engine's own
 * (camelCase) contract, returned verbatim.
 */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

function component<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  apiSchemas.add(schema, description === undefined ? { id } : { id, description });
  return schema;
}

const isoTime = z.string().describe('ISO 8601 timestamp');
const lifecycleState = z.enum(LIFECYCLE_STATES);
const unavailableReason = z.enum(['disabled', 'not_loaded', 'pending_approval', 'circuit_open']).nullable();

// ---- problems ----------------------------------------------------------------------------------

export const issueSchema = component(
  'ValidationIssue',
  z.object({ path: z.string(), message: z.string(), code: z.string() }),
);

export const problemSchema = component(
  'Problem',
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    /** CORRAL_ERR_* code when a host error caused the problem. */
    code: z.string().optional(),
    /** zod issues of an invalid body, query or path parameter. */
    issues: z.array(issueSchema).optional(),
    /** Why a plugin is unavailable (`disabled`, `circuit_open`, ...). */
    reason: z.string().optional(),
  }),
  'RFC 9457 problem details (application/problem+json)',
);

// ---- plugin views ------------------------------------------------------------------------------

export const lastErrorSchema = component(
  'LastError',
  z.object({ code: z.string(), message: z.string(), at: isoTime }).nullable(),
  'The last load, init or validation failure (cleared by a successful load)',
);

export const countersSchema = component(
  'CapabilityCounters',
  z.record(z.string(), z.object({ success: z.number().int(), failure: z.number().int(), timeouts: z.number().int(), interference: z.number().int() })),
  'Calls since the plugin was registered, by capability',
);

export const breakerSchema = component(
  'Breaker',
  z.object({
    state: z.enum(['closed', 'open', 'half_open']),
    consecutive_failures: z.number().int(),
    opened_at: isoTime.nullable(),
    retry_at: isoTime.nullable(),
    trips: z.number().int(),
  }),
);

export const pluginSchema = component(
  'Plugin',
  z.object({
    id: z.string(),
    name: z.string().nullable(),
    version: z.string().nullable(),
    state: lifecycleState,
    enabled: z.boolean(),
    loaded: z.boolean(),
    capabilities: z.array(z.string()),
    permissions: z.array(z.string()),
    priority: z.number(),
    limits: z
      .object({ memory_mb: z.number(), timeout_ms: z.number(), max_input_bytes: z.number(), max_output_bytes: z.number() })
      .nullable(),
    last_error: lastErrorSchema,
    unavailable_reason: unavailableReason,
    pending_approval: z.object({ version: z.string(), permissions: z.array(z.string()), requested: z.array(z.string()) }).nullable(),
    retry: z.object({ attempts: z.number().int(), next_retry_at: isoTime.nullable(), exhausted: z.boolean() }).nullable(),
    breaker: breakerSchema,
    last_reload: z.object({ at: isoTime, status: z.string(), version: z.string().nullable(), error: z.string().nullable() }).nullable(),
    counters: countersSchema,
    transitions: z.array(z.object({ from: lifecycleState, to: lifecycleState, at: isoTime, reason: z.string().nullable() })),
    loaded_at: isoTime.nullable(),
    last_updated_at: isoTime,
  }),
  'One plugin as the host sees it (manifest config is never included)',
);

export const pluginListSchema = component('PluginList', z.object({ plugins: z.array(pluginSchema) }));

export const statusEntrySchema = component(
  'PluginStatusEntry',
  z.object({
    id: z.string(),
    version: z.string().nullable(),
    state: lifecycleState,
    enabled: z.boolean(),
    loaded: z.boolean(),
    required: z.boolean(),
    capabilities: z.array(z.string()),
    validation_status: z.enum(['passed', 'failed', 'pending']).describe('Startup validation: manifest, integrity, compile and init'),
    last_error: lastErrorSchema,
    unavailable_reason: unavailableReason,
    counters: countersSchema,
    last_updated_at: isoTime,
  }),
);

/** The worker pool with everything the host knows (authenticated views only). */
export const poolHealthSchema = component(
  'PoolHealth',
  z.object({
    isolation: z.enum(['thread', 'process']),
    status: z.enum(['ok', 'degraded', 'restarting', 'failed']),
    restarts: z.number().int(),
    pid: z.number().int().optional(),
    last_failure: z.object({ at: isoTime, reason: z.string() }).optional(),
  }),
);

export const readinessDetailSchema = component(
  'ReadinessDetail',
  z.object({
    ready: z.boolean().describe('What GET /readyz answers right now'),
    blocking: z.array(z.object({ plugin_id: z.string().nullable().describe('null: the worker pool'), reason: z.string() })),
  }),
  'Why /readyz is 503, with the reasons the open probe leaves out',
);

export const statusListSchema = component(
  'PluginStatusList',
  z.object({ generated_at: isoTime, readiness: readinessDetailSchema, pool: poolHealthSchema, plugins: z.array(statusEntrySchema) }),
);

export const healthSchema = component(
  'PluginHealth',
  z.object({
    plugin_id: z.string(),
    version: z.string().nullable(),
    status: z.enum(['healthy', 'degraded', 'unhealthy', 'unknown']),
    reasons: z.array(z.string()),
    state: lifecycleState,
    uptime_seconds: z.number().nullable().describe('Since the running version loaded; null when not loaded'),
    invocations: z.number().int().describe('Calls since registration, all capabilities'),
    error_rate: z.number().describe('Over the sliding health window, 0..1'),
    window: z.object({
      calls: z.number().int().describe('Calls that say something about the plugin: ok, or failed by its own fault'),
      errors: z.number().int().describe("Failures by the plugin's own fault"),
      timeouts: z.number().int().describe('Its own timeouts'),
      p50_ms: z.number().nullable().describe('Run time'),
      p99_ms: z.number().nullable().describe('Run time'),
      queue_p99_ms: z.number().nullable().describe('Queue wait before the code started'),
      interference: z.number().int().describe('Failures it did not cause (queue wait, thread held by others, pool crash): not counted'),
    }),
    last_error: lastErrorSchema,
    dependencies: z.record(z.string(), z.string()).describe("From the plugin's health hook"),
    hook: z
      .object({ status: z.enum(['healthy', 'degraded', 'unhealthy']), message: z.string().nullable(), checked_at: isoTime, duration_ms: z.number() })
      .nullable(),
    breaker: breakerSchema,
  }),
);

export const capabilityListSchema = component('CapabilityList', z.object({ capabilities: z.array(z.string()) }));

export const reloadResultSchema = component(
  'ReloadResult',
  z.discriminatedUnion('status', [
    z.object({ status: z.literal('reloaded'), plugin_id: z.string(), from: z.string().nullable(), to: z.string(), drained: z.boolean() }),
    z.object({ status: z.literal('unchanged'), plugin_id: z.string(), version: z.string() }),
    z.object({ status: z.literal('pending_approval'), plugin_id: z.string(), version: z.string(), requested: z.array(z.string()) }),
    z.object({ status: z.literal('rolled_back'), plugin_id: z.string(), version: z.string().nullable(), error: z.string() }),
    z.object({ status: z.literal('failed'), plugin_id: z.string(), error: z.string() }),
  ]),
);

// ---- calls -------------------------------------------------------------------------------------

const outcomeTiming = {
  durationMs: z.number().describe('queueMs + runMs: handed to the pool until settled'),
  queueMs: z.number().describe('Waiting for a thread before the code started'),
  runMs: z.number().describe('Running in the worker, start to settlement'),
  cpuMs: z.number(),
};

export const outcomeSchema = component(
  'Outcome',
  z.discriminatedUnion('status', [
    z.object({ pluginId: z.string(), status: z.literal('ok'), value: z.unknown(), ...outcomeTiming }),
    z.object({
      pluginId: z.string(),
      status: z.literal('error'),
      error: z.object({
        type: z.enum(OUTCOME_ERROR_TYPES),
        message: z.string(),
        name: z.string().optional(),
        location: z.string().optional().describe("Where the thrown Error was created in the plugin's own code, e.g. src/index.ts:12:11"),
        stack: z.string().optional().describe("The plugin's own frames of that Error, innermost first (never a host frame)"),
        reason: z.string().optional(),
      }),
      ...outcomeTiming,
    }),
  ]),
  'One plugin call: a plugin failing is data, not an HTTP error',
);

export const dispatchResultSchema = component(
  'DispatchResult',
  z.object({
    capability: z.string(),
    results: z.array(outcomeSchema),
    merged: z.unknown(),
    stats: z.object({
      plugins: z.number().int(),
      ok: z.number().int(),
      failed: z.number().int(),
      errors: z.partialRecord(z.enum(OUTCOME_ERROR_TYPES), z.number().int()),
      durationMs: z.number(),
    }),
  }),
);

// ---- request bodies ----------------------------------------------------------------------------

const inputRequired = { message: 'required: the capability input (any JSON value)', path: ['input'] };

export const dispatchBodySchema = component(
  'DispatchRequest',
  z
    .object({
      input: z.unknown(),
      timeoutMs: z.number().int().positive().optional(),
      plugins: z.array(z.string().min(1)).optional().describe('Restrict the fan-out to these plugin ids'),
    })
    .strict()
    .refine((body) => body.input !== undefined, inputRequired),
);

export const invokeBodySchema = component(
  'InvokeRequest',
  z
    .object({ input: z.unknown(), timeoutMs: z.number().int().positive().optional() })
    .strict()
    .refine((body) => body.input !== undefined, inputRequired),
);

export const approveBodySchema = component('ApproveRequest', z.object({ version: z.string().min(1) }).strict());

// ---- diagnostics commands ------------------------------------------------------------------------

export const commandSchema = component(
  'Command',
  z.object({
    name: z.string(),
    description: z.string(),
    args: z.array(z.object({ name: z.string(), type: z.enum(['string', 'number', 'integer', 'boolean', 'json']), required: z.boolean(), description: z.string().nullable() })),
  }),
  "A diagnostics command from a plugin's manifest; args in declaration order",
);

export const pluginCommandsSchema = component('PluginCommands', z.object({ plugin_id: z.string(), commands: z.array(commandSchema) }));

export const commandCatalogSchema = component('CommandCatalog', z.object({ plugins: z.array(pluginCommandsSchema) }), 'Every plugin that declares diagnostics commands');

export const commandBodySchema = component(
  'CommandRequest',
  z.object({ args: z.record(z.string(), z.unknown()).optional(), timeoutMs: z.number().int().positive().optional() }).strict(),
);

export const pluginListQuerySchema = z.object({
  status: lifecycleState.optional().describe('Only plugins in this lifecycle state'),
  capability: z.string().min(1).optional().describe('Only plugins declaring this capability'),
});

// ---- probes ------------------------------------------------------------------------------------

export const livenessSchema = component(
  'Liveness',
  z.object({
    status: z.literal('ok'),
    uptime_seconds: z.number(),
    /** `degraded`: the last store write failed (calls run; admin writes answer 503). No details here: /healthz has no auth. */
    store: z.enum(['ok', 'degraded']),
  }),
);

/**
 * One enabled plugin in the open readiness probe: ids, states and booleans only. /readyz has no auth,
 * so why a plugin failed (error messages, host paths) is only in the authenticated status list.
 */
const readinessEntry = component(
  'ReadinessEntry',
  z.object({
    ready: z.boolean().describe('Calls would run now: the plugin started and is not quarantined'),
    blocking: z.boolean().describe('This plugin holds the host at not-ready'),
    required: z.boolean().describe('Marked required (config file or manifest): runtime trouble makes the host not ready'),
    state: lifecycleState,
    health: z.enum(['healthy', 'degraded', 'unhealthy', 'unknown']),
    quarantined: z.boolean().describe('Circuit breaker open'),
    pending_approval: z.boolean().describe('A version waits for permission approval'),
  })
  .strict(),
);

/** The worker pool as the open probe shows it: no pid, no failure text. */
const openPoolSchema = z.object({
  isolation: z.enum(['thread', 'process']),
  status: z.enum(['ok', 'degraded', 'restarting', 'failed']),
  restarts: z.number().int(),
}).strict();

export const readinessSchema = component(
  'Readiness',
  z.object({ status: z.literal('ready'), plugins: z.record(z.string(), readinessEntry), pool: openPoolSchema.optional() }),
);

export const notReadySchema = component(
  'NotReady',
  problemSchema.extend({ plugins: z.record(z.string(), readinessEntry), pool: openPoolSchema }),
  'A problem document listing every enabled plugin and whether it is ready (reasons: GET /api/v1/plugins/status)',
);

export type PluginView = z.infer<typeof pluginSchema>;
export type StatusEntryView = z.infer<typeof statusEntrySchema>;
export type HealthView = z.infer<typeof healthSchema>;
export type ReloadView = z.infer<typeof reloadResultSchema>;
export type ReadinessEntry = z.infer<typeof readinessEntry>;
export type OpenPoolView = z.infer<typeof openPoolSchema>;
export type PoolHealthView = z.infer<typeof poolHealthSchema>;
export type ReadinessDetailView = z.infer<typeof readinessDetailSchema>;
export type Issue = z.infer<typeof issueSchema>;
