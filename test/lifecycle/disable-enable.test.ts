import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine, type Outcome } from '../../src/index.ts';
import { tempDir, writePlugin } from '../helpers.ts';

// Busy-waits so a call is still running when the admin disables the plugin.
const SLOW = `export default {
  classify(input) {
    const until = Date.now() + (input.spinMs ?? 0);
    while (Date.now() < until) {}
    return 'slow:' + input.text;
  },
};`;

describe('disable / enable under concurrent dispatch', () => {
  let engine: Engine;

  beforeAll(async () => {
    const root = await tempDir();
    await writePlugin(root, { id: 'slow' }, SLOW);
    await writePlugin(root, { id: 'steady' }, "export default { classify(input) { return 'steady:' + input.text; } };");
    engine = await createEngine({ pluginsDir: root, poolSize: 2 });
  });
  afterAll(async () => {
    await engine.close();
  });

  it('lets a running call finish and refuses new ones with reason disabled', async () => {
    const running = engine.invoke('slow', 'classify', { text: 'a', spinMs: 150 });
    await new Promise((r) => setTimeout(r, 40));
    await engine.disable('slow');
    const refused = await engine.invoke('slow', 'classify', { text: 'b' });
    expect(refused).toMatchObject({ status: 'error', error: { type: 'unavailable', reason: 'disabled' } });
    await expect(running).resolves.toMatchObject({ status: 'ok', value: 'slow:a' });
    await engine.enable('slow');
    await expect(engine.invoke('slow', 'classify', { text: 'c' })).resolves.toMatchObject({ status: 'ok', value: 'slow:c' });
  });

  it('never loses or misreports a call while toggling', async () => {
    const outcomes: Outcome[] = [];
    let stop = false;
    const stream = (async () => {
      let i = 0;
      while (!stop) {
        const batch = await Promise.all(Array.from({ length: 10 }, () => engine.dispatch('classify', { text: String(i++) })));
        for (const r of batch) outcomes.push(...r.results);
      }
    })();
    for (let i = 0; i < 6; i++) {
      await new Promise((r) => setTimeout(r, 15));
      await engine.disable('slow');
      await new Promise((r) => setTimeout(r, 15));
      await engine.enable('slow');
    }
    stop = true;
    await stream;
    const slow = outcomes.filter((o) => o.pluginId === 'slow');
    const steady = outcomes.filter((o) => o.pluginId === 'steady');
    expect(steady.length).toBe(slow.length);
    expect(steady.every((o) => o.status === 'ok')).toBe(true);
    for (const o of slow) {
      if (o.status === 'ok') expect(o.value).toMatch(/^slow:\d+$/);
      else expect(o.error).toMatchObject({ type: 'unavailable', reason: 'disabled' });
    }
    expect(slow.some((o) => o.status === 'error')).toBe(true);
    expect(slow.some((o) => o.status === 'ok')).toBe(true);
  });
});
