/**
 * Percentiles and the sample loops every case uses. Latencies are measured with performance.now()
 * (sub-microsecond resolution) around the awaited call, after a warm-up that lets V8 optimise both
 * the engine and the plugin code.
 */

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of an ascending-sorted array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((acc, v) => acc + v, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.length === 0 ? Number.NaN : sum / sorted.length,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Round for the report: 3 significant decimals is plenty for noisy timings. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Run `fn` `warmup` times, then time `iterations` sequential runs. Returns milliseconds per run. */
export async function sampleAsync(fn: () => Promise<unknown>, warmup: number, iterations: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = new Array<number>(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples[i] = performance.now() - start;
  }
  return samples;
}

/** Synchronous twin of sampleAsync, for in-thread baselines (no promise hop in the measurement). */
export function sampleSync(fn: () => unknown, warmup: number, iterations: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples = new Array<number>(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    fn();
    samples[i] = performance.now() - start;
  }
  return samples;
}

/** p50/p99 in microseconds from millisecond samples. */
export function latencyUs(samplesMs: readonly number[]): { p50_us: number; p99_us: number } {
  const s = summarize(samplesMs);
  return { p50_us: round(s.p50 * 1000, 1), p99_us: round(s.p99 * 1000, 1) };
}

export function latencyMs(samplesMs: readonly number[]): { p50_ms: number; p99_ms: number } {
  const s = summarize(samplesMs);
  return { p50_ms: round(s.p50), p99_ms: round(s.p99) };
}

/**
 * Closed-loop saturation: keep `concurrency` calls in flight for `durationMs` (after `warmupMs`)
 * and count completions. Returns operations per second.
 */
export async function saturate(call: () => Promise<unknown>, concurrency: number, warmupMs: number, durationMs: number): Promise<number> {
  let counting = false;
  let completed = 0;
  let stopAt = performance.now() + warmupMs + durationMs;
  async function lane(): Promise<void> {
    while (performance.now() < stopAt) {
      await call();
      if (counting) completed += 1;
    }
  }
  const lanes = Array.from({ length: concurrency }, lane);
  await new Promise((resolve) => setTimeout(resolve, warmupMs));
  counting = true;
  const start = performance.now();
  stopAt = start + durationMs;
  await Promise.all(lanes);
  const elapsed = performance.now() - start;
  return (completed / elapsed) * 1000;
}
