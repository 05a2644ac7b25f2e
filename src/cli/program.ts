import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isCorralError } from '../errors.ts';
import { CORRAL_VERSION } from '../version.ts';
import { registerAdminCommands } from './commands/admin.ts';
import { registerAuthoringCommands } from './commands/authoring.ts';
import { registerDiagnoseCommand } from './commands/diagnose.ts';
import { registerPackagingCommands } from './commands/packaging.ts';
import { registerRunCommands } from './commands/run.ts';
import { registerSigningCommands } from './commands/signing.ts';
import { CliError } from './cli-error.ts';
import { positiveInt } from './engine-run.ts';
import { EXIT, EXIT_CODES_HELP, exitCodeForError } from './exit-codes.ts';
import { serve, type ServeFlags } from './serve.ts';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number between 0 and 65535 (0 picks a free port)');
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer number of milliseconds');
  return n;
}

/** Commander's "error: ...\n(Did you mean ...?)" as one line. */
function oneLine(message: string): string {
  return message.replace(/^error: /, '').trim().split(/\s*\n\s*/).join(' ');
}

export function buildProgram(): Command {
  const program = new Command('corral')
    .description('Run untrusted plugins in isolated-vm sandboxes on a worker pool.')
    .version(CORRAL_VERSION, '-V, --version', 'print the version')
    // Program options only before the command name: `corral approve x --version 1.2.0` is approve's flag.
    .enablePositionalOptions()
    // A usage error is one `corral: ...` line like every other error (docs/cli.md), not a help page.
    .configureOutput({ outputError: (message, write) => write(`corral: ${oneLine(message)} (see \`corral <command> --help\`)\n`) })
    .addHelpText('after', `\n${EXIT_CODES_HELP}`)
    .exitOverride();

  registerRunCommands(program);
  registerDiagnoseCommand(program);
  registerAuthoringCommands(program);
  registerPackagingCommands(program);
  registerSigningCommands(program);

  program
    .command('serve')
    .description('load a plugins folder and serve the diagnostics and admin API (Ctrl-C stops it)')
    .option('--plugins <dir>', 'folder whose sub-folders are plugins (or pluginsDir / plugins in the config file)')
    .option('--host <host>', 'interface to bind (default 127.0.0.1)')
    .option('--port <n>', 'port (default 0: a free port, printed on start-up)', port)
    .option('--data-dir <dir>', 'SQLite store folder (default .corral-data)')
    .option('--config <file>', 'YAML or JSON file: server settings and any createEngine option (see docs/cli.md); also CORRAL_CONFIG')
    .option('--log-level <level>', 'pino level for the JSON logs on stderr (default info; also CORRAL_LOG_LEVEL)')
    .option('--pool-size <n>', 'worker threads (default: available cores)', positiveInt)
    .addOption(new Option('--isolation <mode>', 'where plugins run: worker threads in this process, or a supervised child process').choices(['thread', 'process']))
    .option('--watch', 'reload plugins whose folders change')
    .option('--insecure-no-auth', 'development only: no API tokens at all (loopback binds only; also auth: none). Without tokens configured, serve otherwise generates an admin token in the data dir')
    .option('--drain-timeout <ms>', 'on SIGTERM/SIGINT, how long calls in flight get to finish before they are cut off (default 10000; also drainTimeoutMs, CORRAL_DRAIN_TIMEOUT_MS)', nonNegativeInt)
    .option('--check', 'validate the flags and the config file, print the settings serve would use, and exit')
    .action(async (flags: ServeFlags) => {
      await serve(flags);
    });

  registerAdminCommands(program);
  return program;
}

/**
 * Run the CLI; resolves to the exit code (see exit-codes.ts). Failures print one line on stderr.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    // A command may report failure without throwing (validate prints its report, then exits 1).
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    if (error instanceof CliError) {
      process.stderr.write(`corral: ${error.message}\n`);
      return error.exitCode;
    }
    if (isCorralError(error)) {
      process.stderr.write(`corral: ${error.message} [${error.code}]\n`);
      return exitCodeForError(error.code);
    }
    process.stderr.write(`corral: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.FAILURE;
  }
}
