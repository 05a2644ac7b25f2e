import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createEngine, type Engine } from '../engine/engine.ts';
import { isCorralError } from '../errors.ts';
import type { EngineOptions } from '../options.ts';
import { registerAuthoringCommands } from './commands/authoring.ts';
import { registerPackagingCommands } from './commands/packaging.ts';
import { registerSigningCommands } from './commands/signing.ts';
import { CliFailure, CliUsageError } from './cli-error.ts';
import { readJsonInput } from './read-input.ts';
import { serve, type ServeFlags } from './serve.ts';
import { status, type StatusFlags } from './status.ts';

interface EngineFlags {
  timeout?: number;
  poolSize?: number;
  logLevel?: string;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number between 0 and 65535 (0 picks a free port)');
  return n;
}

function print(value: unknown, pretty: boolean): void {
  process.stdout.write(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
}

async function withEngine<T>(options: EngineOptions, flags: EngineFlags, body: (engine: Engine) => Promise<T>): Promise<T> {
  const env = { ...process.env, CORRAL_LOG_LEVEL: flags.logLevel ?? process.env.CORRAL_LOG_LEVEL ?? 'warn' };
  const engine = await createEngine({ ...options, env, ...(flags.poolSize ? { poolSize: flags.poolSize } : {}) });
  try {
    return await body(engine);
  } finally {
    await engine.close();
  }
}

function addEngineFlags(command: Command): Command {
  return command
    .option('--timeout <ms>', 'per-call deadline in milliseconds', positiveInt)
    .option('--pool-size <n>', 'worker threads (default: available cores)', positiveInt)
    .option('--log-level <level>', 'pino level for logs on stderr', 'warn')
    .option('--compact', 'print JSON on one line');
}

export function buildProgram(): Command {
  const program = new Command('corral')
    .description('Run untrusted plugins in isolated-vm sandboxes on a worker pool.')
    .showHelpAfterError()
    .exitOverride();

  addEngineFlags(
    program
      .command('dispatch')
      .description('fan a capability out to every plugin declaring it and print the dispatch result as JSON')
      .argument('<capability>', 'capability name, e.g. classify')
      .requiredOption('--plugins <dir>', 'folder whose sub-folders are plugins')
      .requiredOption('--input <json|@file|->', 'input as inline JSON, @file.json, or - for stdin'),
  ).action(async (capability: string, flags: EngineFlags & { plugins: string; input: string; compact?: boolean }) => {
    const input = await readJsonInput(flags.input);
    const result = await withEngine({ pluginsDir: flags.plugins }, flags, (engine) =>
      engine.dispatch(capability, input, flags.timeout ? { timeoutMs: flags.timeout } : {}),
    );
    print(result, !flags.compact);
  });

  addEngineFlags(
    program
      .command('invoke')
      .description('run one capability of one plugin folder and print the outcome as JSON')
      .argument('<dir>', 'plugin folder (holding plugin.json)')
      .argument('<capability>', 'capability name')
      .requiredOption('--input <json|@file|->', 'input as inline JSON, @file.json, or - for stdin'),
  ).action(async (dir: string, capability: string, flags: EngineFlags & { input: string; compact?: boolean }) => {
    const input = await readJsonInput(flags.input);
    const outcome = await withEngine({ plugins: [dir] }, flags, async (engine) => {
      const [status] = engine.plugins();
      if (status === undefined) throw new CliUsageError(`${dir}: no plugin found`);
      return engine.invoke(status.id, capability, input, flags.timeout ? { timeoutMs: flags.timeout } : {});
    });
    print(outcome, !flags.compact);
  });

  registerAuthoringCommands(program);
  registerPackagingCommands(program);
  registerSigningCommands(program);

  program
    .command('serve')
    .description('load a plugins folder and serve the diagnostics and admin API (Ctrl-C stops it)')
    .option('--plugins <dir>', 'folder whose sub-folders are plugins (or pluginsDir / plugins in the config file)')
    .option('--host <host>', 'interface to bind (default 127.0.0.1; others need CORRAL_API_TOKENS)')
    .option('--port <n>', 'port (default 0: a free port, printed on start-up)', port)
    .option('--data-dir <dir>', 'SQLite store folder (default .corral-data)')
    .option('--config <file>', 'YAML or JSON file: server settings and any createEngine option (see docs/cli.md); also CORRAL_CONFIG')
    .option('--log-level <level>', 'pino level for the JSON logs on stderr (default info; also CORRAL_LOG_LEVEL)')
    .option('--pool-size <n>', 'worker threads (default: available cores)', positiveInt)
    .addOption(new Option('--isolation <mode>', 'where plugins run: worker threads in this process, or a supervised child process').choices(['thread', 'process']))
    .option('--watch', 'reload plugins whose folders change')
    .option('--check', 'validate the flags and the config file, print the settings serve would use, and exit')
    .action(async (flags: ServeFlags) => {
      await serve(flags);
    });

  program
    .command('status')
    .description('print the plugin status table of a running `corral serve`')
    .requiredOption('--url <url>', 'base URL printed by corral serve, e.g. http://127.0.0.1:8787')
    .option('--token <token>', 'API token (default: CORRAL_TOKEN)')
    .option('--json', 'print the raw JSON instead of a table')
    .action(async (flags: StatusFlags) => {
      await status(flags);
    });

  return program;
}

/** Run the CLI; resolves to the exit code. Host errors print one line on stderr. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    // A command may report failure without throwing (validate prints its report, then exits 1).
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliFailure) {
      process.stderr.write(`corral: ${error.message}\n`);
      return 1;
    }
    if (error instanceof CliUsageError) {
      process.stderr.write(`corral: ${error.message}\n`);
      return 2;
    }
    if (isCorralError(error)) {
      process.stderr.write(`corral: ${error.message} [${error.code}]\n`);
      return 1;
    }
    process.stderr.write(`corral: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
