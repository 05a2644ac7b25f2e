import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCorral, tempDir } from '../helpers.ts';
import { writeBroken, writeGreeter } from './fixtures.ts';
import { SECRET } from './harness.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Start `corral serve` and resolve once it printed its URL. */
async function serve(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; stdout: () => string; stderr: () => string; exit: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--no-node-snapshot', MAIN, 'serve', ...args], { env: { ...process.env, CORRAL_LOG_LEVEL: 'info', ...env } });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1] as string);
    });
    exit.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return { child, url, stdout: () => stdout, stderr: () => stderr, exit };
}

function corral(...args: string[]) {
  return runCorral(args, { nodeArgs: ['--no-node-snapshot'] });
}

describe('corral serve and corral status', () => {
  it('serves on a free port, prints the URL and a curl line, answers status, and stops cleanly on SIGTERM', async () => {
    const root = await tempDir();
    await writeGreeter(root);
    await writeBroken(root);
    const dataDir = path.join(await tempDir(), 'data');
    const server = await serve(['--plugins', root, '--port', '0', '--data-dir', dataDir]);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.stdout()).toContain(`try: curl -s ${server.url}/api/v1/plugins/status`);
    expect(server.stdout()).toContain('no API tokens configured: serving loopback only');
    expect(server.stdout()).toContain(`data in ${dataDir}`);

    const table = await corral('status', '--url', server.url);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+VERSION\s+STATE/);
    expect(table.stdout).toMatch(/greeter\s+1\.0\.0\s+active\s+yes\s+passed/);
    expect(table.stdout).toMatch(/broken\s+1\.0\.0\s+failed\s+yes\s+failed\s+not_loaded.*CORRAL_ERR_PLUGIN_LOAD/);
    const json = await corral('status', '--url', server.url, '--json');
    expect(JSON.parse(json.stdout).plugins).toHaveLength(2);

    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    expect(server.stdout()).toContain('corral: stopped (SIGTERM)');
    const logs = server.stderr().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(logs.map((l) => l.event)).toEqual(expect.arrayContaining(['http.listening', 'http.request', 'http.shutdown', 'plugin.registry.validation_error']));
    expect(server.stderr()).not.toContain(SECRET);
  });

  it('requires tokens from CORRAL_API_TOKENS; status sends --token', async () => {
    const root = await tempDir();
    await writeGreeter(root);
    const server = await serve(['--plugins', root, '--data-dir', path.join(root, '.data')], { CORRAL_API_TOKENS: 'cli-test-token-1=plugins:read' });
    expect(server.stdout()).toContain('-H "Authorization: Bearer $CORRAL_TOKEN"');
    expect(server.stdout()).not.toContain('cli-test-token-1');
    const denied = await corral('status', '--url', server.url);
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(/^corral: .*401 Unauthorized: send "Authorization: Bearer <token>"\n$/);
    expect((await corral('status', '--url', server.url, '--token', 'cli-test-token-1')).code).toBe(0);
    server.child.kill('SIGINT');
    expect(await server.exit).toBe(0);
  });

  it('fails with one clear line when the port is busy or the host is public without tokens', async () => {
    const root = await tempDir();
    await writeGreeter(root);
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const busy = await corral('serve', '--plugins', root, '--port', String(port), '--data-dir', path.join(root, '.data'));
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain(`corral: cannot listen on 127.0.0.1:${port}: the port is already in use`);
      expect(busy.stderr.trim().split('\n').filter((l) => l.startsWith('corral:'))).toHaveLength(1);
    } finally {
      blocker.close();
    }
    const open = await corral('serve', '--plugins', root, '--host', '0.0.0.0', '--data-dir', path.join(root, '.data'));
    expect(open.code).toBe(1);
    expect(open.stderr).toContain('[CORRAL_ERR_INSECURE_BIND]');
    const badEnv = await runCorral(['serve', '--plugins', root], { nodeArgs: ['--no-node-snapshot'], env: { CORRAL_PORT: 'abc' } });
    expect(badEnv.code).toBe(1);
    expect(badEnv.stderr).toContain('CORRAL_PORT: expected an integer port between 0 and 65535, got "abc"');
  });
});
