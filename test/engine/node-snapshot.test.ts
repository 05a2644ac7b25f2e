import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const INDEX = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const FANOUT = fileURLToPath(new URL('../fixtures/fanout', import.meta.url));

const script = (isolation: string) =>
  `import(${JSON.stringify(INDEX)}).then(({ createEngine }) => createEngine({ pluginsDir: ${JSON.stringify(FANOUT)}${isolation} })).then(async (e) => { const r = await e.dispatch(e.capabilities()[0], {}); console.log('started ' + r.results.length); await e.close(); }, (e) => console.log(e.code + ' ' + e.message))`;

// Without the flag from the test runner: the test processes get it as a real flag.
const env = { ...process.env, NODE_OPTIONS: '', CORRAL_LOG_LEVEL: 'silent' };

describe('process flags', () => {
  it("isolation: 'thread' without --no-node-snapshot runs the pool in a child process instead, and says so once", async () => {
    const fallback = `import(${JSON.stringify(INDEX)}).then(({ createEngine }) => createEngine({ pluginsDir: ${JSON.stringify(FANOUT)}, isolation: 'thread', env: {} })).then(async (e) => { const r = await e.dispatch(e.capabilities()[0], {}); console.log('started ' + r.results.length + ' ' + e.poolHealth().isolation); await e.close(); }, (e) => console.log(e.code + ' ' + e.message))`;
    const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', fallback], { env: { ...env, CORRAL_LOG_LEVEL: 'warn' } });
    expect(stdout).toMatch(/^started \d+ process\n$/);
    const warnings = stderr.split('\n').filter((line) => line.includes('engine.isolation_fallback'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('--no-node-snapshot');
  });

  it('accepts the flag from NODE_OPTIONS', async () => {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script(", isolation: 'thread'")], { env: { ...env, NODE_OPTIONS: '--no-node-snapshot' } });
    expect(stdout).toMatch(/^started \d+/);
  });

  it('the default process isolation needs no flag in the host (its pool child gets it)', async () => {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script('')], { env });
    expect(stdout).toMatch(/^started \d+/);
  });
});
