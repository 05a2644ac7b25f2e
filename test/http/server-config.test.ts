import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadServerConfig, parseTokenSpec } from 'corral';
import { tempDir } from '../helpers.ts';

describe('server configuration from env, config file and flags', () => {
  it('has loopback, port 0 and .corral-data as defaults', () => {
    expect(loadServerConfig({ env: {} })).toEqual({
      host: '127.0.0.1',
      port: 0,
      dataDir: '.corral-data',
      logLevel: 'info',
      metricsPrefix: 'corral',
      diagnosticsEnabled: true,
      maxBodyBytes: 1024 * 1024,
      tokens: [],
      auth: 'tokens',
      allowedHosts: [],
      allowedOrigins: [],
      drainTimeoutMs: 10_000,
      readiness: { failOnLoadFailure: true },
    });
  });

  it('reads every CORRAL_* variable', () => {
    const config = loadServerConfig({
      env: {
        CORRAL_HOST: '0.0.0.0',
        CORRAL_PORT: '8080',
        CORRAL_DATA_DIR: '/var/lib/corral',
        CORRAL_LOG_LEVEL: 'DEBUG',
        CORRAL_METRICS_PREFIX: 'sift',
        CORRAL_PLUGIN_DIAGNOSTICS_ENABLED: 'false',
        CORRAL_MAX_BODY_BYTES: '2048',
        CORRAL_API_TOKENS: 's3cret-admin=plugins:admin, viewer-token=plugins:read+plugins:execute',
        CORRAL_ALLOWED_HOSTS: 'corral.internal, corral.internal:8443,[::1]:9000',
        CORRAL_ALLOWED_ORIGINS: 'https://admin.example.com',
        CORRAL_DRAIN_TIMEOUT_MS: '2500',
      },
    });
    expect(config).toMatchObject({ host: '0.0.0.0', port: 8080, dataDir: '/var/lib/corral', logLevel: 'debug', metricsPrefix: 'sift', diagnosticsEnabled: false, maxBodyBytes: 2048 });
    expect(config).toMatchObject({ auth: 'tokens', allowedHosts: ['corral.internal', 'corral.internal:8443', '[::1]:9000'], allowedOrigins: ['https://admin.example.com'], drainTimeoutMs: 2500 });
    expect(loadServerConfig({ env: { CORRAL_AUTH: 'NONE' } }).auth).toBe('none');
    expect(config.tokens).toEqual([
      { token: 's3cret-admin', roles: ['plugins:admin'] },
      { token: 'viewer-token', roles: ['plugins:read', 'plugins:execute'] },
    ]);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    ['CORRAL_PORT', 'eighty', /CORRAL_PORT: expected an integer port/],
    ['CORRAL_PORT', '70000', /CORRAL_PORT/],
    ['CORRAL_LOG_LEVEL', 'loud', /CORRAL_LOG_LEVEL: expected one of fatal, error/],
    ['CORRAL_METRICS_PREFIX', 'my-prefix', /CORRAL_METRICS_PREFIX/],
    ['CORRAL_PLUGIN_DIAGNOSTICS_ENABLED', 'maybe', /CORRAL_PLUGIN_DIAGNOSTICS_ENABLED: expected true or false/],
    ['CORRAL_MAX_BODY_BYTES', '-1', /CORRAL_MAX_BODY_BYTES/],
    ['CORRAL_AUTH', 'off', /CORRAL_AUTH: expected "tokens" or "none"/],
    ['CORRAL_ALLOWED_HOSTS', 'corral.internal/admin', /CORRAL_ALLOWED_HOSTS: expected comma-separated host/],
    ['CORRAL_ALLOWED_ORIGINS', 'admin.example.com', /CORRAL_ALLOWED_ORIGINS: expected comma-separated origins/],
    ['CORRAL_DRAIN_TIMEOUT_MS', 'soon', /CORRAL_DRAIN_TIMEOUT_MS: expected a non-negative integer/],
  ])('names the variable when %s=%s is invalid', (name, value, message) => {
    expect(() => loadServerConfig({ env: { [name]: value } })).toThrow(expect.objectContaining({ code: 'CORRAL_ERR_INVALID_ENV', message: expect.stringMatching(message) }));
  });

  it.each([
    ['admin-token-1', /entry 1 is not "token=role/],
    ['admin-token-1=plugins:root', /unknown role "plugins:root"/],
    ['short=plugins:read', /shorter than 8/],
    ['same-token-1=plugins:read,same-token-1=plugins:write', /listed twice/],
  ])('rejects CORRAL_API_TOKENS=%s without echoing the token', (spec, message) => {
    let error: Error | undefined;
    try {
      parseTokenSpec(spec);
    } catch (e) {
      error = e as Error;
    }
    expect(error).toMatchObject({ code: 'CORRAL_ERR_INVALID_ENV', message: expect.stringMatching(message) });
    expect(error?.message).toMatch(/^CORRAL_API_TOKENS: /);
    expect(error?.message).not.toContain('admin-token-1');
    expect(error?.message).not.toContain('same-token-1');
  });

  it('keeps tokens containing "=" (base64 padding)', () => {
    expect(parseTokenSpec('YWJjZGVmZ2g==plugins:read')).toEqual([{ token: 'YWJjZGVmZ2g=', roles: ['plugins:read'] }]);
  });

  it('layers defaults < config file < env < flags, and validates the file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'corral.json');
    await writeFile(file, JSON.stringify({ host: '10.0.0.5', port: 9000, metricsPrefix: 'fromfile', tokens: [{ token: 'file-token-123', roles: ['plugins:read'] }] }));
    const config = loadServerConfig({ env: { CORRAL_PORT: '9100' }, file, flags: { port: 9200, dataDir: undefined } });
    expect(config).toMatchObject({ host: '10.0.0.5', port: 9200, metricsPrefix: 'fromfile', dataDir: '.corral-data', tokens: [{ token: 'file-token-123', roles: ['plugins:read'] }] });
    expect(loadServerConfig({ env: { CORRAL_CONFIG: file } }).port).toBe(9000);

    await writeFile(file, JSON.stringify({ tokens: 'string-form-token=plugins:write' }));
    expect(loadServerConfig({ env: {}, file }).tokens).toEqual([{ token: 'string-form-token', roles: ['plugins:write'] }]);

    await writeFile(file, JSON.stringify({ port: 'high', colour: 'blue' }));
    expect(() => loadServerConfig({ env: {}, file })).toThrow(expect.objectContaining({ code: 'CORRAL_ERR_CONFIG', message: expect.stringContaining(`${file}: port`) }));
    await writeFile(file, JSON.stringify({ auth: 'none', tokens: 'file-token-123=plugins:read' }));
    expect(() => loadServerConfig({ env: {}, file })).toThrow(expect.objectContaining({ code: 'CORRAL_ERR_CONFIG', message: expect.stringContaining('auth is "none" (--insecure-no-auth) but API tokens are configured too') }));
    await writeFile(file, JSON.stringify({ auth: 'none', allowedHosts: ['corral.internal'], allowedOrigins: ['https://admin.example.com'], drainTimeoutMs: 0 }));
    expect(loadServerConfig({ env: {}, file })).toMatchObject({ auth: 'none', allowedHosts: ['corral.internal'], allowedOrigins: ['https://admin.example.com'], drainTimeoutMs: 0 });
    await writeFile(file, JSON.stringify({ allowedOrigins: ['https://admin.example.com/path'] }));
    expect(() => loadServerConfig({ env: {}, file })).toThrow(expect.objectContaining({ code: 'CORRAL_ERR_CONFIG', message: expect.stringContaining('allowedOrigins[0]: expected an origin') }));
    await writeFile(file, '{ not json');
    expect(() => loadServerConfig({ env: {}, file })).toThrow(expect.objectContaining({ code: 'CORRAL_ERR_CONFIG' }));
  });
});
