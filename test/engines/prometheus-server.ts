/**
 * A real Prometheus for the PromQL adapter's tests: the dataset is written as OpenMetrics, backfilled
 * into a TSDB with `promtool tsdb create-blocks-from openmetrics`, and served by `prometheus` on
 * loopback with a free port. Missing binaries: prometheusAvailable() is false and the tests skip loudly.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../helpers.ts';

export const PROMETHEUS_SKIP = 'Prometheus is not installed (Debian package `prometheus`, which brings promtool; .ci/system-packages installs it as root): the tests on a real Prometheus are SKIPPED';

const which = (name: string) => {
  const found = spawnSync('which', [name], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
};

export function prometheusAvailable(): boolean {
  return which('prometheus') !== undefined && which('promtool') !== undefined;
}

export interface PromResponse {
  status: string;
  data: { resultType: string; result: Array<{ metric: Record<string, string>; value?: [number, string]; values?: Array<[number, string]> }> };
  error?: string;
}

export interface Prometheus {
  url: string;
  /** GET the HTTP API with these parameters, e.g. get('/api/v1/query', { query, time }). */
  get(endpoint: string, params: Record<string, string>): Promise<PromResponse>;
  stop(): Promise<void>;
}

export async function startPrometheus(openMetrics: string): Promise<Prometheus> {
  const prometheus = which('prometheus');
  const promtool = which('promtool');
  if (prometheus === undefined || promtool === undefined) throw new Error(PROMETHEUS_SKIP);
  const dir = mkdtempSync(path.join(tmpdir(), 'corral-prom-'));
  const data = path.join(dir, 'data');
  writeFileSync(path.join(dir, 'data.om'), openMetrics);
  writeFileSync(path.join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 15s\nscrape_configs: []\n');
  await promisify(execFile)(promtool, ['tsdb', 'create-blocks-from', 'openmetrics', path.join(dir, 'data.om'), data], { cwd: dir });
  const port = await freePort();
  const child: ChildProcess = spawn(
    prometheus,
    [`--config.file=${path.join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${data}`, '--storage.tsdb.retention.time=100y', `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) { await stop(); throw new Error(`prometheus exited with ${child.exitCode}: ${stderr}`); }
    const ready = await fetch(`${url}/-/ready`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) { await stop(); throw new Error(`prometheus was not ready within 30 s: ${stderr}`); }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async get(endpoint, params) {
      const response = await fetch(`${url}${endpoint}?${new URLSearchParams(params)}`);
      return (await response.json()) as PromResponse;
    },
    stop,
  };
}
