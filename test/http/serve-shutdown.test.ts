/**
 * SIGTERM with a call in flight that never settles: one drain budget for the server and the engine
 * together, and the hung client gets a complete HTTP answer (its call cut off as an error outcome)
 * rather than a reset socket. A real `corral serve` child, a real client socket.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, writePlugin } from '../helpers.ts';
import { writeGreeter } from './fixtures.ts';
import { raw } from './raw-http.ts';
import { killServeProcesses, startServe } from './serve-process.ts';

afterEach(killServeProcesses);

const TOKEN = 'shutdown-admin-token-1';
const DRAIN_MS = 2000;

describe('corral serve stops within one drain budget', () => {
  it.each([
    ['--drain-timeout', ['--drain-timeout', String(DRAIN_MS)], {}],
    ['CORRAL_DRAIN_TIMEOUT_MS', [], { CORRAL_DRAIN_TIMEOUT_MS: String(DRAIN_MS) }],
  ])('a hung call in flight: SIGTERM exits 0 within the budget (%s) and the client gets a full response', async (_how, flags, env) => {
    const root = await tempDir('corral-shutdown-');
    await writeGreeter(path.join(root, 'plugins'));
    // Settles never, and its own deadline (30 s) is far past the drain budget.
    await writePlugin(path.join(root, 'plugins'), { id: 'hang', limits: { timeoutMs: 30_000 } }, 'export default { classify() { return new Promise(() => {}); } };');
    const server = await startServe(['--plugins', path.join(root, 'plugins'), '--port', '0', '--data-dir', path.join(root, 'data'), ...flags], {
      CORRAL_LOG_LEVEL: 'warn',
      CORRAL_API_TOKENS: `${TOKEN}=plugins:admin`,
      ...env,
    });
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const hung = raw(server.url, 'POST', '/api/v1/plugins/hang/invoke/classify', { headers, body: '{"input":{}}' }).then(
      (response) => ({ response, at: performance.now() }),
      (error: NodeJS.ErrnoException) => ({ error, at: performance.now() }),
    );
    // Let the call reach the sandbox (a warm call starts within milliseconds).
    await new Promise((r) => setTimeout(r, 500));

    const signalled = performance.now();
    server.child.kill('SIGTERM');
    const code = await server.exit;
    const exitedAfter = performance.now() - signalled;
    const answer = await hung;

    expect(code).toBe(0);
    expect(exitedAfter, `exited ${Math.round(exitedAfter)} ms after SIGTERM`).toBeLessThan(DRAIN_MS + 1500);
    expect(exitedAfter).toBeGreaterThanOrEqual(DRAIN_MS - 100);
    expect('error' in answer ? `${answer.error.code}: ${answer.error.message}` : 'answered').toBe('answered');
    const { response } = answer as { response: Awaited<ReturnType<typeof raw>> };
    expect(response.status).toBe(200);
    expect(response.headers.connection).toBe('close');
    expect(response.json).toMatchObject({ pluginId: 'hang', status: 'error', error: { type: expect.any(String) } });
    expect(response.json.durationMs).toBeGreaterThanOrEqual(DRAIN_MS - 100);
    expect(server.stdout()).toContain('corral: stopped (SIGTERM)');
  });

  it('with nothing in flight it stops at once', async () => {
    const root = await tempDir('corral-shutdown-idle-');
    await writeGreeter(path.join(root, 'plugins'));
    const server = await startServe(['--plugins', path.join(root, 'plugins'), '--port', '0', '--data-dir', path.join(root, 'data')], { CORRAL_LOG_LEVEL: 'warn' });
    // A keep-alive connection left open by a client must not hold the exit up.
    await fetch(`${server.url}/healthz`);
    const signalled = performance.now();
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(1500);
  });
});
