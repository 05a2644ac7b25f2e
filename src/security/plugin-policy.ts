/**
 * Host-side security decisions for one plugin package, applied on every load: the signature policy
 * (trusted keys, unsigned plugins refused when required) and the sandbox policy sent to workers
 * (code generation, per-call guards, network policy, decrypted secrets).
 */
import { CorralError } from '../errors.ts';
import type { PluginPackage } from '../manifest/plugin-package.ts';
import type { EngineLimits, SecurityOptions } from '../options.ts';
import type { SandboxPolicy } from '../protocol.ts';
import { verifyManifestSignature } from './manifest-signature.ts';
import { loadKeyring, resolveSecrets, type SecretKeyring } from './secrets.ts';

const MiB = 1024 * 1024;

/** Throws CORRAL_ERR_SIGNATURE when the manifest's signature is invalid, or missing/untrusted while required. */
export function enforceSignaturePolicy(pkg: PluginPackage, security: SecurityOptions | undefined): void {
  if (security === undefined) return;
  const manifest = pkg.rawManifest;
  let check;
  try {
    check = verifyManifestSignature(manifest, security.trustedKeys);
  } catch (error) {
    throw new CorralError('CORRAL_ERR_SIGNATURE', `${pkg.dir}: signature check failed: ${(error as Error).message}`);
  }
  if (check.status === 'invalid') throw new CorralError('CORRAL_ERR_SIGNATURE', `${pkg.dir}: ${check.reason}`);
  if (!security.requireSignatures || check.status === 'valid') return;
  throw new CorralError(
    'CORRAL_ERR_SIGNATURE',
    check.status === 'unsigned'
      ? `${pkg.dir}: plugin is unsigned and security.requireSignatures is on`
      : `${pkg.dir}: plugin is signed by key ${check.keyId}, which is not in security.trustedKeys`,
  );
}

const keyrings = new Map<string, SecretKeyring>();

function keyringFor(env: Record<string, string | undefined>, keyFile: string | undefined): SecretKeyring {
  const cacheKey = `${env.CORRAL_SECRETS_KEY ?? ''}\0${keyFile ?? ''}`;
  let keyring = keyrings.get(cacheKey);
  if (keyring === undefined) {
    keyring = loadKeyring(env, keyFile);
    keyrings.set(cacheKey, keyring);
  }
  return keyring;
}

export interface SandboxInputs {
  limits: EngineLimits;
  /** The plugin's effective output cap (manifest bounded by the host). */
  maxOutputBytes: number;
  memoryMb: number;
  security?: SecurityOptions;
  env?: Record<string, string | undefined>;
}

export function sandboxPolicy(pkg: PluginPackage, config: Record<string, unknown>, inputs: SandboxInputs): SandboxPolicy {
  const { manifest } = pkg;
  const { limits, security } = inputs;
  const secretKeys = manifest.secrets ?? [];
  const keyring = secretKeys.some((key) => typeof config[key] === 'string' && (config[key] as string).startsWith('enc:'))
    ? keyringFor(inputs.env ?? process.env, security?.secretsKeyFile)
    : [];
  let secrets: Record<string, string>;
  try {
    secrets = resolveSecrets(manifest.id, config, secretKeys, keyring);
  } catch (error) {
    throw new CorralError('CORRAL_ERR_SECRETS', `${pkg.dir}: ${(error as Error).message}`);
  }
  const override = security?.codeGenerationOverrides[manifest.id];
  return {
    codeGeneration: (override ?? security?.codeGeneration ?? 'allow') === 'allow',
    maxOutputBytes: inputs.maxOutputBytes,
    maxTimersPerCall: limits.maxTimersPerCall ?? 1000,
    maxHostCallsPerCall: limits.maxHostCallsPerCall ?? 10_000,
    maxFetchBytesPerCall: limits.maxFetchBytesPerCall ?? 10 * MiB,
    maxExternalBytes: inputs.memoryMb * MiB,
    secrets,
    network: manifest.permissions.includes('network')
      ? { allowedHosts: [...(manifest.allowedHosts ?? [])], allowPrivateHosts: [...(security?.allowPrivateNetwork ?? [])], timeoutMs: limits.fetchTimeoutMs ?? 10_000, maxRedirects: 5 }
      : null,
  };
}
