import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCorral } from '../helpers.ts';


function corral(...args: string[]) {
  return runCorral(args);
}

describe('corral CLI', () => {
  it('dispatch prints the dispatch result and exits 0 even when plugins fail', async () => {
    const { code, stdout } = await corral('dispatch', 'classify', '--plugins', path.join(FIXTURES, 'fanout'), '--input', '{"text":"boom now"}', '--pool-size', '2');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.capability).toBe('classify');
    expect(result.stats).toMatchObject({ plugins: 9, ok: 2, failed: 7 });
    expect(result.results.find((r: { pluginId: string }) => r.pluginId === 'word-count')).toMatchObject({ status: 'ok', value: { words: 2 } });
  });

  it('reads --input from a file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'corral-cli-'));
    const file = path.join(dir, 'input.json');
    await writeFile(file, JSON.stringify({ text: 'from a file' }));
    const { code, stdout } = await corral('invoke', path.join(FIXTURES, 'fanout', 'word-count'), 'classify', '--input', `@${file}`, '--compact');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ pluginId: 'word-count', status: 'ok', value: { words: 3 } });
  });

  it('exits 1 with one clear line for a missing plugins folder', async () => {
    const { code, stderr, stdout } = await corral('dispatch', 'classify', '--plugins', '/definitely/not/here', '--input', '{}');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(/^corral: plugins folder \/definitely\/not\/here cannot be read: .* \[CORRAL_ERR_PLUGINS_DIR\]$/);
  });

  it('exits 2 for unparseable input and for a missing required option', async () => {
    const bad = await corral('dispatch', 'classify', '--plugins', path.join(FIXTURES, 'fanout'), '--input', '{text:');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/corral: --input: not valid JSON/);
    const missing = await corral('dispatch', 'classify', '--input', '{}');
    expect(missing.code).toBe(2);
    // One line, like every other error: no help page after it.
    expect(missing.stderr).toMatch(/^corral: required option '--plugins <dir>' not specified \(see `corral <command> --help`\)\n$/);
    const unknown = await corral('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^corral: unknown command 'frobnicate'[^\n]*\n$/);
  });

  it('prints help for every command', async () => {
    for (const command of ['dispatch', 'invoke', 'list']) {
      const { code, stdout } = await corral(command, '--help');
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: corral ${command}`);
    }
  });
});
