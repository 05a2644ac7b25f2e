/**
 * This worker thread's view of the pool's shared tables (see src/busy-table.ts, src/claim-table.ts):
 * which tasks it runs, when plugin code holds the thread synchronously (segments), and call claims.
 * Without the tables (a runtime used outside the pool) everything is still measured, just not published.
 */
import { setPriority } from 'node:os';
import { threadId, workerData } from 'node:worker_threads';
import { BusyTable } from '../src/busy-table.ts';
import { ClaimTable } from '../src/claim-table.ts';

const data = workerData as { busy?: SharedArrayBuffer; claims?: SharedArrayBuffer } | undefined;
const busy = data?.busy === undefined ? undefined : new BusyTable(data.busy);
const slot = busy === undefined ? -1 : busy.claim(threadId);
const claims = data?.claims === undefined ? undefined : new ClaimTable(data.claims);

/** Milliseconds since the epoch, fractional, comparable across threads and processes of one machine. */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Every synchronous segment of plugin code on this thread, summed (ms): a call's neighbours' share is read off it. */
let segmentTotalMs = 0;
let segmentDepth = 0;
let segmentStart = 0;

/** Completed segments only: the one in progress belongs to whoever is asking from inside it. */
export function threadSegmentTotal(): number {
  return segmentTotalMs;
}

/** How long the segment in progress has run (0 outside one). */
export function currentSegmentMs(): number {
  return segmentDepth > 0 ? performance.now() - segmentStart : 0;
}

/**
 * Run plugin code of `flow` synchronously and return how long it held the thread. Nested entries (a
 * host callback re-entering the isolate) count once, for the outermost segment.
 */
export function inSegment<T>(flow: number, run: () => T): { value: T; ms: number } | { error: unknown; ms: number } {
  const outer = segmentDepth === 0;
  const started = performance.now();
  if (outer) {
    segmentStart = started;
    busy?.enterSegment(slot, flow, performance.timeOrigin + started);
  }
  segmentDepth += 1;
  try {
    return { value: run(), ms: performance.now() - started };
  } catch (error) {
    return { error, ms: performance.now() - started };
  } finally {
    segmentDepth -= 1;
    if (outer) {
      segmentTotalMs += performance.now() - started;
      busy?.leaveSegment(slot);
    }
  }
}

export function taskBegins(deadline: number): void {
  busy?.begin(slot, deadline);
}

export function taskEnds(): void {
  busy?.end(slot);
}

/** Start the call unless the host withdrew it meanwhile. */
export function claimCall(ticket: number, seq: number): boolean {
  return claims === undefined ? true : claims.claim(ticket, seq);
}

/**
 * Suspected plugins (seen holding a thread) run at a lower OS priority, so when the machine is
 * oversubscribed the CPU goes to everyone else first. On Linux a thread has its own nice value
 * (setpriority on the calling thread); elsewhere it would lower the whole process, so it is skipped.
 * Without the right to raise priority again (unprivileged, RLIMIT_NICE) the thread stays low.
 */
const LOW_PRIORITY_NICE = 10;
let currentNice = 0;
let mayRaise = process.platform === 'linux';

export function runAtPriority(low: boolean): void {
  if (process.platform !== 'linux') return;
  const wanted = low ? LOW_PRIORITY_NICE : 0;
  if (wanted === currentNice || (!low && !mayRaise)) return;
  try {
    setPriority(0, wanted);
    currentNice = wanted;
  } catch {
    if (!low) mayRaise = false;
  }
}
