import type { CallEvent, EngineObserver } from '../engine/engine-events.ts';
import type { StoreGuard } from './store-guard.ts';
import type { InvocationCounter } from './store.ts';

/**
 * Counts invocations per plugin, capability and result in memory and writes them to the store in
 * batches, so the hot path never waits on a disk write. A batch the store refuses (locked, disk full)
 * stays in memory and goes with the next flush.
 */
export class InvocationRecorder implements EngineObserver {
  readonly #guard: StoreGuard;
  readonly #pending = new Map<string, InvocationCounter>();
  readonly #timer: NodeJS.Timeout;

  constructor(guard: StoreGuard, flushIntervalMs = 5000) {
    this.#guard = guard;
    this.#timer = setInterval(() => this.flush(), flushIntervalMs);
    this.#timer.unref();
  }

  onCall(event: CallEvent): void {
    const result = event.outcome.status === 'ok' ? 'ok' : event.outcome.error.type;
    this.#add({ pluginId: event.pluginId, capability: event.capability, result, count: 1 });
  }

  #add(counter: InvocationCounter): void {
    const key = `${counter.pluginId}\u0000${counter.capability}\u0000${counter.result}`;
    const existing = this.#pending.get(key);
    if (existing) existing.count += counter.count;
    else this.#pending.set(key, { ...counter });
  }

  /** Counters not yet in the store (added to what listInvocations reads). */
  pending(): InvocationCounter[] {
    return [...this.#pending.values()].map((c) => ({ ...c }));
  }

  /** Write the pending counters; false (and nothing lost) when the store refused them. */
  flush(): boolean {
    if (this.#pending.size === 0) return true;
    const batch = this.pending();
    this.#pending.clear();
    const saved = this.#guard.tryWrite('save invocation counters', (store) => store.addInvocations(batch));
    if (!saved) for (const counter of batch) this.#add(counter);
    return saved;
  }

  close(): void {
    clearInterval(this.#timer);
    this.flush();
  }
}
