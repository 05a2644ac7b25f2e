import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { CorralError } from '../errors.ts';

/** Where `corral serve` keeps the admin token it generates when no token is configured. */
export const ADMIN_TOKEN_FILE = 'admin-token';

const TOKEN_SHAPE = /^corral_[A-Za-z0-9_-]{43}$/;

export function adminTokenPath(dataDir: string): string {
  return path.join(path.resolve(dataDir), ADMIN_TOKEN_FILE);
}

export interface AdminToken {
  token: string;
  file: string;
  /** Written by this call (first start), rather than read from an earlier one. */
  created: boolean;
}

/**
 * The admin token of the server using `dataDir`: read it, or on first start write a new one (256
 * random bits, mode 0600, created exclusively so two writers cannot both win). A file other users
 * can read is refused rather than trusted: they may have copied it.
 */
export function ensureAdminToken(dataDir: string): AdminToken {
  const file = adminTokenPath(dataDir);
  const token = `corral_${randomBytes(32).toString('base64url')}`;
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { token: readAdminTokenFile(file), file, created: false };
    throw new CorralError('CORRAL_ERR_ADMIN_TOKEN', `cannot create the admin token file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
  try {
    writeSync(fd, `${token}\n`);
  } finally {
    closeSync(fd);
  }
  return { token, file, created: true };
}

/** The token in `file`; throws CORRAL_ERR_ADMIN_TOKEN when it is unreadable, malformed or readable by others. */
export function readAdminTokenFile(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new CorralError('CORRAL_ERR_ADMIN_TOKEN', `cannot read the admin token file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
  try {
    const mode = fstatSync(fd).mode;
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      throw new CorralError(
        'CORRAL_ERR_ADMIN_TOKEN',
        `${file} can be read by other users (mode ${(mode & 0o777).toString(8)}): run "chmod 600 ${file}", or delete it to have a new token generated at the next start`,
      );
    }
    const token = readFileSync(fd, 'utf8').trim();
    if (!TOKEN_SHAPE.test(token)) {
      throw new CorralError('CORRAL_ERR_ADMIN_TOKEN', `${file} does not hold a token corral serve wrote: delete it to have a new one generated at the next start`);
    }
    return token;
  } finally {
    closeSync(fd);
  }
}

/** For clients: the token of the server using `dataDir`, or undefined when it has none there. */
export function findAdminToken(dataDir: string): { token: string; file: string } | undefined {
  const file = adminTokenPath(dataDir);
  try {
    return { token: readAdminTokenFile(file), file };
  } catch (error) {
    if (((error as CorralError).cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return undefined;
    throw error;
  }
}
