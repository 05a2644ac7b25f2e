import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

/**
 * One `http.request` line per request: method, matched route pattern (not the raw path, so ids and
 * query strings stay out), status and duration. Headers are never logged: they carry bearer tokens.
 */
export function accessLog(logger: Logger): MiddlewareHandler {
  return async function logRequest(c, next) {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const fields = {
      event: 'http.request',
      method: c.req.method,
      route: c.req.routePath,
      status,
      duration_ms: Math.round((performance.now() - started) * 1000) / 1000,
    };
    if (status >= 500) logger.warn(fields, 'request failed');
    else logger.info(fields, 'request');
  };
}
