/**
 * Process isolation's answer to heap growth isolated-vm does not stop in time. Near its heap limit
 * isolated-vm lends V8 another gigabyte at a time and waits for a garbage collection to terminate
 * the isolate; some shapes (arrays of arrays, resizable ArrayBuffers grown in one call) keep the
 * thread in V8 long past the deadline, holding gigabytes. No code can run on that thread, so the
 * pool child's main thread watches its own resident memory instead:
 *
 * while plugin code holds a thread in one synchronous segment, the process may grow by at most
 * twice the memory limit of every call in a segment at that moment (heap plus memory outside it),
 * plus `slackBytes` for the pool itself. Past that, the plugin whose segment has run longest (and
 * past `minSegmentMs`, so a short call is never blamed) is the one growing: the guard names it when
 * it is the only such segment, and the child is restarted, since a thread inside V8 cannot be
 * stopped any other way.
 */
import type { RunningSegment } from '../src/engine/worker-pool.ts';

export interface MemoryGuardOptions {
  rssBytes: () => number;
  segments: () => RunningSegment[];
  minSegmentMs: number;
  slackBytes: number;
  intervalMs: number;
  onExceeded: (culprit: { pluginId: string | undefined; growthBytes: number; allowanceBytes: number; segmentMs: number }) => void;
}

const MiB = 1024 * 1024;

export class MemoryGuard {
  readonly #options: MemoryGuardOptions;
  readonly #timer: NodeJS.Timeout;
  /** Resident memory when each segment in progress was first seen, by `threadId:since`. */
  #startRss = new Map<string, number>();
  #tripped = false;

  constructor(options: MemoryGuardOptions) {
    this.#options = options;
    this.#timer = setInterval(() => this.check(), options.intervalMs);
    this.#timer.unref();
  }

  check(): void {
    if (this.#tripped) return;
    const segments = this.#options.segments();
    if (segments.length === 0) {
      if (this.#startRss.size > 0) this.#startRss = new Map();
      return;
    }
    const rss = this.#options.rssBytes();
    const now = performance.timeOrigin + performance.now();
    const seen = new Map<string, number>();
    let allowance = this.#options.slackBytes;
    for (const segment of segments) {
      const key = `${segment.threadId}:${segment.since}`;
      seen.set(key, this.#startRss.get(key) ?? rss);
      allowance += 2 * segment.memoryMb * MiB;
    }
    this.#startRss = seen;
    const over: Array<{ segment: RunningSegment; growth: number }> = [];
    for (const segment of segments) {
      const growth = rss - (seen.get(`${segment.threadId}:${segment.since}`) as number);
      if (growth > allowance && now - segment.since >= this.#options.minSegmentMs) over.push({ segment, growth });
    }
    if (over.length === 0) return;
    this.#tripped = true;
    clearInterval(this.#timer);
    // Growth is the process's, not a thread's: with several long segments over the line at once
    // the guard cannot tell which one grew, so it names nobody (the host's crash attribution,
    // which separates suspects over repeated crashes, decides) rather than risk blaming a healthy one.
    const named = over.length === 1 ? (over[0] as (typeof over)[number]) : undefined;
    const worst = over.reduce((a, b) => (b.growth > a.growth ? b : a));
    this.#options.onExceeded({ pluginId: named?.segment.pluginId, growthBytes: worst.growth, allowanceBytes: allowance, segmentMs: now - worst.segment.since });
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
