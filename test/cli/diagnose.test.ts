import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { manifestSchema } from '../../src/manifest/manifest-schema.ts';
import { formatIssues } from '../../src/validation.ts';
import { EXAMPLE_PLUGINS, runCorral, tempDir, writePlugin } from '../helpers.ts';
import { writeInspector, writePlain, writeSpinner } from './command-fixtures.ts';

const corral = (...args: string[]) => runCorral(args, { nodeArgs: ['--no-node-snapshot'] });

let root: string;
beforeAll(async () => {
  root = await tempDir('corral-diagnose-');
  await writeInspector(root);
  await writeSpinner(root);
  await writePlain(root);
});

describe('corral diagnose (local plugins folder)', () => {
  it('lists the plugins that declare commands, then one plugin\'s commands with their arguments', async () => {
    const all = await corral('diagnose', '--plugins', root);
    expect(all.code).toBe(EXIT.OK);
    expect(all.stdout).toMatch(/^PLUGIN\s+COMMAND\s+DESCRIPTION\n/);
    expect(all.stdout).toMatch(/inspector\s+count <text> \[unique\]\s+Count the words of a text/);
    expect(all.stdout).toMatch(/spinner\s+spin\s+Loop forever/);
    expect(all.stdout).not.toContain('plain');

    const json = await corral('diagnose', '--plugins', root, '--json');
    expect(JSON.parse(json.stdout).plugins.map((p: { plugin_id: string }) => p.plugin_id)).toEqual(['inspector', 'spinner']);

    const one = await corral('diagnose', 'inspector', '--plugins', root);
    expect(one.code).toBe(EXIT.OK);
    expect(one.stdout).toMatch(/count <text> \[unique\]\s+Count the words of a text\n\s+text\s+string, required: the text\n\s+unique\s+boolean: count distinct words only/);

    const none = await corral('diagnose', 'plain', '--plugins', root);
    expect(none).toMatchObject({ code: EXIT.OK, stdout: 'plain declares no diagnostics commands\n' });

    const unknown = await corral('diagnose', 'nobody', '--plugins', root);
    expect(unknown.code).toBe(EXIT.NOT_FOUND);
    expect(unknown.stderr.trim()).toBe('corral: no plugin with id "nobody" is registered [CORRAL_ERR_UNKNOWN_PLUGIN]');
  });

  it('runs a command in the sandbox: positional and name=value arguments, converted to their declared types', async () => {
    const counted = await corral('diagnose', 'inspector', 'count', 'a b a', 'unique=yes', '--plugins', root, '--compact');
    expect(counted.code).toBe(EXIT.OK);
    // ctx.capability shows the call went through the sandbox as the command function.
    expect(JSON.parse(counted.stdout)).toEqual({ words: 2, capability: 'command:count' });

    const echoed = await corral('diagnose', 'inspector', 'echo', 'times=3', '{"deep":[1,true]}', '--plugins', root, '--compact');
    expect(JSON.parse(echoed.stdout)).toEqual({ args: { times: 3, value: { deep: [1, true] } } });

    const text = await corral('diagnose', 'inspector', 'greet', '--plugins', root);
    expect(text).toMatchObject({ code: EXIT.OK, stdout: 'hello from the sandbox\n' });

    const outcome = await corral('diagnose', 'inspector', 'greet', '--plugins', root, '--json');
    expect(JSON.parse(outcome.stdout)).toMatchObject({ pluginId: 'inspector', status: 'ok', value: 'hello from the sandbox' });
  });

  it('refuses bad arguments before the plugin runs (2) and unknown commands (4), one line each', async () => {
    const cases: Array<[string[], number, RegExp]> = [
      [['count'], EXIT.USAGE, /^corral: inspector count: missing required argument "text" \(usage: corral diagnose inspector count <text> \[unique\]\)$/],
      [['count', 'x', 'maybe'], EXIT.USAGE, /^corral: inspector count: argument "unique": expected true or false, got "maybe"$/],
      [['count', 'x', 'true', 'extra'], EXIT.USAGE, /^corral: inspector count: takes 2 arguments; "extra" is one too many/],
      [['echo', 'times=1.5'], EXIT.USAGE, /argument "times": expected an integer, got "1.5"$/],
      [['echo', '{nope'], EXIT.USAGE, /argument "value": expected JSON/],
      [['count', 'text=a', 'text=b'], EXIT.USAGE, /argument "text" is given twice/],
      [['cuont'], EXIT.NOT_FOUND, /^corral: plugin "inspector" has no command "cuont" \(it declares: count, echo, greet, fail\) \[CORRAL_ERR_UNKNOWN_COMMAND\]$/],
    ];
    for (const [args, code, line] of cases) {
      const run = await corral('diagnose', 'inspector', ...args, '--plugins', root);
      expect(run.code, args.join(' ')).toBe(code);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr.trim()).toMatch(line);
    }
  });

  it('a command that throws, spins or never settles fails like any call: exit 3 within its deadline, one line', async () => {
    const thrown = await corral('diagnose', 'inspector', 'fail', '--plugins', root, '--json', '--compact');
    expect(thrown.code).toBe(EXIT.PLUGIN_FAILED);
    expect(JSON.parse(thrown.stdout)).toMatchObject({ status: 'error', error: { type: 'error', name: 'RangeError' } });
    expect(thrown.stderr.trim()).toMatch(/^corral: inspector: command "fail" failed: error: .*nothing to see$/);

    for (const command of ['spin', 'hang']) {
      const started = performance.now();
      const run = await corral('diagnose', 'spinner', command, '--plugins', root);
      expect(run.code, command).toBe(EXIT.PLUGIN_FAILED);
      expect(run.stderr.trim()).toMatch(new RegExp(`^corral: spinner: command "${command}" failed: timeout: `));
      // Process start, engine start and a 200 ms deadline; nowhere near "forever".
      expect(performance.now() - started).toBeLessThan(15_000);
    }
  });

  it('a plugin that declares a command it does not export fails to load, and its commands are unavailable (3)', async () => {
    const dir = await tempDir('corral-diagnose-missing-');
    await writePlugin(dir, { id: 'forgetful', commands: { stats: { description: 'Show stats' } } }, `export default { classify() { return 1; }, stats() { return 2; } };`);
    const run = await corral('diagnose', 'forgetful', 'stats', '--plugins', dir);
    expect(run.code).toBe(EXIT.PLUGIN_FAILED);
    expect(run.stderr.trim()).toMatch(/^corral: forgetful: command "stats" failed: unavailable \(not_loaded\): plugin "forgetful" is not loaded: .*forgetful: commands declares "stats" but the default export has no function "command:stats"$/);
  });

  it('the example text-digest plugin explains its classification', async () => {
    const run = await corral('diagnose', 'text-digest', 'explain', 'Shares rallied as investors cheered bank earnings', '--plugins', EXAMPLE_PLUGINS, '--compact');
    expect(run.code).toBe(EXIT.OK);
    const answer = JSON.parse(run.stdout);
    expect(answer).toMatchObject({ label: 'finance', minTopicMatches: 2 });
    expect(answer.topics[0]).toEqual({ topic: 'finance', hits: 4, words: ['shares', 'investors', 'bank', 'earnings'] });
    // The same text through the capability gets the label the command explained.
    const classified = await corral('invoke', path.join(EXAMPLE_PLUGINS, 'text-digest'), 'classify', '--input', '{"text":"Shares rallied as investors cheered bank earnings"}', '--compact');
    expect(JSON.parse(classified.stdout).value.label).toBe('finance');

    const top = await corral('diagnose', 'text-digest', 'top-words', 'Cats chase mice. Cats sleep. Dogs chase cats.', 'limit=2', '--plugins', EXAMPLE_PLUGINS, '--compact');
    expect(top).toMatchObject({ code: EXIT.OK, stdout: '[{"word":"cat","count":3},{"word":"chase","count":2}]\n' });
  });

  it('needs --plugins or a server, not both', async () => {
    const nowhere = await runCorral(['diagnose', 'inspector'], { nodeArgs: ['--no-node-snapshot'], env: { CORRAL_URL: '', CORRAL_CONFIG: '' } });
    expect(nowhere.code).toBe(EXIT.USAGE);
    expect(nowhere.stderr).toMatch(/pass --plugins <dir> to run here, or --url/);
    const both = await corral('diagnose', '--plugins', root, '--url', 'http://127.0.0.1:9');
    expect(both.code).toBe(EXIT.USAGE);
  });
});

