/**
 * Rewrites the README's benchmark section (between the `bench:begin` / `bench:end` markers) from
 * bench/results/latest.json, so the figures quoted there are always those of the last full run:
 *   npm run bench:readme
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../', import.meta.url);
const README = fileURLToPath(new URL('README.md', ROOT));
const RESULTS = fileURLToPath(new URL('bench/results/latest.json', ROOT));

type Json = Record<string, any>;

const fmt = (n: unknown, digits = 1) => (typeof n === 'number' ? n.toLocaleString('en-US', { maximumFractionDigits: digits }) : '–');

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function render(r: Json): string {
  const c = r.cases as Json;
  const e = r.env as Json;
  const targets = (r.targets ?? []) as Array<{ case: string; target: string; actual: string; status: string }>;
  const lines: string[] = [];
  lines.push(`Last full run: ${e.date?.slice(0, 10)} on ${e.cpus} CPUs (${e.cpu_model ?? 'unknown CPU'}), Node ${e.node}, load average ${fmt(e.loadavg_start, 2)} → ${fmt(e.loadavg_end, 2)}.`);
  lines.push('');
  lines.push(table(['target', 'goal', 'measured', ''], targets.map((t) => [`\`${t.case}\``, t.target, t.actual, t.status])));
  lines.push('');
  lines.push(
    table(
      ['case', 'p50', 'p99', 'notes'],
      [
        ['cold load (manifest → warm isolate)', `${fmt(c.cold_load?.p50_ms, 2)} ms`, `${fmt(c.cold_load?.p99_ms, 2)} ms`, 'into a running engine'],
        ['`engine.invoke`, warm', `${fmt(c.invoke_warm?.p50_us)} µs`, `${fmt(c.invoke_warm?.p99_us)} µs`, `floor (piscina + applySync): ${fmt(c.floor_invoke?.p50_us)} µs`],
        ['`engine.dispatch` to 10 plugins', `${fmt(c.fanout_10?.p50_us)} µs`, `${fmt(c.fanout_10?.p99_us)} µs`, ''],
        ['`engine.dispatch` to 50 plugins', `${fmt(c.fanout_50?.p50_us)} µs`, `${fmt(c.fanout_50?.p99_us)} µs`, ''],
        ['throughput (64 in flight)', `${fmt(c.throughput?.ops_per_s, 0)} calls/s`, '', `floor: ${fmt(c.floor_throughput?.ops_per_s, 0)} calls/s`],
        ['CPU-bound ~10 ms kernel', `${fmt(c.cpu_overhead?.corral_ms, 2)} ms`, '', `native ${fmt(c.cpu_overhead?.native_ms, 2)} ms (${fmt(c.cpu_overhead?.overhead_pct)} %)`],
        ['1000 calls in flight', `${fmt(c.concurrent_1000?.ok, 0)} ok`, `${fmt(c.concurrent_1000?.p99_ms)} ms`, `${fmt(c.concurrent_1000?.failed, 0)} failed; 10,000 with maxQueue ${fmt(c.concurrent_1000?.queued_10000?.max_queue, 0)}: ${fmt(c.concurrent_1000?.queued_10000?.ok, 0)} ok, ${fmt(c.concurrent_1000?.queued_10000?.overloaded, 0)} overloaded`],
        ['timeout overshoot (50 ms deadline)', `${fmt(c.timeout_precision?.overshoot_p50_ms, 2)} ms`, `${fmt(c.timeout_precision?.overshoot_p99_ms, 2)} ms`, ''],
        ['memory per warm plugin', `${fmt(c.memory_per_plugin?.mb)} MB`, '', 'RSS growth, 100 plugins, 1 worker'],
        ['health check', `${fmt(c.health_check?.p50_ms, 2)} ms`, `${fmt(c.health_check?.p99_ms, 2)} ms`, '`engine.checkHealth`'],
        ...Object.entries((c.translate_query?.adapters ?? {}) as Json).map(([id, a]: [string, Json]) => [`OData translation, ${id}`, `${fmt(a.p50_ms, 3)} ms`, `${fmt(a.p99_ms, 3)} ms`, '`translate-query` via `engine.invoke`']),
        ['OData translation, dispatch to every adapter', `${fmt(c.translate_query?.dispatch?.p50_ms, 3)} ms`, `${fmt(c.translate_query?.dispatch?.p99_ms, 3)} ms`, '`engine.dispatch(\'translate-query\')`'],
      ],
    ),
  );
  const n = c.neighbours as Json | undefined;
  if (n?.alone && n?.beside) {
    lines.push('');
    lines.push(`Healthy plugins beside hostile ones (\`neighbours\`: 15 healthy plugins, sync and async, ${fmt(n.in_flight, 0)} dispatches in flight, every plugin on the default limits and 1000 ms deadline; "beside" adds two \`for(;;){}\` spinners, first and last in the order, and a legal 300 ms busy-wait):`);
    lines.push('');
    lines.push(
      table(
        ['healthy calls', 'calls', 'failed', 'p50', 'p99', 'queue wait p99'],
        [
          ['alone', fmt(n.alone.healthy_calls, 0), fmt(n.alone.healthy_failed, 0), `${fmt(n.alone.p50_ms, 2)} ms`, `${fmt(n.alone.p99_ms, 2)} ms`, `${fmt(n.alone.queue_p99_ms, 2)} ms`],
          ['beside the spinners', fmt(n.beside.healthy_calls, 0), fmt(n.beside.healthy_failed, 0), `${fmt(n.beside.p50_ms, 2)} ms (${fmt(n.p50_ratio, 2)}×)`, `${fmt(n.beside.p99_ms, 2)} ms (${fmt(n.p99_ratio, 2)}×)`, `${fmt(n.beside.queue_p99_ms, 2)} ms`],
        ],
      ),
    );
  }
  const iso = { invoke: c.isolation_invoke_warm as Json | undefined, fanout: c.isolation_fanout_10 as Json | undefined, tput: c.isolation_throughput as Json | undefined, floor: c.floor_process_invoke as Json | undefined };
  if (iso.invoke && iso.fanout && iso.tput) {
    lines.push('');
    lines.push('What each isolation mode costs (`isolation` case, alternating rounds in one run; `process` is the default):');
    lines.push('');
    lines.push(
      table(
        ['', 'thread', 'process', 'process / thread', 'process floor'],
        [
          ['`engine.invoke`, warm, p50', `${fmt(iso.invoke.thread_p50_us)} µs`, `${fmt(iso.invoke.process_p50_us)} µs`, `${fmt(iso.invoke.process_over_thread, 2)}×`, `${fmt(iso.floor?.p50_us)} µs (bare IPC round trip ${fmt(iso.floor?.ipc_p50_us)} µs)`],
          ['`engine.dispatch` to 10 plugins, p50', `${fmt(iso.fanout.thread_p50_us)} µs`, `${fmt(iso.fanout.process_p50_us)} µs`, `${fmt(iso.fanout.process_over_thread, 2)}×`, ''],
          ['throughput (64 in flight)', `${fmt(iso.tput.thread_ops_per_s, 0)} calls/s`, `${fmt(iso.tput.process_ops_per_s, 0)} calls/s`, `${fmt(iso.tput.process_over_thread, 2)}×`, ''],
        ],
      ),
    );
  }
  const scaling = r.scaling as Json | undefined;
  if (scaling?.plugins) {
    lines.push('');
    lines.push('How the cost grows with the number of plugins (fresh process each, 2 workers: every plugin gets an isolate in each worker it runs on):');
    lines.push('');
    lines.push(
      table(
        ['plugins', 'load', 'RSS warm', 'RSS after fan-outs', 'fan-out p50', 'fan-out p99', 'failed calls: 3 warm-up fan-outs / timed ones'],
        (scaling.plugins as Json[]).map((p) => [String(p.plugins), `${fmt(p.load_ms, 0)} ms`, `${fmt(p.rss_warm_mb, 0)} MB`, `${fmt(p.rss_after_fanouts_mb, 0)} MB`, `${fmt(p.fanout?.p50_us / 1000, 2)} ms`, `${fmt(p.fanout?.p99_us / 1000, 2)} ms`, `${fmt(p.warm_failed, 0)}${p.warm_failed > 0 ? ` (${Object.entries(p.warm_errors ?? {}).map(([t, n]) => `${n} ${t}`).join(', ')})` : ''} / ${fmt(p.timed_failed, 0)}`]),
      ),
    );
  }
  if (scaling?.input_size) {
    lines.push('');
    lines.push('And with the input size (`engine.invoke` of an echo plugin vs the floor):');
    lines.push('');
    lines.push(
      table(
        ['input', 'invoke p50', 'invoke p99', 'floor p50', 'ratio'],
        (scaling.input_size as Json[]).map((s) => [s.input, `${fmt(s.invoke?.p50_us)} µs`, `${fmt(s.invoke?.p99_us)} µs`, `${fmt(s.floor?.p50_us)} µs`, `${fmt(s.invoke?.p50_us / s.floor?.p50_us, 2)}×`]),
      ),
    );
  }
  const baselines = r.baselines as Json | undefined;
  if (baselines) {
    lines.push('');
    lines.push('The same workload in the sandboxes people pick instead (same run):');
    lines.push('');
    lines.push(
      table(
        ['sandbox', 'warm call p50', 'cold start p50', 'CPU-bound kernel', 'notes'],
        [
          ...Object.entries(baselines).map(([name, b]) => [name, `${fmt((b as Json).warm_call?.p50_us)} µs`, `${fmt((b as Json).cold_start?.p50_ms, 2)} ms`, `${fmt((b as Json).cpu_bound_ms, 1)} ms`, String((b as Json).note ?? '')]),
          ['corral (engine)', `${fmt(c.invoke_warm?.p50_us)} µs`, `${fmt(c.cold_load?.p50_ms, 2)} ms`, `${fmt(c.cpu_overhead?.corral_ms, 1)} ms`, 'worker pool round trip, copies, deadlines, limits, metrics'],
        ],
      ),
    );
  }
  return lines.join('\n');
}

const results = JSON.parse(await readFile(RESULTS, 'utf8')) as Json;
const readme = await readFile(README, 'utf8');
const begin = '<!-- bench:begin -->';
const end = '<!-- bench:end -->';
const a = readme.indexOf(begin);
const b = readme.indexOf(end);
if (a < 0 || b < a) throw new Error(`README.md has no ${begin} … ${end} section`);
await writeFile(README, `${readme.slice(0, a + begin.length)}\n${render(results)}\n${readme.slice(b)}`);
process.stdout.write(`README.md benchmark section updated from ${RESULTS}\n`);
