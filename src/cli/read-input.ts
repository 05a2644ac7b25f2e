import { readFile } from 'node:fs/promises';
import { CliUsageError } from './cli-error.ts';

/** `--input` takes inline JSON, `@path/to/file.json`, or `-` for standard input. */
export async function readJsonInput(raw: string): Promise<unknown> {
  let text = raw;
  let origin = '--input';
  if (raw === '-') {
    text = await readStdin();
    origin = '--input (stdin)';
  } else if (raw.startsWith('@')) {
    const file = raw.slice(1);
    origin = `--input file ${file}`;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new CliUsageError(`${origin}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(`${origin}: not valid JSON (${(error as Error).message})`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
