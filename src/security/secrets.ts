/**
 * Secret config values, encrypted at rest with AES-256-GCM. A config key listed in the manifest's
 * `secrets` may hold either plaintext or an encrypted value
 *
 *   enc:v1:<keyId>:<base64(iv[12] | ciphertext | tag[16])>
 *
 * bound (as additional authenticated data) to the plugin id and the config key, so a ciphertext cannot
 * be moved to another plugin or field. Keys come from CORRAL_SECRETS_KEY or a key file: `id:base64`
 * entries (32-byte keys), comma- or newline-separated; the first is current (used to encrypt), the
 * others still decrypt — rotation is: add the new key first, re-encrypt with rotateSecret, drop the old.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CorralError } from '../errors.ts';
import { MIN_SECRET_LENGTH, REDACTION_MARK } from './redaction.ts';

const PREFIX = 'enc:v1:';
const ENCRYPTED_PATTERN = /^enc:v1:([A-Za-z0-9_-]{1,64}):([A-Za-z0-9+/]+={0,2})$/;

export interface SecretKey {
  id: string;
  key: Buffer;
}

/** Ordered keys: the first encrypts, all decrypt. */
export type SecretKeyring = readonly SecretKey[];

export interface SecretBinding {
  pluginId: string;
  configKey: string;
}

export const REDACTED = REDACTION_MARK;

export function isEncryptedSecret(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export function parseKeyring(text: string): SecretKey[] {
  const keys: SecretKey[] = [];
  for (const entry of text.split(/[\n,]/).map((e) => e.trim()).filter((e) => e.length > 0 && !e.startsWith('#'))) {
    const colon = entry.indexOf(':');
    if (colon <= 0) throw new CorralError('CORRAL_ERR_SECRETS', 'secret keys must be written "id:base64key"');
    const id = entry.slice(0, colon);
    const key = Buffer.from(entry.slice(colon + 1), 'base64');
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new CorralError('CORRAL_ERR_SECRETS', `secret key id "${id.slice(0, 64)}" must be letters, digits, _ or -`);
    if (key.length !== 32) throw new CorralError('CORRAL_ERR_SECRETS', `secret key "${id}" must be 32 bytes (base64), got ${key.length}`);
    keys.push({ id, key });
  }
  return keys;
}

/** CORRAL_SECRETS_KEY wins over the key file; an absent source gives an empty keyring. */
export function loadKeyring(env: Record<string, string | undefined>, keyFile?: string): SecretKeyring {
  const fromEnv = env.CORRAL_SECRETS_KEY;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return parseKeyring(fromEnv);
  if (keyFile === undefined) return [];
  let text: string;
  try {
    text = readFileSync(keyFile, 'utf8');
  } catch (error) {
    throw new CorralError('CORRAL_ERR_SECRETS', `cannot read the secrets key file ${keyFile}: ${(error as Error).message}`);
  }
  return parseKeyring(text);
}

/** A fresh random key entry, ready for CORRAL_SECRETS_KEY or a key file. */
export function generateSecretKey(id: string): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}

function aad(binding: SecretBinding): Buffer {
  return Buffer.from(`corral-secret:v1:${binding.pluginId}:${binding.configKey}`);
}

export function encryptSecret(plaintext: string, keyring: SecretKeyring, binding: SecretBinding): string {
  const current = keyring[0];
  if (current === undefined) throw new CorralError('CORRAL_ERR_SECRETS', 'no secret key configured (set CORRAL_SECRETS_KEY or security.secretsKeyFile)');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', current.key, iv);
  cipher.setAAD(aad(binding));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${PREFIX}${current.id}:${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64')}`;
}

export function decryptSecret(value: string, keyring: SecretKeyring, binding: SecretBinding): string {
  const match = ENCRYPTED_PATTERN.exec(value);
  const where = `secret "${binding.configKey}" of plugin "${binding.pluginId}"`;
  if (match === null) throw new CorralError('CORRAL_ERR_SECRETS', `${where} is not a valid "enc:v1:<keyId>:<base64>" value`);
  const entry = keyring.find((k) => k.id === match[1]);
  if (entry === undefined) throw new CorralError('CORRAL_ERR_SECRETS', `${where} is encrypted with key "${match[1]}", which is not configured`);
  const raw = Buffer.from(match[2] as string, 'base64');
  if (raw.length < 12 + 16) throw new CorralError('CORRAL_ERR_SECRETS', `${where} is truncated`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', entry.key, raw.subarray(0, 12));
    decipher.setAAD(aad(binding));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    throw new CorralError('CORRAL_ERR_SECRETS', `${where} cannot be decrypted with key "${entry.id}" (wrong key, or tampered)`);
  }
}

/** Re-encrypt with the current key (decrypting with whichever key the value names). */
export function rotateSecret(value: string, keyring: SecretKeyring, binding: SecretBinding): string {
  return encryptSecret(decryptSecret(value, keyring, binding), keyring, binding);
}

/**
 * The plaintext of every secret config key (decrypting `enc:` values). Throws CORRAL_ERR_SECRETS when
 * a value cannot be decrypted. Non-string secret values are refused: secrets are strings. So are
 * secrets shorter than MIN_SECRET_LENGTH (an empty one too): redaction could not find a 3-digit PIN
 * without also blanking every "123" in a log line, so such a value would leak; the message names the
 * key, never the value.
 */
export function resolveSecrets(pluginId: string, config: Record<string, unknown>, secretKeys: readonly string[], keyring: SecretKeyring): Record<string, string> {
  const out: Record<string, string> = {};
  for (const configKey of secretKeys) {
    const value = config[configKey];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new CorralError('CORRAL_ERR_SECRETS', `secret "${configKey}" of plugin "${pluginId}" must be a string`);
    const plaintext = isEncryptedSecret(value) ? decryptSecret(value, keyring, { pluginId, configKey }) : value;
    if (plaintext.length < MIN_SECRET_LENGTH) {
      const what = plaintext.length === 0 ? 'is empty' : `is ${plaintext.length} character${plaintext.length === 1 ? '' : 's'} long`;
      throw new CorralError(
        'CORRAL_ERR_SECRETS',
        `secret "${configKey}" of plugin "${pluginId}" ${what}; secrets must be at least ${MIN_SECRET_LENGTH} characters, or they cannot be redacted from what the plugin logs and returns (a value that is not secret does not belong in "secrets")`,
      );
    }
    out[configKey] = plaintext;
  }
  return out;
}

/** A copy of config safe to show (API responses, logs): secret keys replaced by "[redacted]". */
export function redactConfig(config: Record<string, unknown>, secretKeys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...config };
  for (const key of secretKeys) if (key in out) out[key] = REDACTED;
  return out;
}
