/** Run a probe script in a fresh Node process (same binary and flags) and parse its JSON line. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ProbeRun<T> {
  result: T;
  /** Exit code, or the signal's name; a probe may print its result and then die on shutdown. */
  exit: number | string | null;
  /** Last stderr lines when the exit was not clean. */
  stderrTail: string;
}

export async function runProbeDetailed<T>(script: string, request: unknown): Promise<ProbeRun<T>> {
  const file = fileURLToPath(new URL(`../probes/${script}`, import.meta.url));
  const child = spawn(process.execPath, ['--no-node-snapshot', '--expose-gc', file, JSON.stringify(request)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  const exit = await new Promise<number | string | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? signal));
  });
  const line = stdout.trim().split('\n').pop() ?? '';
  if (line === '') throw new Error(`probe ${script} exited with ${exit} before printing a result: ${stderr.slice(-500)}`);
  return { result: JSON.parse(line) as T, exit, stderrTail: exit === 0 ? '' : stderr.trim().split('\n').slice(-3).join(' | ') };
}

/** Like runProbeDetailed, but any unclean exit is an error. */
export async function runProbe<T>(script: string, request: unknown): Promise<T> {
  const run = await runProbeDetailed<T>(script, request);
  if (run.exit !== 0) throw new Error(`probe ${script} exited with ${run.exit}: ${run.stderrTail}`);
  return run.result;
}
