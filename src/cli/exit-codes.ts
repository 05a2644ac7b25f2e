import type { ErrorCode } from '../errors.ts';

/**
 * Every exit status the CLI uses, in one place (documented in docs/cli.md, "Exit codes"). A script can
 * tell "the plugin failed" from "no such plugin" from "the server refused my token" without parsing
 * stderr. 0 means the thing asked for happened.
 */
export const EXIT = Object.freeze({
  /** Done as asked. */
  OK: 0,
  /** Host-side failure: engine or config error, server unreachable or 5xx; `validate`/`verify` found the plugin invalid. */
  FAILURE: 1,
  /** Bad flags, arguments or input (also a 400/413/415 from the server). */
  USAGE: 2,
  /** The plugin failed: its call ended `error` (including `unavailable`), every plugin of a dispatch failed, or its new version did not load. */
  PLUGIN_FAILED: 3,
  /** No such plugin, capability or command (also a 404 from the server). */
  NOT_FOUND: 4,
  /** The server refused the token: missing or unknown (401) or without the role (403). */
  AUTH: 5,
  /** The change was not applied in the plugin's current state (409), or a reload waits for approval. */
  CONFLICT: 6,
} as const);

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** For `corral --help`; docs/cli.md has the full table. */
export const EXIT_CODES_HELP =
  'Exit codes: 0 done, 1 host failure, 2 usage, 3 plugin failed, 4 not found, 5 token refused, 6 not applied in the current state (see docs/cli.md, "Exit codes").';

/** Host error codes that are not plain host failures. */
const BY_ERROR_CODE: Partial<Record<ErrorCode, ExitCode>> = {
  CORRAL_ERR_UNKNOWN_PLUGIN: EXIT.NOT_FOUND,
  CORRAL_ERR_UNKNOWN_CAPABILITY: EXIT.NOT_FOUND,
  CORRAL_ERR_UNKNOWN_COMMAND: EXIT.NOT_FOUND,
  CORRAL_ERR_INVALID_INPUT: EXIT.USAGE,
  CORRAL_ERR_PAYLOAD_TOO_LARGE: EXIT.USAGE,
  CORRAL_ERR_ILLEGAL_TRANSITION: EXIT.CONFLICT,
  CORRAL_ERR_NOT_PENDING: EXIT.CONFLICT,
};

export function exitCodeForError(code: ErrorCode): ExitCode {
  return BY_ERROR_CODE[code] ?? EXIT.FAILURE;
}

/** What an HTTP error status from `corral serve` means for the command that got it. */
export function exitCodeForHttpStatus(status: number): ExitCode {
  if (status === 401 || status === 403) return EXIT.AUTH;
  if (status === 404) return EXIT.NOT_FOUND;
  if (status === 409) return EXIT.CONFLICT;
  if (status === 400 || status === 413 || status === 415 || status === 422) return EXIT.USAGE;
  return EXIT.FAILURE;
}
