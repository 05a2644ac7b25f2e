/**
 * Profile the worker side of a warm call: the engine's real worker (workers/plugin-worker.ts) driven
 * with protocol tasks, next to the floor worker, each inside tools/profiled-worker.ts.
 *   node --no-node-snapshot bench/tools/worker-profile.ts [calls] [outDir]
 * Writes engine-worker.cpuprofile and floor-worker.cpuprofile; read them with tools/top-self.ts.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import { Piscina } from 'piscina';
import type { CallTask, LoadTask, PluginSpec } from '../../src/protocol.ts';
import { BENCH_PLUGIN_SOURCE, SMALL_INPUT } from '../lib/workloads.ts';

const calls = Number(process.argv[2] ?? 30_000);
const outDir = process.argv[3] ?? process.cwd();
const wrapper = fileURLToPath(new URL('./profiled-worker.ts', import.meta.url));

async function profile(name: string, target: string, data: unknown, tasks: { setup: unknown[]; call: () => unknown }): Promise<void> {
  const pool = new Piscina({ filename: wrapper, minThreads: 1, maxThreads: 1, concurrentTasksPerWorker: 4, idleTimeout: Number.POSITIVE_INFINITY, execArgv: [], workerData: { target, data } });
  for (const task of tasks.setup) await pool.run(task);
  const start = performance.now();
  for (let i = 0; i < calls; i++) await pool.run(tasks.call());
  process.stderr.write(`${name}: ${(((performance.now() - start) / calls) * 1000).toFixed(1)} us/call\n`);
  const file = path.join(outDir, `${name}.cpuprofile`);
  writeFileSync(file, (await pool.run({ benchStopProfile: true })) as string);
  process.stderr.write(`wrote ${file}\n`);
  await pool.destroy();
}

const spec: PluginSpec = {
  key: 'prof@1.0.0#0',
  id: 'prof',
  version: '1.0.0',
  source: BENCH_PLUGIN_SOURCE,
  filename: 'plugin://prof/index.js',
  memoryMb: 64,
  config: {},
  permissions: [],
  state: null,
  initTimeoutMs: 5000,
  maxLogLinesPerCall: 100,
};
const input = serialize(SMALL_INPUT);
const load: LoadTask = { kind: 'load', spec };
await profile('engine-worker', fileURLToPath(new URL('../../workers/plugin-worker.ts', import.meta.url)), undefined, {
  setup: [load],
  call: (): CallTask => ({ kind: 'call', pluginKey: spec.key, capability: 'classify', input, deadline: Date.now() + 1000, timeoutMs: 1000, maxOutputBytes: 1 << 20, submittedAt: Date.now(), ticket: -1, seq: 0, flow: 0 }),
});
await profile('floor-worker', fileURLToPath(new URL('../floor/floor-worker.ts', import.meta.url)), { source: BENCH_PLUGIN_SOURCE, memoryMb: 64 }, {
  setup: [],
  call: () => ({ capability: 'classify', input, timeoutMs: 1000 }),
});
