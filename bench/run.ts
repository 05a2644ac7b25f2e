/**
 * Corral benchmark entry: `node --no-node-snapshot bench/run.ts [--quick] [--only <case>]... [--out file]`.
 * Progress goes to stderr, the table to stdout, the numbers to bench/results/latest.json (a run with
 * --only writes bench/results/partial-<cases>.json instead, so it never clobbers a full run).
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchCase } from './lib/case.ts';
import { createContext } from './lib/context.ts';
import { removeAllPlugins } from './lib/plugins.ts';
import { emptyBaselines, emptyCases, finalize, renderReport, writeReport } from './lib/report.ts';
import { baselinesCase } from './cases/baselines.ts';
import { cliStartupCase } from './cases/cli-startup.ts';
import { coldLoadCase } from './cases/cold-load.ts';
import { concurrentCase } from './cases/concurrent.ts';
import { cpuOverheadCase } from './cases/cpu-overhead.ts';
import { fanoutCase } from './cases/fanout.ts';
import { healthCheckCase } from './cases/health-check.ts';
import { invokeCase } from './cases/invoke.ts';
import { isolationCase } from './cases/isolation.ts';
import { memoryCase } from './cases/memory.ts';
import { neighboursCase } from './cases/neighbours.ts';
import { scalingCase } from './cases/scaling.ts';
import { throughputCase } from './cases/throughput.ts';
import { timeoutPrecisionCase } from './cases/timeout-precision.ts';
import { translateQueryCase } from './cases/translate-query.ts';

const CASES: readonly BenchCase[] = [
  coldLoadCase,
  invokeCase,
  fanoutCase,
  throughputCase,
  isolationCase,
  cpuOverheadCase,
  concurrentCase,
  timeoutPrecisionCase,
  memoryCase,
  healthCheckCase,
  translateQueryCase,
  neighboursCase,
  scalingCase,
  baselinesCase,
  cliStartupCase,
];

const USAGE = `usage: node --no-node-snapshot bench/run.ts [--quick] [--only <case>]... [--out <file>] [--list]
cases: ${CASES.map((c) => c.name).join(', ')}`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      out: { type: 'string' },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help || values.list) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!process.execArgv.includes('--no-node-snapshot')) {
    process.stderr.write('bench: run node with --no-node-snapshot (isolated-vm requires it): npm run bench\n');
    return 2;
  }
  const only = values.only?.flatMap((v) => v.split(',')).filter(Boolean);
  const unknown = only?.filter((name) => !CASES.some((c) => c.name === name)) ?? [];
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown case ${unknown.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  const selected = only === undefined ? CASES : CASES.filter((c) => only.includes(c.name));
  const quick = values.quick ?? false;
  const ctx = createContext(quick);
  const startedAt = performance.now();
  const cases = emptyCases();
  const baselines = emptyBaselines();
  const notes: Record<string, string> = {};
  let scaling = null;
  let crashed = 0;

  const loadStart = loadavg()[0] ?? 0;
  ctx.progress(`${quick ? 'quick' : 'full'} run: ${selected.map((c) => c.name).join(', ')}`);
  // Other work on a 2-core box skews every ratio: say so up front rather than publish bad numbers quietly.
  if (loadStart > ctx.cpus / 2) ctx.progress(`warning: 1-min load average is ${loadStart.toFixed(2)} on ${ctx.cpus} CPUs; numbers will be noisy`);
  for (const benchCase of selected) {
    const caseStart = performance.now();
    try {
      const output = await benchCase.run(ctx);
      Object.assign(cases, output.cases);
      Object.assign(baselines, output.baselines);
      Object.assign(notes, output.notes);
      if (output.scaling !== undefined) scaling = output.scaling;
    } catch (error) {
      crashed += 1;
      notes[`${benchCase.name}_failed`] = (error as Error).stack ?? String(error);
      ctx.progress(`${benchCase.name} FAILED: ${(error as Error).message}`);
    }
    ctx.progress(`${benchCase.name} done in ${((performance.now() - caseStart) / 1000).toFixed(1)} s`);
  }
  removeAllPlugins();

  const report = finalize({
    env: {
      node: process.version,
      cpus: ctx.cpus,
      date: new Date().toISOString(),
      quick,
      only: only ?? null,
      platform: process.platform,
      arch: process.arch,
      cpu_model: cpus()[0]?.model ?? 'unknown',
      duration_s: Math.round((performance.now() - startedAt) / 100) / 10,
      loadavg_start: Math.round(loadStart * 100) / 100,
      loadavg_end: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    },
    cases,
    notes,
    scaling,
    baselines,
  });
  const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
  const out = values.out ?? (only === undefined ? `${resultsDir}latest.json` : `${resultsDir}partial-${only.join('-')}.json`);
  writeReport(out, report);
  process.stdout.write(`${renderReport(report)}\n\nwrote ${out}\n`);
  return crashed > 0 ? 1 : 0;
}

process.exitCode = await main();
