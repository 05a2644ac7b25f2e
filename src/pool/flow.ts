import type { WorkerReply } from '../protocol.ts';
import type { Job } from './job.ts';
import type { ThreadSlot } from './thread-slot.ts';

/**
 * How far the scheduler trusts a plugin version's code not to hold a thread:
 * - `probation`: new; its calls run only on a thread no other plugin uses, until it has made
 *   `trustAfterCalls` calls in a row without a long synchronous segment;
 * - `trusted`: shares threads with other trusted plugins (calls of a fan-out are batched);
 * - `suspect`: held a thread longer than `longSegmentMs`, hit its heap limit or crashed; one call at a
 *   time, on a thread of its own, within the suspects' share of the pool. It earns trust back with
 *   a run of clean calls twice as long as the last time it had to.
 */
export type Trust = 'probation' | 'trusted' | 'suspect';

export interface FlowPolicy {
  longSegmentMs: number;
  trustAfterCalls: number;
}

const MAX_REQUIRED_STREAK = 1024;

/** One plugin version's calls as the scheduler sees them: its queue, what runs, and its trust. */
export class Flow {
  readonly key: string;
  /** Published by workers while this flow's code holds their thread (see BusyTable). */
  readonly id: number;
  trust: Trust = 'probation';
  readonly queue: Job[] = [];
  /** Jobs placed on threads and not finished. */
  running = 0;
  /** The thread this flow has to itself while on probation or suspected (undefined when none). */
  owned: ThreadSlot | undefined;
  /** Times it lost trust: each one doubles the clean run needed to regain it. */
  demotions = 0;
  #streak = 0;
  readonly #policy: FlowPolicy;

  constructor(key: string, id: number, policy: FlowPolicy) {
    this.key = key;
    this.id = id;
    this.#policy = policy;
  }

  get exclusive(): boolean {
    return this.trust !== 'trusted';
  }

  /** Learn from a finished call: its longest segment and whether it cost its isolate. */
  observe(reply: WorkerReply): void {
    if (reply.kind !== 'ok' && reply.kind !== 'error' && reply.kind !== 'loaded') return;
    // Wall-clock segments stretch when the machine is oversubscribed: a long one counts when the
    // isolate really computed for much of it, or when it is far too long to be scheduling noise.
    const wallMs = reply.segmentMs ?? 0;
    const { longSegmentMs } = this.#policy;
    const segmentMs = wallMs > longSegmentMs && (reply.cpuMs * 2 >= longSegmentMs || wallMs > 4 * longSegmentMs) ? wallMs : 0;
    // A promise that never settles holds no thread; a heap overflow or a crash costs the isolate.
    const costlyFailure = reply.kind === 'error' && (reply.error.type === 'memory_limit' || (reply.error.type === 'crashed' && reply.error.reason !== 'pool_crash'));
    if (segmentMs > this.#policy.longSegmentMs || costlyFailure) {
      this.demote();
      return;
    }
    if (reply.kind === 'error' && reply.error.reason === 'queue_wait') return;
    this.#streak += 1;
    if (this.trust !== 'trusted' && this.#streak >= this.#required()) this.trust = 'trusted';
  }

  /** Seen holding a thread (live, by the pool's watchdog) or failing expensively. */
  demote(): void {
    if (this.trust !== 'suspect') this.demotions += 1;
    this.trust = 'suspect';
    this.#streak = 0;
  }

  #required(): number {
    const { trustAfterCalls } = this.#policy;
    return this.demotions === 0 ? trustAfterCalls : Math.min(MAX_REQUIRED_STREAK, trustAfterCalls * 2 ** this.demotions);
  }
}
