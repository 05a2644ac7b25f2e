import type { CallEvent, EngineObserver } from '../engine/engine-events.ts';
import type { CorralStore, InvocationCounter } from './store.ts';

/**
 * Counts invocations per plugin, capability and result in memory and writes them to the store in
 * batches, so the hot path never waits on a disk write.
 */
export class InvocationRecorder implements EngineObserver {
  readonly #store: CorralStore;
  readonly #pending = new Map<string, InvocationCounter>();
  readonly #timer: NodeJS.Timeout;

  constructor(store: CorralStore, flushIntervalMs = 5000) {
    this.#store = store;
    this.#timer = setInterval(() => this.flush(), flushIntervalMs);
    this.#timer.unref();
  }

  onCall(event: CallEvent): void {
    const result = event.outcome.status === 'ok' ? 'ok' : event.outcome.error.type;
    const key = `${event.pluginId}\u0000${event.capability}\u0000${result}`;
    const counter = this.#pending.get(key);
    if (counter) counter.count += 1;
    else this.#pending.set(key, { pluginId: event.pluginId, capability: event.capability, result, count: 1 });
  }

  flush(): void {
    if (this.#pending.size === 0) return;
    const batch = [...this.#pending.values()];
    this.#pending.clear();
    this.#store.addInvocations(batch);
  }

  close(): void {
    clearInterval(this.#timer);
    this.flush();
  }
}
