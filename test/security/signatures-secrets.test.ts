import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  canonicalManifest,
  computeIntegrity,
  createEngine,
  decryptSecret,
  encryptSecret,
  generateSecretKey,
  generateSigningKeys,
  parseKeyring,
  rotateSecret,
  signManifest,
  verifyManifestSignature,
  type Engine,
} from '../../src/index.ts';
import { captureLogger, tempDir, writePlugin } from '../helpers.ts';

const SOURCE = `export default { classify(input, ctx) { console.log('key is', ctx.config.apiKey); if (input.fail) throw new Error('bad key ' + ctx.config.apiKey); return ctx.config.apiKey.length; } };`;

async function signedPlugin(root: string, id: string, privateKey: string, extra: Record<string, unknown> = {}): Promise<string> {
  const dir = await writePlugin(root, { id, ...extra }, SOURCE.replace('ctx.config.apiKey.length', '1'));
  const manifestPath = path.join(dir, 'plugin.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.integrity = computeIntegrity(await readFile(path.join(dir, 'index.js')));
  manifest.signature = signManifest(manifest, privateKey);
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

describe('manifest signatures', () => {
  let engine: Engine | undefined;
  afterEach(async () => {
    await engine?.close();
    engine = undefined;
  });

  it('signs the canonical manifest (key order and whitespace do not matter) and detects tampering', () => {
    const keys = generateSigningKeys();
    const manifest = { id: 'a', version: '1.0.0', integrity: computeIntegrity('x'), config: { b: 1, a: [1, { d: 2, c: 3 }] } };
    const signature = signManifest(manifest, keys.privateKey);
    expect(signature).toMatch(new RegExp(`^ed25519:${keys.keyId}:`));
    const reordered = { config: { a: [1, { c: 3, d: 2 }], b: 1 }, integrity: manifest.integrity, version: '1.0.0', id: 'a', signature };
    expect(canonicalManifest(reordered)).toBe(canonicalManifest(manifest));
    expect(verifyManifestSignature(reordered, [keys.publicKey])).toEqual({ status: 'valid', keyId: keys.keyId });
    expect(verifyManifestSignature({ ...reordered, version: '1.0.1' }, [keys.publicKey])).toMatchObject({ status: 'invalid' });
    expect(verifyManifestSignature({ ...reordered, integrity: computeIntegrity('y') }, [keys.publicKey])).toMatchObject({ status: 'invalid' });
    expect(verifyManifestSignature(reordered, [generateSigningKeys().publicKey])).toEqual({ status: 'untrusted', keyId: keys.keyId });
    expect(verifyManifestSignature({ id: 'a' }, [keys.publicKey])).toEqual({ status: 'unsigned' });
    expect(() => signManifest({ id: 'a' }, keys.privateKey)).toThrow(/integrity/);
  });

  it('loads only validly signed plugins when signatures are required; the reason is in the status and the log', async () => {
    const root = await tempDir();
    const trusted = generateSigningKeys();
    const stranger = generateSigningKeys();
    await signedPlugin(root, 'signed', trusted.privateKey);
    await signedPlugin(root, 'signed-by-stranger', stranger.privateKey);
    await writePlugin(root, { id: 'unsigned' }, SOURCE);
    const tamperedDir = await signedPlugin(root, 'tampered-code', trusted.privateKey);
    await writeFile(path.join(tamperedDir, 'index.js'), 'export default { classify() { return "evil"; } };');
    const capture = captureLogger();
    engine = await createEngine({
      pluginsDir: root,
      poolSize: 1,
      logger: capture.logger,
      lifecycle: { retry: { baseMs: 1000, capMs: 1000, maxAttempts: 0 } },
      security: { trustedKeys: [trusted.publicKey], requireSignatures: true },
    });
    const status = Object.fromEntries(engine.plugins().map((p) => [p.id, p]));
    expect(status.signed).toMatchObject({ state: 'active' });
    for (const id of ['signed-by-stranger', 'unsigned', 'tampered-code']) expect(status[id], id).toMatchObject({ state: 'failed' });
    expect(JSON.stringify(status.unsigned)).toContain('unsigned');
    expect(JSON.stringify(status['signed-by-stranger'])).toContain('not in security.trustedKeys');
    const events = capture.lines().filter((l) => l.event === 'plugin.registry.validation_error');
    expect(events.map((e) => [e.plugin_id, e.code]).sort()).toEqual([
      ['signed-by-stranger', 'CORRAL_ERR_SIGNATURE'],
      ['tampered-code', 'CORRAL_ERR_INTEGRITY'],
      ['unsigned', 'CORRAL_ERR_SIGNATURE'],
    ]);
  });

  it('refuses a manifest edited after signing even when signatures are optional', async () => {
    const root = await tempDir();
    const keys = generateSigningKeys();
    const dir = await signedPlugin(root, 'edited', keys.privateKey);
    const manifest = JSON.parse(await readFile(path.join(dir, 'plugin.json'), 'utf8'));
    manifest.permissions = ['state'];
    await writeFile(path.join(dir, 'plugin.json'), JSON.stringify(manifest));
    engine = await createEngine({ pluginsDir: root, poolSize: 1, lifecycle: { retry: { baseMs: 1000, capMs: 1000, maxAttempts: 0 } }, security: { trustedKeys: [keys.publicKey] } });
    expect(engine.plugin('edited')).toMatchObject({ state: 'failed' });
  });
});

describe('secrets', () => {
  let engine: Engine | undefined;
  afterEach(async () => {
    await engine?.close();
    engine = undefined;
  });

  it('encrypts with AES-256-GCM bound to plugin and field, and rotates keys', () => {
    const oldRing = parseKeyring(generateSecretKey('k1'));
    const binding = { pluginId: 'p', configKey: 'apiKey' };
    const sealed = encryptSecret('s3cret-value', oldRing, binding);
    expect(sealed).toMatch(/^enc:v1:k1:/);
    expect(decryptSecret(sealed, oldRing, binding)).toBe('s3cret-value');
    expect(() => decryptSecret(sealed, oldRing, { pluginId: 'other', configKey: 'apiKey' })).toThrow(/cannot be decrypted/);
    const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => decryptSecret(tampered, oldRing, binding)).toThrow();
    const newRing = [...parseKeyring(generateSecretKey('k2')), ...oldRing];
    const rotated = rotateSecret(sealed, newRing, binding);
    expect(rotated).toMatch(/^enc:v1:k2:/);
    expect(decryptSecret(rotated, newRing, binding)).toBe('s3cret-value');
    expect(() => decryptSecret(rotated, oldRing, binding)).toThrow(/not configured/);
  });

  it('decrypts secrets for the plugin only, and redacts them from logs, errors and status', async () => {
    const root = await tempDir();
    const keyEntry = generateSecretKey('main');
    const sealed = encryptSecret('sk-live-12345', parseKeyring(keyEntry), { pluginId: 'uses-secret', configKey: 'apiKey' });
    await writePlugin(root, { id: 'uses-secret', secrets: ['apiKey'], config: { apiKey: sealed } }, SOURCE);
    await writePlugin(root, { id: 'no-key', secrets: ['apiKey'], config: { apiKey: encryptSecret('x', parseKeyring(generateSecretKey('gone')), { pluginId: 'no-key', configKey: 'apiKey' }) } }, SOURCE);
    const capture = captureLogger();
    engine = await createEngine({
      pluginsDir: root,
      poolSize: 1,
      logger: capture.logger,
      env: { CORRAL_SECRETS_KEY: keyEntry },
      lifecycle: { retry: { baseMs: 1000, capMs: 1000, maxAttempts: 0 } },
    });
    await expect(engine.invoke('uses-secret', 'classify', {})).resolves.toMatchObject({ status: 'ok', value: 'sk-live-12345'.length });
    const failed = await engine.invoke('uses-secret', 'classify', { fail: true });
    expect(failed).toMatchObject({ status: 'error', error: { type: 'error', message: 'bad key [redacted]' } });
    const logs = capture.lines().filter((l) => l.event === 'plugin.log');
    expect(logs.map((l) => l.msg)).toContain('key is [redacted]');
    expect(JSON.stringify(capture.lines())).not.toContain('sk-live-12345');
    expect(JSON.stringify(engine.plugins())).not.toContain('sk-live-12345');
    expect(engine.plugin('no-key')).toMatchObject({ state: 'failed' });
    expect(capture.lines().find((l) => l.plugin_id === 'no-key' && l.event === 'plugin.registry.validation_error')).toMatchObject({ code: 'CORRAL_ERR_SECRETS' });
  });
});
