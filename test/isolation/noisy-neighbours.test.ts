import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import type { Outcome } from '../../src/outcome.ts';
import { silentLogger } from '../reliability/pool-fixtures.ts';
import { tempDir } from '../helpers.ts';
import { HEALTHY, SLOW, SPINNERS, writeNeighbourhood } from '../../bench/lib/neighbourhood.ts';

/**
 * The isolation promise under hostile neighbours: 15 healthy plugins (sync, and async ones awaiting a
 * 20 ms timer) share the pool with two `for(;;){}` spinners and a legal 300 ms busy-waiter, all with
 * the same default 1000 ms deadline. Each load level starts from a fresh engine, so the spinners are
 * live (not yet quarantined) when the burst hits. No healthy call may fail, and no healthy plugin may
 * be degraded or quarantined for its neighbours' sins.
 */
const LEVELS = [
  { inFlight: 1, rounds: 6 },
  { inFlight: 10, rounds: 3 },
  { inFlight: 50, rounds: 2 },
];

let root: string;
beforeAll(async () => {
  root = await tempDir();
  writeNeighbourhood(root);
});

describe.each(['thread', 'process'] as const)('noisy neighbours, %s isolation, default scheduling', (isolation) => {
  describe.each(LEVELS)('$inFlight in flight', ({ inFlight, rounds }) => {
    let engine: Engine;
    const outcomes: Outcome[] = [];

    beforeAll(async () => {
      engine = await createEngine({ pluginsDir: root, isolation, logger: silentLogger });
      for (let round = 0; round < rounds; round++) {
        const results = await Promise.all(Array.from({ length: inFlight }, (_, i) => engine.dispatch('classify', { text: `round ${round} call ${i}` })));
        for (const result of results) {
          // Stable order puts the spinners first and last.
          expect(result.results[0]?.pluginId).toBe(SPINNERS[0]);
          expect(result.results.at(-1)?.pluginId).toBe(SPINNERS[1]);
          outcomes.push(...result.results);
        }
      }
    }, 60_000);

    afterAll(async () => {
      await engine?.close();
    });

    it('every healthy call succeeds', () => {
      const failed = outcomes.filter((o) => HEALTHY.includes(o.pluginId) && o.status !== 'ok');
      expect(failed).toEqual([]);
      expect(outcomes.filter((o) => HEALTHY.includes(o.pluginId))).toHaveLength(HEALTHY.length * inFlight * rounds);
    });

    it('the spinners are charged with their own timeouts', () => {
      const spun = outcomes.filter((o) => SPINNERS.includes(o.pluginId));
      expect(spun.some((o) => o.status === 'error' && o.error.type === 'timeout' && o.error.reason === undefined)).toBe(true);
      expect(spun.every((o) => o.status === 'error')).toBe(true);
    });

    it('the 300 ms plugin answers at 1 in flight; under load it waits its deadline out as queue wait, uncharged', () => {
      for (const outcome of outcomes.filter((o) => o.pluginId === SLOW)) {
        if (inFlight === 1) expect(outcome.status, JSON.stringify(outcome)).toBe('ok');
        else if (outcome.status === 'error') expect(outcome.error.reason, JSON.stringify(outcome)).toMatch(/^(queue_wait|thread_blocked)$/);
      }
      expect(engine.plugin(SLOW).breaker.state).toBe('closed');
      expect(engine.health(SLOW).signals.errors).toBe(0);
    });

    it('no healthy plugin is degraded, quarantined or charged', () => {
      for (const id of HEALTHY) {
        const health = engine.health(id);
        expect(health.status, `${id}: ${health.reasons.join('; ')}`).toBe('healthy');
        expect(health.signals.errors).toBe(0);
        expect(engine.plugin(id).breaker.state).toBe('closed');
      }
    });

    it('outcomes carry queue wait and run time; durationMs covers both', () => {
      for (const outcome of outcomes) {
        expect(outcome.queueMs).toBeGreaterThanOrEqual(0);
        expect(outcome.runMs).toBeGreaterThanOrEqual(0);
        if (outcome.status === 'ok') expect(outcome.durationMs + 1).toBeGreaterThanOrEqual(outcome.queueMs + outcome.runMs);
      }
      if (inFlight === 1) {
        const slow = outcomes.find((o) => o.pluginId === SLOW && o.status === 'ok');
        expect(slow?.runMs).toBeGreaterThanOrEqual(290);
      }
    });
  });
});
