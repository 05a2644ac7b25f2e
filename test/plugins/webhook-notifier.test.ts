import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';

const PLUGIN = fileURLToPath(new URL('../../plugins/webhook-notifier', import.meta.url));

describe('webhook-notifier (real sandbox, real HTTP server)', () => {
  let server: Server;
  let base: string;
  let engine: Engine;
  const received: Array<{ path: string; body: Record<string, any> }> = [];
  let failuresLeft = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body: JSON.parse(body || '{}') });
        if (req.url === '/flaky' && failuresLeft-- > 0) res.writeHead(503).end('busy');
        else if (req.url === '/gone') res.writeHead(404).end('no such hook');
        else res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // 127.0.0.1 is private: the admin must allow it explicitly (the manifest alone is not enough).
    engine = await createEngine({ plugins: [PLUGIN], poolSize: 1, security: { allowPrivateNetwork: ['127.0.0.1'] } });
  });
  afterAll(async () => {
    await engine.close();
    server.close();
  });

  it('posts a Slack-compatible payload', async () => {
    const outcome = await engine.invoke('webhook-notifier', 'notify', { url: `${base}/hook`, title: 'Disk almost full', severity: 'warning', fields: { host: 'db-1', used: '93%' } });
    expect(outcome).toMatchObject({ status: 'ok', value: { delivered: true, attempts: 1, status: 200 } });
    expect(received.at(-1)).toEqual({
      path: '/hook',
      body: {
        channel: '#alerts',
        text: '[WARNING] Disk almost full',
        attachments: [{ color: '#DAA038', text: '', fields: [{ title: 'host', value: 'db-1', short: true }, { title: 'used', value: '93%', short: true }] }],
      },
    });
  });

  it('retries 5xx answers with backoff and gives up on 4xx', async () => {
    failuresLeft = 2;
    await expect(engine.invoke('webhook-notifier', 'notify', { url: `${base}/flaky`, title: 'x' })).resolves.toMatchObject({ value: { delivered: true, attempts: 3 } });
    await expect(engine.invoke('webhook-notifier', 'notify', { url: `${base}/gone`, title: 'x' })).resolves.toMatchObject({
      value: { delivered: false, status: 404, response: 'no such hook' },
    });
  });

  it('rejects bad input and hosts outside its allowlist', async () => {
    await expect(engine.invoke('webhook-notifier', 'notify', { title: '' })).resolves.toMatchObject({ error: { type: 'invalid_input', message: 'input.title: expected a non-empty string' } });
    const outside = await engine.invoke('webhook-notifier', 'notify', { url: 'http://169.254.169.254/latest/meta-data', title: 'x' });
    expect(outside.status).toBe('error');
    expect(outside.status === 'error' && outside.error.message).toMatch(/not in allowedHosts|not allowed|private|link-local/i);
  });
});
