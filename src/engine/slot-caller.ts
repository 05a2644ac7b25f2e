import type { Logger } from 'pino';
import type { ResolvedCapability } from '../capabilities/capability-registry.ts';
import type { PluginSlot } from '../lifecycle/plugin-slot.ts';
import type { PluginVersion } from '../lifecycle/plugin-version.ts';
import { NOT_RUN, type Outcome, type OutcomeError } from '../outcome.ts';
import { logOutcome, runCalls, type CallResult, type CallRunnerContext } from './call-runner.ts';
import type { ObserverSet } from './engine-events.ts';

/** Runs a capability on a list of plugin slots: admission, version pinning, breaker and telemetry. */
export class SlotCaller {
  readonly #callContext: CallRunnerContext;
  readonly #observers: ObserverSet;
  readonly #logger: Logger;

  constructor(callContext: CallRunnerContext, observers: ObserverSet) {
    this.#callContext = callContext;
    this.#observers = observers;
    this.#logger = callContext.logger;
  }

  /**
   * Availability checks (disabled, not loaded, circuit open) per plugin, then every admitted call on
   * the version current now, sent to the pool together. Each call pins its version until it ends:
   * a reload switches new calls only and waits for these.
   */
  async call(slots: readonly PluginSlot[], capability: ResolvedCapability, input: Uint8Array, callerDeadline: number | undefined, startedAt: number): Promise<Outcome[]> {
    const outcomes: Outcome[] = new Array(slots.length);
    const admitted: Array<{ index: number; slot: PluginSlot; version: PluginVersion; breaker: PluginSlot['breaker'] }> = [];
    slots.forEach((slot, index) => {
      const refused = refusalOf(slot) ?? (slot.breaker.admit() ? undefined : quarantined(slot));
      if (refused !== undefined) {
        const outcome: Outcome = { pluginId: slot.id, status: 'error', error: refused, ...NOT_RUN };
        logOutcome(this.#logger, capability.name, outcome);
        this.#observers.emit('onCall', { pluginId: slot.id, capability: capability.name, outcome, heapBytes: undefined });
        outcomes[index] = outcome;
        return;
      }
      const version = slot.current as PluginVersion;
      version.acquire();
      // Record on the breaker that admitted the call: a reload may swap in a fresh one meanwhile.
      admitted.push({ index, slot, version, breaker: slot.breaker });
    });
    if (admitted.length === 0) return outcomes;
    let results: CallResult[];
    try {
      results = await runCalls(
        admitted.map(({ slot, version }) => ({ pluginId: slot.id, version, capability, input, callerDeadline, startedAt })),
        this.#callContext,
      );
    } catch (error) {
      // Never reject for a plugin call: whatever broke becomes `crashed` for the admitted calls.
      const message = `the call failed in the host: ${(error as Error).message}`;
      results = admitted.map(({ slot }) => ({ outcome: { pluginId: slot.id, status: 'error', error: { type: 'crashed', message }, ...NOT_RUN }, heapBytes: undefined }));
    } finally {
      for (const { version } of admitted) version.release();
    }
    admitted.forEach(({ index, slot, breaker }, j) => {
      const { outcome, heapBytes } = results[j] as CallResult;
      const change = breaker.record(outcome);
      if (change !== null) logBreaker(this.#logger, slot, change);
      slot.recordOutcome(capability.name, outcome);
      this.#observers.emit('onCall', { pluginId: slot.id, capability: capability.name, outcome, heapBytes });
      outcomes[index] = outcome;
    });
    return outcomes;
  }
}

function quarantined(slot: PluginSlot): OutcomeError {
  return {
    type: 'unavailable',
    reason: 'circuit_open',
    message: `plugin "${slot.id}" is quarantined after repeated failures; retry after ${slot.breaker.snapshot().retryAt ?? 'the cool-down'}`,
  };
}

function refusalOf(slot: PluginSlot): OutcomeError | undefined {
  if (slot.state === 'inactive' || !slot.enabled) return { type: 'unavailable', reason: 'disabled', message: `plugin "${slot.id}" is disabled` };
  if (slot.state !== 'active' || slot.current === undefined) {
    if (slot.pending !== undefined) {
      return { type: 'unavailable', reason: 'pending_approval', message: `plugin "${slot.id}" ${slot.pending.pkg.manifest.version} waits for approval of: ${slot.pending.requested.join(', ')}` };
    }
    return { type: 'unavailable', reason: 'not_loaded', message: `plugin "${slot.id}" is not loaded: ${slot.failure?.message ?? slot.state}` };
  }
  return undefined;
}

function logBreaker(logger: Logger, slot: PluginSlot, change: 'opened' | 'closed' | 'reopened'): void {
  const snapshot = slot.breaker.snapshot();
  const level = change === 'closed' ? 'info' : 'warn';
  logger[level]({ event: `plugin.lifecycle.circuit_${change}`, plugin_id: slot.id, retry_at: snapshot.retryAt, trips: snapshot.trips }, `circuit ${change} for plugin ${slot.id}`);
}
