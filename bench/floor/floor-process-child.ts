/**
 * Child side of the process floor (floor-process.ts): the thread floor's piscina pool, driven over
 * IPC. A `ping` is answered at once (the bare IPC round trip); a `call` runs one floor task. Nothing
 * else: no bookkeeping, no coalescing, no supervision.
 */
import { createFloorPool } from './floor-pool.ts';
import type { FloorTask } from './floor-worker.ts';

export type ToFloorChild = { id: number; kind: 'ping' } | { id: number; kind: 'call'; task: FloorTask };
export interface FromFloorChild {
  id: number;
  output?: Uint8Array;
}

const options = JSON.parse(process.argv[2] ?? '{}') as { size: number; concurrentTasksPerWorker: number; source: string };
const pool = await createFloorPool(options);

process.on('message', (message: ToFloorChild) => {
  if (message.kind === 'ping') {
    process.send?.({ id: message.id } satisfies FromFloorChild);
    return;
  }
  void pool.run(message.task).then((output) => process.send?.({ id: message.id, output } satisfies FromFloorChild));
});
process.on('disconnect', () => {
  void pool.close().then(() => process.exit(0));
});
process.send?.({ id: 0 } satisfies FromFloorChild);
