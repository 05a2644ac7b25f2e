/**
 * Which plugin made the pool child die? When the child crashes, every request in flight is lost;
 * only the plugin that caused it may be charged (`caused_crash`, which the breaker quarantines at
 * once), every other one is a bystander (`pool_crash`, never charged). Precision matters more than
 * recall: blaming a healthy plugin takes it out of service.
 *
 * The rule, per crash:
 *
 * 1. A *suspect* is a plugin with a request in flight (sent to the child, not answered) whose
 *    activity (plugin id + capability, or its load) has not once completed successfully in this
 *    child's lifetime. A plugin that answered `ok` for the same capability since the last restart
 *    has shown that this code path does not kill the child, so a healthy plugin called by every
 *    dispatch (in flight at every crash too) is cleared by its own answers. Only `ok` clears:
 *    a timeout or a memory_limit is exactly what a child-killing plugin looks like when it is lucky.
 * 2. A suspect already *convicted* (blamed at a crash in the last `windowMs`) caused it again.
 * 3. Otherwise, if there is exactly one suspect, it caused the crash.
 * 4. Otherwise, if exactly one suspect is *on probation* (it was a suspect at an earlier crash in the
 *    last `windowMs` and has not been cleared since), it caused the crash: it was in flight at two
 *    crashes in a row, and the gate below guaranteed that no other plugin of that earlier crash was
 *    running beside it this time.
 * 5. Every other suspect goes on probation; the blamed ones are convicted for `windowMs`.
 *
 * The probation gate makes rule 4 decisive: while plugins are on probation, at most one request of
 * all of them runs in the child at a time (the others wait here, in order, until it answers, the
 * child dies, or their own deadline passes as a `queue_wait` timeout). So after an ambiguous crash
 * (a child-killer and a slow healthy plugin both in flight, neither ever answered) the next crash
 * has only one of them in flight. Convicted plugins and plugins not under suspicion are never held:
 * the gate is there to tell suspects apart, and a convicted plugin is already told apart (rule 2).
 *
 * Limits: a plugin that kills the child only now and then (it also answers `ok`) is blamed only when
 * it crashes the child before its first `ok` of a child lifetime; memory kept across calls (the
 * resident-memory cap) is blamed on whoever is in flight and uncleared when the cap trips, often
 * nobody. Both end as `pool_crash` for everyone: never a wrong charge.
 */

export interface CrashReport {
  at: string;
  reason: string;
  /** Plugin ids in flight and not cleared when the child died. */
  suspects: string[];
  /** Plugin ids judged to have caused it (their calls in flight got `caused_crash`). */
  blamed: string[];
}

/** A request the probation gate holds back. */
export interface HeldRequest {
  pluginId: string;
  /** Absolute deadline (ms since the epoch); past it `drop('deadline')` runs instead of `send`. */
  deadline?: number;
  send(): void;
  drop(why: 'deadline' | 'crash'): void;
}

interface InFlight {
  pluginId: string;
  activity: string;
  /** It occupies the probation slot. */
  probation: boolean;
}

interface Probation {
  /** Activities it was suspected for: an `ok` answer from one of them clears it. */
  activities: Set<string>;
  until: number;
  /** Blamed at a crash in the window (rule 2); not held by the gate. */
  convicted: boolean;
}

interface Waiting extends HeldRequest {
  timer?: NodeJS.Timeout;
}

export class CrashAttribution {
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #inFlight = new Map<number, InFlight>();
  /** Activities that answered `ok` in the current child's lifetime. */
  #cleared = new Set<string>();
  readonly #probation = new Map<string, Probation>();
  #held: Waiting[] = [];

