// Which Prometheus query an OData time range becomes. Three modes, chosen by the options alone:
//   range   — $step given: /api/v1/query_range from $from to the last step before $to;
//   window  — $from and $to, no $step: one instant query over the window [$from, $to), one value per
//             series (a counter's rate over the window, a gauge's average over it);
//   instant — $time, $to alone (the latest value before $to) or nothing (the server's "now").
// $to is exclusive in the dialect while Prometheus's windows and range ends include their end, so an
// evaluation "at $to" happens 1 ms before it and a range ends on the last step before $to.
import { invalidInput } from '../../shared/odata/index.js';
import { promDuration } from './durations.js';

const MAX_POINTS = 11000; // Prometheus refuses range queries with more points per series than this
const iso = (ms) => new Date(ms).toISOString();

export function buildTiming(q) {
  const name = q.optionName;
  if (q.time !== null) {
    for (const key of ['from', 'to', 'step']) {
      if (q[key] !== null) throw invalidInput(`${name('time')}: an instant query time cannot be combined with ${name(key)} (use ${name('from')}/${name('to')} for a window or a range)`);
    }
    return { mode: 'instant', time: iso(q.time), timeMs: q.time, window: null, range: null };
  }
  if (q.step !== null) {
    if (q.from === null) throw invalidInput(`${name('from')}: required when ${name('step')} is set (a range query)`);
    if (q.to === null) throw invalidInput(`${name('to')}: required when ${name('step')} is set (a range query)`);
    const stepMs = Math.round(q.step.seconds * 1000);
    if (stepMs < 1) throw invalidInput(`${name('step')}: must be at least 1ms`);
    const steps = Math.floor((q.to - 1 - q.from) / stepMs); // steps after the first one that stay before $to
    if (steps + 1 > MAX_POINTS) throw invalidInput(`${name('step')}: ${q.step.text} gives ${steps + 1} points over the range, more than Prometheus's ${MAX_POINTS}; use a larger step`);
    const endMs = q.from + steps * stepMs;
    return {
      mode: 'range', time: null, timeMs: null, window: null,
      range: { start: iso(q.from), end: iso(endMs), step: promDuration(stepMs), startMs: q.from, endMs, stepMs },
    };
  }
  if (q.from !== null) {
    if (q.to === null) throw invalidInput(`${name('to')}: required when ${name('from')} is set (the window is [from, to))`);
    const ms = q.to - q.from;
    return { mode: 'window', time: iso(q.to - 1), timeMs: q.to - 1, window: { ms, text: promDuration(ms) }, range: null };
  }
  if (q.to !== null) return { mode: 'instant', time: iso(q.to - 1), timeMs: q.to - 1, window: null, range: null };
  return { mode: 'instant', time: null, timeMs: null, window: null, range: null };
}
