/**
 * Runs every code block of the README and the guides, so the docs cannot rot. Each fenced block's
 * info string says how it is exercised:
 *   sh               every command runs as written in the document's scratch folder and must exit 0; the
 *                    folder sits in a project with the packed tarball installed, so `npx corral` is the
 *                    published CLI (see test/package/installed-package.ts)
 *   sh setup         the set-up commands; CI (.ci/run) runs exactly these
 *   sh install       installing the tarball into an app: what test/package/installed-package.ts does
 *   <lang> file=P    written to P in the scratch folder, for the commands that follow
 *   ts run / js run  executed with plain `node` (no flags) in that scratch folder: `import 'corral'` is the
 *                    installed package
 *   js plugin=CAP    loaded as a plugin module and called once with CAP
 *   jsonc manifest   comments stripped, validated against the manifest schema
 *   yaml config      validated as an engine config file
 *   text             not code (a layout listing)
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine, loadConfigFile, manifestSchema } from '../../src/index.ts';
import { installedPackage } from '../package/installed-package.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCS = ['README.md', 'docs/plugin-authoring.md', 'docs/embedding.md', 'docs/cli.md', 'docs/diagnostics-api.md', 'docs/scheduling.md'];

interface Block {
  info: string;
  code: string;
  line: number;
}

function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(.*)$/.exec(lines[i] as string);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i] as string);
    blocks.push({ info: (open[1] as string).trim(), code: body.join('\n'), line: start + 1 });
  }
  return blocks;
}

/** Shell lines with `\` continuations joined; comments and blanks dropped. */
function commandsOf(code: string): string[] {
  return code
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

const scratchDirs: string[] = [];
afterAll(async () => {
  await Promise.all(scratchDirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe.each(DOCS)('%s', (doc) => {
  it('every code block runs', { timeout: 600_000 }, async () => {
    const pkg = await installedPackage(24);
    const env = { ...pkg.env, CORRAL_LOG_LEVEL: 'silent' };
    const markdown = await readFile(path.join(ROOT, doc), 'utf8');
    const blocks = blocksOf(markdown);
    expect(blocks.length).toBeGreaterThan(0);
    const scratch = await mkdtemp(path.join(pkg.dir, `docs-${path.basename(doc, '.md')}-`));
    scratchDirs.push(scratch);
    await cp(path.join(ROOT, 'plugins'), path.join(scratch, 'plugins'), { recursive: true });
    for (const [index, block] of blocks.entries()) {
      const where = `${doc}:${block.line} (${block.info || 'no info string'})`;
      const [lang, mode] = block.info.split(/\s+/);
      if (block.info === 'sh setup' || block.info === 'sh install' || block.info === 'text') continue;
      if (mode?.startsWith('file=')) {
        const target = path.join(scratch, mode.slice('file='.length));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, `${block.code}\n`);
      } else if (lang === 'sh' && mode === undefined) {
        for (const command of commandsOf(block.code)) {
          try {
            await run('bash', ['-c', command], { cwd: scratch, env, timeout: 60_000 });
          } catch (error) {
            const e = error as { stdout?: string; stderr?: string; message: string };
            throw new Error(`${where}: \`${command}\` failed: ${e.stdout ?? ''}${e.stderr ?? e.message}`);
          }
        }
      } else if ((lang === 'ts' || lang === 'js') && mode === 'run') {
        const file = path.join(scratch, `block-${index}.${lang === 'ts' ? 'mts' : 'mjs'}`);
        await writeFile(file, block.code);
        try {
          await run(pkg.node, [file], { cwd: scratch, env, timeout: 60_000 });
        } catch (error) {
          throw new Error(`${where}: failed: ${(error as { stderr?: string }).stderr ?? (error as Error).message}`);
        }
      } else if (lang === 'js' && mode?.startsWith('plugin=')) {
        const capability = mode.slice('plugin='.length);
        const dir = path.join(scratch, `doc-plugin-${index}`);
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, 'index.js'), block.code);
        await writeFile(path.join(dir, 'plugin.json'), JSON.stringify({ id: `doc-plugin-${index}`, name: 'doc', version: '1.0.0', main: 'index.js', capabilities: [capability] }));
        const engine = await createEngine({ plugins: [dir], poolSize: 1 });
        try {
          expect(engine.plugin(`doc-plugin-${index}`).error, where).toBeNull();
          expect(await engine.invoke(`doc-plugin-${index}`, capability, { text: 'docs example' }), where).toMatchObject({ status: 'ok' });
        } finally {
          await engine.close();
        }
      } else if (block.info === 'jsonc manifest') {
        const json = JSON.parse(block.code.replace(/\s*\/\/.*$/gm, ''));
        for (const [key, value] of Object.entries(json)) if (typeof value === 'string' && value.includes('<')) delete json[key];
        const parsed = manifestSchema.safeParse(json);
        expect(parsed.success, `${where}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      } else if (block.info === 'yaml config') {
        const file = path.join(scratch, `block-${index}.yaml`);
        await writeFile(file, block.code);
        await expect(loadConfigFile(file), where).resolves.toBeDefined();
      } else {
        throw new Error(`${where}: unknown info string; say how this block is exercised (see test/docs/docs.test.ts)`);
      }
    }
  });
});
