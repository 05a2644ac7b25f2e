import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

/**
 * One request with exactly the headers given (node:http, not fetch: fetch adds a Content-Type to
 * string bodies and will not send an arbitrary Host), the way a browser or a script would send it.
 */
export function raw(base: string, method: string, path: string, init: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port, path: `${url.pathname}${url.search}`, method, headers: { connection: 'close', ...init.headers }, setHost: init.headers?.host === undefined },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          const type = String(res.headers['content-type'] ?? '');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: type.includes('json') && text !== '' ? JSON.parse(text) : undefined });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (init.body !== undefined) req.end(init.body);
    else req.end();
  });
}

/** Every operation in the served OpenAPI document that needs a role, with sample path parameters. */
export function protectedOperations(doc: any, sample: Record<string, string>): Array<{ method: string; path: string }> {
  const operations: Array<{ method: string; path: string }> = [];
  for (const [template, methods] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (operation['x-required-role'] === undefined) continue;
      operations.push({ method: method.toUpperCase(), path: template.replace(/\{([^}]+)\}/g, (_, name: string) => sample[name] ?? 'x') });
    }
  }
  return operations;
}
