import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { CorralError } from '../../errors.ts';
import { readPluginPackage } from '../../manifest/plugin-package.ts';
import { generateSigningKeys, signManifest, verifyManifestSignature } from '../../security/manifest-signature.ts';

/** `--trust` takes public key files or folders of `*.pub` files, repeatable. */
export async function readTrustedKeys(paths: readonly string[]): Promise<string[]> {
  const keys: string[] = [];
  for (const entry of paths) {
    const info = await stat(entry).catch(() => undefined);
    if (info === undefined) throw new CorralError('CORRAL_ERR_SIGNATURE', `--trust ${entry}: no such file or folder`);
    const files = info.isDirectory() ? (await readdir(entry)).filter((f) => f.endsWith('.pub')).map((f) => path.join(entry, f)) : [entry];
    for (const file of files) keys.push(await readFile(file, 'utf8'));
  }
  return keys;
}

/** commander option parser for repeatable options (`--trust a --trust b`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Verify a plugin folder's integrity and signature against trusted keys; throws with the reason. */
export async function verifyPluginFolder(dir: string, trustedKeys: readonly string[]): Promise<{ id: string; version: string; keyId: string }> {
  const pkg = await readPluginPackage(path.resolve(dir));
  const check = verifyManifestSignature(pkg.rawManifest, trustedKeys);
  if (check.status !== 'valid') {
    const why = check.status === 'unsigned' ? 'it is not signed' : check.status === 'untrusted' ? `key ${check.keyId} is not trusted` : check.reason;
    throw new CorralError('CORRAL_ERR_SIGNATURE', `${pkg.manifest.id} ${pkg.manifest.version}: signature check failed: ${why}`);
  }
  return { id: pkg.manifest.id, version: pkg.manifest.version, keyId: check.keyId };
}

/** `corral keygen`, `corral sign`, `corral verify`: Ed25519 signatures over the canonical manifest. */
export function registerSigningCommands(program: Command): void {
  program
    .command('keygen')
    .description('create an Ed25519 signing key pair: <name>.key (private, keep it secret) and <name>.pub (for hosts\' trust stores)')
    .option('--out <name>', 'file name prefix', 'corral-signing')
    .action(async (flags: { out: string }) => {
      const keys = generateSigningKeys();
      await writeFile(`${flags.out}.key`, keys.privateKey, { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
        throw new CorralError('CORRAL_ERR_SIGNATURE', error.code === 'EEXIST' ? `${flags.out}.key exists; refusing to overwrite a private key` : error.message);
      });
      await writeFile(`${flags.out}.pub`, keys.publicKey);
      process.stdout.write(`wrote ${flags.out}.key and ${flags.out}.pub (key id ${keys.keyId})\n`);
    });

  program
    .command('sign')
    .description('sign the plugin\'s manifest (including its integrity, so the code too) with a private key')
    .argument('[dir]', 'plugin folder', '.')
    .requiredOption('--key <file>', 'private key written by corral keygen')
    .action(async (dir: string, flags: { key: string }) => {
      const pkg = await readPluginPackage(path.resolve(dir)); // checks integrity matches main first
      const raw = { ...pkg.rawManifest };
      raw.signature = signManifest(raw, await readFile(flags.key, 'utf8'));
      await writeFile(path.join(pkg.dir, 'plugin.json'), `${JSON.stringify(raw, null, 2)}\n`);
      process.stdout.write(`signed ${pkg.manifest.id} ${pkg.manifest.version}: ${String(raw.signature).split(':').slice(0, 2).join(':')}\n`);
    });

  program
    .command('verify')
    .description('check the plugin\'s integrity and signature against trusted public keys (exit 1 unless valid)')
    .argument('[dir]', 'plugin folder', '.')
    .requiredOption('--trust <file|dir>', 'public key file or folder of *.pub files (repeatable)', collect)
    .action(async (dir: string, flags: { trust: string[] }) => {
      const result = await verifyPluginFolder(dir, await readTrustedKeys(flags.trust));
      process.stdout.write(`${result.id} ${result.version}: valid signature by key ${result.keyId}\n`);
    });
}
