import path from 'node:path';
import type { Command } from 'commander';
import { findAdminToken } from '../http/admin-token.ts';
import { isLoopback } from '../http/auth.ts';
import { loadServerConfig } from '../http/server-config.ts';
import { CliFailure, CliUsageError } from './cli-error.ts';
import { EXIT, exitCodeForHttpStatus, type ExitCode } from './exit-codes.ts';

/** Flags of every command that talks to a running `corral serve`. */
export interface ServerFlags {
  url?: string;
  token?: string;
  config?: string;
  dataDir?: string;
  json?: boolean;
}

/** A server to talk to, and where its URL came from (named in errors: "which server did it try?"). */
export interface ServerTarget {
  url: URL;
  source: string;
  token: string | undefined;
  /** Where the token came from, for error messages (never the token itself). */
  tokenSource: string | undefined;
}

/** The problem+json members the CLI reads. */
export interface Problem {
  type?: string;
  title?: string;
  detail?: string;
  code?: string;
  reason?: string;
}

/** The server answered with an HTTP error: one line, an exit code, and the answer for callers that look closer. */
export class HttpFailure extends CliFailure {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(message: string, exitCode: ExitCode, status: number, problem: Problem | undefined) {
    super(message, exitCode);
    this.name = 'HttpFailure';
    this.status = status;
    this.problem = problem;
  }

  /** A 503 for a plugin that did not run (disabled, quarantined, not loaded, overloaded): the plugin's failure, not the host's. */
  get pluginDidNotRun(): boolean {
    return this.status === 503 && /:(plugin-unavailable|overloaded)$/.test(this.problem?.type ?? '');
  }
}

const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export function addServerFlags(command: Command, json = "print the server's JSON answer instead of a line"): Command {
  return command
    .option('--url <url>', 'base URL printed by corral serve, e.g. http://127.0.0.1:8787 (default: CORRAL_URL, else derived from the config file)')
    .option('--token <token>', 'API token (default: CORRAL_TOKEN, else the admin token corral serve generated in its data dir, for a server on loopback)')
    .option('--config <file>', "the server's config file: its host and port give the URL, its dataDir the admin token (also CORRAL_CONFIG)")
    .option('--data-dir <dir>', "the server's data dir, whose admin-token file is the default token (default: the config file's dataDir, CORRAL_DATA_DIR, else .corral-data)")
    .option('--json', json);
}

/**
 * Which server: --url, else CORRAL_URL, else http://host:port of the config file's server settings
 * (--config or CORRAL_CONFIG, with the same CORRAL_HOST / CORRAL_PORT layering corral serve applies).
 * Which token: --token, else CORRAL_TOKEN, else — only for a server on loopback, so a local admin
 * token never travels to another machine — the admin-token file `corral serve` generated in the data
 * dir (--data-dir, else the config file's dataDir / CORRAL_DATA_DIR, else .corral-data here).
 */
export function resolveServer(flags: ServerFlags, env: Record<string, string | undefined> = process.env): ServerTarget {
  const file = flags.config ?? (env.CORRAL_CONFIG || undefined);
  const { url, source } = resolveUrl(flags, env, file);
  const given = flags.token ?? (env.CORRAL_TOKEN || undefined);
  if (given !== undefined) return { url, source, token: given, tokenSource: flags.token === undefined ? 'CORRAL_TOKEN' : '--token' };
  if (!isLoopback(url.hostname)) return { url, source, token: undefined, tokenSource: undefined };
  const dataDir = flags.dataDir ?? loadServerConfig({ ...(file === undefined ? {} : { file }), env }).dataDir;
  const found = findAdminToken(dataDir);
  return { url, source, token: found?.token, tokenSource: found === undefined ? undefined : shownPath(found.file) };
}

function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function resolveUrl(flags: ServerFlags, env: Record<string, string | undefined>, file: string | undefined): { url: URL; source: string } {
  if (flags.url !== undefined) return { url: parseUrl(flags.url, '--url'), source: '--url' };
  if (env.CORRAL_URL) return { url: parseUrl(env.CORRAL_URL, 'CORRAL_URL'), source: 'CORRAL_URL' };
  if (file === undefined) {
    throw new CliUsageError('which server? pass --url <url> (corral serve prints it), set CORRAL_URL, or point --config / CORRAL_CONFIG at its config file');
  }
  const config = loadServerConfig({ file, env });
  if (config.port === 0) {
    throw new CliUsageError(`${file}: port is 0 (corral serve picks a free port at start-up), so the URL cannot be derived from it: pass --url with the URL serve printed, or set CORRAL_URL`);
  }
  return { url: new URL(`http://${connectHost(config.host)}:${config.port}`), source: `config file ${file}` };
}

function parseUrl(raw: string, origin: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliUsageError(`${origin}: expected a URL such as http://127.0.0.1:8787, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliUsageError(`${origin}: expected an http:// or https:// URL, got "${raw}"`);
  return url;
}

/** A server bound to every interface is reached on loopback; IPv6 literals need brackets in a URL. */
function connectHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** JSON requests to the admin API; every HTTP error becomes one CliFailure line with its exit code. */
export class AdminClient {
  readonly #target: ServerTarget;

  constructor(target: ServerTarget) {
    this.#target = target;
  }

  static from(flags: ServerFlags): AdminClient {
    return new AdminClient(resolveServer(flags));
  }

  get url(): URL {
    return this.#target.url;
  }

  /** What a 401 adds: which token was sent, or how to send one. */
  #tokenHint(): string {
    if (this.#target.tokenSource !== undefined) return ` (token from ${this.#target.tokenSource})`;
    return ' (no token sent: pass --token or set CORRAL_TOKEN; for a server on this machine, --data-dir names the data dir holding its admin-token)';
  }

  async request<T>(method: 'GET' | 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown, timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS): Promise<T> {
    // Resolved against the base, keeping a base path (a server mounted under /corral/).
    const url = new URL(path.replace(/^\//, ''), this.#target.url.href.endsWith('/') ? this.#target.url : `${this.#target.url.href}/`);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.#target.token !== undefined) headers.authorization = `Bearer ${this.#target.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }), signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const cause = ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
      const from = this.#target.source === '--url' ? '' : ` (from ${this.#target.source})`;
      throw new CliFailure(`cannot reach ${url.origin}${from}: ${(error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : cause}`);
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!response.ok) throw problemFailure(method, url, response, parsed as Problem | undefined, response.status === 401 ? this.#tokenHint() : '');
    if (parsed === undefined || parsed === null) throw new CliFailure(`${method} ${url.href}: ${response.status} but the answer is not JSON (is this a corral server?)`);
    return parsed as T;
  }
}

/** `PUT http://.../enable: 404 Not Found: no plugin with id "x" is registered [CORRAL_ERR_UNKNOWN_PLUGIN]` */
function problemFailure(method: string, url: URL, response: Response, problem: Problem | undefined, hint: string): HttpFailure {
  const title = problem?.title ?? response.statusText;
  const detail = problem?.detail === undefined ? '' : `: ${problem.detail}`;
  const code = problem?.code === undefined ? '' : ` [${problem.code}]`;
  const failure = new HttpFailure(`${method} ${url.href}: ${response.status} ${title}${detail}${code}${hint}`, exitCodeForHttpStatus(response.status), response.status, problem);
  return failure.pluginDidNotRun ? new HttpFailure(failure.message, EXIT.PLUGIN_FAILED, response.status, problem) : failure;
}
