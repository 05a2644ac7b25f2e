import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { writeInspector, writeSpinner } from '../cli/command-fixtures.ts';
import { freePort, runCorral, tempDir, writePlugin } from '../helpers.ts';
import { escalateAdapter, writeAdapter, writeGreeter } from './fixtures.ts';
import { killServeProcesses, startServe, type ServeProcess } from './serve-process.ts';

const ADMIN = 'admin-cli-token-0001';
const READER = 'reader-cli-token-0002';

/** The real CLI with no server or token from the test's own environment, unless the case sets them. */
function corral(args: string[], env: Record<string, string> = {}) {
  return runCorral(args, { nodeArgs: ['--no-node-snapshot'], env: { CORRAL_URL: '', CORRAL_TOKEN: '', CORRAL_CONFIG: '', ...env } });
}


function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter(Boolean);
  expect(lines, stderr).toHaveLength(1);
  return lines[0] as string;
}

describe('admin commands and diagnose against a real corral serve', () => {
  let server: ServeProcess;
  let configFile: string;
  let pluginsDir: string;
  let adapterDir: string;
  let admin: string[];

  beforeAll(async () => {
    const root = await tempDir('corral-admin-cli-');
    pluginsDir = path.join(root, 'plugins');
    await writeGreeter(pluginsDir);
    adapterDir = await writeAdapter(pluginsDir);
    await writePlugin(pluginsDir, { id: 'flaky' }, 'export default { classify() { return { label: "v1" }; } };');
    await writeInspector(pluginsDir);
    await writeSpinner(pluginsDir);
    configFile = path.join(root, 'corral.yaml');
    const port = await freePort();
    await writeFile(
      configFile,
      [`pluginsDir: ./plugins`, `dataDir: ./data`, `host: 127.0.0.1`, `port: ${port}`, `poolSize: 2`, `tokens: "${ADMIN}=plugins:admin,${READER}=plugins:read"`, ''].join('\n'),
    );
    server = await startServe(['--config', configFile], { CORRAL_LOG_LEVEL: 'warn' });
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    expect(server.stdout()).toContain(`     npx corral status --url ${server.url}\n`);
    admin = ['--url', server.url, '--token', ADMIN];
  });
  afterAll(killServeProcesses);

  it('finds the server by --url, by CORRAL_URL, or from the config file; refuses a config with port 0', async () => {
    const byFlag = await corral(['status', ...admin]);
    expect(byFlag.code).toBe(EXIT.OK);
    expect(byFlag.stdout).toMatch(/greeter\s+1\.0\.0\s+active\s+yes\s+passed/);

    const byEnv = await corral(['status', '--json'], { CORRAL_URL: server.url, CORRAL_TOKEN: READER });
    expect(byEnv.code).toBe(EXIT.OK);
    expect(JSON.parse(byEnv.stdout).plugins.map((p: { id: string }) => p.id).sort()).toEqual(['adapter', 'flaky', 'greeter', 'inspector', 'spinner']);

    const byConfig = await corral(['status', '--config', configFile, '--token', READER]);
    expect(byConfig.code).toBe(EXIT.OK);
    expect(byConfig.stdout).toMatch(/greeter\s+1\.0\.0\s+active/);
    const byConfigEnv = await corral(['status'], { CORRAL_CONFIG: configFile, CORRAL_TOKEN: READER });
    expect(byConfigEnv.code).toBe(EXIT.OK);
    expect(byConfigEnv.stdout).toMatch(/greeter\s+1\.0\.0\s+active/);

    const portZero = path.join(path.dirname(configFile), 'port-zero.yaml');
    await writeFile(portZero, 'pluginsDir: ./plugins\nport: 0\n');
    const refused = await corral(['status', '--config', portZero]);
    expect(refused.code).toBe(EXIT.USAGE);
    expect(oneLine(refused.stderr)).toBe(`corral: ${portZero}: port is 0 (corral serve picks a free port at start-up), so the URL cannot be derived from it: pass --url with the URL serve printed, or set CORRAL_URL`);

    const nowhere = await corral(['status']);
    expect(nowhere.code).toBe(EXIT.USAGE);
    expect(oneLine(nowhere.stderr)).toMatch(/^corral: which server\? pass --url <url>/);
  });

  it('enable and disable print one line; HTTP errors are one line with their exit code', async () => {
    const disabled = await corral(['disable', 'greeter', ...admin]);
    expect(disabled).toMatchObject({ code: EXIT.OK, stdout: 'greeter: disabled (inactive)\n', stderr: '' });
    // PUT is idempotent: asking again is fine and changes nothing.
    const again = await corral(['disable', 'greeter', ...admin]);
    expect(again).toMatchObject({ code: EXIT.OK, stdout: 'greeter: disabled (inactive)\n', stderr: '' });
    const enabled = await corral(['enable', 'greeter', '--json'], { CORRAL_URL: server.url, CORRAL_TOKEN: ADMIN });
    expect(enabled.code).toBe(EXIT.OK);
    expect(JSON.parse(enabled.stdout)).toMatchObject({ id: 'greeter', state: 'active', enabled: true });

    const unknown = await corral(['enable', 'nobody', ...admin]);
    expect(unknown.code).toBe(EXIT.NOT_FOUND);
    expect(oneLine(unknown.stderr)).toMatch(/404 Not Found: no plugin with id "nobody" is registered \[CORRAL_ERR_UNKNOWN_PLUGIN\]$/);

    const wrongToken = await corral(['disable', 'greeter', '--url', server.url, '--token', 'not-a-token-at-all']);
    expect(wrongToken.code).toBe(EXIT.AUTH);
    expect(oneLine(wrongToken.stderr)).toMatch(/: 401 Unauthorized: /);
    const noToken = await corral(['status', '--url', server.url]);
    expect(noToken.code).toBe(EXIT.AUTH);
    expect(oneLine(noToken.stderr)).toMatch(/: 401 Unauthorized: send "Authorization: Bearer <token>" \(no token sent: pass --token or set CORRAL_TOKEN; /);
    const readerWrites = await corral(['disable', 'greeter', '--url', server.url, '--token', READER]);
    expect(readerWrites.code).toBe(EXIT.AUTH);
    expect(oneLine(readerWrites.stderr)).toMatch(/: 403 Forbidden: this token lacks the "plugins:write" role$/);
    expect((await corral(['status', ...admin])).stdout).toMatch(/greeter\s+1\.0\.0\s+active\s+yes/);

    const unreachable = await corral(['status', '--url', `http://127.0.0.1:${await freePort()}`]);
    expect(unreachable.code).toBe(EXIT.FAILURE);
    expect(oneLine(unreachable.stderr)).toMatch(/^corral: cannot reach http:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/);
  });

  it('reload and approve: unchanged 0, waiting for approval 6, approved 0, a new version that fails 3', async () => {
    const unchanged = await corral(['reload', 'adapter', ...admin]);
    expect(unchanged).toMatchObject({ code: EXIT.OK, stdout: 'adapter: unchanged (1.0.0 already running)\n' });

    await escalateAdapter(adapterDir);
    const staged = await corral(['reload', 'adapter', ...admin]);
    expect(staged.code).toBe(EXIT.CONFLICT);
    expect(oneLine(staged.stderr)).toBe('corral: adapter: 2.0.0 waits for approval of state: run `corral approve adapter --version 2.0.0`');
    const approved = await corral(['approve', 'adapter', ...admin]);
    expect(approved).toMatchObject({ code: EXIT.OK, stdout: 'adapter: reloaded 1.0.0 -> 2.0.0\n' });
    const nothingPending = await corral(['approve', 'adapter', ...admin]);
    expect(nothingPending.code).toBe(EXIT.CONFLICT);
    expect(oneLine(nothingPending.stderr)).toBe('corral: adapter: no version waits for approval (2.0.0 is active)');
    const wrongVersion = await corral(['approve', 'adapter', '--version', '9.9.9', ...admin]);
    expect(wrongVersion.code).toBe(EXIT.CONFLICT);
    expect(oneLine(wrongVersion.stderr)).toMatch(/409 Conflict: .*\[CORRAL_ERR_NOT_PENDING\]$/);

    await writePlugin(pluginsDir, { id: 'flaky', version: '1.1.0' }, 'export default { classify() { return 1 ;');
    const failed = await corral(['reload', 'flaky', ...admin]);
    expect(failed.code).toBe(EXIT.PLUGIN_FAILED);
    expect(oneLine(failed.stderr)).toMatch(/^corral: flaky: 1\.1\.0 failed to load \(.*flaky: compile failed: SyntaxError.*\); the previous version still runs$/);
    const stillRuns = await corral(['status', '--json', ...admin]);
    expect(JSON.parse(stillRuns.stdout).plugins.find((p: { id: string }) => p.id === 'flaky')).toMatchObject({ version: '1.0.0', state: 'active' });
  });

  it('diagnose lists and runs commands on the server; a hostile command times out and the server keeps serving', async () => {
    const env = { CORRAL_URL: server.url, CORRAL_TOKEN: ADMIN };
    const listed = await corral(['diagnose'], env);
    expect(listed.code).toBe(EXIT.OK);
    expect(listed.stdout).toMatch(/inspector\s+count <text> \[unique\]/);
    expect(listed.stdout).toMatch(/spinner\s+hang/);

    const counted = await corral(['diagnose', 'inspector', 'count', 'a b a', 'unique=true', '--compact'], env);
    expect(counted).toMatchObject({ code: EXIT.OK, stdout: '{"words":2,"capability":"command:count"}\n' });

    const spun = await corral(['diagnose', 'spinner', 'spin'], env);
    expect(spun.code).toBe(EXIT.PLUGIN_FAILED);
    expect(oneLine(spun.stderr)).toMatch(/^corral: spinner: command "spin" failed: timeout: /);
    expect((await corral(['diagnose', 'inspector', 'greet'], env)).stdout).toBe('hello from the sandbox\n');

    const badArg = await corral(['diagnose', 'inspector', 'count', 'x', 'unique=perhaps'], env);
    expect(badArg.code).toBe(EXIT.USAGE);
    const unknown = await corral(['diagnose', 'inspector', 'cuont'], env);
    expect(unknown.code).toBe(EXIT.NOT_FOUND);
    expect(oneLine(unknown.stderr)).toMatch(/404 Not Found: plugin "inspector" has no command "cuont" .*\[CORRAL_ERR_UNKNOWN_COMMAND\]$/);
    const reader = await corral(['diagnose', 'inspector', 'greet', '--url', server.url, '--token', READER]);
    expect(reader.code).toBe(EXIT.AUTH);
    expect((await corral(['diagnose', 'inspector', '--url', server.url, '--token', READER])).code).toBe(EXIT.OK);

    expect((await corral(['disable', 'inspector'], env)).code).toBe(EXIT.OK);
    const disabled = await corral(['diagnose', 'inspector', 'greet', '--json', '--compact'], env);
    expect(disabled.code).toBe(EXIT.PLUGIN_FAILED);
    expect(JSON.parse(disabled.stdout)).toMatchObject({ pluginId: 'inspector', status: 'error', error: { type: 'unavailable', reason: 'disabled' } });
    expect(oneLine(disabled.stderr)).toBe('corral: inspector: command "greet" failed: unavailable (disabled): plugin "inspector" is disabled');
  });

  it('unregister removes a plugin once; the second time it is not found', async () => {
    const removed = await corral(['unregister', 'spinner', ...admin]);
    expect(removed).toMatchObject({ code: EXIT.OK, stdout: 'spinner: unregistered (was 1.0.0)\n' });
    const again = await corral(['unregister', 'spinner', ...admin]);
    expect(again.code).toBe(EXIT.NOT_FOUND);
  });
});
