/**
 * piscina worker wrapper for profiling: imports the real worker module named in workerData.target,
 * runs the V8 profiler inside this worker thread (workers do not inherit --cpu-prof: the engine
 * starts them with execArgv []), and returns the profile on a `{ benchStopProfile: true }` task.
 */
import { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';

const { target, data } = workerData as { target: string; data: unknown };
// The floor worker reads its own workerData: hand it through untouched.
(workerData as { source?: unknown }).source = (data as { source?: unknown } | undefined)?.source;
(workerData as { memoryMb?: unknown }).memoryMb = (data as { memoryMb?: unknown } | undefined)?.memoryMb;
const handler = ((await import(pathToFileURL(target).href)) as { default: (task: unknown) => unknown }).default;
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 50 });
await session.post('Profiler.start');

export default async function profiled(task: unknown): Promise<unknown> {
  if (typeof task === 'object' && task !== null && 'benchStopProfile' in task) {
    const { profile } = await session.post('Profiler.stop');
    return JSON.stringify(profile);
  }
  return handler(task);
}
