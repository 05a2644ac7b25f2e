/**
 * No plugin can kill the host in the default configuration: a real `corral serve` with its
 * defaults (process isolation, default limits: 64 MB, 1000 ms), one plugin per shape of memory
 * growth, and a healthy plugin beside them. Every attack must end as that plugin's own fault
 * (`memory_limit`, or `crashed`/`caused_crash` when V8 itself gives up in the pool child), the
 * healthy plugin must answer after each one, the host's resident memory must stay flat, and the pool
 * child's must stay bounded (the memory guard: isolated-vm alone let arrays of arrays and resizable
 * buffers take the child past 2 GB while the call ran out its deadline).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, writePlugin } from '../helpers.ts';
import { killServeProcesses, startServe } from '../http/serve-process.ts';

afterEach(killServeProcesses);

const SHAPES: Record<string, string> = {
  'map-growth': 'const m = new Map(); for (let i = 0; ; i++) m.set(i, { i });',
  'set-growth': 'const s = new Set(); for (let i = 0; ; i++) s.add({ i });',
  'object-growth': 'const o = {}; for (let i = 0; ; i++) o["k" + i] = i;',
  'array-of-arrays': 'const a = []; for (;;) a.push(new Array(1000));',
  'array-from-length': 'const a = []; for (;;) a.push(Array.from({ length: 100000 }, (_, i) => i));',
  'string-doubling': 'let s = "x"; for (;;) s += s;',
  'strings-kept': 'const a = []; for (let i = 0; ; i++) a.push("x".repeat(1024) + i);',
  'typed-arrays': 'const a = []; for (;;) a.push(new Uint8Array(1 << 20).fill(1));',
  'array-buffers': 'const a = []; for (;;) { const b = new ArrayBuffer(1 << 20); new Uint8Array(b).fill(1); a.push(b); }',
  'resizable-buffers': 'const a = []; for (;;) { const b = new ArrayBuffer(1 << 16, { maxByteLength: 1 << 28 }); b.resize(1 << 28); new Uint8Array(b).fill(1); a.push(b); }',
  'shared-buffers': 'const a = []; for (;;) { const b = new SharedArrayBuffer(1 << 20); new Uint8Array(b).fill(1); a.push(b); }',
  'growable-shared-buffers': 'const a = []; for (;;) { const b = new SharedArrayBuffer(1 << 16, { maxByteLength: 1 << 28 }); b.grow(1 << 28); new Uint8Array(b).fill(1); a.push(b); }',
  'kept-across-calls': 'globalThis.kept ??= []; for (let i = 0; i < 40; i++) globalThis.kept.push(new Uint8Array(1 << 20).fill(1)); return globalThis.kept.length;',
};

const residentKb = (pid: number, field: 'VmRSS' | 'VmHWM'): number => {
  try {
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0; // the child is gone (restarting)
  }
};
const childrenOf = (pid: number): number[] => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface OutcomeBody {
  status: string;
  error?: { type: string; reason?: string; message: string };
}

describe.runIf(process.platform === 'linux')('the host survives every shape of memory growth (corral serve, defaults)', () => {
  it('charges each attack to its plugin, keeps the host flat and the pool child bounded, and the healthy plugin answers after each', async () => {
    const root = await tempDir();
    for (const [id, body] of Object.entries(SHAPES)) await writePlugin(root, { id, capabilities: ['attack'] }, `export default { attack() { ${body} } };`);
    await writePlugin(root, { id: 'echo', capabilities: ['echo'] }, 'export default { echo(input) { return input; } };');
    const server = await startServe(['--plugins', root, '--port', '0', '--data-dir', await tempDir(), '--insecure-no-auth'], { CORRAL_LOG_LEVEL: 'warn' });
    const hostPid = server.child.pid as number;
    const post = async (path: string, input: unknown): Promise<OutcomeBody> => {
      const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input }) });
      const body = (await response.json()) as OutcomeBody & { reason?: string; detail?: string };
      // 503: the plugin did not run (quarantined, or the pool child restarting).
      if (response.status === 503) return { status: 'error', error: { type: 'unavailable', reason: body.reason ?? '', message: body.detail ?? '' } };
      expect(response.status, `${path}: ${JSON.stringify(body)}`).toBe(200);
      return body;
    };
    // Peak resident memory of whichever pool child is alive, sampled every 20 ms.
    let childPeakKb = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        for (const pid of childrenOf(hostPid)) childPeakKb = Math.max(childPeakKb, residentKb(pid, 'VmRSS'));
        await sleep(20);
      }
    })();
    const hostBeforeKb = residentKb(hostPid, 'VmRSS');
    const seen: Record<string, string[]> = {};
    try {
      for (const id of Object.keys(SHAPES)) {
        seen[id] = [];
        for (let attempt = 0; attempt < 3; attempt++) {
          const outcome = await post(`/api/v1/plugins/${id}/invoke/attack`, {});
          const label = outcome.status === 'ok' ? 'ok' : `${outcome.error?.type}/${outcome.error?.reason ?? ''}`;
          seen[id].push(label);
          if (label.startsWith('unavailable/')) break; // quarantined: it cannot attack again for now
        }
        // The healthy plugin answers once the pool is back (a pool child restart takes ~1 s).
        let echo: OutcomeBody | undefined;
        for (let i = 0; i < 100 && echo?.status !== 'ok'; i++) {
          echo = await post('/api/v1/plugins/echo/invoke/echo', { after: id });
          if (echo.status !== 'ok') await sleep(100);
        }
        expect(echo, `echo after ${id}`).toMatchObject({ status: 'ok' });
      }
    } finally {
      sampling = false;
      await sampler;
    }
    for (const [id, labels] of Object.entries(seen)) {
      // Charged to the plugin that grew (on a loaded machine its own deadline may come first), never
      // a bystander's crash or time lost waiting.
      const faults = labels.filter((l) => l !== 'ok' && !l.startsWith('unavailable/'));
      expect(faults.length, `${id}: ${JSON.stringify(labels)}`).toBeGreaterThan(0);
      for (const label of faults) expect(label, `${id}: ${JSON.stringify(labels)}`).toMatch(/^(memory_limit\/.*|crashed\/caused_crash|error\/|timeout\/)$/);
    }
    // Strings cannot outgrow V8's maximum length: a RangeError, the plugin's own throw.
    expect(seen['string-doubling']?.[0]).toBe('error/');
    expect(server.child.exitCode).toBeNull();
    // The host did not hold the plugins' memory; the pool child stayed near its calls' allowances
    // (each attack may grow it by 2 x 64 MB + the pool's 128 MB slack before the guard restarts it).
    expect(residentKb(hostPid, 'VmRSS') - hostBeforeKb).toBeLessThan(100 * 1024);
    expect(childPeakKb).toBeGreaterThan(0);
    expect(childPeakKb, `pool child peak ${Math.round(childPeakKb / 1024)} MB`).toBeLessThan(1024 * 1024);
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
  }, 240_000);
});
