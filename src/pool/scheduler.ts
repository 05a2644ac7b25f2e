import { errorReply, type WorkerReply } from '../protocol.ts';
import { Flow, type FlowPolicy } from './flow.ts';
import type { Job } from './job.ts';
import { placeExclusive, placeShared, type PlacementView } from './placement.ts';
import { ThreadSlot } from './thread-slot.ts';

export interface SchedulingPolicy extends FlowPolicy {
  /** Threads trusted plugins spread over before they pack (the CPU count by default). */
  sharedThreads: number;
  /** Calls one thread interleaves (trusted plugins' async waits; a probation plugin on its own thread). */
  callsPerThread: number;
  /** Most threads suspected plugins may hold at once. */
  maxSuspectThreads: number;
}

/** What the scheduler needs from the pool: post jobs to one thread, and read what threads are doing. */
export interface SchedulerHost {
  post(thread: ThreadSlot, jobs: Job[]): void;
  /** The synchronous segment a thread is in now, if any (epoch ms since, flow id). */
  segment(threadId: number): { since: number; flow: number } | undefined;
  /** Take back a posted job the worker has not started. */
  withdraw(job: Job): boolean;
}

/**
 * Host-side fair scheduler for plugin calls (see docs/scheduling.md). Who pays when one plugin
 * misbehaves must be that plugin only, so:
 * - each plugin version is a flow with its own FIFO; flows take turns (round robin), so a plugin
 *   with a thousand calls queued does not delay one with a single call;
 * - code that has not proved short never shares a thread with other plugins (probation, suspect),
 *   and suspects together hold at most `maxSuspectThreads` threads, one call each; the last
 *   thread stays open to trusted plugins (lent to the others only while no trusted call wants it);
 * - a thread whose plugin code runs past `longSegmentMs` is marked blocked: nothing new goes there,
 *   its calls not started yet are withdrawn and placed elsewhere, and the plugin loses trust;
 * - a queued call whose deadline passes ends as `timeout` / `queue_wait`, never charged to it.
 */
export class Scheduler {
  readonly #policy: SchedulingPolicy;
  readonly #host: SchedulerHost;
  readonly #threads = new Map<number, ThreadSlot>();
  readonly #flows = new Map<string, Flow>();
  readonly #flowsById = new Map<number, Flow>();
  /** Flows with queued jobs, in turn order. */
  readonly #ring: Flow[] = [];
  readonly #inRing = new Set<Flow>();
  #cursor = 0;
  #queued = 0;
  #running = 0;
  #nextFlowId = 1;
  #pumping = false;
  /** Jobs queued since the last pump, whose deadline timers are not armed yet. */
  #unarmed: Job[] = [];
  #watch: NodeJS.Timeout | undefined;

  constructor(policy: SchedulingPolicy, host: SchedulerHost) {
    this.#policy = policy;
    this.#host = host;
  }

  get queued(): number {
    return this.#queued;
  }

