import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const INDEX = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const FANOUT = fileURLToPath(new URL('../fixtures/fanout', import.meta.url));

describe('process flags', () => {
  it('refuses to start without --no-node-snapshot, saying how to fix it', async () => {
    const script = `import(${JSON.stringify(INDEX)}).then(({ createEngine }) => createEngine({ pluginsDir: ${JSON.stringify(FANOUT)} })).then(() => console.log('started'), (e) => console.log(e.code + ' ' + e.message))`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
    expect(stdout).toMatch(/^CORRAL_ERR_NODE_SNAPSHOT start node with --no-node-snapshot/);
  });
});
