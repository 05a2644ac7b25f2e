import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCorral, tempDir } from '../helpers.ts';


function corral(cwd: string, ...args: string[]) {
  return runCorral(args, { cwd });
}

describe('corral keygen / sign / verify', () => {
  it('signs a built plugin, verifies it against the trust store and catches tampering', async () => {
    const work = await tempDir('corral-sign-');
    expect((await corral(work, 'keygen', '--out', 'author')).stdout).toMatch(/wrote author\.key and author\.pub \(key id [0-9a-f]{16}\)/);
    expect((await corral(work, 'keygen', '--out', 'author')).stderr).toContain('refusing to overwrite a private key');
    await corral(work, 'keygen', '--out', 'stranger');
    await corral(work, 'init', 'signed-plugin');
    expect((await corral(work, 'sign', 'signed-plugin', '--key', 'author.key')).stderr).toMatch(/only after setting "integrity"/);
    await corral(work, 'build', 'signed-plugin');
    expect((await corral(work, 'sign', 'signed-plugin', '--key', 'author.key')).stdout).toMatch(/signed signed-plugin 0\.1\.0: ed25519:[0-9a-f]{16}/);
    expect((await corral(work, 'verify', 'signed-plugin', '--trust', 'author.pub')).stdout).toMatch(/valid signature by key/);
    const untrusted = await corral(work, 'verify', 'signed-plugin', '--trust', 'stranger.pub');
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toMatch(/key [0-9a-f]{16} is not trusted/);

    // Packaging keeps the signature; install can require it.
    const tgz = (await corral(work, 'pack', 'signed-plugin', '--out', 'dist')).stdout.trim();
    expect((await corral(work, 'install', tgz, '--plugins', 'site', '--trust', 'author.pub', '--require-signature')).code).toBe(0);

    // Tamper with the manifest after signing: the signature no longer matches.
    const manifestPath = path.join(work, 'signed-plugin', 'plugin.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    await writeFile(manifestPath, JSON.stringify({ ...manifest, permissions: ['state'] }, null, 2));
    const tampered = await corral(work, 'verify', 'signed-plugin', '--trust', 'author.pub');
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('does not match the manifest');

    // An unsigned plugin is refused when signatures are required.
    await corral(work, 'init', 'unsigned-plugin');
    const unsigned = (await corral(work, 'pack', 'unsigned-plugin', '--out', 'dist')).stdout.trim();
    const refused = await corral(work, 'install', unsigned, '--plugins', 'site', '--trust', 'author.pub', '--require-signature');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('it is not signed');
  });
});
