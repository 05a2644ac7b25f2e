/**
 * Shared between the pool and its worker threads: one Int32 per call ticket. The host writes the
 * call's sequence number when it posts the call; the worker claims it (seq → -seq) right before the
 * plugin code starts; the host may withdraw a call that was not claimed yet (seq → 0) and run it on
 * another thread. That is how calls posted to a thread that turned out to be blocked by a neighbour's
 * long synchronous segment move elsewhere instead of waiting behind it. The sequence number guards
 * against a stale claim after a ticket was reused.
 */
export class ClaimTable {
  readonly buffer: SharedArrayBuffer;
  readonly #cells: Int32Array;
  /** Host side: free ticket indexes. */
  readonly #free: number[] = [];
  #seq = 0;

  constructor(ticketsOrBuffer: number | SharedArrayBuffer) {
    this.buffer = typeof ticketsOrBuffer === 'number' ? new SharedArrayBuffer(ticketsOrBuffer * 4) : ticketsOrBuffer;
    this.#cells = new Int32Array(this.buffer);
    if (typeof ticketsOrBuffer === 'number') for (let i = this.#cells.length - 1; i >= 0; i--) this.#free.push(i);
  }

  /** Host side: a ticket for a call about to be posted, or undefined when every ticket is in use. */
  issue(): { index: number; seq: number } | undefined {
    const index = this.#free.pop();
    if (index === undefined) return undefined;
    this.#seq = this.#seq >= 0x7ffffffe ? 1 : this.#seq + 1;
    Atomics.store(this.#cells, index, this.#seq);
    return { index, seq: this.#seq };
  }

  /** Host side: take the call back if the worker has not started it. True when withdrawn. */
  withdraw(index: number, seq: number): boolean {
    return Atomics.compareExchange(this.#cells, index, seq, 0) === seq;
  }

  /** Host side: the call's task settled; the ticket may be reused. */
  release(index: number): void {
    Atomics.store(this.#cells, index, 0);
    this.#free.push(index);
  }

  /** Worker side: start the call unless the host withdrew it. */
  claim(index: number, seq: number): boolean {
    if (index < 0) return true;
    return Atomics.compareExchange(this.#cells, index, seq, -seq) === seq;
  }
}
