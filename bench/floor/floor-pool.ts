/** A piscina pool of floor workers configured like the engine's pool (same threads and concurrency). */
import { deserialize, serialize } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { FloorTask } from './floor-worker.ts';

const WORKER_FILE = fileURLToPath(new URL('./floor-worker.ts', import.meta.url));

export interface FloorPool {
  call(capability: string, input: unknown): Promise<unknown>;
  /** One task with the input already serialized; the output stays serialized (the process floor relays both). */
  run(task: FloorTask): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function createFloorPool(options: { size: number; concurrentTasksPerWorker: number; source: string }): Promise<FloorPool> {
  const piscina = new Piscina({
    filename: WORKER_FILE,
    minThreads: options.size,
    maxThreads: options.size,
    concurrentTasksPerWorker: options.concurrentTasksPerWorker,
    idleTimeout: Number.POSITIVE_INFINITY,
    maxQueue: 10_000,
    execArgv: [],
    workerData: { source: options.source, memoryMb: 64 },
  });
  piscina.on('error', (error: unknown) => process.stderr.write(`floor worker error: ${String(error)}\n`));
  async function call(capability: string, input: unknown): Promise<unknown> {
    // The host side mirrors the engine: serialize the input once, deserialize the reply.
    const task: FloorTask = { capability, input: serialize(input), timeoutMs: 1000 };
    const output = (await piscina.run(task)) as Uint8Array;
    return deserialize(output);
  }
  return {
    call,
    run: (task) => piscina.run(task) as Promise<Uint8Array>,
    async close() {
      await piscina.destroy();
    },
  };
}
