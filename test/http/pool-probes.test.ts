import { afterEach, describe, expect, it } from 'vitest';
import { conformance, startApi, type Api, type ApiResponse } from './harness.ts';
import { writeGreeter } from './fixtures.ts';
import { breakPoolChildStarts } from '../helpers.ts';

/**
 * The pool behind the plugins, as the probes report it (process isolation, so the pool can really go
 * down: the test kills its child process). Restarting is a readiness matter; only a pool that gave up
 * is a liveness failure, so an orchestrator restarts the process then and only then.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(20);
  }
}

let api: Api | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function checked(api: Api, template: string): Promise<ApiResponse> {
  const res = await api.call('GET', template);
  const doc = (await api.call('GET', '/api/v1/openapi.json')).json;
  expect(conformance(doc, 'GET', template, res)).toEqual([]);
  return res;
}

describe('probes and the worker pool', () => {
  it('/readyz is 503 while the pool process restarts; /healthz stays 200', async () => {
    // A long first back-off keeps the pool visibly "restarting" while the probes are read.
    api = await startApi({ plugins: writeGreeter, engine: { poolSize: 1, isolation: { mode: 'process', restartBaseMs: 3000, restartCapMs: 3000, stableMs: 60_000 } } });
    const { engine } = api;
    process.kill(engine.poolHealth().pid as number, 'SIGKILL');
    await until(() => engine.poolHealth().status === 'restarting');

    const ready = await checked(api, '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.json).toMatchObject({ detail: 'not ready: worker pool restarting', pool: { isolation: 'process', status: 'restarting', restarts: 0 } });
    expect(ready.json.pool).toEqual({ isolation: 'process', status: 'restarting', restarts: 0 });
    expect((await checked(api, '/healthz')).status).toBe(200);

    const status = await checked(api, '/api/v1/plugins/status');
    expect(status.json.readiness.blocking).toEqual([{ plugin_id: null, reason: expect.stringContaining('worker pool restarting') }]);
    expect(status.json.pool).toMatchObject({ status: 'restarting', last_failure: { reason: expect.stringContaining('SIGKILL') } });

    await until(() => engine.poolHealth().status === 'ok');
    expect((await checked(api, '/readyz')).status).toBe(200);
  });

  it('/healthz is 503 with a short body once the pool failed for good; the detail is behind auth', async () => {
    api = await startApi({ plugins: writeGreeter, engine: { poolSize: 1, isolation: { mode: 'process', failedAfterStartFailures: 1, restartBaseMs: 100, restartCapMs: 100, stableMs: 60_000 } } });
    const { engine } = api;
    // Every new child dies before it is ready, so the pool reads 'failed'.
    const restore = breakPoolChildStarts();
    try {
      process.kill(engine.poolHealth().pid as number, 'SIGKILL');
      await until(() => engine.poolHealth().status === 'failed', 20_000);
      // The reason (how the last child died) is for authenticated callers only.
      const status = await checked(api, '/api/v1/plugins/status');
      expect(status.json.pool).toMatchObject({ status: 'failed', last_failure: { reason: expect.stringMatching(/before (it was )?ready|code 1/) } });
      const reason = status.json.pool.last_failure.reason as string;

      const live = await checked(api, '/healthz');
      expect(live.status).toBe(503);
      expect(live.contentType).toBe('application/problem+json');
      expect(live.json).toMatchObject({ type: 'urn:corral:problem:not-alive' });
      expect(live.text).not.toContain(reason);

      const ready = await checked(api, '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.json.pool).toEqual({ isolation: 'process', status: 'failed', restarts: expect.any(Number) });
      expect(ready.json.pool.restarts).toBeGreaterThanOrEqual(1);
      expect(ready.text).not.toContain(reason);
    } finally {
      restore();
    }
  });
});
