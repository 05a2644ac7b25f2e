import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createEngine } from 'corral';
import { afterEach, describe, expect, it } from 'vitest';
import { runCorral, tempDir, writePlugin } from '../helpers.ts';
import { writeBroken, writeGreeter } from './fixtures.ts';
import { adminToken, killServeProcesses, startServe } from './serve-process.ts';

/**
 * One config file for `corral serve` and createEngine: server keys and every engine option, checked by
 * the engine's own schema. Each setting is shown to take effect through what a user can observe.
 */

afterEach(killServeProcesses);

/** Busy for 400 ms: fine under the default 1000 ms deadline, a timeout under 200 ms. */
const SLOWPOKE = 'export default { classify() { const end = Date.now() + 400; while (Date.now() < end) {} return "done"; } };';

async function setUp(settings: string): Promise<{ dir: string; file: string }> {
  const dir = await tempDir('corral-serve-config-');
  const plugins = path.join(dir, 'plugins');
  await mkdir(plugins);
  await writeGreeter(plugins);
  await writeBroken(plugins);
  await writePlugin(plugins, { id: 'slowpoke' }, SLOWPOKE);
  const file = path.join(dir, 'corral.yaml');
  await writeFile(
    file,
    `# paths are relative to this file
pluginsDir: ./plugins
dataDir: ./data
limits:
  defaultTimeoutMs: 200
readiness:
  failOnLoadFailure: false
plugins:
  - { id: slowpoke, path: ./plugins/slowpoke, required: true }
${settings}`,
  );
  return { dir, file };
}

/** The admin token the server under test generated (no token is configured in these files). */
let token = '';

async function get(url: string): Promise<{ status: number; json: any }> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, json: await res.json() };
}

async function post(url: string, body: unknown): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return res.json();
}

function corral(...args: string[]) {
  return runCorral(args, { nodeArgs: ['--no-node-snapshot'] });
}

