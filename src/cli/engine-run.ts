import { InvalidArgumentError, type Command } from 'commander';
import { createEngine, type Engine } from '../engine/engine.ts';
import type { EngineOptions } from '../options.ts';
import type { Outcome } from '../outcome.ts';
import { CliFailure } from './cli-error.ts';
import { EXIT } from './exit-codes.ts';

/** Flags every command that runs plugins in this process takes (see addEngineFlags). */
export interface EngineFlags {
  timeout?: number;
  poolSize?: number;
  logLevel?: string;
  compact?: boolean;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

export function addEngineFlags(command: Command): Command {
  return command
    .option('--timeout <ms>', 'per-call deadline in milliseconds', positiveInt)
    .option('--pool-size <n>', 'worker threads (default: available cores)', positiveInt)
    .option('--log-level <level>', "pino level of the engine's logs on stderr (default error; also CORRAL_LOG_LEVEL)")
    .option('--compact', 'print JSON on one line');
}

export function printJson(value: unknown, pretty: boolean, out: NodeJS.WritableStream = process.stdout): void {
  out.write(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
}

/**
 * A short-lived engine for one command. Its logs default to `error`: a failed call is already in the
 * printed outcome and in the command's own stderr line, so the engine's warning about it is noise.
 */
export async function withEngine<T>(options: EngineOptions, flags: EngineFlags, body: (engine: Engine) => Promise<T>): Promise<T> {
  const env = { ...process.env, CORRAL_LOG_LEVEL: flags.logLevel ?? process.env.CORRAL_LOG_LEVEL ?? 'error' };
  const engine = await createEngine({ ...options, env, ...(flags.poolSize ? { poolSize: flags.poolSize } : {}) });
  try {
    return await body(engine);
  } finally {
    await engine.close();
  }
}

export function callOptions(flags: EngineFlags): { timeoutMs?: number } {
  return flags.timeout ? { timeoutMs: flags.timeout } : {};
}

/** The one stderr line for a call that ended `error`: which plugin, what it was asked, the type and why. */
export function failedCallMessage(outcome: Extract<Outcome, { status: 'error' }>, what: string): string {
  const reason = outcome.error.reason === undefined ? '' : ` (${outcome.error.reason})`;
  return `${outcome.pluginId}: ${what} failed: ${outcome.error.type}${reason}: ${outcome.error.message}`;
}

/** An outcome `error` makes the command fail with EXIT.PLUGIN_FAILED (after its JSON was printed). */
export function assertOk(outcome: Outcome, what: string): void {
  if (outcome.status === 'error') throw new CliFailure(failedCallMessage(outcome, what), EXIT.PLUGIN_FAILED);
}
