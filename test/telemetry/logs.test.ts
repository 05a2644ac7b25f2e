import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, startServer, type Engine, type RunningServer } from 'corral';
import { tempDir, writePlugin } from '../helpers.ts';

const SECRET = 'pw-9c1e77a0-never-log-me';

describe('structured logs through a real pino destination', () => {
  let engine: Engine;
  let server: RunningServer;
  let logFile: string;
  let destination: ReturnType<typeof pino.destination>;

  async function lines(): Promise<Array<Record<string, any>>> {
    destination.flushSync();
    return (await readFile(logFile, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  }

  beforeAll(async () => {
    const root = await tempDir();
    logFile = path.join(await tempDir(), 'corral.log');
    destination = pino.destination({ dest: logFile, sync: true });
    const logger = pino({ level: 'debug' }, destination);
    await writePlugin(root, { id: 'good', config: { password: SECRET } }, 'export default { classify(input, ctx) { ctx.log.info("hello from good"); return 1; } };');
    await writePlugin(root, { id: 'bad' }, 'export default { classify() { throw new RangeError("nope"); } };');
    await writePlugin(root, { id: 'slow', limits: { timeoutMs: 100 } }, 'export default { classify() { for (;;) {} } };');
    await writePlugin(root, { id: 'chatty', capabilities: ['chat'] }, 'export default { chat() { for (let i = 0; i < 50; i++) console.log("line " + i); return 1; } };');
    await writePlugin(root, { id: 'invalid', version: 'not-semver' }, 'export default { classify() { return 1; } };');
    engine = await createEngine({ pluginsDir: root, poolSize: 1, logger });
    server = await startServer({ engine, port: 0, logger, auth: 'none' });
    await fetch(`${server.url}/api/v1/capabilities/classify/dispatch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: { text: 'x' } }) });
    await fetch(`${server.url}/api/v1/plugins/good/disable`, { method: 'PUT' });
    await fetch(`${server.url}/api/v1/plugins/good/enable`, { method: 'PUT' });
    await fetch(`${server.url}/api/v1/plugins/good`);
  });
  afterAll(async () => {
    await server?.close();
    await engine?.close();
  });

  it('emits dispatch start/complete/error/timeout events with plugin_id, capability, result, duration_ms, error_type', async () => {
    const log = await lines();
    const events = (name: string, plugin: string) => log.filter((l) => l.event === name && l.plugin_id === plugin);
    expect(events('plugin.dispatch.start', 'good')[0]).toMatchObject({ capability: 'classify' });
    expect(events('plugin.dispatch.complete', 'good')[0]).toMatchObject({ capability: 'classify', result: 'ok', duration_ms: expect.any(Number) });
    expect(events('plugin.dispatch.error', 'bad')[0]).toMatchObject({ capability: 'classify', result: 'error', error_type: 'error', duration_ms: expect.any(Number) });
    expect(events('plugin.dispatch.timeout', 'slow')[0]).toMatchObject({ capability: 'classify', result: 'error', error_type: 'timeout', duration_ms: expect.any(Number) });
  });

  it('emits validation errors and lifecycle transitions', async () => {
    const log = await lines();
    expect(log.find((l) => l.event === 'plugin.registry.validation_error')).toMatchObject({ plugin_id: 'invalid', code: 'CORRAL_ERR_INVALID_MANIFEST' });
    const transitions = log.filter((l) => typeof l.event === 'string' && l.event.startsWith('plugin.lifecycle.') && l.plugin_id === 'good').map((l) => l.event);
    expect(transitions).toEqual(expect.arrayContaining(['plugin.lifecycle.loaded', 'plugin.lifecycle.initialized', 'plugin.lifecycle.active', 'plugin.lifecycle.inactive']));
  });

  it('tags plugin log lines with the plugin id', async () => {
    expect((await lines()).find((l) => l.event === 'plugin.log' && l.plugin_id === 'good')).toMatchObject({ capability: 'classify', msg: 'hello from good' });
  });

  it('logs http.request with method, route pattern, status and duration (never the raw id path or headers)', async () => {
    const requests = (await lines()).filter((l) => l.event === 'http.request');
    expect(requests).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: 'POST', route: '/api/v1/capabilities/:name/dispatch', status: 200, duration_ms: expect.any(Number) }),
        expect.objectContaining({ method: 'PUT', route: '/api/v1/plugins/:id/disable', status: 200 }),
        expect.objectContaining({ method: 'GET', route: '/api/v1/plugins/:id', status: 200 }),
      ]),
    );
  });

  it('rate-limits a chatty plugin across calls and reports the drops once', async () => {
    const before = (await lines()).length;
    for (let i = 0; i < 20; i++) await engine.invoke('chatty', 'chat', {});
    const log = (await lines()).slice(before).filter((l) => l.plugin_id === 'chatty');
    const written = log.filter((l) => l.event === 'plugin.log').length;
    // 1000 lines asked for; the bucket allows its burst (200) plus 50 lines/s of refill.
    expect(written).toBeGreaterThanOrEqual(200);
    expect(written).toBeLessThan(400);
    const summaries = log.filter((l) => l.event === 'plugin.log.dropped');
    // Summaries are rate-limited too: a handful, not one per call.
    expect(summaries.length).toBeGreaterThanOrEqual(1);
    expect(summaries.length).toBeLessThanOrEqual(3);
    const reported = summaries.reduce((sum, l) => sum + (l.dropped as number), 0);
    expect(reported).toBeGreaterThan(0);
    expect(written + reported).toBeLessThanOrEqual(1000);
  });

  it('never logs plugin config', async () => {
    expect(await readFile(logFile, 'utf8')).not.toContain(SECRET);
  });
});