  constructor(windowMs: number, now: () => number = Date.now) {
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Plugin ids under investigation: on probation (their requests run one at a time) or convicted. */
  probation(): string[] {
    this.#expire();
    return [...this.#probation.keys()].sort();
  }

  /** Send the request now, or hold it while another request under suspicion runs. */
  admit(request: HeldRequest): void {
    this.#expire();
    if (!this.#gated(request.pluginId) || (!this.#probationSlotTaken() && this.#held.length === 0)) {
      request.send();
      return;
    }
    const waiting: Waiting = { ...request };
    if (request.deadline !== undefined) {
      waiting.timer = setTimeout(() => {
        this.#held = this.#held.filter((w) => w !== waiting);
        request.drop('deadline');
      }, Math.max(0, request.deadline - this.#now()));
      waiting.timer.unref();
    }
    this.#held.push(waiting);
  }

  /** A request for `pluginId` was sent to the child. `activity` is the capability, or '<load>'. */
  started(requestId: number, pluginId: string, activity: string): void {
    this.#inFlight.set(requestId, { pluginId, activity: `${pluginId}\u0000${activity}`, probation: this.#gated(pluginId) });
  }

  /** The child answered; `ok` when the plugin's code ran to a successful end. */
  finished(requestId: number, ok: boolean): void {
    const request = this.#inFlight.get(requestId);
    if (request === undefined) return;
    this.#inFlight.delete(requestId);
    if (ok) {
      this.#cleared.add(request.activity);
      if (this.#probation.get(request.pluginId)?.activities.has(request.activity) === true) this.#probation.delete(request.pluginId);
    }
    this.#release();
  }

  /**
   * The child died. Decide who caused it (see the rule above), start a new child lifetime, and drop
   * the held requests (they never ran; the caller's `drop` answers them).
   */
  /** The child died; `known` is a culprit the child named itself (its memory guard), blamed outright. */
  crashed(reason: string, known?: string): CrashReport {
    this.#expire();
    const now = this.#now();
    const uncleared = [...this.#inFlight.values()].filter((r) => !this.#cleared.has(r.activity));
    const suspects = [...new Set(uncleared.map((r) => r.pluginId))].sort();
    const convicted = suspects.filter((id) => this.#probation.get(id)?.convicted === true);
    let blamed: string[] = known === undefined ? convicted : [known];
    if (blamed.length === 0 && suspects.length === 1) blamed = suspects;
    if (blamed.length === 0) {
      const repeat = suspects.filter((id) => this.#probation.has(id));
      if (repeat.length === 1) blamed = repeat;
    }
    // A named culprit clears the other suspects: nobody else goes on probation for this crash.
    for (const id of known === undefined ? suspects : [known]) {
      const entry = this.#probation.get(id) ?? { activities: new Set<string>(), until: 0, convicted: false };
      for (const r of uncleared) if (r.pluginId === id) entry.activities.add(r.activity);
      entry.until = now + this.#windowMs;
      entry.convicted ||= blamed.includes(id);
      this.#probation.set(id, entry);
    }
    this.#inFlight.clear();
    this.#cleared = new Set();
    const held = this.#held;
    this.#held = [];
    for (const waiting of held) {
      clearTimeout(waiting.timer);
      waiting.drop('crash');
    }
    return { at: new Date(now).toISOString(), reason, suspects, blamed };
  }

  /** The pool is closing: answer the held requests (`drop('crash')`) and forget everything. */
  abandon(): void {
    const held = this.#held;
    this.#held = [];
    this.#inFlight.clear();
    for (const waiting of held) {
      clearTimeout(waiting.timer);
      waiting.drop('crash');
    }
  }

  #gated(pluginId: string): boolean {
    const entry = this.#probation.get(pluginId);
    return entry !== undefined && !entry.convicted;
  }

  #probationSlotTaken(): boolean {
    for (const request of this.#inFlight.values()) if (request.probation) return true;
    return false;
  }

  #expire(): void {
    const now = this.#now();
    for (const [id, entry] of this.#probation) if (entry.until <= now) this.#probation.delete(id);
  }

  /** Send what may go now: requests no longer under suspicion, and one under suspicion if the slot is free. */
  #release(): void {
    if (this.#held.length === 0) return;
    this.#expire();
    let slotFree = !this.#probationSlotTaken();
    const still: Waiting[] = [];
    const go: Waiting[] = [];
    for (const waiting of this.#held) {
      if (!this.#gated(waiting.pluginId)) go.push(waiting);
      else if (slotFree) {
        go.push(waiting);
        slotFree = false;
      } else still.push(waiting);
    }
    this.#held = still;
    for (const waiting of go) {
      clearTimeout(waiting.timer);
      waiting.send();
    }
  }
}
