/**
 * Corral's public API. Everything exported here is supported; anything else is internal.
 */
// First: on an unsupported Node this throws one sentence before anything else loads.
import './require-supported-node.ts';

export { createEngine, Engine } from './engine/engine.ts';
export type { CallOptions, DispatchOptions, ConfigApplySummary } from './engine/engine.ts';
export { loadConfigFile, configFileSchema } from './config/config-file.ts';
export type { LoadedConfig, PluginEntryConfig } from './config/config-file.ts';
export type { DispatchResult, DispatchStats } from './engine/dispatch-result.ts';
export type { EngineObserver, CallEvent, DispatchEvent, LoadEvent } from './engine/engine-events.ts';
export type { PluginStatus, CapabilityCounters, RetryInfo } from './lifecycle/plugin-slot.ts';
export type { EffectiveLimits } from './lifecycle/limits.ts';
export type { LifecycleState, TransitionRecord } from './lifecycle/states.ts';
export { LIFECYCLE_STATES } from './lifecycle/states.ts';
export type { ReloadResult } from './lifecycle/plugin-manager.ts';
export type { Contribution } from './lifecycle/contributions.ts';
export { CORRAL_VERSION } from './version.ts';
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
export type { PoolHealth } from './engine/worker-pool.ts';
export type { PoolRecovery } from './engine/process-pool.ts';
export type { CrashReport } from './engine/crash-attribution.ts';
export { manifestSchema } from './manifest/manifest-schema.ts';
export type { PluginManifest, Permission } from './manifest/manifest-schema.ts';
export type { CommandArgSpec, CommandArgType, CommandSpec } from './manifest/command-schema.ts';
export { computeIntegrity } from './manifest/integrity.ts';
export { canonicalJson } from './security/canonical-json.ts';
export { canonicalManifest, generateSigningKeys, keyIdOf, parsePublicKey, signManifest, verifyManifestSignature } from './security/manifest-signature.ts';
export type { SignatureCheck, SigningKeyPair } from './security/manifest-signature.ts';
export { decryptSecret, encryptSecret, generateSecretKey, isEncryptedSecret, loadKeyring, parseKeyring, redactConfig, rotateSecret } from './security/secrets.ts';
export type { SecretBinding, SecretKey, SecretKeyring } from './security/secrets.ts';
export { createDiagnosticsApp } from './http/app.ts';
export type { DiagnosticsAppOptions } from './http/app.ts';
export { startServer } from './http/server.ts';
export type { StartServerOptions, RunningServer } from './http/server.ts';
export { loadServerConfig, serverConfigSchema } from './http/server-config.ts';
export type { ServerConfig } from './http/server-config.ts';
export { ROLES, parseTokenSpec } from './http/auth.ts';
export type { ApiToken, Role } from './http/auth.ts';
export { createMetrics, RESULT_LABELS } from './telemetry/metrics.ts';
export type { Metrics, MetricsOptions } from './telemetry/metrics.ts';
