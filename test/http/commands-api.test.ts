import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeInspector, writePlain, writeSpinner } from '../cli/command-fixtures.ts';
import { conformance, startApi, TOKEN_BY_ROLE, TOKENS, type Api, type ApiResponse } from './harness.ts';

const ADMIN = TOKEN_BY_ROLE['plugins:admin'];
const READER = TOKEN_BY_ROLE['plugins:read'];

describe('diagnostics commands over real HTTP', () => {
  let api: Api;
  let doc: any;

  async function call(method: string, template: string, url: string, init: Parameters<Api['call']>[2] = {}): Promise<ApiResponse> {
    const response = await api.call(method, url, { token: ADMIN, ...init });
    expect(conformance(doc, method, template, response), `${method} ${url}`).toEqual([]);
    return response;
  }
  const run = (id: string, command: string, body: unknown = {}) => call('POST', '/api/v1/plugins/{id}/commands/{command}', `/api/v1/plugins/${id}/commands/${command}`, { body });

  beforeAll(async () => {
    api = await startApi({
      plugins: async (root) => {
        await writeInspector(root);
        await writeSpinner(root);
        await writePlain(root);
      },
      // Two threads, as on the machine this runs on: a spinning command must not take the other plugins' calls down with it.
      engine: { poolSize: 2 },
      server: { tokens: TOKENS },
    });
    doc = (await api.call('GET', '/api/v1/openapi.json')).json;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lists commands: every plugin declaring some, and one plugin (404 when unknown)', async () => {
    const all = await call('GET', '/api/v1/commands', '/api/v1/commands', { token: READER });
    expect(all.status).toBe(200);
    expect(all.json.plugins.map((p: { plugin_id: string }) => p.plugin_id)).toEqual(['inspector', 'spinner']);
    const one = await call('GET', '/api/v1/plugins/{id}/commands', '/api/v1/plugins/inspector/commands', { token: READER });
    expect(one.json.commands[0]).toEqual({
      name: 'count',
      description: 'Count the words of a text',
      args: [
        { name: 'text', type: 'string', required: true, description: 'the text' },
        { name: 'unique', type: 'boolean', required: false, description: 'count distinct words only' },
      ],
    });
    expect((await call('GET', '/api/v1/plugins/{id}/commands', '/api/v1/plugins/plain/commands')).json).toEqual({ plugin_id: 'plain', commands: [] });
    const unknown = await call('GET', '/api/v1/plugins/{id}/commands', '/api/v1/plugins/nobody/commands');
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('CORRAL_ERR_UNKNOWN_PLUGIN');
  });

  it('runs a command (plugins:admin only) and answers its outcome; a failing command is a 200 outcome', async () => {
    const ok = await run('inspector', 'count', { args: { text: 'a b a', unique: true } });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ pluginId: 'inspector', status: 'ok', value: { words: 2, capability: 'command:count' } });
    const failed = await run('inspector', 'fail');
    expect(failed.status).toBe(200);
    expect(failed.json).toMatchObject({ status: 'error', error: { type: 'error', name: 'RangeError' } });
    for (const role of ['plugins:read', 'plugins:execute', 'plugins:write'] as const) {
      const refused = await api.call('POST', '/api/v1/plugins/inspector/commands/greet', { token: TOKEN_BY_ROLE[role], body: {} });
      expect(refused.status, role).toBe(403);
    }
    // Counted as a call of the plugin under the command's name.
    const plugin = await api.call('GET', '/api/v1/plugins/inspector', { token: READER });
    expect(plugin.json.counters['command:count']).toMatchObject({ success: 1 });
  });

  it('checks arguments against the declaration before the plugin runs (400) and refuses unknown commands (404)', async () => {
    const before = (await api.call('GET', '/api/v1/plugins/inspector', { token: READER })).json.counters['command:count']?.success ?? 0;
    const wrongType = await run('inspector', 'count', { args: { text: 7 } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.json).toMatchObject({ code: 'CORRAL_ERR_INVALID_INPUT', detail: expect.stringContaining('args.text: Invalid input: expected string, received number') });
    const missing = await run('inspector', 'count', { args: {} });
    expect(missing.status).toBe(400);
    expect(missing.json.detail).toContain('args.text');
    const extra = await run('inspector', 'count', { args: { text: 'x', colour: 'red' } });
    expect(extra.status).toBe(400);
    expect(extra.json.detail).toContain('args.colour: unrecognized key');
    const unknown = await run('inspector', 'cuont');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: 'CORRAL_ERR_UNKNOWN_COMMAND', detail: 'plugin "inspector" has no command "cuont" (it declares: count, echo, greet, fail)' });
    // A capability is not reachable as a command, nor a command as a capability.
    expect((await run('inspector', 'classify')).status).toBe(404);
    expect((await api.call('POST', '/api/v1/plugins/inspector/invoke/command:count', { token: ADMIN, body: { input: { text: 'x' } } })).status).toBe(404);
    const after = (await api.call('GET', '/api/v1/plugins/inspector', { token: READER })).json.counters['command:count']?.success ?? 0;
    expect(after).toBe(before);
  });

  it('a spinning or never-settling command times out at the plugin\'s deadline while other plugins keep answering', async () => {
    for (const command of ['spin', 'hang']) {
      const started = performance.now();
      const [hostile, ...neighbours] = await Promise.all([
        run('spinner', command),
        ...Array.from({ length: 4 }, (_, i) => call('POST', '/api/v1/plugins/{id}/commands/{command}', '/api/v1/plugins/inspector/commands/count', { body: { args: { text: `word ${i}` } } })),
        api.call('POST', '/api/v1/plugins/plain/invoke/classify', { token: ADMIN, body: { input: {} } }),
      ]);
      expect(hostile?.status).toBe(200);
      expect(hostile?.json).toMatchObject({ pluginId: 'spinner', status: 'error', error: { type: 'timeout' } });
      expect(performance.now() - started, command).toBeLessThan(3_000);
      for (const neighbour of neighbours) expect(neighbour.json, command).toMatchObject({ status: 'ok' });
    }
    // The spinner's own isolate is rebuilt: its capability still answers.
    const after = await api.call('POST', '/api/v1/plugins/spinner/invoke/classify', { token: ADMIN, body: { input: {} } });
    expect(after.json).toMatchObject({ status: 'ok', value: { label: 'still here' } });
  });

  it('a disabled plugin\'s command did not run: 503 with the reason, as for invoke', async () => {
    expect((await api.call('PUT', '/api/v1/plugins/inspector/disable', { token: ADMIN })).status).toBe(200);
    try {
      const refused = await run('inspector', 'greet');
      expect(refused.status).toBe(503);
      expect(refused.json).toMatchObject({ type: 'urn:corral:problem:plugin-unavailable', reason: 'disabled' });
    } finally {
      await api.call('PUT', '/api/v1/plugins/inspector/enable', { token: ADMIN });
    }
  });
});
