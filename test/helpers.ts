import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino, { type Logger } from 'pino';
import { Writable } from 'node:stream';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const EXAMPLE_PLUGINS = fileURLToPath(new URL('../plugins/', import.meta.url));

/** A real pino logger writing JSON lines into memory, so tests can assert on log events. */
export function captureLogger(level = 'debug'): { logger: Logger; lines: () => Array<Record<string, unknown>> } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  const logger = pino({ level }, sink);
  return {
    logger,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/**
 * From now on every pool child dies before it is ready (Node cannot preload this module), as when the
 * environment is broken. Returns the undo, safe to call more than once.
 */
export function breakPoolChildStarts(): () => void {
  const saved = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${saved ?? ''} --require=/nonexistent/corral-broken-preload.cjs`;
  return () => {
    if (saved === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = saved;
  };
}

export async function tempDir(prefix = 'corral-test-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** Write a real plugin folder (manifest + main module) under `root`; returns its folder. */
export async function writePlugin(
  root: string,
  manifest: { id: string; version?: string; capabilities?: string[]; permissions?: string[]; [key: string]: unknown },
  source: string,
): Promise<string> {
  const dir = path.join(root, manifest.id);
  await mkdir(dir, { recursive: true });
  const full = { name: manifest.id, version: '1.0.0', main: 'index.js', capabilities: ['classify'], ...manifest };
  await writeFile(path.join(dir, 'plugin.json'), JSON.stringify(full, null, 2));
  await writeFile(path.join(dir, 'index.js'), source);
  return dir;
}

const CLI_MAIN = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the real `corral` CLI in a child process. By default node starts *without* --no-node-snapshot,
 * so every run also exercises the CLI's re-exec with the flag.
 */
export async function runCorral(args: readonly string[], options: { cwd?: string; env?: Record<string, string | undefined>; nodeArgs?: string[] } = {}): Promise<CliRun> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...(options.nodeArgs ?? []), CLI_MAIN, ...args],
      { cwd: options.cwd, env: { ...process.env, CORRAL_LOG_LEVEL: 'silent', ...options.env } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : 1;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** A TCP port free right now on loopback (for a child process that must be told its port up front). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
