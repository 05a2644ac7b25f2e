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
  it("isolation: 'thread' refuses to start without --no-node-snapshot, saying how to fix it", async () => {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script(", isolation: 'thread'")], { env });
    expect(stdout).toMatch(/^CORRAL_ERR_NODE_SNAPSHOT start node with --no-node-snapshot for isolation: 'thread'.*NODE_OPTIONS=--no-node-snapshot/);
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
