import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Engine } from '../engine/engine.ts';
import type { CallEvent, DispatchEvent, EngineObserver, LoadEvent } from '../engine/engine-events.ts';
import { CorralError } from '../errors.ts';
import { attribute } from '../lifecycle/fault-attribution.ts';
import { LIFECYCLE_STATES } from '../lifecycle/states.ts';
import { OUTCOME_ERROR_TYPES } from '../outcome.ts';

/** `result` label values: a closed set, so label cardinality stays bounded. */
export const RESULT_LABELS = ['ok', ...OUTCOME_ERROR_TYPES] as const;
export type ResultLabel = (typeof RESULT_LABELS)[number];

const PREFIX_PATTERN = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export interface MetricsOptions {
  /** Registry to register on; a fresh one by default (never the global default registry implicitly). */
  registry?: Registry;
  /** Metric name prefix: `corral` gives `corral_plugin_invocations_total`. */
  prefix?: string;
  /** Also collect prom-client's process metrics (CPU, heap, event loop lag) under the prefix. */
  processMetrics?: boolean;
}

export interface Metrics {
  readonly registry: Registry;
  readonly prefix: string;
  /** Start counting `engine`'s calls, dispatches and loads; returns the detach function. */
  attach(engine: Engine): () => void;
  /** Prometheus text exposition of the registry. */
  render(): Promise<string>;
  readonly contentType: string;
}

