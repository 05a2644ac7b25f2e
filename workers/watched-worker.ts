/**
 * The piscina entry: plugin-worker.ts's handler, with this thread's busy state published in the
 * pool's BusyTable so the host can tell a worker stuck past its deadlines (and recycle it) from one
 * that is merely busy, without a message the stuck thread could never answer.
 */
import { errorReply, type WorkerReply, type WorkerTask } from '../src/protocol.ts';
import handleTask from './plugin-worker.ts';
import { taskBegins, taskEnds } from './thread-status.ts';

function deadlineOf(task: WorkerTask): number {
  switch (task.kind) {
    case 'call':
      return task.deadline;
    case 'batch':
      return task.calls.reduce((latest, call) => Math.max(latest, call.deadline), 0);
    case 'load':
      return Date.now() + task.spec.initTimeoutMs;
    case 'shutdown':
      return Date.now() + task.timeoutMs;
    case 'evict':
      return Date.now();
  }
}

/** Set once this worker disposed its isolates for close(): it must not build new ones before termination. */
let shutDown = false;

export default async function watchedTask(task: WorkerTask): Promise<WorkerReply> {
  if (shutDown && task.kind !== 'shutdown') {
    return errorReply({ type: 'crashed', message: 'the pool is shutting down' });
  }
  if (task.kind === 'shutdown') shutDown = true;
  taskBegins(deadlineOf(task));
  try {
    return await handleTask(task);
  } finally {
    taskEnds();
  }
}
