import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
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
