export interface LogRateLimitOptions {
  /** Lines per second each plugin may log on average, across all its calls. */
  linesPerSecond: number;
  /** Lines a quiet plugin may log at once. */
  burst: number;
  /** How often, at most, a plugin's dropped-line count is reported. */
  reportIntervalMs: number;
}

export const DEFAULT_LOG_RATE_LIMIT: LogRateLimitOptions = { linesPerSecond: 50, burst: 200, reportIntervalMs: 10_000 };

interface Bucket {
  tokens: number;
  refilledAt: number;
  dropped: number;
  reportedAt: number;
}

/**
 * A token bucket per plugin id for `plugin.log` lines. The worker already caps lines per call; this
 * caps them across calls, so a plugin called thousands of times a second cannot flood the host log.
 * Dropped lines are counted and summarized in a `plugin.log.dropped` line, itself rate-limited.
 */
export class LogRateLimiter {
  readonly #options: LogRateLimitOptions;
  readonly #buckets = new Map<string, Bucket>();
  readonly #now: () => number;

  constructor(options: Partial<LogRateLimitOptions> = {}, now: () => number = Date.now) {
    this.#options = { ...DEFAULT_LOG_RATE_LIMIT, ...options };
    this.#now = now;
  }

  /**
   * Ask to log `lines` lines (plus `droppedUpstream` already dropped by the per-call cap). Returns how
   * many may be written and, when a summary is due, how many were dropped since the last one.
   */
  admit(pluginId: string, lines: number, droppedUpstream = 0): { allowed: number; reportDropped: number } {
    const now = this.#now();
    let bucket = this.#buckets.get(pluginId);
    if (bucket === undefined) {
      bucket = { tokens: this.#options.burst, refilledAt: now, dropped: 0, reportedAt: 0 };
      this.#buckets.set(pluginId, bucket);
    }
    const elapsed = Math.max(0, now - bucket.refilledAt) / 1000;
    bucket.tokens = Math.min(this.#options.burst, bucket.tokens + elapsed * this.#options.linesPerSecond);
    bucket.refilledAt = now;
    const allowed = Math.min(lines, Math.floor(bucket.tokens));
    bucket.tokens -= allowed;
    bucket.dropped += lines - allowed + droppedUpstream;
    let reportDropped = 0;
    if (bucket.dropped > 0) {
      // The summary is a log line too: it spends a token when one is left, and otherwise waits for
      // the report interval, so a saturated plugin yields one summary per interval, not one per call.
      const haveToken = bucket.tokens >= 1;
      if (haveToken || now - bucket.reportedAt >= this.#options.reportIntervalMs) {
        if (haveToken) bucket.tokens -= 1;
        reportDropped = bucket.dropped;
        bucket.dropped = 0;
        bucket.reportedAt = now;
      }
    }
    return { allowed, reportDropped };
  }

  /** Forget a plugin (unregistered); its next line starts with a full bucket. */
  forget(pluginId: string): void {
    this.#buckets.delete(pluginId);
  }
}
