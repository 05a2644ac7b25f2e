import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const children: ChildProcess[] = [];

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Start a real `corral serve` process and resolve once it printed its URL. */
export async function startServe(args: string[], env: Record<string, string> = {}, options: { cwd?: string } = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['--no-node-snapshot', MAIN, 'serve', ...args], { env: { ...process.env, CORRAL_LOG_LEVEL: 'info', ...env }, ...(options.cwd === undefined ? {} : { cwd: options.cwd }) });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1] as string);
    });
    exit.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return { child, url, stdout: () => stdout, stderr: () => stderr, exit };
}

/** For afterEach: no serve process outlives its test. */
export function killServeProcesses(): void {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
}

/** The admin token `corral serve` generated in its data dir (no token configured). */
export async function adminToken(dataDir: string): Promise<string> {
  return (await readFile(path.join(dataDir, 'admin-token'), 'utf8')).trim();
}