  threads(): ThreadSlot[] {
    return [...this.#threads.values()];
  }

  flow(key: string): Flow {
    let flow = this.#flows.get(key);
    if (flow === undefined) {
      flow = new Flow(key, this.#nextFlowId++, this.#policy);
      this.#flows.set(key, flow);
      this.#flowsById.set(flow.id, flow);
    }
    return flow;
  }

  /** Trust of each plugin version the scheduler knows (diagnostics). */
  trust(): Record<string, Flow['trust']> {
    return Object.fromEntries([...this.#flows.values()].map((f) => [f.key, f.trust]));
  }

  /** Forget flows of evicted versions once nothing of theirs is queued or running. */
  forget(keys: readonly string[]): void {
    for (const key of keys) {
      const flow = this.#flows.get(key);
      if (flow === undefined || flow.running > 0 || flow.queue.length > 0) continue;
      this.#flows.delete(key);
      this.#flowsById.delete(flow.id);
    }
    for (const thread of this.#threads.values()) for (const key of keys) thread.sentKeys.delete(key);
  }

  addThread(id: number): void {
    if (!this.#threads.has(id)) {
      // The first `sharedThreads` threads (and replacements for them) are the trusted plugins' lane.
      let sharedLane = 0;
      for (const thread of this.#threads.values()) if (thread.lane === 'shared') sharedLane += 1;
      this.#threads.set(id, new ThreadSlot(id, sharedLane < this.#policy.sharedThreads ? 'shared' : 'spare'));
    }
    this.pump();
  }

  /** The worker is gone: its jobs are settled by the pool (their task rejects); forget the slot. */
  removeThread(id: number): void {
    this.#threads.delete(id);
  }

  /** Queue a job; call pump() after a group (a fan-out) so it is placed and batched together. */
  submit(job: Job): void {
    this.#enqueue(job, 'back');
  }

  #enqueue(job: Job, end: 'front' | 'back'): void {
    const { flow } = job;
    if (end === 'back') flow.queue.push(job);
    else flow.queue.unshift(job);
    this.#queued += 1;
    if (!this.#inRing.has(flow)) {
      this.#inRing.add(flow);
      this.#ring.push(flow);
    }
    // Its deadline timer is armed by the next pump only if it is still waiting then: most jobs are
    // placed at once, and a timer set and cleared per call is a measurable share of a short call.
    this.#unarmed.push(job);
  }

  #armExpiries(): void {
    const jobs = this.#unarmed;
    if (jobs.length === 0) return;
    this.#unarmed = [];
    for (const job of jobs) {
      if (job.done || job.thread !== undefined || job.expiry !== undefined) continue;
      job.expiry = setTimeout(() => this.#expire(job), Math.max(0, job.deadline - Date.now()));
    }
  }

  /** The flow's next live job (settled ones are dropped lazily: removing from the middle is O(n)). */
  #head(flow: Flow): Job | undefined {
    while (flow.queue.length > 0 && (flow.queue[0] as Job).done) flow.queue.shift();
    return flow.queue[0];
  }

  /** A posted job came back from its worker. */
  complete(job: Job, attempt: number, reply: WorkerReply): void {
    // A stale reply: an earlier posting of a job since withdrawn (it is queued again) or re-posted.
    if (job.done || job.attempt !== attempt || job.thread === undefined) return;
    if (reply.kind === 'withdrawn') return; // already queued again by #withdrawFrom
    this.#detach(job);
    job.done = true;
    job.flow.observe(reply);
    job.resolve(reply);
    this.pump();
  }

  /** Settle a posted job without a worker reply (its worker died, the pool closed). */
  fail(job: Job, reply: WorkerReply): void {
    if (job.done) return;
    if (job.thread === undefined) this.#unqueue(job);
    else this.#detach(job);
    job.done = true;
    job.resolve(reply);
  }

  /** Settle everything still queued (pool closing). */
  drain(reply: () => WorkerReply): void {
    for (const flow of [...this.#ring]) for (const job of [...flow.queue]) if (!job.done) this.fail(job, reply());
  }

  pump(): void {
    if (this.#pumping) return;
    this.#pumping = true;
    const posts = new Map<ThreadSlot, Job[]>();
    try {
      let placedSome = true;
      while (placedSome && this.#ring.length > 0) {
        placedSome = false;
        for (let visits = this.#ring.length; visits > 0 && this.#ring.length > 0; visits--) {
          if (this.#cursor >= this.#ring.length) this.#cursor = 0;
          const flow = this.#ring[this.#cursor] as Flow;
          if (this.#head(flow) === undefined) {
            this.#ring.splice(this.#cursor, 1);
            this.#inRing.delete(flow);
            continue;
          }
          const head = flow.queue[0] as Job;
          if (head.deadline <= Date.now()) {
            // Its deadline passed while it waited: do not post a call that can only time out.
            this.#expire(head);
            placedSome = true; // progress: this visit must not end the pass before other flows are seen
            continue;
          }
          const thread = this.#place(flow);
          if (thread === undefined) {
            this.#cursor += 1;
            continue;
          }
          const job = flow.queue.shift() as Job;
          this.#queued -= 1;
          if (this.#head(flow) === undefined) {
            this.#ring.splice(this.#cursor, 1);
            this.#inRing.delete(flow);
          } else this.#cursor += 1;
          this.#attach(job, thread);
          let batch = posts.get(thread);
          if (batch === undefined) posts.set(thread, (batch = []));
          batch.push(job);
          placedSome = true;
        }
      }
    } finally {
      this.#pumping = false;
    }
    this.#armExpiries();
    for (const [thread, jobs] of posts) this.#host.post(thread, jobs);
    this.#armWatch();
  }

  #place(flow: Flow): ThreadSlot | undefined {
    return flow.exclusive ? placeExclusive(flow, this.#view) : placeShared(flow, this.#view);
  }

  /** What placement reads of the scheduler's state (see placement.ts). */
  readonly #view: PlacementView = {
    threads: () => this.#threads.values(),
    threadCount: () => this.#threads.size,
    policy: () => this.#policy,
    othersWaiting: (flow) => {
      for (const other of this.#ring) if (other !== flow && this.#head(other) !== undefined) return true;
      return false;
    },
    trustedDemand: () => {
      for (const thread of this.#threads.values()) if (thread.runningTrusted) return true;
      for (const flow of this.#ring) if (flow.trust === 'trusted' && this.#head(flow) !== undefined) return true;
      return false;
    },
  };

  #attach(job: Job, thread: ThreadSlot): void {
    if (job.expiry !== undefined) clearTimeout(job.expiry);
    job.expiry = undefined;
    job.thread = thread;
    job.attempt += 1;
    thread.running.add(job);
    job.flow.running += 1;
    this.#running += 1;
    if (job.flow.exclusive) {
      thread.owner = job.flow;
      job.flow.owned = thread;
    }
  }

  #detach(job: Job): void {
    const thread = job.thread;
    if (thread === undefined) return;
    job.thread = undefined;
    if (!thread.running.delete(job)) return;
    job.flow.running -= 1;
    this.#running -= 1;
    if (thread.idle && thread.owner !== undefined) {
      if (thread.owner.owned === thread) thread.owner.owned = undefined;
      thread.owner = undefined;
    }
  }

  /** A queued job settles without running: it stays in its flow's queue, marked done, until #head drops it. */
  #unqueue(job: Job): void {
    this.#queued -= 1;
    if (job.expiry !== undefined) clearTimeout(job.expiry);
    job.expiry = undefined;
  }

  #expire(job: Job): void {
    if (job.done || job.thread !== undefined) return;
    const why = job.flow.trust === 'suspect'
      ? 'its plugin runs one call at a time on a thread of its own while it is suspected of holding threads'
      : 'every thread it may use was busy';
    const timeoutMs = job.work.kind === 'call' ? job.work.task.timeoutMs : job.work.task.spec.initTimeoutMs;
    this.fail(job, errorReply({ type: 'timeout', reason: 'queue_wait', message: `the ${timeoutMs} ms deadline passed before the call could start: ${why}` }));
  }

  /** While jobs run, look for threads held by long synchronous segments (every 10 ms). */
  #armWatch(): void {
    if (this.#running === 0) {
      if (this.#watch !== undefined) clearInterval(this.#watch);
      this.#watch = undefined;
      return;
    }
    if (this.#watch !== undefined) return;
    this.#watch = setInterval(() => this.#scan(), 10);
    this.#watch.unref();
  }

  #scan(): void {
    const now = performance.timeOrigin + performance.now();
    let changed = false;
    for (const thread of this.#threads.values()) {
      const segment = thread.running.size === 0 ? undefined : this.#host.segment(thread.id);
      const heldMs = segment === undefined ? 0 : now - segment.since;
      const long = heldMs > this.#policy.longSegmentMs;
      if (long && !thread.blocked) {
        thread.blocked = true;
        this.#withdrawFrom(thread);
        changed = true;
      }
      // Demoted live only when far past the threshold (an oversubscribed machine stretches short
      // segments); otherwise the reply decides, with the isolate's CPU time to tell (Flow.observe).
      if (segment !== undefined && heldMs > 4 * this.#policy.longSegmentMs) this.#flowsById.get(segment.flow)?.demote();
      if (!long && thread.blocked) {
        thread.blocked = false;
        changed = true;
      }
    }
    // Queued jobs may be placeable now by time alone (a wait for a warm thread ran out).
    if (changed || this.#queued > 0) this.pump();
    else this.#armWatch();
  }

  /** Calls on a blocked thread that have not started go back to the front of their queues. */
  #withdrawFrom(thread: ThreadSlot): void {
    for (const job of [...thread.running]) {
      if (job.ticket === undefined || !this.#host.withdraw(job)) continue;
      this.#detach(job);
      this.#enqueue(job, 'front');
    }
  }
}
