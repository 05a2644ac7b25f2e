import { writeFile, cp } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, loadConfigFile, type Engine } from '../../src/index.ts';
import { tempDir, writePlugin } from '../helpers.ts';

const GREETER = `export default { classify(input, ctx) { return ctx.config.greeting + ' ' + input.name; } };`;

let engine: Engine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

async function fixture() {
  const root = await tempDir();
  await writePlugin(path.join(root, 'plugins'), { id: 'hello', config: { greeting: 'hello' } }, GREETER);
  await writePlugin(path.join(root, 'plugins'), { id: 'hola', config: { greeting: 'hola' } }, GREETER);
  await writePlugin(path.join(root, 'plugins'), { id: 'salut', config: { greeting: 'salut' } }, GREETER);
  return root;
}

describe('plugin set from a config file', () => {
  it('loads plugins with priority, config overrides and enabled flags from YAML', async () => {
    const root = await fixture();
    const file = path.join(root, 'corral.yaml');
    await writeFile(
      file,
      `# plugins and host settings
plugins:
  - id: hola
    path: plugins/hola
    priority: -1
  - id: hello
    path: plugins/hello
    config: { greeting: hi }
  - id: salut
    path: plugins/salut
    enabled: false
limits:
  defaultTimeoutMs: 500
`,
    );
    engine = await createEngine({ configFile: file, poolSize: 1 });
    const r = await engine.dispatch('classify', { name: 'Ada' });
    expect(r.results.map((o) => [o.pluginId, o.status === 'ok' ? o.value : o.error.reason])).toEqual([
      ['hola', 'hola Ada'],
      ['hello', 'hi Ada'],
      ['salut', 'disabled'],
    ]);
    expect(engine.plugin('hello').limits?.timeoutMs).toBe(500);

    // Re-apply a changed file: only what changed is touched.
    await writeFile(
      file,
      `plugins:
  - id: hola
    path: plugins/hola
    priority: 5
  - id: hello
    path: plugins/hello
    config: { greeting: hey }
  - id: salut
    path: plugins/salut
    enabled: true
`,
    );
    const summary = await engine.applyConfig();
    expect(summary).toMatchObject({ reloaded: ['hello'], reordered: ['hola'], enabled: ['salut'], registered: [], unregistered: [], failed: [] });
    const after = await engine.dispatch('classify', { name: 'Bo' });
    expect(after.results.map((o) => (o.status === 'ok' ? o.value : o.error.type))).toEqual(['hey Bo', 'salut Bo', 'hola Bo']);

    await writeFile(file, `plugins:\n  - id: hello\n    path: plugins/hello\n    config: { greeting: hey }\n`);
    const shrunk = await engine.applyConfig();
    expect(shrunk).toMatchObject({ unregistered: ['hola', 'salut'], unchanged: ['hello'] });
    expect(engine.plugins().map((p) => p.id)).toEqual(['hello']);
  });

  it('reports errors with the file, the line, or the field path', async () => {
    const root = await tempDir();
    const yamlFile = path.join(root, 'broken.yaml');
    await writeFile(yamlFile, 'plugins:\n  - id: a\n    path: [unclosed\n');
    await expect(loadConfigFile(yamlFile)).rejects.toMatchObject({ code: 'CORRAL_ERR_CONFIG', message: expect.stringMatching(/broken\.yaml: not valid YAML at line \d+/) });
    const badField = path.join(root, 'bad.json');
    await writeFile(badField, JSON.stringify({ plugins: [{ id: 'ok', path: 'x' }, { id: 'Bad Id', path: 'y', priority: 'high' }] }));
    await expect(loadConfigFile(badField)).rejects.toMatchObject({
      message: expect.stringMatching(/bad\.json: plugins\[1\]\.id: expected a plugin id; plugins\[1\]\.priority: /),
    });
    const badLimits = path.join(root, 'limits.yaml');
    await writeFile(badLimits, 'limits:\n  defaultTimeoutMs: -5\n');
    // Engine settings in the file are checked by createEngine's own schema when the file is read.
    await expect(createEngine({ configFile: badLimits, pluginsDir: root })).rejects.toMatchObject({
      code: 'CORRAL_ERR_CONFIG',
      message: expect.stringMatching(/limits\.yaml: limits\.defaultTimeoutMs: /),
    });
  });
});

describe('engine options from a config file', () => {
  it('code wins setting by setting, nested sections merge, and server keys are accepted but not the engine\'s business', async () => {
    const root = await fixture();
    const file = path.join(root, 'corral.yaml');
    await writeFile(
      file,
      `pluginsDir: plugins
port: 8080
tokens: some-token-123=plugins:read
limits: { defaultTimeoutMs: 250, maxInputBytes: 4096 }
lifecycle:
  health: { intervalMs: 0, windowMs: 5000 }
`,
    );
    engine = await createEngine({ configFile: file, poolSize: 1, limits: { maxInputBytes: 2048 }, lifecycle: { health: { windowMs: 9000 } } });
    const status = engine.plugin('hello');
    expect(status.limits).toMatchObject({ timeoutMs: 250, maxInputBytes: 2048 });
    // The input cap from code is what calls get: a 3 KB input is too large, though the file allowed 4 KB.
    await expect(engine.invoke('hello', 'classify', { name: 'x'.repeat(3000) })).rejects.toMatchObject({ code: 'CORRAL_ERR_PAYLOAD_TOO_LARGE', message: expect.stringContaining('the host limit is 2048') });
    expect(engine.plugins().map((p) => p.id)).toEqual(['hello', 'hola', 'salut']);
  });

  it('names the field of a bad engine option, and refuses code-only options', async () => {
    const root = await tempDir();
    const file = path.join(root, 'corral.yaml');
    await writeFile(file, 'isolation: procss\npoolSize: 0\ncapabilities: []\n');
    await expect(loadConfigFile(file)).rejects.toMatchObject({
      code: 'CORRAL_ERR_CONFIG',
      message: `${file}: poolSize: Too small: expected number to be >=1; isolation.mode: Invalid option: expected one of "thread"|"process"; capabilities: cannot be set in a config file (pass capabilities to createEngine in code)`,
    });
  });
});

describe('watching the plugins folder', () => {
  it('reloads a plugin whose files change and registers a new folder', async () => {
    const root = await tempDir();
    const dir = await writePlugin(root, { id: 'watched' }, 'export default { classify() { return "v1"; } };');
    engine = await createEngine({ pluginsDir: root, poolSize: 1, watch: true });
    await writeFile(path.join(dir, 'index.js'), 'export default { classify() { return "v2"; } };');
    await expect.poll(async () => (await engine!.invoke('watched', 'classify', {})) as unknown, { timeout: 5000, interval: 100 }).toMatchObject({ value: 'v2' });
    const staging = await tempDir();
    await writePlugin(staging, { id: 'newcomer' }, 'export default { classify() { return "new"; } };');
    await cp(path.join(staging, 'newcomer'), path.join(root, 'newcomer'), { recursive: true });
    await expect.poll(() => engine!.plugins().find((p) => p.id === 'newcomer')?.state, { timeout: 5000, interval: 100 }).toBe('active');
  });
});
