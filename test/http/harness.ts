import { rm } from 'node:fs/promises';
import { createEngine, startServer, type ApiToken, type Engine, type EngineOptions, type RunningServer, type StartServerOptions } from 'corral';
import { captureLogger, tempDir } from '../helpers.ts';

export const SECRET = 'sk-live-7d3f9a1c2b-DO-NOT-LEAK';

export const TOKENS: ApiToken[] = [
  { token: 'reader-token-0001', roles: ['plugins:read'] },
  { token: 'executor-token-0002', roles: ['plugins:execute'] },
  { token: 'writer-token-0003', roles: ['plugins:write'] },
  { token: 'admin-token-0004', roles: ['plugins:admin'] },
];
export const TOKEN_BY_ROLE = Object.fromEntries(TOKENS.map((t) => [t.roles[0], t.token])) as Record<ApiToken['roles'][number], string>;

export interface Api {
  url: string;
  engine: Engine;
  server: RunningServer;
  root: string;
  logs: () => Array<Record<string, unknown>>;
  /** Every response body text seen through `call`, for leak checks. */
  bodies: string[];
  call(method: string, path: string, init?: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<ApiResponse>;
  close(): Promise<void>;
}

export interface ApiResponse {
  status: number;
  contentType: string;
  headers: Headers;
  text: string;
  json: any;
}

/** A real engine on fixture plugins behind a real HTTP server on a free port. */
export async function startApi(options: {
  plugins: (root: string) => Promise<void>;
  engine?: Partial<EngineOptions>;
  server?: Partial<Omit<StartServerOptions, 'engine'>>;
}): Promise<Api> {
  const root = await tempDir('corral-http-');
  await options.plugins(root);
  const capture = captureLogger('debug');
  const engine = await createEngine({
    pluginsDir: root,
    poolSize: 1,
    logger: capture.logger,
    lifecycle: { health: { intervalMs: 0, timeoutMs: 200, windowMs: 60_000, degradedErrorRate: 0.1, unhealthyErrorRate: 0.5, historyRetention: 10 } },
    ...options.engine,
  });
  // Tests that are not about auth use the explicit development mode; auth tests pass their tokens.
  const auth = options.server?.tokens === undefined ? { auth: 'none' as const } : {};
  const server = await startServer({ engine, host: '127.0.0.1', port: 0, logger: capture.logger, ...auth, ...options.server });
  const bodies: string[] = [];
  return {
    url: server.url,
    engine,
    server,
    root,
    logs: capture.lines,
    bodies,
    async call(method, path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
      let body: string | undefined = init.rawBody;
      if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers['content-type'] ??= 'application/json';
      }
      const response = await fetch(`${server.url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
      const text = await response.text();
      bodies.push(text);
      const contentType = response.headers.get('content-type') ?? '';
      return { status: response.status, contentType, headers: response.headers, text, json: contentType.includes('json') ? JSON.parse(text) : undefined };
    },
    async close() {
      await server.close();
      await engine.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

// ---- a minimal JSON Schema (2020-12 subset) check against the served OpenAPI document -----------

type Schema = Record<string, any>;

/** Returns the list of violations (empty when `value` matches). Supports what z.toJSONSchema emits. */
export function checkSchema(doc: Schema, schema: Schema, value: unknown, at = '$'): string[] {
  if (schema.$ref !== undefined) {
    const name = String(schema.$ref).replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    if (target === undefined) return [`${at}: unresolved $ref ${schema.$ref}`];
    return checkSchema(doc, target, value, at);
  }
  const errors: string[] = [];
  if (schema.anyOf !== undefined && !schema.anyOf.some((s: Schema) => checkSchema(doc, s, value, at).length === 0)) errors.push(`${at}: matches no anyOf branch`);
  if (schema.oneOf !== undefined && schema.oneOf.filter((s: Schema) => checkSchema(doc, s, value, at).length === 0).length !== 1) errors.push(`${at}: does not match exactly one oneOf branch`);
  if (schema.allOf !== undefined) for (const s of schema.allOf) errors.push(...checkSchema(doc, s, value, at));
  if ('const' in schema && value !== schema.const) errors.push(`${at}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum !== undefined && !schema.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} not in enum ${JSON.stringify(schema.enum)}`);
  if (schema.type !== undefined) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeOk(t, value))) return [...errors, `${at}: expected ${types.join('|')}, got ${JSON.stringify(value)?.slice(0, 80)}`];
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) errors.push(`${at}: missing required "${key}"`);
    for (const [key, v] of Object.entries(obj)) {
      const prop = schema.properties?.[key];
      if (prop !== undefined) errors.push(...checkSchema(doc, prop, v, `${at}.${key}`));
      else if (schema.additionalProperties === false && schema.properties !== undefined) errors.push(`${at}: unexpected property "${key}"`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...checkSchema(doc, schema.additionalProperties, v, `${at}.${key}`));
      if (schema.propertyNames?.enum !== undefined && !schema.propertyNames.enum.includes(key)) errors.push(`${at}: key "${key}" not allowed`);
    }
  }
  if (Array.isArray(value) && schema.items !== undefined) value.forEach((item, i) => errors.push(...checkSchema(doc, schema.items, item, `${at}[${i}]`)));
  return errors;
}

function typeOk(type: string, value: unknown): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}

/** Assert a response matches what the OpenAPI document declares for this operation and status. */
export function conformance(doc: Schema, method: string, template: string, response: ApiResponse): string[] {
  const operation = doc.paths?.[template]?.[method.toLowerCase()];
  if (operation === undefined) return [`no operation ${method} ${template} in the document`];
  const declared = operation.responses?.[String(response.status)];
  if (declared === undefined) return [`${method} ${template}: status ${response.status} is not declared`];
  const [mediaType, media] = Object.entries(declared.content ?? {})[0] as [string, Schema];
  const actualType = response.contentType.split(';')[0]?.trim();
  if (mediaType.split(';')[0]?.trim() !== actualType) return [`${method} ${template} ${response.status}: content-type ${actualType}, declared ${mediaType}`];
  if (!actualType?.includes('json')) return [];
  return checkSchema(doc, media.schema, response.json).map((e) => `${method} ${template} ${response.status}: ${e}`);
}
