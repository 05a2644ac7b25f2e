import { EXIT, type ExitCode } from './exit-codes.ts';

/** A failure the CLI reports as one line on stderr (`corral: <message>`) and an exit code from EXIT. */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A mistake in how the CLI was called: exit code 2. */
export class CliUsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.USAGE);
    this.name = 'CliUsageError';
  }
}

/** The command ran but what it asked for failed (e.g. the server answered with an error): exit code 1 unless said otherwise. */
export class CliFailure extends CliError {
  constructor(message: string, exitCode: ExitCode = EXIT.FAILURE) {
    super(message, exitCode);
    this.name = 'CliFailure';
  }
}
