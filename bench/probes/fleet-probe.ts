/**
 * Runs in a fresh process (RSS must not carry over from other cases): creates an engine over N
 * generated plugins, calls every plugin, measures RSS after a GC, then times dispatch fan-outs.
 * Prints one JSON line on stdout. Started by bench/lib/probe.ts.
 */
import { openEngine } from '../lib/engine.ts';
import { makePlugins } from '../lib/plugins.ts';
import { latencyUs, round, sampleAsync } from '../lib/stats.ts';
import { SMALL_INPUT } from '../lib/workloads.ts';

export interface FleetProbeRequest {
  count: number;
  poolSize: number;
  /** Fan-outs to time after the RSS measurement; 0 skips the timing. */
  iterations: number;
  /** Fan-outs before measuring RSS (1 = every plugin called once). */
  warmDispatches: number;
}

const MiB = 1024 * 1024;

async function settledRssMb(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    globalThis.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return process.memoryUsage.rss() / MiB;
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as FleetProbeRequest;
  const set = makePlugins(request.count, { prefix: 'fleet' });
  const rssBefore = await settledRssMb();
  const loadStart = performance.now();
  const engine = await openEngine({ pluginsDir: set.root, poolSize: request.poolSize });
  const loadMs = performance.now() - loadStart;
  try {
    // Failed calls are counted, not thrown: how many calls fail (in the first fan-outs every plugin
    // is new and isolates are being built) is itself a result, shown beside the latency.
    const warmErrors: Record<string, number> = {};
    let warmFailed = 0;
    for (let i = 0; i < request.warmDispatches; i++) {
      const result = await engine.dispatch('classify', SMALL_INPUT);
      warmFailed += result.stats.failed;
      for (const [type, n] of Object.entries(result.stats.errors)) warmErrors[type] = (warmErrors[type] ?? 0) + (n ?? 0);
    }
    let timedFailed = 0;
    const dispatch = async () => {
      const result = await engine.dispatch('classify', SMALL_INPUT);
      timedFailed += result.stats.failed;
    };
    const rssWarm = await settledRssMb();
    let fanout: { p50_us: number; p99_us: number } | null = null;
    if (request.iterations > 0) fanout = latencyUs(await sampleAsync(dispatch, Math.ceil(request.iterations / 5), request.iterations));
    const rssAfter = await settledRssMb();
    process.stdout.write(
      `${JSON.stringify({
        plugins: request.count,
        pool_size: request.poolSize,
        load_ms: round(loadMs, 1),
        rss_before_mb: round(rssBefore, 1),
        rss_warm_mb: round(rssWarm, 1),
        rss_after_fanouts_mb: round(rssAfter, 1),
        fanout,
        warm_failed: warmFailed,
        timed_failed: timedFailed,
        warm_errors: warmErrors,
      })}\n`,
    );
  } finally {
    await engine.close();
    set.remove();
  }
}

await main();
