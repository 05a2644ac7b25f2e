/**
 * timeout_precision: engine.invoke with a 50 ms deadline on a plugin that spins forever. Overshoot =
 * time from invoke() to the `timeout` outcome, minus 50 ms. Each timeout disposes the isolate, so
 * every sample also includes the rebuild on the next call (inside that call's own deadline).
 * Runs in a fresh process (probes/timeout-probe.ts) so a crash on engine shutdown is reported, not fatal.
 */
import type { BenchCase } from '../lib/case.ts';
import { runProbeDetailed } from '../lib/probe.ts';

const DEADLINE_MS = 50;

interface TimeoutProbeResult {
  overshoot_p50_ms: number;
  overshoot_p99_ms: number;
  outcomes: Record<string, number>;
}

export const timeoutPrecisionCase: BenchCase = {
  name: 'timeout',
  async run(ctx) {
    const samples = ctx.pick(40, 12);
    ctx.progress(`timeout: ${samples} spinning calls with a ${DEADLINE_MS} ms deadline (fresh process)`);
    const run = await runProbeDetailed<TimeoutProbeResult>('timeout-probe.ts', { samples, deadlineMs: DEADLINE_MS });
    const { outcomes } = run.result;
    if ((outcomes.timeout ?? 0) !== samples) throw new Error(`timeout: expected only timeout outcomes, saw ${JSON.stringify(outcomes)}`);
    const notes: Record<string, string> = {};
    if (run.exit !== 0) notes.timeout_precision = `engine.close() after the timeouts crashed the probe process (exit ${run.exit}): ${run.stderrTail}`;
    return {
      cases: { timeout_precision: { ...run.result, deadline_ms: DEADLINE_MS, samples, clean_shutdown: run.exit === 0 } },
      notes,
    };
  },
};
