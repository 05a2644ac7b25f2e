import type { CallRequestTask, LoadTask, PluginSpec, WorkerReply } from '../protocol.ts';
import type { Flow } from './flow.ts';
import type { ThreadSlot } from './thread-slot.ts';

/** One call (or isolate build) waiting for, or running on, a thread. */
export interface Job {
  readonly flow: Flow;
  readonly spec: PluginSpec;
  /** A call, or a load (compile + evaluate + init in one worker). */
  readonly work: { kind: 'call'; task: CallRequestTask } | { kind: 'load'; task: LoadTask };
  /** Absolute deadline (ms since the epoch): past it a queued job ends as queue_wait. */
  readonly deadline: number;
  /** When it was first queued (ms since the epoch). */
  readonly queuedAt: number;
  readonly resolve: (reply: WorkerReply) => void;
  /** Where it runs now; undefined while queued. */
  thread: ThreadSlot | undefined;
  /** Its claim ticket while posted (see ClaimTable). */
  ticket: { index: number; seq: number } | undefined;
  /** Bumped each time the job is posted: replies of an earlier posting (withdrawn) are ignored. */
  attempt: number;
  expiry: NodeJS.Timeout | undefined;
  done: boolean;
}
