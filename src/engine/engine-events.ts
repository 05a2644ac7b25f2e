import type { Outcome } from '../outcome.ts';

/** One finished plugin call, as observers (metrics, health, circuit breakers) see it. */
export interface CallEvent {
  pluginId: string;
  capability: string;
  outcome: Outcome;
  /** Isolate heap (plus external memory) after the call, when the worker reported it. */
  heapBytes: number | undefined;
}

export interface DispatchEvent {
  capability: string;
  plugins: number;
  ok: number;
  failed: number;
  durationMs: number;
}

export interface LoadEvent {
  pluginId: string;
  status: 'loaded' | 'failed';
  durationMs: number;
}

/** Hooks for telemetry and lifecycle bookkeeping; every hook runs synchronously and must not throw. */
export interface EngineObserver {
  onCall?(event: CallEvent): void;
  onDispatch?(event: DispatchEvent): void;
  onLoad?(event: LoadEvent): void;
}

/** Fan events out to observers; an observer that throws is isolated from the others and the call. */
export class ObserverSet {
  readonly #observers = new Set<EngineObserver>();
  readonly #onObserverError: (error: unknown) => void;

  constructor(onObserverError: (error: unknown) => void) {
    this.#onObserverError = onObserverError;
  }

  add(observer: EngineObserver): () => void {
    this.#observers.add(observer);
    return () => this.#observers.delete(observer);
  }

  emit<K extends keyof EngineObserver>(hook: K, event: Parameters<NonNullable<EngineObserver[K]>>[0]): void {
    for (const observer of this.#observers) {
      const fn = observer[hook] as ((e: typeof event) => void) | undefined;
      if (fn === undefined) continue;
      try {
        fn.call(observer, event);
      } catch (error) {
        this.#onObserverError(error);
      }
    }
  }
}
