import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, LIFECYCLE_STATES, type Engine, type LifecycleState } from '../../src/index.ts';
import { isLegalTransition } from '../../src/lifecycle/states.ts';
import { tempDir, writePlugin } from '../helpers.ts';

const LEGAL: Array<[LifecycleState, LifecycleState]> = [
  ['unloaded', 'loaded'],
  ['unloaded', 'failed'],
  ['loaded', 'initialized'],
  ['loaded', 'failed'],
  ['loaded', 'unloaded'],
  ['initialized', 'active'],
  ['initialized', 'inactive'],
  ['initialized', 'failed'],
  ['active', 'inactive'],
  ['active', 'unloaded'],
  ['inactive', 'active'],
  ['inactive', 'unloaded'],
  ['failed', 'unloaded'],
];

describe('lifecycle transition table', () => {
  const pairs = LIFECYCLE_STATES.flatMap((from) => LIFECYCLE_STATES.map((to) => [from, to] as [LifecycleState, LifecycleState]));
  it.each(pairs)('%s → %s', (from, to) => {
    const legal = LEGAL.some(([f, t]) => f === from && t === to);
    expect(isLegalTransition(from, to)).toBe(legal);
  });
});

describe('lifecycle operations on a running engine', () => {
  let engine: Engine;

  beforeAll(async () => {
    const root = await tempDir();
    await writePlugin(root, { id: 'upper' }, 'export default { classify(input) { return input.text.toUpperCase(); } };');
    engine = await createEngine({ pluginsDir: root, poolSize: 1 });
  });
  afterAll(async () => {
    await engine.close();
  });

  it('records every transition with a timestamp in the status', () => {
    const status = engine.plugin('upper');
    expect(status.state).toBe('active');
    expect(status.transitions.map((t) => `${t.from}>${t.to}`)).toEqual(['unloaded>loaded', 'loaded>initialized', 'initialized>active']);
    for (const t of status.transitions) expect(Date.parse(t.at)).not.toBeNaN();
  });

  it('enable and disable are idempotent: asking for the current setting records no transition and changes nothing', async () => {
    const before = engine.plugin('upper');
    expect(await engine.enable('upper')).toMatchObject({ state: 'active', enabled: true });
    expect(engine.plugin('upper').transitions).toEqual(before.transitions);
    await engine.disable('upper');
    const disabled = engine.plugin('upper');
    expect(await engine.disable('upper')).toMatchObject({ state: 'inactive', enabled: false, transitions: disabled.transitions, lastUpdatedAt: disabled.lastUpdatedAt });
    await engine.enable('upper');
    expect(engine.plugin('upper')).toMatchObject({ state: 'active', enabled: true, unavailableReason: null });
    expect(engine.plugin('upper').transitions.map((t) => t.to).slice(-2)).toEqual(['inactive', 'active']);
  });

  it('rejects operations on unknown plugins', async () => {
    await expect(engine.disable('ghost')).rejects.toMatchObject({ code: 'CORRAL_ERR_UNKNOWN_PLUGIN' });
    await expect(engine.reload('ghost')).rejects.toMatchObject({ code: 'CORRAL_ERR_UNKNOWN_PLUGIN' });
    await expect(engine.approve('upper', '9.9.9')).rejects.toMatchObject({ code: 'CORRAL_ERR_NOT_PENDING' });
  });
});
