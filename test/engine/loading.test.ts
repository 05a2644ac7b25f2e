import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine, type PluginStatus } from '../../src/index.ts';
import { captureLogger, FIXTURES } from '../helpers.ts';

const DIR = path.join(FIXTURES, 'load-failures');

describe('loading a folder where most plugins are broken', () => {
  let engine: Engine;
  let statuses: Record<string, PluginStatus>;
  const capture = captureLogger();

  beforeAll(async () => {
    engine = await createEngine({ pluginsDir: DIR, poolSize: 2, logger: capture.logger });
    statuses = Object.fromEntries(engine.plugins().map((p) => [path.basename(p.dir), p]));
  });
  afterAll(async () => {
    await engine.close();
  });

  it('keeps the healthy plugin serving', async () => {
    expect(statuses['a-healthy']).toMatchObject({ id: 'a-healthy', state: 'active', error: null });
    const r = await engine.dispatch('classify', { text: 'x' });
    expect(r.results.find((o) => o.pluginId === 'a-healthy')).toMatchObject({ status: 'ok', value: { label: 'ok' } });
  });

  it.each([
    ['broken-manifest', 'CORRAL_ERR_INVALID_MANIFEST', /broken-manifest[/\\]plugin\.json: id: .*version: expected a semver.*capabilities: declare at least one/],
    ['not-json', 'CORRAL_ERR_INVALID_MANIFEST', /not-json[/\\]plugin\.json: not valid JSON/],
    ['unknown-field', 'CORRAL_ERR_INVALID_MANIFEST', /permisions/],
    ['missing-main', 'CORRAL_ERR_INVALID_MANIFEST', /main: file "nope\.js" does not exist/],
    ['main-outside', 'CORRAL_ERR_INVALID_MANIFEST', /main: must be a relative path inside the plugin folder/],
    ['integrity-mismatch', 'CORRAL_ERR_INTEGRITY', /does not match plugin\.json integrity \(expected sha256-AAAA.*found sha256-/],
    ['too-much-memory', 'CORRAL_ERR_INVALID_MANIFEST', /limits\.memoryMb 4096 exceeds the host maximum of 512/],
    ['syntax-error', 'CORRAL_ERR_PLUGIN_LOAD', /compile failed: SyntaxError/],
    ['failing-init', 'CORRAL_ERR_PLUGIN_LOAD', /init failed: database db:5432 unreachable/],
    ['missing-export', 'CORRAL_ERR_PLUGIN_LOAD', /declares "summarize" but the default export has no such function/],
    ['no-default-export', 'CORRAL_ERR_PLUGIN_LOAD', /must have a default export object/],
    ['imports-module', 'CORRAL_ERR_PLUGIN_LOAD', /imports are not available inside the sandbox \("node:fs"\)/],
    ['throws-at-top-level', 'CORRAL_ERR_PLUGIN_LOAD', /module evaluation failed: cannot start/],
    ['z-duplicate', 'CORRAL_ERR_DUPLICATE_PLUGIN', /plugin id "a-healthy" is already loaded from .*a-healthy/],
  ])('records %s as failed with %s and the reason', (folder, code, reason) => {
    const status = statuses[folder];
    expect(status, folder).toBeDefined();
    expect(status!.state).toBe('failed');
    expect(status!.error?.code).toBe(code);
    expect(status!.error?.message).toMatch(reason);
    expect(status!.error?.message).toContain(folder);
  });

  it('reports load failures of plugins with a valid manifest as unavailable in a dispatch', async () => {
    const r = await engine.dispatch('classify', { text: 'x' });
    const failingInit = r.results.find((o) => o.pluginId === 'failing-init');
    expect(failingInit).toMatchObject({ status: 'error', error: { type: 'unavailable', message: expect.stringContaining('init failed') } });
    // The duplicate never takes part: the id belongs to the first folder.
    expect(r.results.filter((o) => o.pluginId === 'a-healthy')).toHaveLength(1);
    await expect(engine.invoke('failing-init', 'classify', {})).resolves.toMatchObject({ status: 'error', error: { type: 'unavailable' } });
  });

  it('logs plugin.registry.validation_error for each failure', () => {
    const events = capture.lines().filter((l) => l.event === 'plugin.registry.validation_error');
    expect(events.map((e) => e.plugin_id)).toEqual(expect.arrayContaining(['failing-init', 'syntax-error', 'integrity-mismatch']));
    // Once per failed plugin (retries with backoff log again, each attempt).
    expect(new Set(events.map((e) => e.plugin_id)).size).toBe(engine.plugins().filter((p) => p.state === 'failed').length);
  });
});

describe('engine start-up errors', () => {
  it('rejects a plugins folder that does not exist', async () => {
    await expect(createEngine({ pluginsDir: path.join(FIXTURES, 'no-such-folder') })).rejects.toMatchObject({
      code: 'CORRAL_ERR_PLUGINS_DIR',
      message: expect.stringContaining('no-such-folder'),
    });
  });

  it('names the option field that is wrong', async () => {
    await expect(createEngine({ pluginsDir: DIR, poolSize: 0 })).rejects.toMatchObject({
      code: 'CORRAL_ERR_INVALID_OPTIONS',
      message: expect.stringContaining('poolSize'),
    });
    await expect(createEngine({})).rejects.toMatchObject({ code: 'CORRAL_ERR_INVALID_OPTIONS', message: expect.stringContaining('pluginsDir') });
    await expect(createEngine({ pluginsDir: DIR, limits: { defaultMemoryMb: 1024 } })).rejects.toMatchObject({
      message: expect.stringContaining('limits.defaultMemoryMb'),
    });
  });

  it('loads explicit plugin folders without a pluginsDir', async () => {
    const engine = await createEngine({ plugins: [path.join(DIR, 'a-healthy')], poolSize: 1 });
    try {
      expect(engine.plugins().map((p) => p.id)).toEqual(['a-healthy']);
      await expect(engine.invoke('a-healthy', 'classify', {})).resolves.toMatchObject({ status: 'ok' });
    } finally {
      await engine.close();
    }
    await expect(engine.invoke('a-healthy', 'classify', {})).rejects.toMatchObject({ code: 'CORRAL_ERR_ENGINE_CLOSED' });
  });
});
