/**
 * Ed25519 signatures over a plugin's canonical manifest. The signed bytes are the canonical JSON of
 * plugin.json as written (every field except `signature`), so they include `integrity` (the sha256 of
 * the main module): a valid signature vouches for the manifest and, through integrity, for the code.
 *
 * Signature format in plugin.json: `"signature": "ed25519:<keyId>:<base64 signature>"`, where keyId is
 * the first 16 hex digits of the sha256 of the public key's SPKI DER encoding.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { CorralError } from '../errors.ts';
import { canonicalJson } from './canonical-json.ts';

const SIGNATURE_PATTERN = /^ed25519:([0-9a-f]{16}):([A-Za-z0-9+/]+={0,2})$/;
/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface SigningKeyPair {
  /** PEM (SPKI) public key: goes into the host's trust store (`security.trustedKeys`). */
  publicKey: string;
  /** PEM (PKCS#8) private key: stays with the plugin author's build tooling. */
  privateKey: string;
  keyId: string;
}

export type SignatureCheck =
  | { status: 'valid'; keyId: string }
  | { status: 'unsigned' }
  | { status: 'untrusted'; keyId: string }
  | { status: 'invalid'; reason: string };

/** The exact bytes that are signed: canonical JSON of the manifest without its `signature`. */
export function canonicalManifest(manifest: Record<string, unknown>): string {
  const { signature: _ignored, ...rest } = manifest;
  return canonicalJson(rest);
}

/** Parse a public key given as PEM, base64 SPKI DER or base64 of the raw 32 bytes. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  if (trimmed.startsWith('-----BEGIN')) key = createPublicKey(trimmed);
  else {
    const der = Buffer.from(trimmed, 'base64');
    key = createPublicKey({ key: der.length === 32 ? Buffer.concat([ED25519_SPKI_PREFIX, der]) : der, format: 'der', type: 'spki' });
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new CorralError('CORRAL_ERR_SIGNATURE', `trusted key is ${key.asymmetricKeyType}, not ed25519`);
  return key;
}

export function keyIdOf(publicKey: KeyObject | string): string {
  const key = typeof publicKey === 'string' ? parsePublicKey(publicKey) : publicKey;
  return createHash('sha256').update(key.export({ format: 'der', type: 'spki' })).digest('hex').slice(0, 16);
}

export function generateSigningKeys(): SigningKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    keyId: keyIdOf(publicKey),
  };
}

/** Sign a manifest (the parsed plugin.json). It must pin `integrity`, or the signature would not cover the code. */
export function signManifest(manifest: Record<string, unknown>, privateKeyPem: string): string {
  if (typeof manifest.integrity !== 'string') {
    throw new CorralError('CORRAL_ERR_SIGNATURE', 'sign a manifest only after setting "integrity" (sha256 of main); otherwise the signature does not cover the code');
  }
  const privateKey = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new CorralError('CORRAL_ERR_SIGNATURE', `signing key is ${privateKey.asymmetricKeyType}, not ed25519`);
  const signature = sign(null, Buffer.from(canonicalManifest(manifest)), privateKey);
  return `ed25519:${keyIdOf(createPublicKey(privateKey))}:${signature.toString('base64')}`;
}

/** Check a manifest's signature against trusted public keys (PEM or base64). Never throws for bad input. */
export function verifyManifestSignature(manifest: Record<string, unknown>, trustedKeys: readonly string[]): SignatureCheck {
  const signature = manifest.signature;
  if (signature === undefined) return { status: 'unsigned' };
  if (typeof signature !== 'string') return { status: 'invalid', reason: 'signature must be a string' };
  const match = SIGNATURE_PATTERN.exec(signature);
  if (match === null) return { status: 'invalid', reason: 'signature is not of the form "ed25519:<keyId>:<base64>"' };
  const keyId = match[1] as string;
  if (typeof manifest.integrity !== 'string') return { status: 'invalid', reason: 'a signed manifest must pin "integrity"' };
  const key = trustedKeys.map((text) => parsePublicKey(text)).find((candidate) => keyIdOf(candidate) === keyId);
  if (key === undefined) return { status: 'untrusted', keyId };
  const ok = verify(null, Buffer.from(canonicalManifest(manifest)), key, Buffer.from(match[2] as string, 'base64'));
  return ok ? { status: 'valid', keyId } : { status: 'invalid', reason: `signature by key ${keyId} does not match the manifest (tampered or re-formatted after signing?)` };
}
