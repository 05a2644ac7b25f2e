// Elasticsearch adapter: translates an OData query (the same input every query adapter takes) into a
// `_search` request body, and a search response into the OData result shape. No Elasticsearch runs
// in this project's tests: the bodies are checked against a strict schema of the documented DSL and
// executed by an in-memory interpreter of it (docs/query-adapters.md says exactly what that covers).
// Runs in a bare V8 isolate: `corral build` bundles this file and the shared OData dialect.
import { fieldsOf, invalidInput, readTranslateInput, toNormalForm, unsupported } from '../../shared/odata/index.js';
import { boolQuery } from './bool-query.js';
import { ES_TYPES, MAX_RESULT_WINDOW, readConfig } from './config.js';
import { translateResult } from './result.js';

const ADAPTER = 'Elasticsearch adapter';
const METRICS = { sum: 'sum', avg: 'avg', min: 'min', max: 'max' };

function translateQuery(input, ctx) {
  const config = readConfig(ctx);
  const q = readTranslateInput(input);
  const known = (name, field) => {
    if (!(name in config.fields)) throw invalidInput(`${field}: unknown field '${name}' (allowed: ${Object.keys(config.fields).join(', ')})`);
    return name;
  };
  const fieldType = (name) => ES_TYPES[config.fields[name]];
  if (q.time !== null) throw unsupported(q.optionName('time'), 'an instant query ($time)', ADAPTER, 'give $from and $to');
  const filter = [];
  const must = [];
  if (q.metric !== null) filter.push({ term: { [config.metricField]: { value: q.metric } } });
  if (q.from !== null || q.to !== null) {
    const bounds = {};
    if (q.from !== null) bounds.gte = new Date(q.from).toISOString();
    if (q.to !== null) bounds.lt = new Date(q.to).toISOString();
    filter.push({ range: { [config.timeField]: { ...bounds, format: 'strict_date_optional_time' } } });
  }
  if (q.filter !== null) {
    const where = q.optionName('filter');
    const normal = toNormalForm(q.filter, { where, fieldType });
    for (const name of fieldsOf(normal)) known(name, where);
    const query = boolQuery(normal, { fieldKind: (name) => config.fields[name], where });
    if (!('match_all' in query)) filter.push(query);
  }
  if (q.search !== null) {
    if (config.searchFields.length === 0) throw unsupported(q.optionName('search'), '$search', ADAPTER, 'configure searchFields (text fields)');
    must.push({ multi_match: { query: q.search, fields: config.searchFields } });
  }
  const body = { query: filter.length || must.length ? { bool: { ...(filter.length ? { filter } : {}), ...(must.length ? { must } : {}) } } : { match_all: {} } };
  const resultOptions = [];

  if (q.aggregate !== null) {
    const applyField = q.optionName('apply');
    const alias = q.aggregate.as;
    const measured = q.aggregate.field === 'value' ? config.valueField : q.aggregate.field;
    if (measured !== null) known(measured, applyField);
    if (measured !== null && config.fields[measured] !== 'number') throw invalidInput(`${applyField}: ${q.aggregate.op} needs a number field; '${measured}' is ${config.fields[measured]}`);
    const metric = q.aggregate.op === 'count' ? null : { [alias]: { [METRICS[q.aggregate.op]]: { field: measured } } };
    body.size = 0;
    if (q.aggregate.by.length === 0) {
      // No groups: one row; a count is the hit total.
      if (metric) body.aggs = metric;
      else body.track_total_hits = true;
    } else {
      for (const name of q.aggregate.by) {
        known(name, `${applyField} groupby`);
        if (config.fields[name] === 'text') throw unsupported(applyField, `grouping by the analysed text field '${name}'`, ADAPTER, 'group by a keyword field');
      }
      // composite: every group, paged by after_key; missing_bucket keeps the group of documents
      // without the field (OData groups nulls together). Its buckets come in key order, so $orderby
      // on the aggregate, $top and $skip over groups are applied by translate-result.
      body.aggs = {
        groups: {
          composite: { size: config.maxSize, sources: q.aggregate.by.map((name) => ({ [name]: { terms: { field: name, missing_bucket: true } } })) },
          ...(metric ? { aggs: metric } : {}),
        },
      };
      resultOptions.push('$orderby', '$skip', '$top');
    }
    if (q.count) resultOptions.push('$count');
  } else {
    const order = q.orderby ?? (q.top !== null ? [{ field: config.valueField, direction: 'desc' }] : null);
    if (order !== null) {
      body.sort = order.map(function sortItem(item) {
        known(item.field, q.optionName('orderby'));
        if (config.fields[item.field] === 'text') throw unsupported(q.optionName('orderby'), `sorting by the analysed text field '${item.field}'`, ADAPTER, 'sort by a keyword field');
        // OData: nulls first ascending, last descending.
        return { [item.field]: { order: item.direction, missing: item.direction === 'asc' ? '_first' : '_last' } };
      });
    }
    const size = q.top ?? config.maxSize;
    if (q.top !== null && q.top > config.maxSize) throw invalidInput(`${q.optionName('top')}: at most ${config.maxSize} hits may be requested`);
    if ((q.skip ?? 0) + size > MAX_RESULT_WINDOW) {
      throw invalidInput(`${q.optionName('skip')}: from + size may not exceed ${MAX_RESULT_WINDOW} (Elasticsearch's index.max_result_window); use a narrower filter`);
    }
    body.size = size;
    if (q.skip !== null) body.from = q.skip;
    if (q.select !== null) body._source = q.select.map((name) => known(name, q.optionName('select')));
    if (q.count) body.track_total_hits = true;
  }
  if (q.step !== null) resultOptions.push(`${q.optionName('step')} ignored: a search returns every stored document in the range`);
  return { index: config.index, endpoint: `/${config.index}/_search`, body, ...(resultOptions.length ? { resultOptions } : {}) };
}

export default {
  'translate-query': translateQuery,
  'translate-result': translateResult,
};
