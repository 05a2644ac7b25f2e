/**
 * What process isolation (the default) costs against thread isolation, in the same run:
 * invoke_warm, fanout_10 and throughput through an engine in each mode, measured in alternating
 * rounds so drift hits both equally, plus the floors each mode is judged against: the thread floor
 * (bare piscina worker + warm isolate, bench/floor) and the process floor (the same thread floor in
 * a child process behind one IPC round trip), and the bare IPC round trip alone.
 */
import type { BenchCase } from '../lib/case.ts';
import { assertOk, openEngine, type Engine } from '../lib/engine.ts';
import { makePlugins } from '../lib/plugins.ts';
import { latencyUs, round, sampleAsync, saturate } from '../lib/stats.ts';
import { BENCH_PLUGIN_SOURCE, SMALL_INPUT } from '../lib/workloads.ts';
import { createFloorPool } from '../floor/floor-pool.ts';
import { createProcessFloor } from '../floor/floor-process.ts';

const MODES = ['thread', 'process'] as const;
type Mode = (typeof MODES)[number];

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

async function openBoth(options: Parameters<typeof openEngine>[0]): Promise<Record<Mode, Engine>> {
  return { thread: await openEngine({ ...options, isolation: 'thread' }), process: await openEngine({ ...options, isolation: 'process' }) };
}

async function closeBoth(engines: Record<Mode, Engine>): Promise<void> {
  await Promise.all(MODES.map((mode) => engines[mode].close()));
}

export const isolationCase: BenchCase = {
  name: 'isolation',
  async run(ctx) {
    const poolSize = Math.max(2, ctx.cpus);
    const rounds = ctx.pick(6, 3);
    const perRound = ctx.pick(1000, 300);

    // ---- invoke_warm: one thread, sequential calls -------------------------------------------
    const single = makePlugins(1, { prefix: 'iso-invoke' });
    const id = single.ids[0] as string;
    const engines = await openBoth({ plugins: single.dirs, poolSize: 1 });
    const threadFloor = await createFloorPool({ size: 1, concurrentTasksPerWorker: 4, source: BENCH_PLUGIN_SOURCE });
    const processFloor = await createProcessFloor({ size: 1, concurrentTasksPerWorker: 4, source: BENCH_PLUGIN_SOURCE });
    const invoke: Record<Mode, number[]> = { thread: [], process: [] };
    const floors = { thread: [] as number[], process: [] as number[], ipc: [] as number[] };
    try {
      for (let r = 0; r < rounds; r++) {
        ctx.progress(`isolation: invoke round ${r + 1}/${rounds} (${perRound} calls per engine and floor)`);
        const warm = r === 0 ? 500 : 50;
        for (const mode of MODES) {
          const engine = engines[mode];
          invoke[mode].push(...(await sampleAsync(async () => assertOk(await engine.invoke(id, 'classify', SMALL_INPUT)), warm, perRound)));
        }
        floors.thread.push(...(await sampleAsync(() => threadFloor.call('classify', SMALL_INPUT), warm, perRound)));
        floors.process.push(...(await sampleAsync(() => processFloor.call('classify', SMALL_INPUT), warm, perRound)));
        floors.ipc.push(...(await sampleAsync(() => processFloor.ping(), warm, perRound)));
      }
    } finally {
      await closeBoth(engines);
      await threadFloor.close();
      await processFloor.close();
      single.remove();
    }

    // ---- fanout_10: 10 warm plugins, sequential dispatches -----------------------------------
    const ten = makePlugins(10, { prefix: 'iso-fan' });
    const fanEngines = await openBoth({ pluginsDir: ten.root, poolSize });
    const fanout: Record<Mode, number[]> = { thread: [], process: [] };
    try {
      for (let r = 0; r < rounds; r++) {
        ctx.progress(`isolation: fanout_10 round ${r + 1}/${rounds}`);
        for (const mode of MODES) {
          const engine = fanEngines[mode];
          const dispatch = async () => {
            const result = await engine.dispatch('classify', SMALL_INPUT);
            if (result.stats.failed > 0 || result.stats.plugins !== 10) throw new Error(`fan-out (${mode}): ${JSON.stringify(result.stats)}`);
          };
          fanout[mode].push(...(await sampleAsync(dispatch, r === 0 ? 100 : 20, Math.ceil(perRound / 4))));
        }
      }
    } finally {
      await closeBoth(fanEngines);
      ten.remove();
    }

    // ---- throughput: closed loop, 64 in flight ------------------------------------------------
    const tp = makePlugins(1, { prefix: 'iso-tp' });
    const tpId = tp.ids[0] as string;
    const tpEngines = await openBoth({ plugins: tp.dirs, poolSize });
    const rates: Record<Mode, number[]> = { thread: [], process: [] };
    const durationMs = ctx.pick(2000, 800);
    try {
      for (let r = 0; r < Math.max(2, Math.ceil(rounds / 2)); r++) {
        ctx.progress(`isolation: throughput round ${r + 1} (64 in flight, ${poolSize} workers, ${durationMs} ms per mode)`);
        for (const mode of MODES) {
          const engine = tpEngines[mode];
          rates[mode].push(await saturate(async () => assertOk(await engine.invoke(tpId, 'classify', SMALL_INPUT)), 64, 300, durationMs));
        }
      }
    } finally {
      await closeBoth(tpEngines);
      tp.remove();
    }

    const pair = (samples: Record<Mode, number[]>) => {
      const t = latencyUs(samples.thread);
      const p = latencyUs(samples.process);
      return { thread_p50_us: t.p50_us, thread_p99_us: t.p99_us, process_p50_us: p.p50_us, process_p99_us: p.p99_us, process_over_thread: round(p.p50_us / t.p50_us, 2) };
    };
    const floorThread = latencyUs(floors.thread);
    const floorProcess = latencyUs(floors.process);
    const ipc = latencyUs(floors.ipc);
    return {
      cases: {
        isolation_invoke_warm: pair(invoke),
        isolation_fanout_10: { ...pair(fanout), plugins: 10, pool_size: poolSize },
        isolation_throughput: {
          thread_ops_per_s: round(median(rates.thread), 0),
          process_ops_per_s: round(median(rates.process), 0),
          process_over_thread: round(median(rates.process) / median(rates.thread), 2),
          pool_size: poolSize,
          in_flight: 64,
        },
        floor_process_invoke: { p50_us: floorProcess.p50_us, p99_us: floorProcess.p99_us, ipc_p50_us: ipc.p50_us, ipc_p99_us: ipc.p99_us, floor_thread_p50_us: floorThread.p50_us },
      },
      notes: {
        floor_process_invoke: 'bench/floor/floor-process.ts: the thread floor (piscina task + applySync) inside a forked child, one advanced-serialization IPC round trip per call; ipc_* = the bare round trip (ping) alone',
      },
    };
  },
};
