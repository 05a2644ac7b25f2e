/**
 * Runs in a fresh process: engine.invoke with a 50 ms deadline on a plugin that spins forever.
 * Prints its JSON line BEFORE engine.close(), so a crash while shutting down (seen: isolated-vm
 * aborts in a worker being terminated after timeouts) cannot lose the measurement; the parent
 * reports such a crash next to the numbers.
 */
import { openEngine } from '../lib/engine.ts';
import { makePlugins } from '../lib/plugins.ts';
import { round, summarize } from '../lib/stats.ts';

const { samples, deadlineMs } = JSON.parse(process.argv[2] ?? '{}') as { samples: number; deadlineMs: number };
const set = makePlugins(1, { prefix: 'spin' });
const id = set.ids[0] as string;
// The breaker would quarantine the plugin after a few timeouts; here every timeout is the point.
const engine = await openEngine({ plugins: set.dirs, poolSize: 1, tolerateFailures: true });
const overshoot: number[] = [];
const types: Record<string, number> = {};
for (let i = 0; i < samples + 2; i++) {
  const start = performance.now();
  const outcome = await engine.invoke(id, 'spin', {}, { timeoutMs: deadlineMs });
  const elapsed = performance.now() - start;
  if (i < 2) continue; // the first rebuilds warm the code paths
  const type = outcome.status === 'ok' ? 'ok' : outcome.error.type;
  types[type] = (types[type] ?? 0) + 1;
  overshoot.push(elapsed - deadlineMs);
  if (process.env.BENCH_DEBUG) process.stderr.write(`${i} ${type} ${(elapsed - deadlineMs).toFixed(1)}\n`);
}
const s = summarize(overshoot);
process.stdout.write(`${JSON.stringify({ overshoot_p50_ms: round(s.p50), overshoot_p99_ms: round(s.p99), outcomes: types })}\n`);
set.remove();
await engine.close();
