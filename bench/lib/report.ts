/** The printed tables (stdout) and the JSON file whose shape other tools read: keep it stable. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BASELINE_KEYS, CASE_KEYS, type BaselineKey, type BaselineResult, type CaseKey, type Metrics } from './case.ts';
import { evaluateTargets, type TargetCheck } from './targets.ts';

export interface BenchReport {
  env: { node: string; cpus: number; date: string; quick: boolean; only: string[] | null; platform: string; arch: string; cpu_model: string; duration_s: number; loadavg_start: number; loadavg_end: number };
  cases: Record<CaseKey, Metrics | null>;
  notes: Record<string, string>;
  scaling: Metrics | null;
  baselines: Record<BaselineKey, BaselineResult | null>;
  targets: TargetCheck[];
}

export function emptyCases(): Record<CaseKey, Metrics | null> {
  return Object.fromEntries(CASE_KEYS.map((k) => [k, null])) as Record<CaseKey, Metrics | null>;
}

export function emptyBaselines(): Record<BaselineKey, BaselineResult | null> {
  return Object.fromEntries(BASELINE_KEYS.map((k) => [k, null])) as Record<BaselineKey, BaselineResult | null>;
}

export function finalize(report: Omit<BenchReport, 'targets'>): BenchReport {
  return { ...report, targets: evaluateTargets(report.cases) };
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function brief(metrics: Metrics | null): string {
  if (metrics === null) return 'null';
  return Object.entries(metrics)
    .filter(([, v]) => typeof v === 'number')
    .map(([k, v]) => `${k}=${v as number}`)
    .join(' ');
}

export function renderReport(report: BenchReport): string {
  const out: string[] = [];
  const { env } = report;
  out.push(`Corral benchmark  node ${env.node}  ${env.cpus} CPUs (${env.cpu_model})  ${env.date}${env.quick ? '  [quick]' : ''}  ${env.duration_s}s  load ${env.loadavg_start} -> ${env.loadavg_end}`);
  out.push('');
  const byCase = new Map(report.targets.map((t) => [t.case, t]));
  out.push(
    table(
      ['case', 'result', 'target', 'actual', 'status'],
      CASE_KEYS.map((key) => {
        const t = byCase.get(key);
        return [key, brief(report.cases[key]), t?.target ?? '', t?.actual ?? '', t?.status ?? ''];
      }),
    ),
  );
  const burst = report.cases.concurrent_1000?.queued_10000;
  if (burst !== undefined) out.push('', `concurrent_1000.queued_10000: ${JSON.stringify(burst)}`);
  const neighbours = report.cases.neighbours;
  if (neighbours) out.push('', `neighbours.alone: ${JSON.stringify(neighbours.alone)}`, `neighbours.beside: ${JSON.stringify(neighbours.beside)}`);
  const notes = Object.entries(report.notes);
  if (notes.length > 0) out.push('', 'notes:', ...notes.map(([k, v]) => `  ${k}: ${v}`));

  const scaling = report.scaling;
  if (scaling !== null) {
    const plugins = (scaling.plugins as Metrics[] | undefined) ?? [];
    if (plugins.length > 0) {
      out.push('', 'scaling by plugin count (fresh process each; dispatch fan-out to all):');
      out.push(
        table(
          ['plugins', 'pool', 'load ms', 'rss warm MB', 'rss after MB', 'fanout p50 us', 'fanout p99 us'],
          plugins.map((p) => {
            const fan = p.fanout as { p50_us: number; p99_us: number } | null;
            return [String(p.plugins), String(p.pool_size), String(p.load_ms), String(p.rss_warm_mb), String(p.rss_after_fanouts_mb), String(fan?.p50_us ?? '-'), String(fan?.p99_us ?? '-')];
          }),
        ),
      );
    }
    const sizes = (scaling.input_size as Metrics[] | undefined) ?? [];
    if (sizes.length > 0) {
      out.push('', 'scaling by input size (engine.invoke echo vs floor, pool 1):');
      out.push(
        table(
          ['input', 'invoke p50 us', 'invoke p99 us', 'floor p50 us', 'floor p99 us', 'ratio p50'],
          sizes.map((s) => {
            const inv = s.invoke as { p50_us: number; p99_us: number };
            const fl = s.floor as { p50_us: number; p99_us: number };
            return [String(s.input), String(inv.p50_us), String(inv.p99_us), String(fl.p50_us), String(fl.p99_us), (inv.p50_us / fl.p50_us).toFixed(2)];
          }),
        ),
      );
    }
  }

  const baselineRows = BASELINE_KEYS.filter((k) => report.baselines[k] !== null).map((k) => {
    const b = report.baselines[k] as BaselineResult;
    return [k, String(b.warm_call.p50_us), String(b.warm_call.p99_us), String(b.cold_start.p50_ms), String(b.cpu_bound_ms), b.note ?? ''];
  });
  if (baselineRows.length > 0) {
    const c = report.cases;
    const corral = [
      'corral (engine)',
      String(c.invoke_warm?.p50_us ?? '-'),
      String(c.invoke_warm?.p99_us ?? '-'),
      String(c.cold_load?.p50_ms ?? '-'),
      String(c.cpu_overhead?.corral_ms ?? '-'),
      'engine.invoke via piscina worker (cases above)',
    ];
    out.push('', 'baselines (same workloads, same run):');
    out.push(table(['sandbox', 'warm p50 us', 'warm p99 us', 'cold p50 ms', 'cpu-bound ms', 'note'], [...baselineRows, corral]));
  }
  const misses = report.targets.filter((t) => t.status === 'MISS');
  out.push('', `targets: ${report.targets.filter((t) => t.status === 'PASS').length} PASS, ${misses.length} MISS, ${report.targets.filter((t) => t.status === 'n/a').length} n/a`);
  return out.join('\n');
}

export function writeReport(file: string, report: BenchReport): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