describe('manifest "commands"', () => {
  const base = { id: 'x', name: 'x', version: '1.0.0', main: 'index.js', capabilities: ['classify'] };
  const errorsOf = (commands: unknown) => {
    const parsed = manifestSchema.safeParse({ ...base, commands });
    return parsed.success ? 'valid' : formatIssues(parsed.error.issues);
  };

  it('accepts a declaration and fills in defaults', () => {
    const parsed = manifestSchema.parse({ ...base, commands: { 'top-words': { description: 'd', args: [{ name: 'text', required: true }, { name: 'maxWords', type: 'integer' }] } } });
    expect(parsed.commands['top-words']?.args).toEqual([
      { name: 'text', type: 'string', required: true },
      { name: 'maxWords', type: 'integer', required: false },
    ]);
    expect(manifestSchema.parse(base).commands).toEqual({});
  });

  it('rejects mistakes with the field and what was expected', () => {
    expect(errorsOf({ TopWords: { description: 'd' } })).toBe('commands.TopWords: expected a command name such as "top-words" (a lowercase letter, then lowercase letters, digits and dashes)');
    expect(errorsOf({ top: {} })).toBe('commands.top.description: expected a one-line description of what the command shows');
    expect(errorsOf({ top: { description: 'd', args: [{ name: 'n', type: 'float' }] } })).toBe('commands.top.args[0].type: expected one of "string", "number", "integer", "boolean", "json"');
    expect(errorsOf({ top: { description: 'd', arguments: [] } })).toBe('commands.top.arguments: unrecognized key');
    expect(errorsOf({ top: { description: 'd', args: [{ name: 'Text' }] } })).toMatch(/^commands\.top\.args\[0\]\.name: expected an argument name/);
    expect(errorsOf({ top: { description: 'd', args: [{ name: 'a' }, { name: 'b', required: true }] } })).toBe(
      'commands.top.args[1].required: required argument "b" comes after an optional one; declare required arguments first',
    );
    expect(errorsOf({ top: { description: 'd', args: [{ name: 'a' }, { name: 'a' }] } })).toBe('commands.top.args[1].name: duplicate argument "a"');
  });

  it('a plugin.json with a bad declaration does not load, and says which field', async () => {
    const dir = await tempDir('corral-diagnose-bad-');
    const plugin = await writePlugin(dir, { id: 'typo', commands: { stats: { description: 'd', args: [{ name: 'n', type: 'float' }] } } }, 'export default { classify() { return 1; } };');
    await writeFile(path.join(plugin, 'index.js'), `export default { classify() { return 1; }, 'command:stats'() { return 2; } };`);
    const run = await corral('invoke', plugin, 'classify', '--input', '{}');
    expect(run.code).toBe(EXIT.PLUGIN_FAILED);
    expect(run.stderr).toContain('commands.stats.args[0].type: expected one of "string", "number", "integer", "boolean", "json"');
    // Its commands are unknown, and diagnose says why rather than running anything.
    const diagnosed = await corral('diagnose', 'typo', 'stats', '--plugins', dir);
    expect(diagnosed.code).toBe(EXIT.NOT_FOUND);
    expect(diagnosed.stderr.trim()).toMatch(/^corral: plugin "typo" has no known commands: its plugin\.json never validated: .*commands\.stats\.args\[0\]\.type: expected one of .* \[CORRAL_ERR_UNKNOWN_COMMAND\]$/);
  });
});
