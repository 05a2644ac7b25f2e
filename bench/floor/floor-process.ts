/**
 * The floor for process isolation: the thread floor (a bare piscina worker with a warm isolate)
 * inside a child process, reached over the same kind of IPC channel the engine's ProcessPool uses
 * (fork, `serialization: 'advanced'`). `ping` measures the bare IPC round trip on its own.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { FromFloorChild, ToFloorChild } from './floor-process-child.ts';
import type { FloorTask } from './floor-worker.ts';

const CHILD_FILE = fileURLToPath(new URL('./floor-process-child.ts', import.meta.url));

export interface ProcessFloor {
  call(capability: string, input: unknown): Promise<unknown>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function createProcessFloor(options: { size: number; concurrentTasksPerWorker: number; source: string }): Promise<ProcessFloor> {
  const child = fork(CHILD_FILE, [JSON.stringify(options)], { execArgv: ['--no-node-snapshot'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map<number, (reply: FromFloorChild) => void>();
  let nextId = 1;
  const ready = new Promise<void>((resolve, reject) => {
    waiting.set(0, () => resolve());
    child.once('exit', (code) => reject(new Error(`process floor child exited (code ${code})`)));
  });
  child.on('message', (reply: FromFloorChild) => {
    const done = waiting.get(reply.id);
    waiting.delete(reply.id);
    done?.(reply);
  });
  await ready;
  function request(message: { kind: 'ping' } | { kind: 'call'; task: FloorTask }): Promise<FromFloorChild> {
    return new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      child.send({ ...message, id } as ToFloorChild);
    });
  }
  return {
    async call(capability, input) {
      // As the engine does: serialize once on the host, deserialize the reply on the host.
      const reply = await request({ kind: 'call', task: { capability, input: serialize(input), timeoutMs: 1000 } });
      return deserialize(reply.output as Uint8Array);
    },
    async ping() {
      await request({ kind: 'ping' });
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    },
  };
}
