import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, CORRAL_VERSION, type Engine } from '../../src/index.ts';
import { tempDir, writePlugin } from '../helpers.ts';

const OK = 'export default { classify() { return "ok"; } };';

let engine: Engine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

describe('host compatibility and plugin dependencies', () => {
  it('loads dependencies first and fails only the plugins involved, naming the chain', async () => {
    const root = await tempDir();
    await writePlugin(root, { id: 'base', version: '1.4.0' }, OK);
    await writePlugin(root, { id: 'needs-base', dependencies: { base: '^1.2.0' } }, OK);
    await writePlugin(root, { id: 'needs-new-base', dependencies: { base: '^2.0.0' } }, OK);
    await writePlugin(root, { id: 'needs-ghost', dependencies: { ghost: '*' } }, OK);
    await writePlugin(root, { id: 'needs-needs-ghost', dependencies: { 'needs-ghost': '*' } }, OK);
    await writePlugin(root, { id: 'cycle-a', dependencies: { 'cycle-b': '*' } }, OK);
    await writePlugin(root, { id: 'cycle-b', dependencies: { 'cycle-c': '*' } }, OK);
    await writePlugin(root, { id: 'cycle-c', dependencies: { 'cycle-a': '*' } }, OK);
    await writePlugin(root, { id: 'future-host', engines: { corral: '>=99.0.0' } }, OK);
    await writePlugin(root, { id: 'this-host', engines: { corral: `^${CORRAL_VERSION}` } }, OK);
    await writePlugin(root, { id: 'bystander' }, OK);
    engine = await createEngine({ pluginsDir: root, poolSize: 1, lifecycle: { retry: { baseMs: 60_000, capMs: 60_000, maxAttempts: 1 } } });
    const status = (id: string) => engine!.plugin(id);
    for (const id of ['base', 'needs-base', 'this-host', 'bystander']) expect(status(id).state, id).toBe('active');
    expect(status('needs-new-base').error).toMatchObject({ code: 'CORRAL_ERR_DEPENDENCY', message: expect.stringContaining('depends on "base" ^2.0.0, but base 1.4.0 is loaded') });
    expect(status('needs-ghost').error?.message).toContain('depends on "ghost" (*), which is not registered');
    expect(status('needs-needs-ghost').error?.message).toMatch(/depends on "needs-ghost" \(\*\), which is not loaded: .*depends on "ghost"/);
    for (const id of ['cycle-a', 'cycle-b', 'cycle-c']) {
      expect(status(id)).toMatchObject({ state: 'failed', error: { code: 'CORRAL_ERR_DEPENDENCY', message: expect.stringContaining('dependency cycle: cycle-a → cycle-b → cycle-c → cycle-a') } });
    }
    expect(status('future-host').error?.message).toContain(`requires corral >=99.0.0, but this host is ${CORRAL_VERSION}`);
    const r = await engine.dispatch('classify', {});
    expect(r.results.filter((o) => o.status === 'ok').map((o) => o.pluginId)).toEqual(['base', 'bystander', 'needs-base', 'this-host']);
  });

  it('rejects a malformed range in the manifest', async () => {
    const root = await tempDir();
    await writePlugin(root, { id: 'bad-range', dependencies: { base: 'not a range' } }, OK);
    engine = await createEngine({ pluginsDir: root, poolSize: 1 });
    expect(engine.plugin('bad-range').error?.message).toMatch(/dependencies\.base: expected a semver range/);
  });
});

describe('contributions to host registries', () => {
  it('registers entries, fails the later plugin on a duplicate id, swaps on reload and withdraws on unregister', async () => {
    const root = await tempDir();
    const alpha = await writePlugin(root, { id: 'alpha', contributes: { queries: [{ id: 'errors-by-job', promql: 'sum by (job) (errors)' }, { id: 'latency' }] } }, OK);
    await writePlugin(root, { id: 'beta', contributes: { queries: [{ id: 'errors-by-job' }] } }, OK);
    await writePlugin(root, { id: 'gamma', contributes: { dashboards: [{ id: 'errors-by-job' }] } }, OK);
    engine = await createEngine({ pluginsDir: root, poolSize: 1, lifecycle: { retry: { baseMs: 60_000, capMs: 60_000, maxAttempts: 1 } } });
    expect(engine.plugin('beta')).toMatchObject({
      state: 'failed',
      error: { code: 'CORRAL_ERR_CONTRIBUTION_CONFLICT', message: expect.stringContaining('queries "errors-by-job", which plugin "alpha" already registered') },
    });
    expect(engine.plugin('gamma').state).toBe('active'); // same id, different registry
    expect(engine.contributions('queries')).toEqual([
      { registry: 'queries', id: 'errors-by-job', pluginId: 'alpha', entry: { id: 'errors-by-job', promql: 'sum by (job) (errors)' } },
      { registry: 'queries', id: 'latency', pluginId: 'alpha', entry: { id: 'latency' } },
    ]);

    await writeFile(
      path.join(alpha, 'plugin.json'),
      JSON.stringify({ id: 'alpha', name: 'alpha', version: '1.1.0', main: 'index.js', capabilities: ['classify'], contributes: { queries: [{ id: 'saturation' }] } }),
    );
    await expect(engine.reload('alpha')).resolves.toMatchObject({ status: 'reloaded' });
    expect(engine.contributions('queries').map((c) => c.id)).toEqual(['saturation']);
    // With "errors-by-job" released, beta can now load.
    await expect(engine.reload('beta')).resolves.toMatchObject({ status: 'reloaded' });
    expect(engine.contributions('queries').map((c) => `${c.id}:${c.pluginId}`)).toEqual(['errors-by-job:beta', 'saturation:alpha']);

    await engine.unregister('alpha');
    expect(engine.contributions().map((c) => `${c.registry}/${c.id}`)).toEqual(['dashboards/errors-by-job', 'queries/errors-by-job']);
  });
});

describe('overlapping dependency cycles', () => {
  it('fails every plugin on a cycle without recursing or hanging', async () => {
    const root = await tempDir();
    await writePlugin(root, { id: 'a', dependencies: { b: '*', d: '*' } }, OK);
    await writePlugin(root, { id: 'b', dependencies: { c: '*', d: '*' } }, OK);
    await writePlugin(root, { id: 'c', dependencies: { b: '*' } }, OK);
    await writePlugin(root, { id: 'd', dependencies: { a: '*' } }, OK);
    await writePlugin(root, { id: 'free' }, OK);
    engine = await createEngine({ pluginsDir: root, poolSize: 1, lifecycle: { retry: { baseMs: 60_000, capMs: 60_000, maxAttempts: 1 } } });
    for (const id of ['a', 'b', 'c', 'd']) expect(engine.plugin(id), id).toMatchObject({ state: 'failed', error: { code: 'CORRAL_ERR_DEPENDENCY' } });
    expect(engine.plugin('free').state).toBe('active');
  });
});
