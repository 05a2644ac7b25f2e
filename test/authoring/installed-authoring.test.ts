/**
 * Plugin authoring outside this repository: the packed tarball installed into a fresh project (with
 * esbuild and typescript beside it, as docs/plugin-authoring.md says), then `npx corral init
 * --typescript`, the project's own `tsc` over the template (what an editor shows), `npx corral build`,
 * validate, invoke, the generated test with plain `node --test`, a type error stopping the build, and
 * a runtime error named by its line in src/index.ts through the built package's workers.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inConsumer, installedPackage } from '../package/installed-package.ts';


const ID = 'authoring-e2e';

describe('plugin authoring with corral installed from its tarball', () => {
  it('init --typescript → the project’s tsc → build → validate → invoke → node --test; type errors stop the build; runtime errors name src/index.ts lines', { timeout: 600_000 }, async () => {
    const pkg = await installedPackage(24);
    const npx = (...args: string[]) => inConsumer(pkg, 'npx', ['corral', ...args]);
    const tsc = () => inConsumer(pkg, pkg.node, ['node_modules/typescript/bin/tsc', '-p', ID]);
    const dir = path.join(pkg.dir, ID);
    await rm(dir, { recursive: true, force: true });

    const init = await npx('init', ID, '--capability', 'greet', '--typescript');
    expect(init, init.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(init.stdout).toContain(`next: npx corral build ${ID} && npx corral validate ${ID} && node --test ${ID}/plugin.test.mjs\n`);

    // What the author's editor sees: corral/sdk resolved through node_modules/corral's exports.
    const editor = await tsc();
    expect(`${editor.stdout}${editor.stderr}`).toBe('');
    expect(editor.code).toBe(0);

    for (const step of [['build', ID], ['validate', ID]]) {
      const ran = await npx(...step);
      expect(ran.code, `${step.join(' ')}: ${ran.stdout}${ran.stderr}`).toBe(0);
      expect(ran.stderr, step.join(' ')).toBe('');
      if (step[0] === 'build') expect(ran.stdout).toContain('type-checked');
    }
    const invoked = await npx('invoke', ID, 'greet', '--input', '{"text":"hello sandboxed world"}', '--compact');
    expect(invoked.code, invoked.stderr).toBe(0);
    expect(JSON.parse(invoked.stdout)).toMatchObject({ pluginId: ID, status: 'ok', value: { words: 3, longest: 'sandboxed' } });
    const tested = await inConsumer(pkg, pkg.node, ['--test', '--test-reporter=tap', `${ID}/plugin.test.mjs`]);
    expect(tested.code, `${tested.stdout}${tested.stderr}`).toBe(0);
    expect(tested.stdout).toMatch(/# pass 1/);

    // The template's invalid-input throw, located in the original TypeScript.
    const template = await readFile(path.join(dir, 'src', 'index.ts'), 'utf8');
    const throwLine = template.split('\n').findIndex((l) => l.includes('throw new InvalidInputError')) + 1;
    const throwColumn = (template.split('\n')[throwLine - 1] as string).indexOf('new InvalidInputError') + 1;
    const bad = await npx('invoke', ID, 'greet', '--input', '{"text":42}', '--compact');
    expect(bad.code).toBe(3);
    expect(JSON.parse(bad.stdout).error).toEqual({
      type: 'invalid_input',
      name: 'InvalidInputError',
      message: 'input.text: expected a string',
      location: `src/index.ts:${throwLine}:${throwColumn}`,
      stack: `at greet (src/index.ts:${throwLine}:${throwColumn})`,
    });

    // A wrong return type: the editor and the build both refuse it, at the same place.
    await writeFile(path.join(dir, 'src', 'index.ts'), template.replace('return { words: words.length,', 'return { words: `${words.length}`,'));
    const handlerLine = template.split('\n').findIndex((l) => l.includes('"greet"(input, ctx)')) + 1;
    const build = await npx('build', ID);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(`${ID}/src/index.ts:${handlerLine}:3: error TS2322:`);
    expect(build.stderr).toContain("Type 'string' is not assignable to type 'number'.");
    const refused = await tsc();
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toContain(`${ID}/src/index.ts(${handlerLine},3): error TS2322`);
    await rm(dir, { recursive: true, force: true });
  });
});