/**
 * Prometheus metrics fed by an engine observer. Plugin calls run in worker threads but every outcome
 * comes back to the host, so the counts are made here, on the host registry. Labels are plugin ids,
 * declared capability names and closed enums only: no free text and no per-call ids.
 */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const prefix = options.prefix ?? 'corral';
  if (!PREFIX_PATTERN.test(prefix)) {
    throw new CorralError('CORRAL_ERR_INVALID_OPTIONS', `metrics prefix: "${prefix}" is not a valid Prometheus name prefix (letters, digits, underscores)`);
  }
  const registry = options.registry ?? new Registry();
  const registers = [registry];
  const name = (suffix: string) => `${prefix}_${suffix}`;
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: `${prefix}_` });

  const invocations = new Counter({ name: name('plugin_invocations_total'), help: 'Plugin calls by result (ok or the outcome error type).', labelNames: ['plugin_id', 'capability', 'result'], registers });
  const duration = new Histogram({ name: name('plugin_invocation_duration_seconds'), help: 'Wall-clock duration of plugin calls as the caller saw them (queue wait + run).', labelNames: ['plugin_id', 'capability', 'result'], buckets: DURATION_BUCKETS, registers });
  const queueWait = new Histogram({ name: name('plugin_queue_wait_seconds'), help: 'Time plugin calls waited for a thread before their code started.', labelNames: ['plugin_id', 'capability'], buckets: DURATION_BUCKETS, registers });
  const runTime = new Histogram({ name: name('plugin_run_duration_seconds'), help: 'Time plugin calls ran in their worker, from start to settlement.', labelNames: ['plugin_id', 'capability'], buckets: DURATION_BUCKETS, registers });
  const timeouts = new Counter({ name: name('plugin_timeouts_total'), help: "Plugin calls whose own code ran past their deadline (queue waits and time their thread was held by other plugins excluded).", labelNames: ['plugin_id', 'capability'], registers });
  const runtimeErrors = new Counter({ name: name('plugin_runtime_errors_total'), help: 'Plugin calls that failed by the plugin\'s own fault, by outcome type (what health and the circuit breaker count).', labelNames: ['plugin_id', 'capability', 'type'], registers });
  const interference = new Counter({ name: name('plugin_interference_total'), help: 'Plugin calls lost to something the plugin did not cause (reason: queue_wait, thread_blocked, pool_crash); never charged to it.', labelNames: ['plugin_id', 'capability', 'reason'], registers });
  const cpu = new Counter({ name: name('plugin_cpu_seconds_total'), help: 'CPU time spent inside plugin isolates.', labelNames: ['plugin_id', 'capability'], registers });
  const memory = new Gauge({ name: name('plugin_memory_bytes'), help: 'Isolate heap of the plugin after its last call.', labelNames: ['plugin_id'], registers });
  const dispatches = new Counter({ name: name('plugin_dispatches_total'), help: 'Capability dispatches by result: ok (every plugin succeeded), partial, failed (none succeeded).', labelNames: ['capability', 'result'], registers });
  const dispatchFailures = new Counter({ name: name('plugin_dispatch_failures_total'), help: 'Dispatches in which at least one plugin call failed.', labelNames: ['capability'], registers });
  const loads = new Counter({ name: name('plugin_load_total'), help: 'Plugin load attempts by status.', labelNames: ['plugin_id', 'status'], registers });

  const engines = new Set<Engine>();
  new Gauge({
    name: name('pool_queue_depth'),
    help: 'Plugin calls waiting for a worker thread.',
    registers,
    collect() {
      this.reset();
      for (const engine of engines) this.inc(engine.poolStats().queueSize);
    },
  });
  new Gauge({
    name: name('pool_utilization'),
    help: 'Worker pool utilization (0..1).',
    registers,
    collect() {
      let total = 0;
      for (const engine of engines) total = Math.max(total, engine.poolStats().utilization);
      this.set(total);
    },
  });
  new Gauge({
    name: name('pool_threads'),
    help: 'Worker threads running.',
    registers,
    collect() {
      this.reset();
      for (const engine of engines) this.inc(engine.poolStats().threads);
    },
  });
  new Gauge({
    name: name('plugins'),
    help: 'Registered plugins by lifecycle state.',
    labelNames: ['state'],
    registers,
    collect() {
      this.reset();
      for (const state of LIFECYCLE_STATES) this.set({ state }, 0);
      for (const engine of engines) for (const status of engine.plugins()) this.inc({ state: status.state });
    },
  });

  const observer: EngineObserver = {
    onCall(event: CallEvent) {
      const { pluginId: plugin_id, capability, outcome } = event;
      const result: ResultLabel = outcome.status === 'ok' ? 'ok' : outcome.error.type;
      invocations.inc({ plugin_id, capability, result });
      duration.observe({ plugin_id, capability, result }, outcome.durationMs / 1000);
      const charged = attribute(outcome);
      if (charged !== 'refused') {
        queueWait.observe({ plugin_id, capability }, outcome.queueMs / 1000);
        if (outcome.runMs > 0) runTime.observe({ plugin_id, capability }, outcome.runMs / 1000);
      }
      if (outcome.status === 'error' && charged === 'fault') {
        runtimeErrors.inc({ plugin_id, capability, type: outcome.error.type });
        if (outcome.error.type === 'timeout') timeouts.inc({ plugin_id, capability });
      } else if (outcome.status === 'error' && charged === 'interference') {
        interference.inc({ plugin_id, capability, reason: interferenceReason(outcome.error.reason) });
      }
      if (outcome.cpuMs > 0) cpu.inc({ plugin_id, capability }, outcome.cpuMs / 1000);
      if (event.heapBytes !== undefined) memory.set({ plugin_id }, event.heapBytes);
    },
    onDispatch(event: DispatchEvent) {
      // A capability no plugin declares fans out to nobody; counting it would let any caller mint labels.
      if (event.plugins === 0) return;
      const result = event.failed === 0 ? 'ok' : event.ok === 0 ? 'failed' : 'partial';
      dispatches.inc({ capability: event.capability, result });
      if (event.failed > 0) dispatchFailures.inc({ capability: event.capability });
    },
    onLoad(event: LoadEvent) {
      loads.inc({ plugin_id: event.pluginId, status: event.status });
    },
  };

  return {
    registry,
    prefix,
    contentType: registry.contentType,
    attach(engine: Engine) {
      // The initial loads happened inside createEngine, before anyone could observe: seed them.
      for (const status of engine.plugins()) {
        if (status.state === 'failed') loads.inc({ plugin_id: status.id, status: 'failed' });
        else if (status.loaded) loads.inc({ plugin_id: status.id, status: 'loaded' });
      }
      engines.add(engine);
      const unsubscribe = engine.observe(observer);
      return function detach() {
        unsubscribe();
        engines.delete(engine);
      };
    },
    render: () => registry.metrics(),
  };
}

/** A closed label set: any other reason a non-charged failure carries is folded into `other`. */
function interferenceReason(reason: string | undefined): 'queue_wait' | 'thread_blocked' | 'pool_crash' | 'other' {
  return reason === 'queue_wait' || reason === 'thread_blocked' || reason === 'pool_crash' ? reason : 'other';
}
