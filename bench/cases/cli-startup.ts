/**
 * cli_startup: the published CLI as a user runs it, from a project with the packed tarball installed
 * (test/package/installed-package.ts): `npx corral --version` (npm's npx plus our bin), the bin
 * alone, and a whole `corral invoke` (start an engine and its pool child, load one plugin, call it,
 * close). Wall time of each child process, sequential.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BenchCase } from '../lib/case.ts';
import { round, summarize } from '../lib/stats.ts';
import { installedPackage } from '../../test/package/installed-package.ts';

const run = promisify(execFile);

async function timed(file: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }, n: number): Promise<{ p50_ms: number; p99_ms: number; n: number }> {
  const samples: number[] = [];
  for (let i = 0; i < n + 1; i++) {
    const start = performance.now();
    const { stderr } = await run(file, args, options);
    if (stderr !== '') throw new Error(`${file} ${args.join(' ')} printed on stderr: ${stderr}`);
    if (i > 0) samples.push(performance.now() - start); // the first run warms the disk cache
  }
  const s = summarize(samples);
  return { p50_ms: round(s.p50, 1), p99_ms: round(s.p99, 1), n: s.n };
}

export const cliStartupCase: BenchCase = {
  name: 'cli',
  async run(ctx) {
    ctx.progress('cli: packing and installing the tarball into a fresh project');
    const pkg = await installedPackage(24);
    const options = { cwd: pkg.dir, env: { ...pkg.env, CORRAL_LOG_LEVEL: 'silent' } };
    const n = ctx.pick(30, 10);
    ctx.progress(`cli: ${n} x npx corral --version, corral --version, corral invoke`);
    const npx = await timed('npx', ['corral', '--version'], options, n);
    const bin = await timed(`${pkg.dir}/node_modules/.bin/corral`, ['--version'], options, n);
    const nodeAlone = await timed(pkg.node, ['-e', '0'], options, n);
    const invoke = await timed(`${pkg.dir}/node_modules/.bin/corral`, ['invoke', 'plugins/word-classifier', 'classify', '--input', '{"text":"a fine day"}', '--compact'], options, ctx.pick(10, 3));
    return {
      cases: { cli_startup: { npx_version_p50_ms: npx.p50_ms, npx_version_p99_ms: npx.p99_ms, bin_version_p50_ms: bin.p50_ms, node_e_p50_ms: nodeAlone.p50_ms, invoke_p50_ms: invoke.p50_ms, invoke_p99_ms: invoke.p99_ms, n } },
      notes: { cli_startup: 'wall time per child process from an installed tarball: npx corral --version; node_modules/.bin/corral --version; node -e 0 (the floor); corral invoke of one plugin (engine start to close)' },
    };
  },
};
