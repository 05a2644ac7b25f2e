/**
 * Contract checks for every example plugin: manifest fields, exported capabilities, single-file
 * module rules, and a run inside a bare isolated-vm isolate (only ECMAScript built-ins) whose results
 * must equal the direct-import results — this is what proves a plugin uses no Node or web globals.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import ivm from 'isolated-vm';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { PLUGIN_IDS, loadPlugin, pluginPath, readManifest } from './helpers.ts';

const MANIFEST_KEYS = ['capabilities', 'config', 'description', 'id', 'limits', 'main', 'name', 'permissions', 'version'];
const HOOKS = ['init', 'health', 'shutdown'];

/** One representative call per capability; results are compared between Node and the sandbox. */
const SAMPLES: Record<string, Array<[string, unknown]>> = {
  'word-classifier': [['classify', { text: 'The staff were not helpful, but the view was absolutely stunning!' }]],
  'spam-classifier': [['classify', { text: 'URGENT!!! Claim your $500 gift card at http://bit.ly/x now' }]],
  'language-detector': [['classify', { text: 'Où est la gare la plus proche, s’il vous plaît ?' }]],
  'text-digest': [
    ['classify', { text: 'Voters head to the polls as the election campaign ends.' }],
    ['summarize', { text: 'Cats sleep a lot. Cats sleep up to sixteen hours a day. Dogs bark. Cats are quiet.', maxSentences: 2 }],
  ],
  'log-normalizer': [['ingest', { lines: ['{"level":50,"time":1767225600000,"msg":"boom"}', 'a=1 b="two"', '<13>1 - h app - - - hi'], source: 's' }]],
  'prometheus-adapter': [
    ['translate-query', { query: "$metric=up&$filter=not (job eq 'a' or contains(instance, '.x'))&$apply=aggregate(max by (job))&$top=3" }],
    ['translate-result', { response: { status: 'success', data: { resultType: 'matrix', result: [{ metric: { job: 'a' }, values: [[1767225600, '1']] }] } } }],
  ],
  'sql-adapter': [
    ['translate-query', { query: { metric: 'up', filter: "startswith(path, '/v1') or value gt 2", orderby: 'value desc', top: 5, count: true } }],
    ['translate-result', { rows: [{ job: 'a', value: 1 }], total: 1 }],
  ],
  'elasticsearch-adapter': [
    ['translate-query', { query: "$metric=up&$filter=not (job eq 'a' or contains(tolower(path), '/x'))&$apply=groupby((job),aggregate(value with sum as total))" }],
    ['translate-result', { response: { hits: { total: { value: 1, relation: 'eq' }, hits: [{ _source: { job: 'a', value: 1 } }] } }, query: { count: true } }],
  ],
};

const HARNESS = `
import plugin from 'plugin';
const noop = function () {};
globalThis.run = function run(capability, inputJson, configJson) {
  const ctx = { pluginId: 'sandbox-test', config: JSON.parse(configJson), log: { info: noop, warn: noop, error: noop, debug: noop } };
  try {
    return JSON.stringify({ ok: plugin[capability](JSON.parse(inputJson), ctx) });
  } catch (error) {
    return JSON.stringify({ error: { name: error.name, message: error.message } });
  }
};
globalThis.probe = function probe() {
  return JSON.stringify(['process', 'require', 'Buffer', 'setTimeout', 'fetch', 'TextEncoder', 'URL'].filter((n) => typeof globalThis[n] !== 'undefined'));
};
`;

async function withSandbox<T>(source: string, body: (call: (name: string, ...args: string[]) => Promise<string>) => Promise<T>): Promise<T> {
  const isolate = new ivm.Isolate({ memoryLimit: 32 });
  try {
    const context = await isolate.createContext();
    const pluginModule = await isolate.compileModule(source, { filename: 'plugin.js' });
    await pluginModule.instantiate(context, (specifier) => {
      throw new Error(`plugin tried to import ${specifier}`);
    });
    await pluginModule.evaluate({ timeout: 2000 });
    const harness = await isolate.compileModule(HARNESS, { filename: 'harness.js' });
    await harness.instantiate(context, (specifier) => {
      if (specifier === 'plugin') return pluginModule;
      throw new Error(`unexpected import ${specifier}`);
    });
    await harness.evaluate({ timeout: 2000 });
    const call = async (name: string, ...args: string[]) => {
      const fn = (await context.global.get(name, { reference: true })) as ivm.Reference<(...a: string[]) => string>;
      return (await fn.apply(undefined, args, { result: { copy: true }, timeout: 2000 })) as string;
    };
    return await body(call);
  } finally {
    isolate.dispose();
  }
}

