import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine, type Outcome } from '../../src/index.ts';
import { tempDir, writePlugin } from '../helpers.ts';

const versioned = (tag: string, extra = '') => `export default {
  ${extra}
  classify(input) {
    const until = Date.now() + 2;
    while (Date.now() < until) {}
    return '${tag}:' + input.text;
  },
};`;

let engine: Engine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

async function setup(source = versioned('v1'), manifest: Record<string, unknown> = {}) {
  const root = await tempDir();
  const dir = await writePlugin(root, { id: 'adapter', version: '1.0.0', ...manifest }, source);
  engine = await createEngine({ pluginsDir: root, poolSize: 2, lifecycle: { drainTimeoutMs: 5000 } });
  return { root, dir, engine };
}

async function rewrite(dir: string, version: string, source: string, manifest: Record<string, unknown> = {}) {
  await writeFile(path.join(dir, 'index.js'), source);
  await writeFile(
    path.join(dir, 'plugin.json'),
    JSON.stringify({ id: 'adapter', name: 'adapter', version, main: 'index.js', capabilities: ['classify'], ...manifest }),
  );
}

describe('hot reload', () => {
  it('swaps versions under a steady stream of dispatches with zero failed calls', async () => {
    const { dir, engine } = await setup();
    const outcomes: Outcome[] = [];
    let stop = false;
    const stream = (async () => {
      let i = 0;
      while (!stop) {
        const batch = await Promise.all(Array.from({ length: 8 }, () => engine.dispatch('classify', { text: String(i++) })));
        for (const r of batch) outcomes.push(...r.results);
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    await rewrite(dir, '2.0.0', versioned('v2'));
    const result = await engine.reload('adapter');
    expect(result).toMatchObject({ status: 'reloaded', from: '1.0.0', to: '2.0.0', drained: true });
    await new Promise((r) => setTimeout(r, 50));
    stop = true;
    await stream;
    expect(outcomes.filter((o) => o.status !== 'ok')).toEqual([]);
    const values = outcomes.map((o) => (o as { value: string }).value);
    // Traffic switched once: every v1 answer comes before every v2 answer.
    const firstV2 = values.findIndex((v) => v.startsWith('v2:'));
    expect(firstV2).toBeGreaterThan(0);
    expect(values.slice(firstV2).every((v) => v.startsWith('v2:'))).toBe(true);
    expect(engine.plugin('adapter')).toMatchObject({ version: '2.0.0', state: 'active', lastReload: { status: 'reloaded', version: '2.0.0' } });
  });

  it('rolls back when the new version\'s init throws, and records the attempt', async () => {
    const { dir, engine } = await setup();
    await rewrite(dir, '2.0.0', versioned('v2', 'init() { throw new Error("migration failed"); },'));
    const result = await engine.reload('adapter');
    expect(result).toMatchObject({ status: 'rolled_back', version: '2.0.0', error: expect.stringContaining('init failed: migration failed') });
    await expect(engine.invoke('adapter', 'classify', { text: 'x' })).resolves.toMatchObject({ status: 'ok', value: 'v1:x' });
    expect(engine.plugin('adapter')).toMatchObject({ version: '1.0.0', state: 'active', lastReload: { status: 'rolled_back', version: '2.0.0' } });
  });

  it('rolls back on a syntax error, an invalid manifest and a failing first health check', async () => {
    const { dir, engine } = await setup();
    await rewrite(dir, '2.0.0', 'export default { classify( {');
    await expect(engine.reload('adapter')).resolves.toMatchObject({ status: 'rolled_back', error: expect.stringContaining('compile failed') });
    await rewrite(dir, 'two', versioned('v2'));
    await expect(engine.reload('adapter')).resolves.toMatchObject({ status: 'rolled_back', error: expect.stringContaining('version') });
    await rewrite(dir, '2.0.0', versioned('v2', 'health() { return { status: "unhealthy", message: "no database" }; },'));
    await expect(engine.reload('adapter')).resolves.toMatchObject({ status: 'rolled_back', error: expect.stringContaining('no database') });
    await expect(engine.invoke('adapter', 'classify', { text: 'y' })).resolves.toMatchObject({ status: 'ok', value: 'v1:y' });
  });

  it('reports an unchanged plugin without rebuilding it', async () => {
    const { engine } = await setup();
    await expect(engine.reload('adapter')).resolves.toMatchObject({ status: 'unchanged', version: '1.0.0' });
  });

  it('stages a permission-escalating version until an admin approves it', async () => {
    const { dir, engine } = await setup();
    await rewrite(dir, '2.0.0', versioned('v2'), { permissions: ['state'] });
    await expect(engine.reload('adapter')).resolves.toMatchObject({ status: 'pending_approval', version: '2.0.0', requested: ['state'] });
    await expect(engine.invoke('adapter', 'classify', { text: 'a' })).resolves.toMatchObject({ status: 'ok', value: 'v1:a' });
    expect(engine.plugin('adapter').pendingApproval).toEqual({ version: '2.0.0', permissions: ['state'], requested: ['state'] });
    await expect(engine.approve('adapter', '3.0.0')).rejects.toMatchObject({ code: 'CORRAL_ERR_NOT_PENDING' });
    await expect(engine.approve('adapter', '2.0.0')).resolves.toMatchObject({ status: 'reloaded', from: '1.0.0', to: '2.0.0' });
    await expect(engine.invoke('adapter', 'classify', { text: 'b' })).resolves.toMatchObject({ status: 'ok', value: 'v2:b' });
    expect(engine.plugin('adapter').pendingApproval).toBeNull();
  });

  it('brings a failed plugin up when a fixed version is reloaded', async () => {
    const { dir, engine } = await setup('export default { classify( {');
    expect(engine.plugin('adapter').state).toBe('failed');
    await rewrite(dir, '1.0.1', versioned('fixed'));
    await expect(engine.reload('adapter')).resolves.toMatchObject({ status: 'reloaded', to: '1.0.1' });
    await expect(engine.invoke('adapter', 'classify', { text: 'z' })).resolves.toMatchObject({ status: 'ok', value: 'fixed:z' });
  });
});

describe('unregister', () => {
  it('drains, runs the shutdown hook, disposes and forgets the plugin', async () => {
    const { engine } = await setup(versioned('v1', 'shutdown(ctx) { ctx.log.info("bye"); },'));
    const running = engine.invoke('adapter', 'classify', { text: 'last' });
    const status = await engine.unregister('adapter');
    expect(status.state).toBe('unloaded');
    await expect(running).resolves.toMatchObject({ status: 'ok', value: 'v1:last' });
    await expect(engine.invoke('adapter', 'classify', { text: 'x' })).rejects.toMatchObject({ code: 'CORRAL_ERR_UNKNOWN_PLUGIN' });
    expect(engine.plugins().map((p) => p.id)).not.toContain('adapter');
    expect((await engine.dispatch('classify', { text: 'x' })).results).toEqual([]);
  });
});
