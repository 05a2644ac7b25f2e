/**
 * Where the scheduler puts a flow's next call (see docs/scheduling.md): trusted plugins on the shared
 * lane with isolate affinity, exclusive work (probation, suspects) on a thread of its own.
 */
import type { Flow } from './flow.ts';
import type { SchedulingPolicy } from './scheduler.ts';
import type { ThreadSlot } from './thread-slot.ts';

/** What placement reads of the scheduler's state. */
export interface PlacementView {
  threads(): Iterable<ThreadSlot>;
  threadCount(): number;
  policy(): SchedulingPolicy;
  /** Another flow has a call waiting. */
  othersWaiting(flow: Flow): boolean;
  /** Trusted calls are running or waiting (the work the last thread is kept for). */
  trustedDemand(): boolean;
}

/**
 * Calls a trusted plugin's own warm thread may have beyond the least busy one before the plugin's
 * further calls go elsewhere: a few short calls queued there cost less than a new isolate.
 */
const AFFINITY_SLACK = 1;
/** The same for a plugin's only call in flight. */
const FAN_OUT_AFFINITY_SLACK = 8;

/** The best threads of one lane for a trusted call: its warm one (`home`), and the least busy. */
class LanePick {
  readonly #key: string;
  home: ThreadSlot | undefined;
  best: ThreadSlot | undefined;
  leastRunning = Number.POSITIVE_INFINITY;

  constructor(key: string) {
    this.#key = key;
  }

  consider(thread: ThreadSlot): void {
    const running = thread.running.size;
    const warm = thread.sentKeys.has(this.#key);
    this.leastRunning = Math.min(this.leastRunning, running);
    if (warm && (this.home === undefined || running < this.home.running.size)) this.home = thread;
    if (this.best === undefined || running < this.best.running.size || (running === this.best.running.size && warm)) this.best = thread;
  }
}

/** Preference among idle threads for exclusive work: warm for the plugin (2), then spare lane (1). */
function exclusiveRank(thread: ThreadSlot, key: string): number {
  return (thread.sentKeys.has(key) ? 2 : 0) + (thread.lane === 'spare' ? 1 : 0);
}

/**
 * Trusted: the shared lane first (its `sharedThreads` threads), the least busy thread that already
 * holds the plugin's isolate unless it is AFFINITY_SLACK calls busier than the least busy one; spare
 * threads only when no shared thread has room.
 */
export function placeShared(flow: Flow, view: PlacementView): ThreadSlot | undefined {
  const { callsPerThread, sharedThreads } = view.policy();
  // While other plugins' calls wait, one flow may hold at most half the shared slots, so a flood
  // of slow async calls leaves room; alone, it may use them all (work-conserving).
  if (flow.running >= Math.max(1, Math.ceil((callsPerThread * sharedThreads) / 2)) && view.othersWaiting(flow)) return undefined;
  const lanes = { shared: new LanePick(flow.key), spare: new LanePick(flow.key) };
  for (const thread of view.threads()) {
    if (thread.blocked || thread.owner !== undefined || thread.running.size >= callsPerThread) continue;
    lanes[thread.lane].consider(thread);
  }
  const { shared, spare } = lanes;
  // A busy plugin's further calls spread as soon as its warm thread is busier; its only call (a
  // fan-out's case) tolerates more imbalance, since a fleet's isolates are built once per thread.
  const slack = flow.running === 0 ? FAN_OUT_AFFINITY_SLACK : AFFINITY_SLACK;
  if (shared.home !== undefined && shared.home.running.size <= shared.leastRunning + slack) return shared.home;
  // Its warm shared threads are full: wait for one rather than build another isolate, within reason.
  if (shared.home === undefined && worthWaitingForHome(flow, 'shared', view)) return undefined;
  return shared.best ?? spare.home ?? spare.best;
}

/** Probation and suspects: a thread to itself, within the limits that keep the pool open to others. */
export function placeExclusive(flow: Flow, view: PlacementView): ThreadSlot | undefined {
  const owned = flow.owned;
  if (owned !== undefined) {
    // More calls of a probation plugin may wait together on its own thread; a suspect runs one at a time.
    if (flow.trust !== 'probation' || owned.blocked || owned.running.size >= view.policy().callsPerThread) return undefined;
    // On a lent last thread, it adds nothing more once trusted calls wait for it.
    if (ownedThreads(view) >= view.threadCount() && view.trustedDemand()) return undefined;
    return owned;
  }
  // Still finishing calls it made while trusted: wait for them rather than hold two threads.
  if (flow.running > 0) return undefined;
  let exclusive = 0;
  let suspects = 0;
  let choice: ThreadSlot | undefined;
  for (const thread of view.threads()) {
    if (thread.owner !== undefined) {
      exclusive += 1;
      if (thread.owner.trust === 'suspect') suspects += 1;
      continue;
    }
    if (!thread.idle || thread.blocked) continue;
    // A thread holding its isolate first, then the spare lane (the shared one is the trusted plugins').
    if (choice === undefined || exclusiveRank(thread, flow.key) > exclusiveRank(choice, flow.key)) choice = thread;
  }
  if (choice === undefined) return undefined;
  if (!choice.sentKeys.has(flow.key) && worthWaitingForHome(flow, 'any', view)) return undefined;
  if (flow.trust === 'suspect' && suspects >= view.policy().maxSuspectThreads) return undefined;
  // The last thread stays open to trusted plugins, but is lent while none of theirs wants it (a
  // small pool, or one whose other threads are held, must not leave new plugins waiting for nobody).
  if (exclusive >= view.threadCount() - 1 && view.trustedDemand()) return undefined;
  return choice;
}

/**
 * Its isolate lives on a thread that is busy now: waiting for that thread (through the first half
 * of the call's time budget, never for a blocked thread) beats building another isolate (~5 ms of
 * CPU and its memory: with hundreds of plugins, building them everywhere is what fills the queue).
 */
function worthWaitingForHome(flow: Flow, homes: 'any' | 'shared', view: PlacementView): boolean {
  const head = flow.queue[0];
  if (head === undefined || Date.now() >= head.queuedAt + (head.deadline - head.queuedAt) / 2) return false;
  for (const thread of view.threads()) {
    if (!thread.sentKeys.has(flow.key) || thread.blocked) continue;
    // A trusted plugin waits only for a full shared-lane thread (short calls); one that another
    // plugin has to itself may stay taken for that plugin's whole deadline.
    if (homes === 'any' || (thread.owner === undefined && thread.lane === 'shared')) return true;
  }
  return false;
}

function ownedThreads(view: PlacementView): number {
  let owned = 0;
  for (const thread of view.threads()) if (thread.owner !== undefined) owned += 1;
  return owned;
}
