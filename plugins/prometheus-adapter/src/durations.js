// PromQL durations are integers with units ("1h30m", "90s", "250ms"); a fractional "3600.5s" is a
// parse error, so every window and step the adapter writes goes through here.

const UNITS = [['h', 3600000], ['m', 60000], ['s', 1000], ['ms', 1]];

/** Whole milliseconds as a PromQL duration, largest units first: 5400000 → "1h30m". */
export function promDuration(ms) {
  let rest = Math.round(ms);
  if (!(rest > 0)) throw new Error(`internal: duration ${ms} ms is not positive`);
  let text = '';
  for (const [unit, size] of UNITS) {
    const amount = Math.floor(rest / size);
    if (amount > 0) { text += `${amount}${unit}`; rest -= amount * size; }
  }
  return text;
}