describe('corral serve --config: one file, every engine option', () => {
  it('isolation: thread, limits and readiness from the file take effect; createEngine reads the same file', async () => {
    const { dir, file } = await setUp('isolation: thread\n');
    const server = await startServe(['--config', file]);
    token = await adminToken(path.join(dir, 'data'));
    expect(server.stdout()).toContain('thread isolation');
    expect(server.stdout()).toContain(`data in ${path.join(dir, 'data')}`);

    const status = await get(`${server.url}/api/v1/plugins/status`);
    expect(status.json.pool).toMatchObject({ isolation: 'thread', status: 'ok' });
    expect(status.json.plugins.find((p: { id: string }) => p.id === 'slowpoke')).toMatchObject({ required: true, state: 'active' });
    expect((await get(`${server.url}/api/v1/plugins/slowpoke`)).json.limits).toMatchObject({ timeout_ms: 200 });
    // `broken` failed to load, and readiness.failOnLoadFailure: false says that is not an outage.
    const ready = await get(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.json.plugins.broken).toMatchObject({ ready: false, blocking: false, state: 'failed' });
    // The 200 ms default deadline applies: the 400 ms plugin times out, and as it is required, the
    // host is no longer ready.
    const outcome = await post(`${server.url}/api/v1/plugins/slowpoke/invoke/classify`, { input: {} });
    expect(outcome).toMatchObject({ status: 'error', error: { type: 'timeout' } });
    const after = await get(`${server.url}/readyz`);
    expect(after.status).toBe(503);
    expect(after.json).toMatchObject({ detail: 'not ready: slowpoke', plugins: { slowpoke: { required: true, blocking: true, health: 'unhealthy' } } });
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);

    const engine = await createEngine({ configFile: file, poolSize: 1 });
    try {
      expect(engine.poolHealth().isolation).toBe('thread');
      expect(engine.plugin('slowpoke').limits?.timeoutMs).toBe(200);
      expect(engine.plugin('slowpoke').required).toBe(true);
    } finally {
      await engine.close();
    }
  });

  it('isolation: process from the file runs the pool in a child process; --isolation thread overrides it', async () => {
    const { dir, file } = await setUp('poolSize: 1\nisolation:\n  mode: process\n  restartCapMs: 2000\n');
    const server = await startServe(['--config', file]);
    token = await adminToken(path.join(dir, 'data'));
    const status = await get(`${server.url}/api/v1/plugins/status`);
    expect(status.json.pool).toMatchObject({ isolation: 'process', status: 'ok', restarts: 0 });
    expect(status.json.pool.pid).not.toBe(server.child.pid);
    expect((await get(`${server.url}/readyz`)).json.pool).toEqual({ isolation: 'process', status: 'ok', restarts: 0 });
    expect(await post(`${server.url}/api/v1/plugins/greeter/invoke/classify`, { input: { text: 'a b' } })).toMatchObject({ status: 'ok', value: { words: 2 } });
    expect(await post(`${server.url}/api/v1/plugins/slowpoke/invoke/classify`, { input: {} })).toMatchObject({ status: 'error', error: { type: 'timeout' } });
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);

    // The same data dir: the token generated by the first start is reused.
    const flagged = await startServe(['--config', file, '--isolation', 'thread', '--pool-size', '2']);
    expect(await adminToken(path.join(dir, 'data'))).toBe(token);
    expect((await get(`${flagged.url}/api/v1/plugins/status`)).json.pool).toMatchObject({ isolation: 'thread' });
    flagged.child.kill('SIGTERM');
    expect(await flagged.exit).toBe(0);
  });

  it('a bad engine setting fails start-up with one line naming the field', async () => {
    const { file } = await setUp('isolation:\n  mode: sandbox\n');
    const bad = await corral('serve', '--config', file);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(`corral: ${file}: isolation.mode: Invalid option: expected one of "thread"|"process" [CORRAL_ERR_CONFIG]\n`);

    await writeFile(file, 'pluginsDir: ./plugins\nlimits:\n  defaultTimeoutMS: 200\nconcurrentCallsPerWorker: 0\n');
    const typo = await corral('serve', '--config', file);
    expect(typo.code).toBe(1);
    expect(typo.stderr.trim().split('\n')).toHaveLength(1);
    expect(typo.stderr).toContain('limits.defaultTimeoutMS: unrecognized key');
    expect(typo.stderr).toContain('concurrentCallsPerWorker: Too small');

    await writeFile(file, 'pluginsDir: ./plugins\nreadiness: { failOnLoadFailures: false }\nlogger: pino\n');
    const server = await corral('serve', '--config', file);
    expect(server.stderr).toContain('readiness.failOnLoadFailures: unrecognized key');
    expect(server.stderr).toContain('logger: cannot be set in a config file');

    const flag = await corral('serve', '--config', file, '--isolation', 'sandbox');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--isolation <mode>.*sandbox.*Allowed choices are thread, process/);
    const nothing = await corral('serve');
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toBe('corral: set --plugins <dir>, or --config <file> with pluginsDir or plugins in it\n');
  });

  it('--check prints the settings serve would use and exits without serving', async () => {
    const { dir, file } = await setUp('isolation: process\nwatch: true\ntokens: check-token-123=plugins:read\n');
    const checked = await corral('serve', '--config', file, '--pool-size', '3', '--check');
    expect(checked.code).toBe(0);
    const report = JSON.parse(checked.stdout);
    expect(report).toMatchObject({
      ok: true,
      server: { host: '127.0.0.1', dataDir: path.join(dir, 'data'), tokens: 1, readiness: { failOnLoadFailure: false } },
      engine: { pluginsDir: path.join(dir, 'plugins'), poolSize: 3, watch: true, isolation: { mode: 'process' }, limits: { defaultTimeoutMs: 200 } },
    });
    expect(checked.stdout).not.toContain('check-token-123');
  });
});
