/**
 * Corral's public API. Everything exported here is supported; anything else is internal.
 */
export { createEngine, Engine } from './engine/engine.ts';
export type { CallOptions, DispatchOptions } from './engine/engine.ts';
export type { DispatchResult, DispatchStats } from './engine/dispatch-result.ts';
export type { EngineObserver, CallEvent, DispatchEvent, LoadEvent } from './engine/engine-events.ts';
export type { PluginStatus, CapabilityCounters, RetryInfo } from './lifecycle/plugin-slot.ts';
export type { EffectiveLimits } from './lifecycle/limits.ts';
export type { LifecycleState, TransitionRecord } from './lifecycle/states.ts';
export { LIFECYCLE_STATES } from './lifecycle/states.ts';
export type { ReloadResult } from './lifecycle/plugin-manager.ts';
export type { HealthReport, HealthStatus, HookHealth, RuntimeSignals } from './lifecycle/health.ts';
export type { BreakerSnapshot, BreakerState } from './lifecycle/circuit-breaker.ts';
export type { CorralStore, PluginRecord, HealthSample, InvocationCounter } from './storage/store.ts';
export { defineCapability } from './capabilities/capability.ts';
export type { CapabilityDefinition } from './capabilities/capability.ts';
export { BUILTIN_MERGES } from './capabilities/merge.ts';
export type { BuiltinMerge, MergeFunction, MajorityResult } from './capabilities/merge.ts';
export { timeoutEnvName } from './capabilities/capability-registry.ts';
export { CorralError, ERROR_CODES, isCorralError } from './errors.ts';
export type { ErrorCode } from './errors.ts';
export { OUTCOME_ERROR_TYPES } from './outcome.ts';
export type { Outcome, OkOutcome, ErrorOutcome, OutcomeError, OutcomeErrorType } from './outcome.ts';
export type { EngineOptions } from './options.ts';
export { manifestSchema } from './manifest/manifest-schema.ts';
export type { PluginManifest, Permission } from './manifest/manifest-schema.ts';
export { computeIntegrity } from './manifest/integrity.ts';
