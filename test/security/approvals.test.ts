/**
 * Approvals cannot be bypassed: an unregistered plugin stays unregistered across restarts (with the
 * approvals it had), and a wider network scope is part of what an admin approves.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { tempDir, writePlugin } from '../helpers.ts';

const PLAIN = 'export default { classify() { return "v1"; } };';
const REACHING = 'export default { classify(input, ctx) { return typeof ctx.fetch + " " + typeof ctx.state; } };';

let engines: Engine[] = [];
afterEach(async () => {
  await Promise.all(engines.map((e) => e.close()));
  engines = [];
});

async function open(root: string, dataDir: string): Promise<Engine> {
  const engine = await createEngine({ pluginsDir: root, dataDir, poolSize: 1, isolation: 'thread' });
  engines.push(engine);
  return engine;
}

async function restart(engine: Engine, root: string, dataDir: string): Promise<Engine> {
  await engine.close();
  engines = engines.filter((e) => e !== engine);
  return open(root, dataDir);
}

describe('approvals that cannot be bypassed', () => {
  it('unregistering a version that waits for approval does not approve it at the next start', async () => {
    const root = await tempDir();
    const dataDir = path.join(await tempDir(), 'data');
    await writePlugin(root, { id: 'grower' }, PLAIN);
    let engine = await open(root, dataDir);
    expect(engine.plugin('grower').state).toBe('active');
    await writePlugin(root, { id: 'grower', version: '2.0.0', permissions: ['network', 'state'], allowedHosts: ['api.example.com'] }, REACHING);
    await expect(engine.reload('grower')).resolves.toMatchObject({ status: 'pending_approval', requested: ['network', 'network:api.example.com', 'state'] });
    await engine.unregister('grower');

    engine = await restart(engine, root, dataDir);
    expect(engine.plugins().map((p) => p.id)).not.toContain('grower');
    // Registered again on purpose: it keeps the approvals it had, so the new permissions still wait.
    await expect(engine.register(path.join(root, 'grower'))).resolves.toMatchObject({ id: 'grower', pendingApproval: expect.objectContaining({ version: '2.0.0' }) });
    await expect(engine.invoke('grower', 'classify', {})).resolves.toMatchObject({ status: 'error', error: { type: 'unavailable' } });
    engine = await restart(engine, root, dataDir);
    expect(engine.plugin('grower').pendingApproval).toMatchObject({ version: '2.0.0' });
    await expect(engine.approve('grower', '2.0.0')).resolves.toMatchObject({ status: 'reloaded' });
    await expect(engine.invoke('grower', 'classify', {})).resolves.toMatchObject({ status: 'ok', value: 'function object' });
  });

  it('a plugin disabled and then unregistered is not back (active) after a restart', async () => {
    const root = await tempDir();
    const dataDir = path.join(await tempDir(), 'data');
    await writePlugin(root, { id: 'gone' }, PLAIN);
    await writePlugin(root, { id: 'stays' }, PLAIN);
    let engine = await open(root, dataDir);
    await engine.disable('gone');
    await engine.unregister('gone');
    engine = await restart(engine, root, dataDir);
    expect(engine.plugins().map((p) => p.id)).toEqual(['stays']);
    const dispatched = await engine.dispatch('classify', {});
    expect(dispatched.results.map((o) => o.pluginId)).toEqual(['stays']);
  });

  it('widening allowedHosts is part of the approval diff; narrowing is not', async () => {
    const root = await tempDir();
    const dataDir = path.join(await tempDir(), 'data');
    await writePlugin(root, { id: 'caller', permissions: ['network'], allowedHosts: ['api.example.com'] }, REACHING);
    let engine = await open(root, dataDir);
    expect(engine.plugin('caller').state).toBe('active');
    await writePlugin(root, { id: 'caller', version: '1.1.0', permissions: ['network'], allowedHosts: ['api.example.com', '*.corp.internal:*', 'metadata.google.internal'] }, REACHING);
    await expect(engine.reload('caller')).resolves.toMatchObject({
      status: 'pending_approval',
      requested: ['network:*.corp.internal:*', 'network:metadata.google.internal'],
    });
    expect(engine.plugin('caller').version).toBe('1.0.0');
    // Still waiting after a restart: the wider scope was never approved.
    engine = await restart(engine, root, dataDir);
    expect(engine.plugin('caller').pendingApproval).toMatchObject({ version: '1.1.0', requested: ['network:*.corp.internal:*', 'network:metadata.google.internal'] });
    await expect(engine.approve('caller', '1.1.0')).resolves.toMatchObject({ status: 'reloaded' });
    await writePlugin(root, { id: 'caller', version: '1.2.0', permissions: ['network'], allowedHosts: ['api.example.com'] }, REACHING);
    await expect(engine.reload('caller')).resolves.toMatchObject({ status: 'reloaded', to: '1.2.0' });
  });
});