describe('example plugins', () => {
  it('the test list covers every folder under plugins/', () => {
    const folders = readdirSync(new URL('../../plugins/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(pluginPath(entry.name, 'plugin.json')))
      .map((entry) => entry.name)
      .sort();
    // Plugins that use host functions (network) cannot run in the bare-isolate comparison below;
    // each has its own engine-level test (e.g. webhook-notifier.test.ts against a local HTTP server).
    const hostApiPlugins = ['webhook-notifier', 'rest-adapter'];
    expect(folders).toEqual([...PLUGIN_IDS, ...hostApiPlugins].sort());
  });

  describe.each(PLUGIN_IDS)('%s', (id) => {
    const manifest = readManifest(id);
    const source = readFileSync(pluginPath(id, 'index.js'), 'utf8');

    it('has a manifest with exactly the contract fields', () => {
      // `commands` (diagnostics commands) is optional; text-digest declares some.
      // `integrity` is written by `corral build` for the plugins bundled from src/.
      const optional = ['commands', 'integrity'];
      expect(Object.keys(manifest).filter((key) => !optional.includes(key)).sort()).toEqual(MANIFEST_KEYS);
      expect(manifest.id).toBe(id);
      expect(manifest.id).toMatch(/^[a-z0-9-]+$/);
      expect(semver.valid(manifest.version)).not.toBeNull();
      expect(manifest.main).toBe('index.js');
      expect(typeof manifest.name).toBe('string');
      expect(typeof manifest.description).toBe('string');
      expect(manifest.permissions).toEqual([]);
      expect(manifest.limits).toEqual({ memoryMb: 32, timeoutMs: 500 });
      expect(typeof manifest.config).toBe('object');
      for (const capability of manifest.capabilities) {
        expect(capability).toMatch(/^[a-z][a-z0-9-]{0,63}$/);
        expect(HOOKS).not.toContain(capability);
      }
    });

    it('exports a function for every declared capability and nothing undeclared', async () => {
      const plugin = await loadPlugin(id);
      const exported = Object.keys(plugin).filter((key) => typeof plugin[key] === 'function' && !HOOKS.includes(key));
      const commands = Object.keys(manifest.commands ?? {}).map((name) => `command:${name}`);
      expect(exported.sort()).toEqual([...manifest.capabilities, ...commands].sort());
    });

    it('is one self-contained module', () => {
      expect(source).not.toMatch(/^\s*import[\s{*]/m);
      expect(source).not.toMatch(/\bimport\s*\(/);
      expect(source).not.toMatch(/\brequire\s*\(/);
      expect(source).not.toMatch(/\b(process|Buffer|setTimeout|setInterval|TextEncoder|TextDecoder|fetch|Intl)\b/);
      expect(source).not.toMatch(/\blocaleCompare\b|\btoLocale\w*\(/);
      // A bundle built from src/ (test/plugins/bundles.test.ts proves it is fresh) is as long as its
      // sources; a hand-written module stays small enough to read.
      if (!existsSync(pluginPath(id, 'src/index.js'))) expect(source.split('\n').length).toBeLessThan(520);
    });

    it('behaves identically inside a bare V8 isolate', async () => {
      const plugin = await loadPlugin(id);
      await withSandbox(source, async (call) => {
        expect(JSON.parse(await call('probe'))).toEqual([]);
        for (const [capability, input] of SAMPLES[id]!) {
          const direct = plugin[capability]!(input, { pluginId: id, config: manifest.config, log: { info() {}, warn() {}, error() {}, debug() {} } });
          const sandboxed = JSON.parse(await call('run', capability, JSON.stringify(input), JSON.stringify(manifest.config)));
          expect(sandboxed).toEqual({ ok: JSON.parse(JSON.stringify(direct)) });
        }
        // Bad input surfaces as an InvalidInputError from inside the isolate too.
        const bad = JSON.parse(await call('run', manifest.capabilities[0], JSON.stringify(null), JSON.stringify(manifest.config)));
        expect(bad.error.name).toBe('InvalidInputError');
      });
    });
  });
});
