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
