import { invalidInput, isPlainObject } from './errors.js';
import { parseFilter } from './filter-parser.js';
import { parseApply, parseBoolean, parseDuration, parseIdentifierList, parseInteger, parseOrderBy, parseTime } from './query-options.js';
import { splitQueryString } from './query-string.js';

/** $-options of the string form, in the order messages list them. */
export const QUERY_OPTIONS = ['metric', 'filter', 'search', 'top', 'skip', 'orderby', 'select', 'apply', 'count', 'from', 'to', 'step', 'time'];
/** Keys of the object form: the same options, `aggregate` being the older name of `apply`. */
export const OBJECT_QUERY_KEYS = [...QUERY_OPTIONS, 'aggregate'];
const MAX_SEARCH_LENGTH = 1000;

/**
 * Normalises the string form ("$metric=up&$filter=...") or the object form ({ metric, filter, ... })
 * into one shape. Every option is validated here so all adapters report identical messages; options an
 * adapter cannot honour are refused by the adapter, naming the option. `optionName(key)` gives the
 * option as the caller spelled it (`input.query.$top` or `input.query.top`).
 */
export function normalizeQuery(query) {
  const { raw, optionName } = readOptions(query);
  const has = (key) => raw[key] !== undefined && raw[key] !== '';
  const result = {
    optionName, metric: null, filter: null, search: null, top: null, skip: null, orderby: null, select: null,
    aggregate: null, count: false, from: null, to: null, step: null, time: null,
  };
  if (has('metric')) {
    if (typeof raw.metric !== 'string' || raw.metric.trim() === '') throw invalidInput(`${optionName('metric')}: expected a non-empty string`);
    result.metric = raw.metric.trim();
  }
  if (has('filter')) {
    if (typeof raw.filter !== 'string') throw invalidInput(`${optionName('filter')}: expected a filter expression string`);
    result.filter = parseFilter(raw.filter, optionName('filter'));
  }
  if (has('search')) {
    if (typeof raw.search !== 'string' || raw.search.trim() === '') throw invalidInput(`${optionName('search')}: expected non-empty search text`);
    if (raw.search.length > MAX_SEARCH_LENGTH) throw invalidInput(`${optionName('search')}: longer than ${MAX_SEARCH_LENGTH} characters`);
    result.search = raw.search.trim();
  }
  if (has('top')) result.top = parseInteger(raw.top, optionName('top'), 1);
  if (has('skip')) result.skip = parseInteger(raw.skip, optionName('skip'), 0);
  if (has('orderby')) result.orderby = parseOrderBy(raw.orderby, optionName('orderby'));
  if (has('select')) result.select = parseIdentifierList(raw.select, optionName('select'));
  if (has('apply')) result.aggregate = parseApply(raw.apply, optionName('apply'));
  if (has('count')) result.count = parseBoolean(raw.count, optionName('count'));
  if (has('from')) result.from = parseTime(raw.from, optionName('from'));
  if (has('to')) result.to = parseTime(raw.to, optionName('to'));
  if (has('time')) result.time = parseTime(raw.time, optionName('time'));
  if (has('step')) result.step = parseDuration(raw.step, optionName('step'));
  if (result.from !== null && result.to !== null && result.from >= result.to) {
    throw invalidInput(`${optionName('to')}: must be later than ${optionName('from')}`);
  }
  if (result.aggregate !== null && result.select !== null) {
    throw invalidInput(`${optionName('select')}: cannot be combined with ${optionName('apply')} (the grouping fields and the aggregate are the result)`);
  }
  return result;
}

function readOptions(query) {
  if (typeof query === 'string') {
    const raw = {};
    for (const { key, value } of splitQueryString(query, 'input.query')) {
      const name = key.replace(/^\$/, '');
      if (!QUERY_OPTIONS.includes(name)) {
        throw invalidInput(`input.query: unknown query option '${key}' (expected one of ${QUERY_OPTIONS.map((o) => '$' + o).join(', ')})`);
      }
      if (name in raw) throw invalidInput(`input.query: query option '$${name}' is given more than once`);
      raw[name] = value;
    }
    return { raw, optionName: (key) => `input.query.$${key}` };
  }
  if (!isPlainObject(query)) throw invalidInput('input.query: expected an OData query string or an object');
  for (const key of Object.keys(query)) {
    if (!OBJECT_QUERY_KEYS.includes(key)) throw invalidInput(`input.query.${key}: unknown option (expected one of ${OBJECT_QUERY_KEYS.join(', ')})`);
  }
  if (query.apply !== undefined && query.aggregate !== undefined) throw invalidInput('input.query.aggregate: give apply or aggregate, not both');
  const applyKey = query.aggregate !== undefined ? 'aggregate' : 'apply';
  const raw = { ...query, apply: query[applyKey] };
  return { raw, optionName: (key) => `input.query.${key === 'apply' ? applyKey : key}` };
}

/** The input every adapter's translate-query takes: `{ query }`, validated the same way everywhere. */
export function readTranslateInput(input) {
  if (!isPlainObject(input)) throw invalidInput('input: expected an object with a "query" field');
  if (input.query === undefined) throw invalidInput('input.query: required (an OData query string or object)');
  return normalizeQuery(input.query);
}
