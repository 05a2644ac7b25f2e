/**
 * Soak: drive healthy and hostile plugins (loops, memory bombs, throwers, a legal 300 ms busy-waiter,
 * slow and hanging calls) through the engine and the HTTP API for N minutes. Every plugin has the
 * engine's default limits, so the hostile ones hold their threads as long as a real runaway would,
 * and the default circuit breaker runs (short cool-downs, so quarantined plugins are probed again
 * every few seconds and their code keeps running). Reports calls per outcome type and must show:
 * 0 healthy failures, 0 healthy quarantines (breaker trips), no healthy plugin degraded, /readyz
 * 200 throughout; plus host RSS over time (must plateau), event-loop delay p99 and the diagnostics
 * endpoints' latency while the pool is busy.
 *
 *   npm run soak -- --minutes 10 [--isolation thread|process] [--pool-size N] [--out file.json]
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { createEngine, startServer, type Outcome } from '../src/index.ts';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '1' },
    isolation: { type: 'string' },
    'pool-size': { type: 'string' },
    'sample-seconds': { type: 'string', default: '10' },
    out: { type: 'string', default: path.join(import.meta.dirname, 'results', 'soak.json') },
  },
});
const minutes = Number(args.minutes);
// Absent: the engine's default isolation.
const isolation = args.isolation === 'process' || args.isolation === 'thread' ? args.isolation : undefined;
const poolSize = args['pool-size'] === undefined ? availableParallelism() : Number(args['pool-size']);
const sampleMs = Number(args['sample-seconds']) * 1000;

const HEALTHY = ['echo', 'upper', 'sleeper', 'counter'];
const HOSTILE = ['looper', 'bomb', 'thrower', 'slow-300', 'slowpoke', 'hanger'];

const PLUGINS: Array<{ id: string; manifest?: Record<string, unknown>; source: string }> = [
  { id: 'echo', source: 'export default { classify(input) { return { echo: input.n }; } };' },
  { id: 'upper', source: 'export default { classify(input) { return String(input.text).toUpperCase(); } };' },
  { id: 'sleeper', source: 'export default { async classify(input) { await new Promise((r) => setTimeout(r, 20)); return input.n * 2; } };' },
  { id: 'counter', manifest: { permissions: ['state'] }, source: 'export default { classify(input, ctx) { return ctx.state.increment("calls"); } };' },
  // Hostile ones get the same (default) limits as the healthy ones: no shorter deadline.
  { id: 'looper', source: 'export default { classify() { for (;;) {} } };' },
  { id: 'bomb', source: 'export default { classify() { const hoard = []; for (;;) hoard.push(new Array(100000).fill(Math.random())); } };' },
  { id: 'thrower', source: 'export default { classify(input) { throw new TypeError("bad input " + input.n); } };' },
  { id: 'slow-300', source: 'export default { classify() { const end = Date.now() + 300; while (Date.now() < end) {} return "slow"; } };' },
  { id: 'slowpoke', source: 'export default { async classify() { await new Promise((r) => setTimeout(r, 5000)); return "late"; } };' },
  { id: 'hanger', source: 'export default { classify() { return new Promise(() => {}); } };' },
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'corral-soak-'));
  const pluginsDir = path.join(root, 'plugins');
  for (const plugin of PLUGINS) {
    const dir = path.join(pluginsDir, plugin.id);
    await mkdir(dir, { recursive: true });
    const manifest = { id: plugin.id, name: plugin.id, version: '1.0.0', main: 'index.js', capabilities: ['classify'], ...plugin.manifest };
    await writeFile(path.join(dir, 'plugin.json'), JSON.stringify(manifest));
    await writeFile(path.join(dir, 'index.js'), plugin.source);
  }
  const engine = await createEngine({
    pluginsDir,
    dataDir: path.join(root, 'data'),
    poolSize,
    maxQueue: 10_000,
    ...(isolation === undefined ? {} : { isolation }),
    logger: pino({ level: 'silent' }),
    // The default breaker thresholds, with short cool-downs: hostile plugins are quarantined, then
    // probed again every 2 s, so their code keeps running beside the healthy ones all along.
    lifecycle: { breaker: { cooldownMs: 2000, maxCooldownMs: 2000 }, health: { intervalMs: 5000, timeoutMs: 200, windowMs: 60_000, degradedErrorRate: 0.1, unhealthyErrorRate: 0.5, historyRetention: 100 } },
  });
  const server = await startServer({ engine, port: 0, logger: pino({ level: 'silent' }), auth: 'none' });
  console.log(`soak: ${minutes} min, isolation ${engine.poolHealth().isolation}, pool ${poolSize} workers, ${PLUGINS.length} plugins (${HOSTILE.length} hostile), API ${server.url}`);

  const outcomes: Record<string, Record<string, number>> = { healthy: {}, hostile: {} };
  const healthyFailures: Array<{ pluginId: string; type: string; message: string }> = [];
  let calls = 0;
  let httpErrors = 0;
  const probeLatency: Record<string, number[]> = { readyz: [], status: [] };
  let readyzNot200 = 0;
  const degradedSeen = new Set<string>();
  /** One example message per group and outcome type. */
  const firstMessages: Record<string, string> = {};
  const record = (outcome: Outcome) => {
    calls += 1;
    const group = HEALTHY.includes(outcome.pluginId) ? 'healthy' : 'hostile';
    const key = outcome.status === 'ok' ? 'ok' : outcome.error.type;
    const bucket = outcomes[group] as Record<string, number>;
    bucket[key] = (bucket[key] ?? 0) + 1;
    if (outcome.status === 'error' && !(`${group}:${key}` in firstMessages)) firstMessages[`${group}:${key}`] = `${outcome.pluginId}: ${outcome.error.message}`.slice(0, 300);
    if (group === 'healthy' && outcome.status === 'error' && healthyFailures.length < 50) healthyFailures.push({ pluginId: outcome.pluginId, type: outcome.error.type, message: outcome.error.message });
  };
  let healthyFailureCount = 0;
  const recordAll = (results: Outcome[]) => {
    for (const r of results) {
      if (HEALTHY.includes(r.pluginId) && r.status === 'error') healthyFailureCount += 1;
      record(r);
    }
  };

  const deadline = Date.now() + minutes * 60_000;
  const running = () => Date.now() < deadline;
  let n = 0;

  async function engineDriver(): Promise<void> {
    while (running()) {
      n += 1;
      const i = n;
      if (i % 4 === 0) {
        // A fan-out to every plugin, hostile ones included.
        recordAll((await engine.dispatch('classify', { n: i, text: `t${i}` })).results);
      } else {
        const id = i % 3 === 0 ? (HOSTILE[i % HOSTILE.length] as string) : (HEALTHY[i % HEALTHY.length] as string);
        recordAll([await engine.invoke(id, 'classify', { n: i, text: `t${i}` })]);
      }
    }
  }

  async function httpDriver(): Promise<void> {
    while (running()) {
      n += 1;
      const id = HEALTHY[n % HEALTHY.length] as string;
      try {
        const response = await fetch(`${server.url}/api/v1/plugins/${id}/invoke/classify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: { n, text: 'http' } }) });
        const body = (await response.json()) as Outcome & { type?: string; detail?: string };
        if (response.status === 200) recordAll([body]);
        else {
          httpErrors += 1;
          recordAll([{ pluginId: id, status: 'error', error: { type: 'unavailable', message: `${response.status} ${body.detail}` }, durationMs: 0, queueMs: 0, runMs: 0, cpuMs: 0 }]);
        }
      } catch {
        httpErrors += 1;
      }
    }
  }

  async function probeDriver(): Promise<void> {
    while (running()) {
      for (const [name, url] of [['readyz', '/readyz'], ['status', '/api/v1/plugins/status']] as const) {
        const started = performance.now();
        const response = await fetch(`${server.url}${url}`);
        await response.arrayBuffer();
        (probeLatency[name] as number[]).push(performance.now() - started);
        if (name === 'readyz' && response.status !== 200) readyzNot200 += 1;
      }
      for (const id of HEALTHY) if (engine.health(id).status !== 'healthy' && engine.health(id).status !== 'unknown') degradedSeen.add(`${id}: ${engine.health(id).reasons.join('; ')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  // The histograms hold the interval between 1 ms sampling timers: the delay is that minus 1 ms.
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const overallLoop = monitorEventLoopDelay({ resolution: 1 });
  overallLoop.enable();
  const samples: Array<{ t: number; rssMb: number; heapMb: number; callsPerSec: number; eventLoopP99Ms: number; queue: number }> = [];
  const t0 = Date.now();
  let lastCalls = 0;
  const sampler = setInterval(() => {
    const mem = process.memoryUsage();
    const sample = {
      t: Math.round((Date.now() - t0) / 1000),
      rssMb: Math.round(mem.rss / 1048576),
      heapMb: Math.round(mem.heapUsed / 1048576),
      callsPerSec: Math.round(((calls - lastCalls) * 1000) / sampleMs),
      eventLoopP99Ms: delayMs(loop.percentile(99)),
      queue: engine.poolStats().queueSize,
    };
    lastCalls = calls;
    loop.reset();
    samples.push(sample);
    console.log(`t=${sample.t}s rss=${sample.rssMb}MB heap=${sample.heapMb}MB calls/s=${sample.callsPerSec} loop_p99=${sample.eventLoopP99Ms}ms queue=${sample.queue} healthy_failures=${healthyFailureCount}`);
  }, sampleMs);

  await Promise.all([...Array.from({ length: poolSize * 3 }, engineDriver), ...Array.from({ length: 4 }, httpDriver), probeDriver()]);
  clearInterval(sampler);
  loop.disable();
  overallLoop.disable();
  const healthyQuarantines = Object.fromEntries(HEALTHY.map((id) => [id, engine.plugin(id).breaker.trips]));
  const hostileQuarantines = Object.fromEntries(HOSTILE.map((id) => [id, engine.plugin(id).breaker.trips]));
  const healthyTrips = Object.values(healthyQuarantines).reduce((a, b) => a + b, 0);
  await server.close();
  await engine.close();
  await rm(root, { recursive: true, force: true });

  // Plateau: compare the middle and last thirds of the run (the first third includes warm-up).
  const third = Math.max(1, Math.floor(samples.length / 3));
  const mean = (xs: typeof samples) => xs.reduce((sum, s) => sum + s.rssMb, 0) / Math.max(1, xs.length);
  const middle = mean(samples.slice(third, 2 * third));
  const last = mean(samples.slice(2 * third));
  const sortedLatency = (name: string) => [...(probeLatency[name] as number[])].sort((a, b) => a - b);
  const report = {
    at: new Date().toISOString(),
    minutes,
    isolation: isolation ?? 'default',
    poolSize,
    node: process.version,
    calls,
    callsPerSecond: Math.round(calls / (minutes * 60)),
    outcomes,
    healthyFailures: healthyFailureCount,
    healthyFailureSamples: healthyFailures.slice(0, 10),
    healthyQuarantines,
    hostileQuarantines,
    healthyDegraded: [...degradedSeen].slice(0, 10),
    readyzNot200,
    exampleErrors: firstMessages,
    httpErrors,
    rssMb: { first: samples[0]?.rssMb, min: Math.min(...samples.map((s) => s.rssMb)), max: Math.max(...samples.map((s) => s.rssMb)), last: samples.at(-1)?.rssMb, middleThirdMean: Math.round(middle), lastThirdMean: Math.round(last), growthLastVsMiddlePct: Math.round(((last - middle) / middle) * 1000) / 10 },
    eventLoopDelayMs: { p50: delayMs(overallLoop.percentile(50)), p99: delayMs(overallLoop.percentile(99)), max: delayMs(overallLoop.max) },
    diagnosticsLatencyMs: Object.fromEntries(['readyz', 'status'].map((name) => [name, { count: sortedLatency(name).length, p50: round(percentile(sortedLatency(name), 50)), p99: round(percentile(sortedLatency(name), 99)), max: round(sortedLatency(name).at(-1) ?? 0) }])),
    samples,
  };
  await mkdir(path.dirname(args.out as string), { recursive: true });
  await writeFile(args.out as string, `${JSON.stringify(report, null, 2)}\n`);
  const { samples: _samples, ...summary } = report;
  console.log(JSON.stringify(summary, null, 2));
  const plateau = report.rssMb.growthLastVsMiddlePct < 10;
  console.log(
    `soak: healthy failures ${healthyFailureCount}, healthy quarantines ${healthyTrips}, healthy degraded ${degradedSeen.size}, /readyz non-200 ${readyzNot200} (all must be 0), RSS ${plateau ? 'plateaued' : 'GREW'} (${report.rssMb.growthLastVsMiddlePct}% last vs middle third); written to ${args.out}`,
  );
  process.exitCode = healthyFailureCount === 0 && healthyTrips === 0 && degradedSeen.size === 0 && readyzNot200 === 0 && plateau ? 0 : 1;
}

function delayMs(intervalNs: number): number {
  return round(Math.max(0, intervalNs / 1e6 - 1));
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

await main();
