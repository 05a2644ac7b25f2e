import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { Engine } from '../engine/engine.ts';
import type { Metrics } from '../telemetry/metrics.ts';
import type { Role } from './auth.ts';
import type { ReadinessPolicy } from '../config/server-settings.ts';
import { HttpProblem, issuesOf } from './problem.ts';
import { isJsonMediaType } from './request-guard.ts';

export type Method = 'get' | 'put' | 'post' | 'delete';

export interface ResponseSpec {
  description: string;
  /** A schema registered in `apiSchemas`; absent for non-JSON bodies (see contentType). */
  schema?: z.ZodType;
  contentType?: string;
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

/**
 * One HTTP operation: how it is mounted (method, path, role, validation) and how the OpenAPI document
 * describes it come from this single object.
 */
export interface RouteSpec<P = Record<string, string>, Q = Record<string, string | undefined>, B = undefined> {
  method: Method;
  /** OpenAPI template syntax: `/api/v1/plugins/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** Role required when tokens are configured; null for open probes. */
  role: Role | null;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Successful responses by status. */
  responses: Record<number, ResponseSpec>;
  /** Problem statuses this operation can return besides the generic ones (400/401/403/413/500). */
  problems?: number[];
  handle(c: Context, input: RouteInput<P, Q, B>): Response | Promise<Response>;
}

export type AnyRoute = RouteSpec<any, any, any>;

export function defineRoute<P = Record<string, string>, Q = Record<string, string | undefined>, B = undefined>(spec: RouteSpec<P, Q, B>): RouteSpec<P, Q, B> {
  return spec;
}

/** `/api/v1/plugins/{id}` → `/api/v1/plugins/:id` */
export function honoPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}

function validated<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (schema === undefined) return value as T;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new HttpProblem({ status: 400, type: 'invalid-request', detail: `invalid ${where}`, issues: issuesOf(parsed.error, where) });
  }
  return parsed.data;
}

async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type');
  const text = await c.req.text();
  if (text.trim() === '') throw new HttpProblem({ status: 400, type: 'invalid-request', detail: 'the request needs a JSON body (Content-Type: application/json)' });
  // The request guard refused bodies not declared JSON already; this holds for an app without it too.
  if (!isJsonMediaType(type)) {
    throw new HttpProblem({ status: 415, type: 'unsupported-media-type', detail: `request bodies must be JSON: send "Content-Type: application/json" (got ${type === undefined ? 'no Content-Type' : `"${type}"`})` });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpProblem({ status: 400, type: 'invalid-json', detail: `the body is not valid JSON: ${(error as Error).message}` });
  }
}

/** Mount a route: auth first, then path/query/body validation, then the handler. */
export function mountRoute(app: Hono<any>, route: AnyRoute, authorize: (role: Role) => (c: Context, next: () => Promise<void>) => Promise<void | Response>): void {
  const handlers = [];
  if (route.role !== null) handlers.push(authorize(route.role));
  handlers.push(async function handleRoute(c: Context) {
    const params = validated(route.params, c.req.param(), 'path');
    const query = validated(route.query, c.req.query(), 'query');
    const body = route.body === undefined ? undefined : validated(route.body, await readJsonBody(c), 'body');
    return route.handle(c, { params, query, body });
  });
  app.on(route.method.toUpperCase(), honoPath(route.path), ...(handlers as [any]));
}

/** What route factories close over. */
export interface ApiDeps {
  engine: Engine;
  metrics: Metrics;
  /** The OpenAPI document of the mounted routes (built once, on first request). */
  openapi(): Record<string, unknown>;
  startedAt: number;
  /** What makes /readyz 503 besides the pool (see evaluateReadiness). */
  readiness: ReadinessPolicy;
}
