import type { Flow } from './flow.ts';
import type { Job } from './job.ts';

/** The scheduler's view of one worker thread. */
export class ThreadSlot {
  readonly id: number;
  /** `shared`: one of the `sharedThreads` trusted plugins use first; `spare`: for exclusive work first. */
  readonly lane: 'shared' | 'spare';
  readonly running = new Set<Job>();
  /** The flow that has this thread to itself (probation or suspect), while it runs there. */
  owner: Flow | undefined;
  /** Plugin code has held the thread longer than longSegmentMs: no new work goes here until it returns. */
  blocked = false;
  /** Plugin versions whose source this worker has been sent. */
  readonly sentKeys = new Set<string>();

  constructor(id: number, lane: 'shared' | 'spare') {
    this.id = id;
    this.lane = lane;
  }

  get idle(): boolean {
    return this.running.size === 0;
  }

  /** Shared mode: runs trusted calls (possibly several plugins at once). */
  get runningTrusted(): boolean {
    return this.owner === undefined && this.running.size > 0;
  }
}
