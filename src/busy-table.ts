/**
 * Shared between the pool and its worker threads (like protocol.ts, both sides import it): one slot
 * per worker thread in a SharedArrayBuffer saying how many tasks it runs and the latest deadline among
 * them. A thread stuck in native code cannot answer messages, but the host can still read this.
 */
export class BusyTable {
  readonly buffer: SharedArrayBuffer;
  readonly #ids: Int32Array;
  readonly #running: Int32Array;
  readonly #until: Float64Array;
  /** Host side: thread ids seen alive at the previous sweep (only those slots may be reclaimed). */
  #seen = new Set<number>();

  constructor(slotsOrBuffer: number | SharedArrayBuffer) {
    this.buffer = typeof slotsOrBuffer === 'number' ? new SharedArrayBuffer(slotsOrBuffer * 16) : slotsOrBuffer;
    const slots = this.buffer.byteLength / 16;
    this.#until = new Float64Array(this.buffer, 0, slots);
    this.#ids = new Int32Array(this.buffer, slots * 8, slots);
    this.#running = new Int32Array(this.buffer, slots * 12, slots);
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

  /** Host side: the latest deadline among the thread's running tasks, or undefined when it is idle. */
  busyUntil(threadId: number): number | undefined {
    for (let i = 0; i < this.#ids.length; i++) {
      if (Atomics.load(this.#ids, i) !== threadId) continue;
      return Atomics.load(this.#running, i) > 0 ? this.#until[i] : undefined;
    }
    return undefined;
  }

  /** Host side: free the slots of threads that were alive at the previous sweep and are gone now. */
  forget(live: readonly number[]): void {
    const alive = new Set(live);
    for (let i = 0; i < this.#ids.length; i++) {
      const id = Atomics.load(this.#ids, i);
      if (id !== 0 && this.#seen.has(id) && !alive.has(id)) {
        Atomics.store(this.#running, i, 0);
        Atomics.store(this.#ids, i, 0);
      }
    }
    this.#seen = alive;
  }
}
