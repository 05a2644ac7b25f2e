import { z } from 'zod';
import type { AnyRoute } from './route.ts';
import { apiSchemas } from './schemas.ts';
import { PROBLEM_CONTENT_TYPE } from './problem.ts';

const REF_PREFIX = '#/components/schemas/';

type JsonSchema = Record<string, unknown>;

function refTo(schema: z.ZodType, where: string): JsonSchema {
  const meta = apiSchemas.get(schema);
  if (meta === undefined) throw new Error(`${where}: schema is not registered in apiSchemas`);
  return { $ref: `${REF_PREFIX}${meta.id}` };
}

/** Every registered schema as an OpenAPI 3.1 component (JSON Schema 2020-12). */
function components(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `${REF_PREFIX}${id}`, unrepresentable: 'any' }) as { schemas: Record<string, JsonSchema> };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas;
}

function parameters(route: AnyRoute): JsonSchema[] {
  const list: JsonSchema[] = [];
  const names = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const pathShape = route.params instanceof z.ZodObject ? (route.params.shape as Record<string, z.ZodType>) : {};
  for (const name of names) {
    const schema = pathShape[name] ? z.toJSONSchema(pathShape[name], { io: 'input' }) : { type: 'string' };
    delete (schema as JsonSchema).$schema;
    list.push({ name, in: 'path', required: true, schema });
  }
  if (route.query instanceof z.ZodObject) {
    for (const [name, field] of Object.entries(route.query.shape as Record<string, z.ZodType>)) {
      const schema = z.toJSONSchema(field, { io: 'input' }) as JsonSchema;
      delete schema.$schema;
      const description = typeof schema.description === 'string' ? { description: schema.description } : {};
      list.push({ name, in: 'query', required: !field.safeParse(undefined).success, schema, ...description });
    }
  }
  return list;
}

function problem(description: string): JsonSchema {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: `${REF_PREFIX}Problem` } } } };
}

const GENERIC_PROBLEMS: Record<number, string> = {
  400: 'Invalid path, query or body; `issues` lists each problem',
  401: 'Missing or unknown bearer token',
  403: 'The token lacks the required role; or, for a state-changing request, its Host or Origin is not this server (DNS rebinding, CSRF)',
  404: 'Unknown plugin, capability or route',
  409: 'The lifecycle operation conflicts with the plugin state',
  413: 'The request body exceeds the size limit',
  415: 'The request has a body not declared `Content-Type: application/json`',
  500: 'Unexpected server error',
  503: 'The plugin or engine is unavailable',
};

function operation(route: AnyRoute): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    const contentType = spec.contentType ?? (Number(status) >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json');
    const schema = spec.schema === undefined ? { type: contentType.includes('json') ? 'object' : 'string' } : refTo(spec.schema, `${route.operationId} ${status}`);
    responses[status] = { description: spec.description, content: { [contentType]: { schema } } };
  }
  const problems = new Set<number>([500, ...(route.problems ?? [])]);
  if (route.params !== undefined || route.query !== undefined || route.body !== undefined) problems.add(400);
  if (route.body !== undefined) problems.add(413);
  if (route.role !== null) [401, 403].forEach((s) => problems.add(s));
  // Any request may carry a body, and state-changing ones have their Host and Origin checked.
  problems.add(415);
  if (route.method !== 'get') problems.add(403);
  for (const status of [...problems].sort()) {
    if (responses[status] === undefined) responses[status] = problem(GENERIC_PROBLEMS[status] ?? 'Error');
  }
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    ...(route.role === null ? { security: [] } : { security: [{ bearer: [] }], 'x-required-role': route.role }),
    parameters: parameters(route),
    ...(route.body === undefined
      ? {}
      : { requestBody: { required: true, content: { 'application/json': { schema: refTo(route.body, `${route.operationId} body`) } } } }),
    responses,
  };
}

/** The OpenAPI 3.1 document for exactly the routes the app mounted. */
export function buildOpenApi(routes: readonly AnyRoute[], info: { title: string; version: string }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method] = operation(route);
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description: 'Corral diagnostics and admin API. Every route but the probes and this document needs a bearer token. Roles: plugins:read, plugins:execute, plugins:write, plugins:admin (grants all). Request bodies must be application/json (415); state-changing requests must name this server in Host and, with an Origin, come from it or an allowed origin (403). A wrong method on a known path is 405 with Allow. Errors are RFC 9457 problem documents.',
    },
    paths,
    components: { schemas: components(), securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
  };
}
