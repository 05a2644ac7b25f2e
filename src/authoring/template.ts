import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CorralError } from '../errors.ts';
import { CAPABILITY_NAME_PATTERN, PLUGIN_ID_PATTERN } from '../manifest/manifest-schema.ts';
import { SANDBOX_ENV_DTS, SANDBOX_ENV_FILE } from './sandbox-env.ts';
import { PLUGIN_COMPILER_OPTIONS } from './typecheck.ts';

export interface TemplateOptions {
  capability: string;
  typescript: boolean;
}

function jsSource(capability: string): string {
  return `// A Corral plugin: one ES module, no imports, default export mapping capability names to functions.
export default {
  ${JSON.stringify(capability)}(input, ctx) {
    if (input === null || typeof input !== 'object' || typeof input.text !== 'string') {
      const error = new Error('input.text: expected a string');
      error.name = 'InvalidInputError'; // the outcome becomes invalid_input
      throw error;
    }
    const words = input.text.split(/\\s+/).filter(Boolean);
    ctx.log.debug('words', words.length);
    return { words: words.length, longest: words.reduce((a, w) => (w.length > a.length ? w : a), '') };
  },
};
`;
}

function tsSource(capability: string): string {
  return `import { definePlugin, InvalidInputError } from 'corral/sdk';

/** What the host sends and expects back, per capability (a host may publish these types). */
interface Contracts {
  ${JSON.stringify(capability)}: { input: { text: string }; output: { words: number; longest: string } };
}

export default definePlugin<Contracts>({
  ${JSON.stringify(capability)}(input, ctx) {
    // The type is the contract; the value comes from outside the sandbox, so check it anyway.
    if (typeof input?.text !== 'string') throw new InvalidInputError('input.text: expected a string');
    const words = input.text.split(/\\s+/).filter(Boolean);
    ctx.log.debug('words', words.length);
    return { words: words.length, longest: words.reduce((a, w) => (w.length > a.length ? w : a), '') };
  },
});
`;
}

/** Type-checks src/ the way `corral build` does before bundling (esbuild emits; tsc only checks). */
function tsconfigSource(): string {
  return `${JSON.stringify({ compilerOptions: PLUGIN_COMPILER_OPTIONS, include: ['src'] }, null, 2)}\n`;
}

/** Makes src/*.ts ES modules for TypeScript (nodenext), whatever the enclosing project's package.json says. */
function packageJsonSource(id: string): string {
  return `${JSON.stringify({ name: id, version: '0.1.0', private: true, type: 'module' }, null, 2)}\n`;
}

function testSource(id: string, capability: string): string {
  return `// Runs the plugin in a real sandbox with the same limits as production:
//   node --test plugin.test.mjs
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { createEngine } from 'corral';

const dir = fileURLToPath(new URL('.', import.meta.url));

test(${JSON.stringify(`${id} answers ${capability}`)}, async () => {
  const engine = await createEngine({ plugins: [dir], poolSize: 1 });
  try {
    const ok = await engine.invoke(${JSON.stringify(id)}, ${JSON.stringify(capability)}, { text: 'hello sandboxed world' });
    assert.equal(ok.status, 'ok', JSON.stringify(ok));
    assert.deepEqual(ok.value, { words: 3, longest: 'sandboxed' });
    const bad = await engine.invoke(${JSON.stringify(id)}, ${JSON.stringify(capability)}, { text: 42 });
    assert.equal(bad.status, 'error');
    assert.equal(bad.error.type, 'invalid_input');
  } finally {
    await engine.close();
  }
});
`;
}

/** Write a working plugin template (manifest, code, its own test) into an empty or new folder. */
export async function writeTemplate(dir: string, options: TemplateOptions): Promise<string[]> {
  const target = path.resolve(dir);
  const id = path.basename(target);
  if (!PLUGIN_ID_PATTERN.test(id)) {
    throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${target}: the folder name "${id}" becomes the plugin id and must match [a-z0-9-]`);
  }
  if (!CAPABILITY_NAME_PATTERN.test(options.capability)) {
    throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `--capability "${options.capability}": expected a capability name such as "classify"`);
  }
  await mkdir(target, { recursive: true });
  const existing = await readdir(target);
  if (existing.length > 0) throw new CorralError('CORRAL_ERR_INVALID_MANIFEST', `${target} is not empty; corral init writes into a new or empty folder`);
  const main = options.typescript ? 'dist/index.js' : 'index.js';
  const manifest = {
    id,
    name: id,
    version: '0.1.0',
    description: `The ${options.capability} capability.`,
    main,
    capabilities: [options.capability],
    permissions: [],
    limits: { memoryMb: 32, timeoutMs: 500 },
    config: {},
  };
  const files: Record<string, string> = {
    'plugin.json': `${JSON.stringify(manifest, null, 2)}\n`,
    'plugin.test.mjs': testSource(id, options.capability),
  };
  if (options.typescript) {
    files['src/index.ts'] = tsSource(options.capability);
    files[SANDBOX_ENV_FILE] = SANDBOX_ENV_DTS;
    files['tsconfig.json'] = tsconfigSource();
    files['package.json'] = packageJsonSource(id);
    files['dist/index.js'] = jsSource(options.capability); // replaced by `corral build`
  } else {
    files['index.js'] = jsSource(options.capability);
  }
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(target, name)), { recursive: true });
    await writeFile(path.join(target, name), content);
  }
  return Object.keys(files).sort();
}
