import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { buildProgram } from '../../src/cli/program.ts';
import { CORRAL_VERSION } from '../../src/version.ts';
import { FIXTURES, runCorral, tempDir, writePlugin } from '../helpers.ts';
import { writeBroken } from '../http/fixtures.ts';

const corral = (...args: string[]) => runCorral(args, { nodeArgs: ['--no-node-snapshot'] });
const FANOUT = path.join(FIXTURES, 'fanout');

/** stderr holds exactly one line, `corral: ...`, and it matches. */
function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.split('\n').filter(Boolean);
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^corral: /);
  expect(lines[0]).toMatch(pattern);
}

describe('corral exit codes', () => {
  it('docs/cli.md documents every code of the table, with the number the CLI uses', async () => {
    const doc = await readFile(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Exit codes'));
    expect(section.length).toBeGreaterThan(20);
    const documented = [...section.matchAll(/^\| `(\d+)` \|/gm)].map((m) => Number(m[1]));
    expect(documented).toEqual(Object.values(EXIT));
  });

  it('--version prints the version and exits 0', async () => {
    for (const flag of ['--version', '-V']) {
      const run = await corral(flag);
      expect(run).toMatchObject({ code: EXIT.OK, stdout: `${CORRAL_VERSION}\n` });
    }
    // main.ts answers a lone --version before loading the program; the program knows it too (help, odd argv).
    expect(buildProgram().version()).toBe(CORRAL_VERSION);
  });

  it('invoke: 0 for an ok outcome; 3 with the outcome on stdout and one line naming plugin, type and message when it failed', async () => {
    const ok = await corral('invoke', path.join(FANOUT, 'word-count'), 'classify', '--input', '{"text":"a b"}', '--compact');
    expect(ok.code).toBe(EXIT.OK);
    expect(ok.stderr).toBe('');

    const threw = await corral('invoke', path.join(FANOUT, 'thrower'), 'classify', '--input', '{"text":"boom"}', '--compact');
    expect(threw.code).toBe(EXIT.PLUGIN_FAILED);
    expect(JSON.parse(threw.stdout)).toMatchObject({ pluginId: 'thrower', status: 'error', error: { type: 'error' } });
    expectOneLine(threw.stderr, /^corral: thrower: classify failed: error: /);

    const looped = await corral('invoke', path.join(FANOUT, 'looper'), 'classify', '--input', '{"text":"boom"}', '--compact');
    expect(looped.code).toBe(EXIT.PLUGIN_FAILED);
    expectOneLine(looped.stderr, /^corral: looper: classify failed: timeout: /);
  });

  it('invoke: a plugin that failed to load is unavailable (3); a folder without a plugin and an undeclared capability are not found (4)', async () => {
    const root = await tempDir();
    const broken = await writeBroken(root);
    const unloaded = await corral('invoke', broken, 'classify', '--input', '{}', '--compact');
    expect(unloaded.code).toBe(EXIT.PLUGIN_FAILED);
    expect(JSON.parse(unloaded.stdout)).toMatchObject({ status: 'error', error: { type: 'unavailable', reason: 'not_loaded' } });
    expectOneLine(unloaded.stderr, /^corral: broken: classify failed: unavailable \(not_loaded\): plugin "broken" is not loaded: .*compile failed: SyntaxError/);

    const empty = await corral('invoke', root, 'classify', '--input', '{}');
    expect(empty.code).toBe(EXIT.NOT_FOUND);
    expect(empty.stdout).toBe('');
    expectOneLine(empty.stderr, /no plugin here \(no plugin\.json\)$/);

    const undeclared = await corral('invoke', path.join(FANOUT, 'word-count'), 'clasify', '--input', '{}');
    expect(undeclared.code).toBe(EXIT.NOT_FOUND);
    expectOneLine(undeclared.stderr, /does not declare capability "clasify" \(it declares: classify\) \[CORRAL_ERR_UNKNOWN_CAPABILITY\]$/);
  });

  it('dispatch: partial success 0; a capability nobody declares 4; every plugin failing 3', async () => {
    const partial = await corral('dispatch', 'classify', '--plugins', FANOUT, '--input', '{"text":"boom"}', '--compact');
    expect(partial.code).toBe(EXIT.OK);
    expect(JSON.parse(partial.stdout).stats.ok).toBeGreaterThan(0);

    const misspelt = await corral('dispatch', 'clasify', '--plugins', FANOUT, '--input', '{}');
    expect(misspelt.code).toBe(EXIT.NOT_FOUND);
    expect(misspelt.stdout).toBe('');
    expectOneLine(misspelt.stderr, /no plugin in .* declares capability "clasify" \(declared: classify, shout\)$/);

    const root = await tempDir();
    await writeBroken(root);
    await writePlugin(root, { id: 'looper', limits: { timeoutMs: 100 } }, 'export default { classify() { for (;;) {} } };');
    const allFailed = await corral('dispatch', 'classify', '--plugins', root, '--input', '{}', '--compact');
    expect(allFailed.code).toBe(EXIT.PLUGIN_FAILED);
    expect(JSON.parse(allFailed.stdout).stats).toMatchObject({ plugins: 2, ok: 0, failed: 2 });
    expectOneLine(allFailed.stderr, /^corral: classify: every plugin failed \(broken: unavailable \(not_loaded\); looper: timeout\)$/);
  });

  it('usage errors are 2 and host errors 1, each one line', async () => {
    const badInput = await corral('invoke', path.join(FANOUT, 'word-count'), 'classify', '--input', '{nope');
    expect(badInput.code).toBe(EXIT.USAGE);
    expectOneLine(badInput.stderr, /--input: not valid JSON/);

    const unknownCommand = await corral('frobnicate');
    expect(unknownCommand.code).toBe(EXIT.USAGE);

    const noFolder = await corral('dispatch', 'classify', '--plugins', '/definitely/not/here', '--input', '{}');
    expect(noFolder.code).toBe(EXIT.FAILURE);
    expectOneLine(noFolder.stderr, /\[CORRAL_ERR_PLUGINS_DIR\]$/);
  });
});
