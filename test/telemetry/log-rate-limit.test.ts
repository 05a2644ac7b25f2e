import { describe, expect, it } from 'vitest';
import { LogRateLimiter } from '../../src/telemetry/log-rate-limit.ts';

describe('per-plugin log token bucket', () => {
  it('allows a burst, then refills at the configured rate', () => {
    let now = 1_000_000;
    const limiter = new LogRateLimiter({ linesPerSecond: 10, burst: 20, reportIntervalMs: 5000 }, () => now);
    expect(limiter.admit('a', 15)).toEqual({ allowed: 15, reportDropped: 0 });
    // 5 tokens left: 5 written, 10 dropped, and the first drop summary is due at once.
    expect(limiter.admit('a', 15)).toEqual({ allowed: 5, reportDropped: 10 });
    now += 500;
    expect(limiter.admit('a', 15)).toEqual({ allowed: 5, reportDropped: 0 });
    now += 10_000;
    // Refill is capped at the burst; the drops since the last summary are reported now.
    expect(limiter.admit('a', 30)).toEqual({ allowed: 20, reportDropped: 20 });
  });

  it('keeps one bucket per plugin and counts drops from the per-call cap', () => {
    const now = 0;
    const limiter = new LogRateLimiter({ linesPerSecond: 1, burst: 2, reportIntervalMs: 1000 }, () => now + 5000);
    expect(limiter.admit('a', 5)).toEqual({ allowed: 2, reportDropped: 3 });
    expect(limiter.admit('b', 1, 7)).toEqual({ allowed: 1, reportDropped: 7 });
    limiter.forget('a');
    expect(limiter.admit('a', 2).allowed).toBe(2);
  });
});
