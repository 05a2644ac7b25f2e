import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { runCorral, tempDir } from '../helpers.ts';
import { writeBroken, writeGreeter } from './fixtures.ts';
import { SECRET } from './harness.ts';
import { killServeProcesses, startServe as serve } from './serve-process.ts';

afterEach(killServeProcesses);

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
    expect(server.stdout()).toContain(`     npx corral status --url ${server.url}\n`);
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
    expect(denied.code).toBe(EXIT.AUTH);
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
