/**
 * Shared between the pool and its worker threads (like protocol.ts, both sides import it): one slot
 * per worker thread in a SharedArrayBuffer saying how many tasks it runs, the latest deadline among
 * them, and whether it is inside a synchronous segment of plugin code right now (since when, and for
 * which flow). A thread stuck in plugin code cannot answer messages, but the host can still read this:
 * the scheduler stops sending work to a thread that is blocked, and the watchdog finds stuck ones.
 */
const SLOT_BYTES = 32;

export class BusyTable {
  readonly buffer: SharedArrayBuffer;
  readonly #until: Float64Array;
  readonly #segmentSince: Float64Array;
  readonly #ids: Int32Array;
  readonly #running: Int32Array;
  readonly #segmentFlow: Int32Array;
  /** Host side: thread ids seen alive at the previous sweep (only those slots may be reclaimed). */
  #seen = new Set<number>();

  constructor(slotsOrBuffer: number | SharedArrayBuffer) {
    this.buffer = typeof slotsOrBuffer === 'number' ? new SharedArrayBuffer(slotsOrBuffer * SLOT_BYTES) : slotsOrBuffer;
    const slots = this.buffer.byteLength / SLOT_BYTES;
    this.#until = new Float64Array(this.buffer, 0, slots);
    this.#segmentSince = new Float64Array(this.buffer, slots * 8, slots);
    this.#ids = new Int32Array(this.buffer, slots * 16, slots);
    this.#running = new Int32Array(this.buffer, slots * 20, slots);
    this.#segmentFlow = new Int32Array(this.buffer, slots * 24, slots);
  }

  /** Worker side: the slot of this thread (claimed on first use), or -1 when the table is full. */
  claim(threadId: number): number {
    for (let i = 0; i < this.#ids.length; i++) {
      if (Atomics.load(this.#ids, i) === threadId) return i;
    }
    for (let i = 0; i < this.#ids.length; i++) {
      if (Atomics.compareExchange(this.#ids, i, 0, threadId) === 0) return i;
    }
    return -1;
  }

  /** Worker side: a task with this absolute deadline (ms since the epoch) starts. */
  begin(slot: number, deadline: number): void {
    if (slot < 0) return;
    // Written before `running` goes up, so the host never pairs a new task with a stale deadline.
    if (Atomics.load(this.#running, slot) <= 0) this.#until[slot] = deadline;
    else if (deadline > (this.#until[slot] as number)) this.#until[slot] = deadline;
    Atomics.add(this.#running, slot, 1);
  }

  end(slot: number): void {
    if (slot >= 0) Atomics.sub(this.#running, slot, 1);
  }

  /** Worker side: plugin code of `flow` starts running synchronously on this thread (epoch ms). */
  enterSegment(slot: number, flow: number, at: number): void {
    if (slot < 0) return;
    Atomics.store(this.#segmentFlow, slot, flow);
    this.#segmentSince[slot] = at;
  }

  leaveSegment(slot: number): void {
    if (slot >= 0) this.#segmentSince[slot] = 0;
  }

  /** Host side: the latest deadline among the thread's running tasks, or undefined when it is idle. */
  busyUntil(threadId: number): number | undefined {
    const i = this.#slotOf(threadId);
    if (i < 0) return undefined;
    return Atomics.load(this.#running, i) > 0 ? this.#until[i] : undefined;
  }

  /** Host side: the synchronous segment the thread is in now, if any. */
  segment(threadId: number): { since: number; flow: number } | undefined {
    const i = this.#slotOf(threadId);
    if (i < 0) return undefined;
    const since = this.#segmentSince[i] as number;
    return since > 0 ? { since, flow: Atomics.load(this.#segmentFlow, i) } : undefined;
  }

  #slotOf(threadId: number): number {
    for (let i = 0; i < this.#ids.length; i++) {
      if (Atomics.load(this.#ids, i) === threadId) return i;
    }
    return -1;
  }

  /** Host side: free the slots of threads that were alive at the previous sweep and are gone now. */
  forget(live: readonly number[]): void {
    const alive = new Set(live);
    for (let i = 0; i < this.#ids.length; i++) {
      const id = Atomics.load(this.#ids, i);
      if (id !== 0 && this.#seen.has(id) && !alive.has(id)) {
        Atomics.store(this.#running, i, 0);
        this.#segmentSince[i] = 0;
        Atomics.store(this.#ids, i, 0);
      }
    }
    this.#seen = alive;
  }
}
