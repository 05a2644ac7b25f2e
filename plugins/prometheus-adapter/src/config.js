import { isPlainObject, parseDuration } from '../../shared/odata/index.js';
import { promDuration } from './durations.js';

const COUNTER_SUFFIXES = ['_total', '_count', '_sum', '_bucket'];
const COUNTER_FUNCTIONS = ['rate', 'increase', 'none'];

function configError(message) {
  const error = new Error(`plugin config: ${message}`);
  error.name = 'ConfigError';
  return error;
}

function nameList(value, key) {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw configError(`config.${key}: expected an array of metric names`);
  return value;
}

/**
 * counters / gauges: metric names that are (not) counters whatever their suffix; counterFunction:
 * what a counter is wrapped in (rate by default; 'none' queries counters as gauges); scrapeInterval:
 * for the range-query rate window; rateWindow: the window of an instant query's rate (no $from).
 */
export function readConfig(ctx) {
  const config = isPlainObject(ctx?.config) ? ctx.config : {};
  const counterFunction = config.counterFunction ?? 'rate';
  if (!COUNTER_FUNCTIONS.includes(counterFunction)) throw configError(`config.counterFunction: expected one of ${COUNTER_FUNCTIONS.join(', ')}`);
  const wrap = (key, fallback) => {
    let seconds;
    try { seconds = parseDuration(config[key] ?? fallback, `config.${key}`).seconds; } catch (error) { throw configError(error.message); }
    const ms = Math.round(seconds * 1000);
    if (ms < 1) throw configError(`config.${key}: must be at least 1ms`);
    return { ms, text: promDuration(ms) };
  };
  return {
    counters: nameList(config.counters, 'counters'),
    gauges: nameList(config.gauges, 'gauges'),
    counterFunction,
    scrapeInterval: wrap('scrapeInterval', '15s'),
    rateWindow: wrap('rateWindow', '5m'),
  };
}

/** Counters by naming convention (OpenMetrics suffixes) unless the config says otherwise. */
export function isCounter(metric, config) {
  if (config.gauges.includes(metric)) return false;
  return config.counters.includes(metric) || COUNTER_SUFFIXES.some((suffix) => metric.endsWith(suffix));
}
