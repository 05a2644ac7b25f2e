import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { CorralError, isCorralError } from '../errors.ts';
import { isBusy, storeError } from './sqlite-errors.ts';
import type { CorralStore } from './store.ts';

export interface StoreHealth {
  /** `degraded`: the last write failed; calls keep running, admin writes answer 503 until it recovers. */
  status: 'ok' | 'degraded';
  /** When the current status began (ISO time). */
  since: string;
  lastError: { code: string; message: string; at: string } | null;
  /** Writes that failed since start-up (admin and background). */
  failedWrites: number;
}

/**
 * How the engine writes to its store without letting a store fault take the host down:
 * - an admin write (enable, disable, approve, unregister, a reload's switch) happens before the
 *   change is applied in memory; while another connection holds the write lock it is retried after
 *   short sleeps (the event loop keeps running: the connection itself waits at most a few ms), and if
 *   it still cannot be made durable it throws CORRAL_ERR_STORE_UNAVAILABLE and nothing changes;
 * - a background write (invocation counters, health samples) never throws: it reports failure so
 *   the caller keeps its data for the next attempt.
 * Failures mark the store degraded (logged once), the next success marks it ok again.
 */
export class StoreGuard {
  readonly #store: CorralStore;
  readonly #logger: Logger;
  readonly #retryForMs: number;
  #health: StoreHealth = { status: 'ok', since: new Date().toISOString(), lastError: null, failedWrites: 0 };

  constructor(store: CorralStore, logger: Logger, retryForMs = 2000) {
    this.#store = store;
    this.#logger = logger;
    this.#retryForMs = retryForMs;
  }

  get store(): CorralStore {
    return this.#store;
  }

  health(): StoreHealth {
    return { ...this.#health };
  }

  async write<T>(what: string, body: (store: CorralStore) => T): Promise<T> {
    const deadline = performance.now() + this.#retryForMs;
    for (;;) {
      try {
        const result = body(this.#store);
        this.#succeeded();
        return result;
      } catch (error) {
        if (isBusy(error) && performance.now() < deadline) {
          await sleep(20);
          continue;
        }
        const failure = this.#failed(what, error);
        if (failure.code !== 'CORRAL_ERR_STORE_UNAVAILABLE') throw failure;
        throw new CorralError('CORRAL_ERR_STORE_UNAVAILABLE', `${failure.message}; nothing was changed, try again`, { cause: failure.cause });
      }
    }
  }

  tryWrite(what: string, body: (store: CorralStore) => void): boolean {
    try {
      body(this.#store);
      this.#succeeded();
      return true;
    } catch (error) {
      this.#failed(what, error);
      return false;
    }
  }

  #succeeded(): void {
    if (this.#health.status === 'ok') return;
    this.#logger.info({ event: 'store.recovered', failed_writes: this.#health.failedWrites }, 'the store accepts writes again');
    this.#health = { ...this.#health, status: 'ok', since: new Date().toISOString() };
  }

  #failed(what: string, error: unknown): CorralError {
    const failure = isCorralError(error) ? error : storeError(this.#store.location, what, error);
    const at = new Date().toISOString();
    const wasOk = this.#health.status === 'ok';
    this.#health = {
      status: 'degraded',
      since: wasOk ? at : this.#health.since,
      lastError: { code: failure.code, message: failure.message, at },
      failedWrites: this.#health.failedWrites + 1,
    };
    if (wasOk) this.#logger.error({ event: 'store.degraded', code: failure.code, err: failure.message }, 'store write failed: calls keep running; admin changes are refused until writes succeed again');
    return failure;
  }
}
