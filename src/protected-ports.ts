/**
 * Shared between the pool and its worker threads (like busy-table.ts, both sides import it): the ports
 * of this machine that ctx.fetch must never connect to, whatever a plugin's allowances say (the
 * diagnostics API's own listener). A SharedArrayBuffer rather than a message because the port is
 * only known once startServer binds, after the workers started, and piscina may start new workers
 * later: every worker, current or future, reads the same table.
 */
/** How many distinct ports one table holds. */
export const MAX_PROTECTED_PORTS = 64;
const SLOTS = MAX_PROTECTED_PORTS;

export class ProtectedPorts {
  readonly buffer: SharedArrayBuffer;
  readonly #ports: Int32Array;

  constructor(buffer?: SharedArrayBuffer) {
    this.buffer = buffer ?? new SharedArrayBuffer(SLOTS * 4);
    this.#ports = new Int32Array(this.buffer);
  }

  /**
   * Host side (one writer): make the table hold exactly `ports`. A port in both the old and the new
   * set keeps its slot throughout, so a worker reading meanwhile never misses it.
   */
  set(ports: Iterable<number>): void {
    const wanted = new Set<number>();
    for (const port of ports) {
      if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new RangeError(`not a TCP port: ${port}`);
      wanted.add(port);
    }
    if (wanted.size > SLOTS) throw new RangeError(`at most ${SLOTS} ports can be protected`);
    const present = new Set<number>();
    for (let i = 0; i < this.#ports.length; i++) {
      const port = Atomics.load(this.#ports, i);
      if (port === 0) continue;
      if (wanted.has(port) && !present.has(port)) present.add(port);
      else Atomics.store(this.#ports, i, 0);
    }
    for (const port of wanted) {
      if (present.has(port)) continue;
      Atomics.store(this.#ports, this.#ports.indexOf(0), port);
    }
  }

  /** Worker side. */
  has(port: number): boolean {
    for (let i = 0; i < this.#ports.length; i++) {
      if (Atomics.load(this.#ports, i) === port) return true;
    }
    return false;
  }

  list(): number[] {
    return [...this.#ports].filter((port) => port !== 0);
  }
}
