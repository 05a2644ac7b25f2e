/**
 * corral/sdk's types as a plugin project sees them: the published declarations (emitted here from
 * src/sdk/index.ts exactly as the package build emits them), a consumer tsconfig with every strict
 * flag on and nodenext resolution, no Node or DOM types (only the sandbox's globals, as the template
 * ships them). The documented patterns must compile with zero errors, and each mistake below must be
 * reported where it is, or the types are not checking anything.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PLUGIN_COMPILER_OPTIONS } from '../../src/authoring/typecheck.ts';
import { SANDBOX_ENV_DTS } from '../../src/authoring/sandbox-env.ts';
import { defineCapability } from '../../src/index.ts';
import type { ContractOf, PluginContext } from '../../src/sdk/index.ts';

const SDK_SOURCE = fileURLToPath(new URL('../../src/sdk/index.ts', import.meta.url));
const SCRATCH_ROOT = fileURLToPath(new URL('../.scratch/', import.meta.url));

let work: string;
let sdkTypes: string;

/** The SDK's .d.ts, emitted with the package build's settings (tsconfig.build.json: declaration on). */
function emitSdkDeclarations(): string {
  let dts: string | undefined;
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    declaration: true,
    emitDeclarationOnly: true,
    lib: ['lib.es2024.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  host.writeFile = (name, text) => {
    if (name.endsWith('.d.ts')) dts = text;
  };
  const program = ts.createProgram([SDK_SOURCE], options, host);
  const emitted = program.emit();
  const errors = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  if (errors.length > 0 || dts === undefined) throw new Error(`the SDK does not emit declarations: ${errors.join('\n')}`);
  return dts;
}

interface Checked {
  /** `file:line: TSxxxx message` for every error. */
  errors: string[];
}

