import { execFile } from 'node:child_process';
import { chmod, stat, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { freePort, runCorral, tempDir } from '../helpers.ts';
import { writeBroken, writeGreeter } from './fixtures.ts';
import { SECRET } from './harness.ts';
import { adminToken, killServeProcesses, startServe as serve } from './serve-process.ts';

afterEach(killServeProcesses);

/** The real CLI, with no server or token from the test's own environment unless the case sets them. */
function corral(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  return runCorral(args, { nodeArgs: ['--no-node-snapshot'], ...(options.cwd === undefined ? {} : { cwd: options.cwd }), env: { CORRAL_URL: '', CORRAL_TOKEN: '', CORRAL_CONFIG: '', CORRAL_DATA_DIR: '', ...options.env } });
}

const execFileP = promisify(execFile);

describe('corral serve and corral status', () => {
  it('with no token configured: generates an admin token (0600, reused on restart), prints how to use it, protects every route, and corral status finds it', async () => {
    const cwd = await tempDir('corral-serve-cwd-');
    const root = path.join(cwd, 'plugins');
    await writeGreeter(root);
    await writeBroken(root);
    // Like `npm start`: no --data-dir, so .corral-data in the working directory.
    const server = await serve(['--plugins', root, '--port', '0'], {}, { cwd });
    const dataDir = path.join(cwd, '.corral-data');
    const file = path.join(dataDir, 'admin-token');
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const token = await adminToken(dataDir);
    expect(token).toMatch(/^corral_[A-Za-z0-9_-]{43}$/);
    expect(server.stdout()).toContain('corral: generated an admin token in .corral-data/admin-token (kept for later starts); every /api route needs it');
    expect(server.stdout()).toContain('try: export CORRAL_TOKEN=$(cat .corral-data/admin-token)\n');
    expect(server.stdout()).toContain(`     curl -s -H "Authorization: Bearer $CORRAL_TOKEN" ${server.url}/api/v1/plugins/status\n`);
    expect(server.stdout()).toContain(`     npx corral status --url ${server.url}\n`);
    expect(server.stdout()).toContain(`data in ${dataDir}`);
    expect(server.stdout() + server.stderr()).not.toContain(token);

    // The banner's lines work as printed, from where serve was started.
    const banner = server.stdout().split('\n');
    const exportLine = (banner.find((l) => l.startsWith('try: export ')) as string).slice('try: '.length);
    const curlLine = (banner.find((l) => l.trim().startsWith('curl ')) as string).trim();
    const { stdout: fromShell } = await execFileP('bash', ['-c', `${exportLine}\nprintf '%s' "$CORRAL_TOKEN"`], { cwd });
    expect(fromShell).toBe(token);
    if (await hasCurl()) {
      const { stdout: curled } = await execFileP('bash', ['-c', `${exportLine}\n${curlLine}`], { cwd });
      expect(JSON.parse(curled).plugins).toHaveLength(2);
    } else {
      console.warn('curl is not installed: the banner\'s curl line was not run');
    }

    expect((await fetch(`${server.url}/api/v1/plugins/status`)).status).toBe(401);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    // corral status in the same folder finds the token without CORRAL_TOKEN; elsewhere --data-dir names it.
    const table = await corral(['status', '--url', server.url], { cwd });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+VERSION\s+STATE/);
    expect(table.stdout).toMatch(/greeter\s+1\.0\.0\s+active\s+yes\s+passed/);
    expect(table.stdout).toMatch(/broken\s+1\.0\.0\s+failed\s+yes\s+failed\s+not_loaded.*CORRAL_ERR_PLUGIN_LOAD/);
    const elsewhere = await tempDir();
    const json = await corral(['status', '--url', server.url, '--json', '--data-dir', dataDir], { cwd: elsewhere });
    expect(JSON.parse(json.stdout).plugins).toHaveLength(2);
    const none = await corral(['status', '--url', server.url], { cwd: elsewhere });
    expect(none.code).toBe(EXIT.AUTH);
    expect(none.stderr).toMatch(/401 Unauthorized: send "Authorization: Bearer <token>" \(no token sent: pass --token or set CORRAL_TOKEN; .*--data-dir/);
    // Not to a server that is not on loopback: a local admin token never travels unasked.
    const address = Object.values(networkInterfaces()).flat().find((i) => i !== undefined && i.family === 'IPv4' && !i.internal)?.address;
    if (address === undefined) console.warn('no non-loopback IPv4 interface: the token-stays-local check was skipped');
    else {
      const seen: Array<string | undefined> = [];
      const capture = createHttpServer((req, res) => {
        seen.push(req.headers.authorization);
        res.writeHead(401, { 'content-type': 'application/problem+json' }).end('{"title":"Unauthorized","detail":"no"}');
      });
      await new Promise<void>((resolve) => capture.listen(0, '0.0.0.0', resolve));
      try {
        const remote = await corral(['status', '--url', `http://${address}:${(capture.address() as { port: number }).port}`], { cwd });
        expect(remote.code).toBe(EXIT.AUTH);
        expect(seen).toEqual([undefined]);
      } finally {
        capture.close();
      }
    }

    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    expect(server.stdout()).toContain('corral: stopped (SIGTERM)');
    const logs = server.stderr().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(logs.map((l) => l.event)).toEqual(expect.arrayContaining(['http.listening', 'http.request', 'http.shutdown', 'plugin.registry.validation_error']));
    expect(server.stderr()).not.toContain(SECRET);

    // A later start reuses it: scripts holding the token keep working.
    const again = await serve(['--plugins', root, '--port', '0'], {}, { cwd });
    expect(again.stdout()).toContain('corral: admin token from .corral-data/admin-token; every /api route needs it');
    expect(await adminToken(dataDir)).toBe(token);
    expect((await fetch(`${again.url}/api/v1/plugins/status`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    again.child.kill('SIGTERM');
    expect(await again.exit).toBe(0);

    // A token file other users can read is not trusted.
    await chmod(file, 0o644);
    const exposed = await corral(['serve', '--plugins', root, '--port', '0'], { cwd });
    expect(exposed.code).toBe(1);
    expect(exposed.stderr).toContain(`corral: ${file} can be read by other users (mode 644): run "chmod 600 ${file}", or delete it to have a new token generated at the next start [CORRAL_ERR_ADMIN_TOKEN]`);
  });

  it('corral status --config finds the server and its generated token from the config file (port and dataDir)', async () => {
    const dir = await tempDir('corral-serve-config-token-');
    await writeGreeter(path.join(dir, 'plugins'));
    const port = await freePort();
    const file = path.join(dir, 'corral.yaml');
    await writeFile(file, `pluginsDir: ./plugins\ndataDir: ./state\nport: ${port}\n`);
    const server = await serve(['--config', file]);
    const elsewhere = await tempDir();
    const byFile = await corral(['status', '--config', file], { cwd: elsewhere });
    expect(byFile.code, byFile.stderr).toBe(EXIT.OK);
    expect(byFile.stdout).toMatch(/greeter\s+1\.0\.0\s+active/);
    const byEnv = await corral(['disable', 'greeter'], { cwd: elsewhere, env: { CORRAL_CONFIG: file } });
    expect(byEnv).toMatchObject({ code: EXIT.OK, stdout: 'greeter: disabled (inactive)\n' });
    // A token given explicitly wins over the file, and a wrong one says where it came from.
    const wrong = await corral(['status', '--config', file], { cwd: elsewhere, env: { CORRAL_TOKEN: 'not-the-token-000' } });
    expect(wrong.code).toBe(EXIT.AUTH);
    expect(wrong.stderr).toContain('401 Unauthorized: unknown API token (token from CORRAL_TOKEN)');
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
  });

  it('uses the tokens from CORRAL_API_TOKENS (no token file then); status sends --token', async () => {
    const root = await tempDir();
    await writeGreeter(root);
    const server = await serve(['--plugins', root, '--data-dir', path.join(root, '.data')], { CORRAL_API_TOKENS: 'cli-test-token-1=plugins:read' });
    expect(server.stdout()).toContain('corral: 1 API token(s) configured; requests need "Authorization: Bearer <token>"');
    expect(server.stdout()).toContain('-H "Authorization: Bearer $CORRAL_TOKEN"');
    expect(server.stdout()).not.toContain('cli-test-token-1');
    await expect(stat(path.join(root, '.data', 'admin-token'))).rejects.toMatchObject({ code: 'ENOENT' });
    const denied = await corral(['status', '--url', server.url]);
    expect(denied.code).toBe(EXIT.AUTH);
    expect(denied.stderr).toMatch(/^corral: .*401 Unauthorized: send "Authorization: Bearer <token>" \(no token sent/);
    expect((await corral(['status', '--url', server.url, '--token', 'cli-test-token-1'])).code).toBe(0);
    server.child.kill('SIGINT');
    expect(await server.exit).toBe(0);
  });

  it('--insecure-no-auth: an open development server on loopback only, said so at start-up; refused on other interfaces', async () => {
    const root = await tempDir();
    await writeGreeter(root);
    const dataDir = path.join(root, '.data');
    const server = await serve(['--plugins', root, '--data-dir', dataDir, '--insecure-no-auth']);
    expect(server.stdout()).toContain('corral: authentication is OFF (--insecure-no-auth): any program on this machine can administer this server; loopback only');
    expect(server.stdout()).toContain(`try: curl -s ${server.url}/api/v1/plugins/status\n`);
    expect((await fetch(`${server.url}/api/v1/plugins/status`)).status).toBe(200);
    expect((await corral(['disable', 'greeter', '--url', server.url])).code).toBe(EXIT.OK);
    await expect(stat(path.join(dataDir, 'admin-token'))).rejects.toMatchObject({ code: 'ENOENT' });
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);

    for (const args of [['--host', '0.0.0.0', '--insecure-no-auth'], ['--host', '::']]) {
      const refused = await corral(['serve', '--plugins', root, '--data-dir', dataDir, ...args], { env: args.length === 2 ? { CORRAL_AUTH: 'none' } : {} });
      expect(refused.code, args.join(' ')).toBe(1);
      expect(refused.stderr).toMatch(/^corral: refusing to serve on (0\.0\.0\.0|::) with authentication off: --insecure-no-auth \(auth: none\) is a development mode for loopback only; .*\[CORRAL_ERR_INSECURE_BIND\]\n$/);
    }
    const both = await corral(['serve', '--plugins', root, '--data-dir', dataDir, '--insecure-no-auth'], { env: { CORRAL_API_TOKENS: 'cli-test-token-1=plugins:read' } });
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('auth is "none" (--insecure-no-auth) but API tokens are configured too');
  });

  it('fails with one clear line when the port is busy or an environment variable is invalid', async () => {
    const root = await tempDir();
    await writeGreeter(root);
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const busy = await corral(['serve', '--plugins', root, '--port', String(port), '--data-dir', path.join(root, '.data')]);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain(`corral: cannot listen on 127.0.0.1:${port}: the port is already in use`);
      expect(busy.stderr.trim().split('\n').filter((l) => l.startsWith('corral:'))).toHaveLength(1);
    } finally {
      blocker.close();
    }
    const badEnv = await runCorral(['serve', '--plugins', root], { nodeArgs: ['--no-node-snapshot'], env: { CORRAL_PORT: 'abc' } });
    expect(badEnv.code).toBe(1);
    expect(badEnv.stderr).toContain('CORRAL_PORT: expected an integer port between 0 and 65535, got "abc"');
  });
});


async function hasCurl(): Promise<boolean> {
  return execFileP('curl', ['--version']).then(
    () => true,
    () => false,
  );
}
