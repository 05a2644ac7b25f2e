/** Engines for the benchmark: silent logger, generous payload caps, explicit pool sizing. */
import pino, { type Logger } from 'pino';
import { createEngine, type Engine, type EngineOptions } from '../../src/index.ts';

const MiB = 1024 * 1024;

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

type Lifecycle = NonNullable<EngineOptions['lifecycle']>;

/**
 * Periodic health checks are off (a timer firing mid-measurement is noise, and health_check times
 * the check on demand). `tolerateFailures` keeps the circuit breaker from quarantining a plugin
 * that a case makes fail on purpose (timeout_precision).
 */
export async function openEngine(
  options: Omit<EngineOptions, 'limits' | 'lifecycle'> & { limits?: EngineOptions['limits']; lifecycle?: Lifecycle; tolerateFailures?: boolean },
): Promise<Engine> {
  const { tolerateFailures = false, lifecycle, limits, ...rest } = options;
  const breaker = tolerateFailures ? { breaker: { consecutiveFailures: 1_000_000, errorRateThreshold: 1, ...lifecycle?.breaker } } : {};
  return createEngine({
    // Thread mode unless a case asks otherwise: these figures are compared with the thread floors
    // (bench/floor) and with earlier runs. The `isolation` case measures both modes side by side.
    isolation: 'thread',
    maxQueue: 10_000,
    concurrentCallsPerWorker: 4,
    logger: silentLogger(),
    ...rest,
    limits: { maxInputBytes: 8 * MiB, maxOutputBytes: 8 * MiB, ...limits },
    lifecycle: { ...lifecycle, health: { intervalMs: 0, ...lifecycle?.health }, ...breaker },
  });
}

/** Throw unless every outcome is ok: a benchmark of failing calls measures the wrong thing. */
export function assertOk(outcome: { status: string; pluginId: string; error?: { type: string; message: string } }): void {
  if (outcome.status !== 'ok') {
    throw new Error(`benchmark call to ${outcome.pluginId} failed: ${outcome.error?.type}: ${outcome.error?.message}`);
  }
}

export type { Engine };
