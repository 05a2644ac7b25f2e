import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { isCorralError, type ErrorCode } from '../errors.ts';
import type { Issue } from './schemas.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** How host error codes surface over HTTP; anything unlisted is a 500. */
const STATUS_BY_CODE: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  CORRAL_ERR_UNKNOWN_PLUGIN: 404,
  CORRAL_ERR_UNKNOWN_CAPABILITY: 404,
  CORRAL_ERR_UNKNOWN_COMMAND: 404,
  CORRAL_ERR_INVALID_INPUT: 400,
  CORRAL_ERR_PAYLOAD_TOO_LARGE: 413,
  CORRAL_ERR_ILLEGAL_TRANSITION: 409,
  CORRAL_ERR_NOT_PENDING: 409,
  CORRAL_ERR_ENGINE_CLOSED: 503,
  CORRAL_ERR_STORE_UNAVAILABLE: 503,
  CORRAL_ERR_ABORTED: 503,
};

export interface ProblemInit {
  status: ContentfulStatusCode;
  /** A short slug for the problem type, e.g. `unauthorized`; host errors use their CORRAL_ERR_* code. */
  type: string;
  detail: string;
  code?: string;
  issues?: Issue[];
  reason?: string;
  /** Extra members (RFC 9457 extensions), e.g. the readiness map. */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Thrown inside handlers; the app's error handler renders it as problem+json. */
export class HttpProblem extends Error {
  readonly init: ProblemInit;

  constructor(init: ProblemInit) {
    super(init.detail);
    this.name = 'HttpProblem';
    this.init = init;
  }
}

export function problemResponse(c: Context, init: ProblemInit): Response {
  const body = {
    type: `urn:corral:problem:${init.type}`,
    title: TITLES[init.status] ?? 'Error',
    status: init.status,
    detail: init.detail,
    instance: c.req.path,
    ...(init.code === undefined ? {} : { code: init.code }),
    ...(init.issues === undefined ? {} : { issues: init.issues }),
    ...(init.reason === undefined ? {} : { reason: init.reason }),
    ...init.extensions,
  };
  return new Response(JSON.stringify(body), {
    status: init.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...init.headers },
  });
}

/** Map anything a handler threw to a problem: HttpProblem as is, CorralError by code, the rest as 500. */
export function problemFromError(error: unknown): { init: ProblemInit; unexpected: boolean } {
  if (error instanceof HttpProblem) return { init: error.init, unexpected: false };
  if (isCorralError(error)) {
    const status = STATUS_BY_CODE[error.code];
    if (status !== undefined) return { init: { status, type: error.code, code: error.code, detail: error.message }, unexpected: false };
    return { init: { status: 500, type: error.code, code: error.code, detail: error.message }, unexpected: true };
  }
  // Never echo an unexpected error's message: it may carry internals.
  return { init: { status: 500, type: 'internal', detail: 'an unexpected error occurred; see the server log' }, unexpected: true };
}

export function issuesOf(error: z.ZodError, root: string): Issue[] {
  return error.issues.map(function toIssue(issue) {
    const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
    return { path, message: issue.message, code: issue.code };
  });
}
