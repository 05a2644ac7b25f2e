import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { tempDir, writePlugin } from '../helpers.ts';

const COUNTER = `export default {
  classify(input, ctx) {
    // get + set from two workers could lose an update; increment is atomic.
    const n = ctx.state.increment('count');
    if (input.note) ctx.state.set('note:' + n, input.note);
    return n;
  },
  notes(input, ctx) { return ctx.state.list('note:').map((k) => ctx.state.get(k)); },
  forget(input, ctx) { return ctx.state.delete(input.key); },
  hoard(input, ctx) { ctx.state.set('big', 'x'.repeat(input.size)); return 'stored'; },
  health() { return 'healthy'; },
};`;

let engines: Engine[] = [];
afterEach(async () => {
  await Promise.all(engines.map((e) => e.close()));
  engines = [];
});

async function open(root: string, dataDir: string, poolSize = 2) {
  const engine = await createEngine({
    pluginsDir: root,
    dataDir,
    poolSize,
    lifecycle: { stateQuotaBytes: 2000, health: { intervalMs: 0, timeoutMs: 100, windowMs: 60_000, degradedErrorRate: 0.1, unhealthyErrorRate: 0.5, historyRetention: 10 } },
  });
  engines.push(engine);
  return engine;
}

describe('persistence on embedded SQLite', () => {
  it('a second engine on the same data dir sees enabled flags, approvals, health history, counters and plugin state', async () => {
    const root = await tempDir();
    const dataDir = path.join(await tempDir(), 'data');
    const counterDir = await writePlugin(root, { id: 'counter', permissions: ['state'], capabilities: ['classify', 'notes', 'forget', 'hoard'] }, COUNTER);
    await writePlugin(root, { id: 'quiet' }, 'export default { classify() { return "shh"; } };');

    const first = await open(root, dataDir);
    expect(existsSync(path.join(dataDir, 'corral.db'))).toBe(true);
    // State is shared by all workers: 20 concurrent calls over 2 workers still count to 20.
    const counts = await Promise.all(Array.from({ length: 20 }, (_, i) => first.invoke('counter', 'classify', { note: i === 3 ? 'remember me' : undefined })));
    expect(counts.every((o) => o.status === 'ok')).toBe(true);
    await first.disable('quiet');
    await first.checkHealth('counter');
    // A permission-escalating upgrade is staged, then approved: the approval must survive too.
    await writeFile(path.join(root, 'quiet', 'plugin.json'), JSON.stringify({ id: 'quiet', name: 'quiet', version: '2.0.0', main: 'index.js', capabilities: ['classify'], permissions: ['network'] }));
    await expect(first.reload('quiet')).resolves.toMatchObject({ status: 'pending_approval' });
    await expect(first.approve('quiet', '2.0.0')).resolves.toMatchObject({ status: 'reloaded' });
    await first.close();

    const second = await open(root, dataDir, 1);
    expect(second.plugin('quiet')).toMatchObject({ state: 'inactive', enabled: false, version: '2.0.0', pendingApproval: null });
    expect(second.plugin('counter').state).toBe('active');
    await expect(second.invoke('counter', 'classify', {})).resolves.toMatchObject({ status: 'ok', value: 21 });
    await expect(second.invoke('counter', 'notes', {})).resolves.toMatchObject({ value: ['remember me'] });
    expect(second.healthHistory('counter')[0]).toMatchObject({ status: 'healthy' });
    expect(second.invocationCounters('counter')).toEqual(expect.arrayContaining([{ pluginId: 'counter', capability: 'classify', result: 'ok', count: 21 }]));
    expect(counterDir).toBeTruthy();
  });

  it('enforces the per-plugin state quota with quota_exceeded and keeps earlier data', async () => {
    const root = await tempDir();
    await writePlugin(root, { id: 'counter', permissions: ['state'], capabilities: ['classify', 'notes', 'forget', 'hoard'] }, COUNTER);
    const engine = await open(root, await tempDir());
    await expect(engine.invoke('counter', 'hoard', { size: 1500 })).resolves.toMatchObject({ status: 'ok' });
    await expect(engine.invoke('counter', 'classify', { note: 'y'.repeat(600) })).resolves.toMatchObject({
      status: 'error',
      error: { type: 'quota_exceeded', message: expect.stringContaining('2000-byte quota') },
    });
    await expect(engine.invoke('counter', 'forget', { key: 'big' })).resolves.toMatchObject({ value: true });
    await expect(engine.invoke('counter', 'classify', { note: 'fits now' })).resolves.toMatchObject({ status: 'ok' });
  });

  it('gives permission_denied to a plugin touching ctx.state without the permission', async () => {
    const root = await tempDir();
    await writePlugin(root, { id: 'sneaky' }, 'export default { classify(input, ctx) { return ctx.state.get("x"); } };');
    await writePlugin(root, { id: 'probe' }, 'export default { classify(input, ctx) { return Object.keys(ctx).includes("state") || typeof globalThis.hostState; } };');
    const engine = await open(root, await tempDir());
    await expect(engine.invoke('sneaky', 'classify', {})).resolves.toMatchObject({
      status: 'error',
      error: { type: 'permission_denied', message: expect.stringContaining('"state" permission') },
    });
    await expect(engine.invoke('probe', 'classify', {})).resolves.toMatchObject({ status: 'ok', value: 'undefined' });
  });
});
