import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { conformance, SECRET, startApi, TOKENS, type Api, type ApiResponse } from './harness.ts';
import { escalateAdapter, writeAdapter, writeBroken, writeGreeter, writeLooper, writeThrower, writeVictim } from './fixtures.ts';

const ADMIN = 'admin-token-0004';

describe('diagnostics API over real HTTP: shapes, problems, secrets', () => {
  let api: Api;
  let doc: any;

  /** Call as admin and check the response against the served OpenAPI document. */
  async function expectCall(method: string, template: string, url: string, init: Parameters<Api['call']>[2] = {}): Promise<ApiResponse> {
    const response = await api.call(method, url, { token: ADMIN, ...init });
    expect(conformance(doc, method, template, response), `${method} ${url}`).toEqual([]);
    if (response.status >= 400) expectProblem(response, url);
    return response;
  }

  function expectProblem(response: ApiResponse, instance: string): void {
    expect(response.contentType).toBe('application/problem+json');
    expect(response.json).toMatchObject({ type: expect.stringMatching(/^urn:corral:problem:/), title: expect.any(String), status: response.status, detail: expect.any(String) });
    expect(response.json.instance).toBe(instance.split('?')[0]);
  }

  beforeAll(async () => {
    api = await startApi({
      plugins: async (root) => {
        await writeGreeter(root);
        await writeThrower(root);
        await writeLooper(root);
        await writeBroken(root);
        await writeAdapter(root);
        await writeVictim(root);
      },
      engine: { limits: { maxInputBytes: 4096 } },
      server: { tokens: TOKENS, maxBodyBytes: 64 * 1024 },
    });
    await api.engine.checkHealth('greeter');
    doc = (await api.call('GET', '/api/v1/openapi.json')).json;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('serves an OpenAPI 3.1 document describing every mounted route', () => {
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${p}`));
    expect(operations.sort()).toEqual(
      [
        'GET /healthz', 'GET /readyz', 'GET /metrics', 'GET /api/v1/openapi.json',
        'GET /api/v1/plugins', 'GET /api/v1/plugins/status', 'GET /api/v1/plugins/{id}', 'GET /api/v1/plugins/{id}/health', 'GET /api/v1/capabilities',
        'PUT /api/v1/plugins/{id}/enable', 'PUT /api/v1/plugins/{id}/disable', 'POST /api/v1/plugins/{id}/reload', 'POST /api/v1/plugins/{id}/approve', 'DELETE /api/v1/plugins/{id}',
        'POST /api/v1/capabilities/{name}/dispatch', 'POST /api/v1/plugins/{id}/invoke/{capability}',
        'GET /api/v1/commands', 'GET /api/v1/plugins/{id}/commands', 'POST /api/v1/plugins/{id}/commands/{command}',
      ].sort(),
    );
    expect(doc.components.schemas.Problem).toBeDefined();
    expect(doc.paths['/api/v1/plugins/{id}/approve'].post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ApproveRequest' });
  });

  it('the conformance check catches missing fields, wrong types and extra keys such as config', async () => {
    const real = await api.call('GET', '/api/v1/plugins/greeter', { token: ADMIN });
    const fake = (json: unknown): ApiResponse => ({ ...real, json });
    expect(conformance(doc, 'GET', '/api/v1/plugins/{id}', real)).toEqual([]);
    expect(conformance(doc, 'GET', '/api/v1/plugins/{id}', fake({ ...real.json, config: { apiKey: 'x' } }))).toEqual([expect.stringContaining('unexpected property "config"')]);
    expect(conformance(doc, 'GET', '/api/v1/plugins/{id}', fake({ ...real.json, state: 'sleepy' }))).toEqual([expect.stringContaining('not in enum')]);
    const { loaded: _loaded, ...withoutLoaded } = real.json;
    expect(conformance(doc, 'GET', '/api/v1/plugins/{id}', fake(withoutLoaded))).toEqual([expect.stringContaining('missing required "loaded"')]);
    expect(conformance(doc, 'GET', '/api/v1/plugins/{id}', { ...real, status: 418 })).toEqual([expect.stringContaining('not declared')]);
  });

  it('probes: healthz, readyz (503 while a plugin failed to load), metrics', async () => {
    expect((await expectCall('GET', '/healthz', '/healthz', { token: undefined })).json).toMatchObject({ status: 'ok' });
    const ready = await expectCall('GET', '/readyz', '/readyz', { token: undefined });
    expect(ready.status).toBe(503);
    expect(ready.json.plugins.broken).toMatchObject({ ready: false, blocking: true, state: 'failed' });
    expect(ready.json.plugins.broken.reason).toBeUndefined();
    expect(ready.json.plugins.greeter).toMatchObject({ ready: true });
    const metrics = await expectCall('GET', '/metrics', '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('corral_plugin_load_total{plugin_id="broken",status="failed"} 1');
  });

  it('lists plugins with filters and rejects a bad filter with the zod issues', async () => {
    const all = await expectCall('GET', '/api/v1/plugins', '/api/v1/plugins');
    expect(all.json.plugins.map((p: { id: string }) => p.id)).toEqual(['adapter', 'broken', 'greeter', 'looper', 'thrower', 'victim']);
    const failed = await expectCall('GET', '/api/v1/plugins', '/api/v1/plugins?status=failed');
    expect(failed.json.plugins.map((p: { id: string }) => p.id)).toEqual(['broken']);
    const summarize = await expectCall('GET', '/api/v1/plugins', '/api/v1/plugins?capability=summarize');
    expect(summarize.json.plugins.map((p: { id: string }) => p.id)).toEqual(['greeter']);
    const bad = await expectCall('GET', '/api/v1/plugins', '/api/v1/plugins?status=sleepy');
    expect(bad.status).toBe(400);
    expect(bad.json.issues).toEqual([expect.objectContaining({ path: 'query.status', code: 'invalid_value' })]);
  });

  it('reports status: validation, last error, availability and counters for every plugin', async () => {
    await api.call('POST', '/api/v1/plugins/greeter/invoke/classify', { token: ADMIN, body: { input: { text: 'a b c' } } });
    const res = await expectCall('GET', '/api/v1/plugins/status', '/api/v1/plugins/status');
    const byId = Object.fromEntries(res.json.plugins.map((p: { id: string }) => [p.id, p]));
    expect(byId.broken).toMatchObject({ enabled: true, loaded: false, state: 'failed', validation_status: 'failed', unavailable_reason: 'not_loaded', last_error: { code: 'CORRAL_ERR_PLUGIN_LOAD' } });
    expect(byId.greeter).toMatchObject({ loaded: true, validation_status: 'passed', last_error: null, capabilities: ['classify', 'summarize'], counters: { classify: { success: 1, failure: 0, timeouts: 0 } } });
    expect(Date.parse(byId.greeter.last_updated_at)).not.toBeNaN();
  });

  it('shows one plugin and its health; unknown ids are 404 problems', async () => {
    const one = await expectCall('GET', '/api/v1/plugins/{id}', '/api/v1/plugins/greeter');
    expect(one.json).toMatchObject({ id: 'greeter', state: 'active', limits: { timeout_ms: 1000 } });
    const health = await expectCall('GET', '/api/v1/plugins/{id}/health', '/api/v1/plugins/greeter/health');
    expect(health.json).toMatchObject({ plugin_id: 'greeter', version: '1.0.0', status: 'healthy', dependencies: { upstream: 'healthy' }, breaker: { state: 'closed' } });
    expect(health.json.uptime_seconds).toBeGreaterThanOrEqual(0);
    expect((await expectCall('GET', '/api/v1/plugins/{id}', '/api/v1/plugins/nope')).status).toBe(404);
    const missing = await expectCall('GET', '/api/v1/plugins/{id}/health', '/api/v1/plugins/nope/health');
    expect(missing.json).toMatchObject({ status: 404, code: 'CORRAL_ERR_UNKNOWN_PLUGIN' });
    expect((await expectCall('GET', '/api/v1/capabilities', '/api/v1/capabilities')).json.capabilities).toEqual(['classify', 'summarize', 'translate']);
  });

  it('PUT enable/disable are idempotent (200, no change, no second transition); a failed plugin can be disabled; a disabled plugin is a 503 on invoke', async () => {
    const disabled = await expectCall('PUT', '/api/v1/plugins/{id}/disable', '/api/v1/plugins/thrower/disable');
    expect(disabled.json).toMatchObject({ id: 'thrower', enabled: false, state: 'inactive', unavailable_reason: 'disabled' });
    const again = await expectCall('PUT', '/api/v1/plugins/{id}/disable', '/api/v1/plugins/thrower/disable');
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ id: 'thrower', enabled: false, state: 'inactive' });
    expect(again.json.transitions).toEqual(disabled.json.transitions);
    expect(again.json.last_updated_at).toBe(disabled.json.last_updated_at);
    const unavailable = await expectCall('POST', '/api/v1/plugins/{id}/invoke/{capability}', '/api/v1/plugins/thrower/invoke/classify', { body: { input: { text: 'x' } } });
    expect(unavailable.json).toMatchObject({ status: 503, type: 'urn:corral:problem:plugin-unavailable', reason: 'disabled' });
    const enabled = await expectCall('PUT', '/api/v1/plugins/{id}/enable', '/api/v1/plugins/thrower/enable');
    expect(enabled.json).toMatchObject({ enabled: true, state: 'active' });
    expect(enabled.json.transitions.filter((t: { to: string }) => t.to === 'active')).toHaveLength(2);
    const enabledAgain = await expectCall('PUT', '/api/v1/plugins/{id}/enable', '/api/v1/plugins/thrower/enable');
    expect(enabledAgain.status).toBe(200);
    expect(enabledAgain.json.transitions).toEqual(enabled.json.transitions);
    expect((await expectCall('PUT', '/api/v1/plugins/{id}/enable', '/api/v1/plugins/nope/enable')).status).toBe(404);

    // A plugin that failed to load: disabling it is the admin's way to say "not needed now".
    const failedOff = await expectCall('PUT', '/api/v1/plugins/{id}/disable', '/api/v1/plugins/broken/disable');
    expect(failedOff.status).toBe(200);
    expect(failedOff.json).toMatchObject({ id: 'broken', enabled: false, state: 'failed', loaded: false, unavailable_reason: 'disabled' });
    expect((await expectCall('PUT', '/api/v1/plugins/{id}/disable', '/api/v1/plugins/broken/disable')).json.transitions).toEqual(failedOff.json.transitions);
    const broken = await expectCall('POST', '/api/v1/plugins/{id}/invoke/{capability}', '/api/v1/plugins/broken/invoke/classify', { body: { input: { text: 'x' } } });
    expect(broken.json).toMatchObject({ status: 503, reason: 'disabled' });
    const failedOn = await expectCall('PUT', '/api/v1/plugins/{id}/enable', '/api/v1/plugins/broken/enable');
    expect(failedOn.json).toMatchObject({ id: 'broken', enabled: true, state: 'failed', unavailable_reason: 'not_loaded' });
  });

  it('reloads, stages a permission upgrade and approves it', async () => {
    expect((await expectCall('POST', '/api/v1/plugins/{id}/reload', '/api/v1/plugins/greeter/reload')).json).toEqual({ status: 'unchanged', plugin_id: 'greeter', version: '1.0.0' });
    expect((await expectCall('POST', '/api/v1/plugins/{id}/reload', '/api/v1/plugins/broken/reload')).json).toMatchObject({ status: 'failed', plugin_id: 'broken' });
    await escalateAdapter(path.join(api.root, 'adapter'));
    expect((await expectCall('POST', '/api/v1/plugins/{id}/reload', '/api/v1/plugins/adapter/reload')).json).toEqual({ status: 'pending_approval', plugin_id: 'adapter', version: '2.0.0', requested: ['state'] });
    const noBody = await expectCall('POST', '/api/v1/plugins/{id}/approve', '/api/v1/plugins/adapter/approve', { body: {} });
    expect(noBody.json).toMatchObject({ status: 400, issues: [expect.objectContaining({ path: 'body.version' })] });
    const wrong = await expectCall('POST', '/api/v1/plugins/{id}/approve', '/api/v1/plugins/adapter/approve', { body: { version: '9.9.9' } });
    expect(wrong.json).toMatchObject({ status: 409, code: 'CORRAL_ERR_NOT_PENDING' });
    const approved = await expectCall('POST', '/api/v1/plugins/{id}/approve', '/api/v1/plugins/adapter/approve', { body: { version: '2.0.0' } });
    expect(approved.json).toMatchObject({ status: 'reloaded', plugin_id: 'adapter', from: '1.0.0', to: '2.0.0' });
    expect((await expectCall('POST', '/api/v1/plugins/{id}/reload', '/api/v1/plugins/nope/reload')).status).toBe(404);
  });

  it('unregisters a plugin; a second delete is a 404', async () => {
    expect((await expectCall('DELETE', '/api/v1/plugins/{id}', '/api/v1/plugins/victim')).json).toMatchObject({ id: 'victim' });
    expect((await expectCall('DELETE', '/api/v1/plugins/{id}', '/api/v1/plugins/victim')).status).toBe(404);
  });

  it('dispatches with partial results: ok, error and timeout outcomes in one 200', async () => {
    const res = await expectCall('POST', '/api/v1/capabilities/{name}/dispatch', '/api/v1/capabilities/classify/dispatch', { body: { input: { text: 'boom now' } } });
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.json.results.map((o: { pluginId: string }) => [o.pluginId, o]));
    expect(byId.greeter).toMatchObject({ status: 'ok', value: { label: 'hi', words: 2 } });
    expect(byId.thrower).toMatchObject({ status: 'error', error: { type: 'error' } });
    expect(byId.looper).toMatchObject({ status: 'error', error: { type: 'timeout' } });
    expect(byId.broken).toMatchObject({ status: 'error', error: { type: 'unavailable', reason: 'not_loaded' } });
    const onlyOne = await expectCall('POST', '/api/v1/capabilities/{name}/dispatch', '/api/v1/capabilities/summarize/dispatch', { body: { input: {}, plugins: ['greeter'] } });
    expect(onlyOne.json.results).toEqual([expect.objectContaining({ pluginId: 'greeter', status: 'ok', value: null })]);
  });

  it('invokes one plugin: ok and error outcomes are 200; unknown plugin or capability are 404', async () => {
    const ok = await expectCall('POST', '/api/v1/plugins/{id}/invoke/{capability}', '/api/v1/plugins/greeter/invoke/classify', { body: { input: { text: 'one two' } } });
    expect(ok.json).toMatchObject({ pluginId: 'greeter', status: 'ok', value: { words: 2 } });
    const failed = await expectCall('POST', '/api/v1/plugins/{id}/invoke/{capability}', '/api/v1/plugins/thrower/invoke/classify', { body: { input: { text: 'boom' } } });
    expect(failed.json).toMatchObject({ status: 'error', error: { type: 'error', name: 'TypeError', message: 'refused' } });
    const cap = await expectCall('POST', '/api/v1/plugins/{id}/invoke/{capability}', '/api/v1/plugins/greeter/invoke/translate', { body: { input: 1 } });
    expect(cap.json).toMatchObject({ status: 404, code: 'CORRAL_ERR_UNKNOWN_CAPABILITY' });
    expect((await expectCall('POST', '/api/v1/plugins/{id}/invoke/{capability}', '/api/v1/plugins/nope/invoke/classify', { body: { input: 1 } })).status).toBe(404);
    expect((await expectCall('POST', '/api/v1/capabilities/{name}/dispatch', '/api/v1/capabilities/nothing-declares-this/dispatch', { body: { input: 1 } })).status).toBe(404);
  });

  it('rejects bad bodies with problems: invalid JSON, missing input, unknown keys, wrong media type', async () => {
    const url = '/api/v1/capabilities/classify/dispatch';
    const template = '/api/v1/capabilities/{name}/dispatch';
    const json = { 'content-type': 'application/json' };
    expect((await expectCall('POST', template, url, { rawBody: '{"input": ', headers: json })).json).toMatchObject({ status: 400, type: 'urn:corral:problem:invalid-json' });
    expect((await expectCall('POST', template, url, { rawBody: '', headers: json })).status).toBe(400);
    const missing = await expectCall('POST', template, url, { body: { text: 'no envelope' } });
    expect(missing.json.issues.map((i: { path: string }) => i.path).sort()).toEqual(['body', 'body.input'].sort());
    const badTimeout = await expectCall('POST', template, url, { body: { input: {}, timeoutMs: -5 } });
    expect(badTimeout.json.issues).toEqual([expect.objectContaining({ path: 'body.timeoutMs', code: 'too_small' })]);
    expect((await expectCall('POST', template, url, { rawBody: 'input=1', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
  });

  it('limits body size (413 from the HTTP layer) and input size (413 from the engine)', async () => {
    const url = '/api/v1/capabilities/classify/dispatch';
    const template = '/api/v1/capabilities/{name}/dispatch';
    const huge = await expectCall('POST', template, url, { body: { input: { text: 'x'.repeat(100 * 1024) } } });
    expect(huge.json).toMatchObject({ status: 413, type: 'urn:corral:problem:payload-too-large' });
    const big = await expectCall('POST', template, url, { body: { input: { text: 'x'.repeat(8 * 1024) } } });
    expect(big.json).toMatchObject({ status: 413, code: 'CORRAL_ERR_PAYLOAD_TOO_LARGE' });
  });

  it('answers unknown routes with a 404 problem', async () => {
    const res = await api.call('GET', '/api/v1/nothing-here', { token: ADMIN });
    expect(res.status).toBe(404);
    expectProblem(res, '/api/v1/nothing-here');
  });

  it('never puts a plugin config secret in a response or a log line', async () => {
    expect(api.bodies.length).toBeGreaterThan(30);
    for (const body of api.bodies) expect(body).not.toContain(SECRET);
    const logs = JSON.stringify(api.logs());
    expect(logs).toContain('http.request');
    expect(logs).not.toContain(SECRET);
    // Bearer tokens never reach the log either.
    for (const { token } of TOKENS) expect(logs).not.toContain(token);
  });
});