/** Compile fixture files (name -> source) as a plugin project importing `corral/sdk`. */
async function compile(name: string, files: Record<string, string>): Promise<Checked> {
  const dir = path.join(work, name);
  await mkdir(path.join(dir, 'src'), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  await writeFile(path.join(dir, 'src', 'sandbox-env.d.ts'), SANDBOX_ENV_DTS);
  for (const [file, source] of Object.entries(files)) await writeFile(path.join(dir, 'src', file), source);
  const { options, errors: optionErrors } = ts.convertCompilerOptionsFromJson({ ...PLUGIN_COMPILER_OPTIONS, skipLibCheck: false }, dir);
  expect(optionErrors).toEqual([]);
  const program = ts.createProgram({
    rootNames: [path.join(dir, 'src', 'sandbox-env.d.ts'), ...Object.keys(files).map((f) => path.join(dir, 'src', f))],
    options: { ...options, paths: { 'corral/sdk': [sdkTypes] } },
  });
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (d.file === undefined || d.start === undefined) return `TS${d.code} ${text}`;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.relative(dir, d.file.fileName)}:${line + 1}: TS${d.code} ${text}`;
  });
  return { errors };
}

beforeAll(async () => {
  await mkdir(SCRATCH_ROOT, { recursive: true });
  work = await mkdtemp(path.join(SCRATCH_ROOT, 'sdk-types-'));
  // Where the package keeps it (dist/src/sdk/index.d.ts), under a node_modules-free scratch folder.
  sdkTypes = path.join(work, 'corral-sdk', 'index.d.ts');
  await mkdir(path.dirname(sdkTypes), { recursive: true });
  await writeFile(sdkTypes, emitSdkDeclarations());
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const DOCUMENTED = `import { definePlugin, InvalidInputError } from 'corral/sdk';

interface Contracts {
  classify: { input: { text: string }; output: { label: string; words: number } };
  [name: string]: { input: unknown; output: unknown };
}

export default definePlugin<Contracts>({
  classify(input) {
    if (typeof input?.text !== 'string') throw new InvalidInputError('input.text: expected a string');
    const words = input.text.split(/\\s+/).filter(Boolean).length;
    return { label: words > 5 ? 'long' : 'short', words };
  },
});
`;

describe('corral/sdk types in a strict plugin project', () => {
  it('the documented pattern (with the index signature), an interface without one, hooks, commands and the whole ctx compile with zero errors', async () => {
    const checked = await compile('positive', {
      'documented.ts': DOCUMENTED,
      'everything.ts': `import { definePlugin, InvalidInputError, PermissionDeniedError, QuotaExceededError, type PluginContext } from 'corral/sdk';

interface Contracts {
  classify: { input: { text: string; lang?: string }; output: { label: string } };
  'translate-query': { input: { q: string }; output: string[] };
}
interface Config { threshold: number; apiKey: string }

function score(ctx: PluginContext<Config>): number {
  return ctx.config.threshold;
}

export default definePlugin<Contracts, Config>({
  async classify(input, ctx) {
    const label: string = input.text.length > score(ctx) ? 'long' : 'short';
    const lang: string | undefined = input.lang;
    ctx.log.info('classifying', { lang, call: ctx.callId, deadline: ctx.deadline, capability: ctx.capability });
    const response = await ctx.fetch('https://api.example.com/v1?q=' + encodeURIComponent(input.text), {
      method: 'POST',
      headers: { authorization: 'Bearer ' + ctx.config.apiKey },
      body: JSON.stringify({ text: input.text }),
    });
    if (!response.ok) throw new QuotaExceededError('upstream said ' + response.status + ' ' + response.headers.get('retry-after'));
    const body = await response.json<{ label?: string }>();
    const seen: number = ctx.state.increment('seen');
    const previous: string | undefined = ctx.state.get<string>('last');
    ctx.state.set('last', body.label ?? label);
    const keys: string[] = ctx.state.list('l');
    if (keys.length > 1000 || ctx.state.delete('stale')) ctx.log.warn(seen, previous);
    return { label: body.label ?? label };
  },
  'translate-query'(input) {
    if (input.q === '') throw new InvalidInputError('q: empty', { cause: input });
    const words = input.q.split(' ');
    const first: string | undefined = words[0];
    return first === undefined ? [] : [first, new URL('https://x.test/' + first).pathname, new TextDecoder().decode(new TextEncoder().encode(first))];
  },
  // A capability the manifest declares but the contracts do not cover: untyped, still allowed.
  summarize(input: { text: string }) {
    return input.text.slice(0, 10);
  },
  'command:explain'(args, ctx) {
    return 'threshold ' + ctx.config.threshold + ' for ' + String(args['text']);
  },
  init(ctx) {
    if (ctx.pluginId === '') throw new PermissionDeniedError('no id');
  },
  health(ctx) {
    return ctx.config.threshold > 0 ? 'healthy' : { status: 'degraded', message: 'threshold is 0' };
  },
  async shutdown(ctx) {
    ctx.log.debug('bye', ctx.version);
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
  },
});
`,
    });
    expect(checked.errors).toEqual([]);
  });

  it('the template `corral init --typescript` writes compiles with zero errors', async () => {
    const { writeTemplate } = await import('../../src/authoring/template.ts');
    const dir = path.join(work, 'template-src', 'greet-plugin');
    await writeTemplate(dir, { capability: 'greet', typescript: true });
    const { readFile } = await import('node:fs/promises');
    const checked = await compile('template', { 'index.ts': await readFile(path.join(dir, 'src', 'index.ts'), 'utf8') });
    expect(checked.errors).toEqual([]);
  });

  it('reports wrong output, misuse of a typed input, unknown ctx members, a wrong hook result and a global fetch', async () => {
    const checked = await compile('negative', {
      'wrong-output.ts': `import { definePlugin } from 'corral/sdk';
interface Contracts { classify: { input: { text: string }; output: { label: string; words: number } } }
export default definePlugin<Contracts>({
  classify(input) {
    return { label: input.text, words: 'three' };
  },
});
`,
      'wrong-input.ts': `import { definePlugin } from 'corral/sdk';
interface Contracts { classify: { input: { text: string }; output: number } }
export default definePlugin<Contracts>({
  classify(input) {
    const n: number = input.text;
    return n;
  },
});
`,
      'async-wrong-output.ts': `import { definePlugin } from 'corral/sdk';
interface Contracts { classify: { input: { text: string }; output: number } }
export default definePlugin<Contracts>({
  async classify(input) {
    await Promise.resolve();
    return input.text;
  },
});
`,
      'index-signature-still-typed.ts': DOCUMENTED.replace("return { label: words > 5 ? 'long' : 'short', words };", "return { label: words, words };"),
      'ctx.ts': `import { definePlugin } from 'corral/sdk';
export default definePlugin({
  classify(input, ctx) {
    ctx.state.set('k', 1);
    return ctx.secrets;
  },
  health() {
    return 'fine';
  },
});
`,
      'global-fetch.ts': `export async function get(): Promise<unknown> {
  return fetch('https://example.com');
}
`,
    });
    const byFile = (file: string) => checked.errors.filter((e) => e.startsWith(`src/${file}:`));
    expect(byFile('wrong-output.ts'), checked.errors.join('\n')).toEqual([expect.stringMatching(/^src\/wrong-output\.ts:4: TS2322 .*Type 'string' is not assignable to type 'number'/)]);
    expect(byFile('wrong-input.ts')).toEqual([expect.stringMatching(/^src\/wrong-input\.ts:5: TS2322 Type 'string' is not assignable to type 'number'/)]);
    expect(byFile('async-wrong-output.ts')).toEqual([expect.stringMatching(/^src\/async-wrong-output\.ts:4: TS2322 .*Promise<string>/)]);
    expect(byFile('index-signature-still-typed.ts')).toEqual([expect.stringMatching(/:9: TS2322 .*Type 'number' is not assignable to type 'string'/)]);
    expect(byFile('ctx.ts')).toEqual([
      expect.stringMatching(/:5: TS2339 Property 'secrets' does not exist on type 'PluginContext/),
      expect.stringMatching(/:7: TS2322 .*'"fine"' is not assignable to type 'HealthResult/),
    ]);
    expect(byFile('global-fetch.ts')).toEqual([expect.stringMatching(/:2: TS2349 This expression is not callable/)]);
    expect(checked.errors).toHaveLength(7);
  });
});

// ---- checked by the repository's own `tsc --noEmit` -------------------------------------------------
// ContractOf reads a host's real defineCapability() value (zod schemas) without corral/sdk importing the host.
const classify = defineCapability({ name: 'classify', input: z.object({ text: z.string() }), output: z.object({ label: z.enum(['a', 'b']) }) });
type Classify = ContractOf<typeof classify>;
export const contractOk: Classify = { input: { text: 'x' }, output: { label: 'a' } };
// @ts-expect-error the output label is 'a' | 'b'
export const contractWrongOutput: Classify = { input: { text: 'x' }, output: { label: 'c' } };
// @ts-expect-error the input text is a string
export const contractWrongInput: Classify = { input: { text: 1 }, output: { label: 'a' } };
export type CtxHasFetch = PluginContext['fetch'];
