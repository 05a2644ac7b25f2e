// An Elasticsearch `_search` response → the OData result shape: hits' _source as rows, composite
// buckets as one row per group.
import { invalidInput, isPlainObject, normalizeQuery, odataResult, pageRows } from '../../shared/odata/index.js';

function hitTotal(hits) {
  const total = hits.total;
  if (typeof total === 'number') return total;
  // relation "gte" means Elasticsearch stopped counting: the figure is a lower bound.
  if (isPlainObject(total) && typeof total.value === 'number') return total.value;
  return undefined;
}

export function translateResult(input, ctx) {
  if (!isPlainObject(input) || !isPlainObject(input.response)) throw invalidInput('input.response: expected an Elasticsearch _search response object');
  if (input.context !== undefined && typeof input.context !== 'string') throw invalidInput('input.context: expected a string');
  const body = input.response;
  if (isPlainObject(body.error)) {
    const error = new Error(`Elasticsearch search failed (${body.error.type ?? 'unknown'}): ${body.error.reason ?? 'no reason given'}`);
    error.name = 'ElasticsearchError';
    throw error;
  }
  const q = input.query === undefined ? null : normalizeQuery(input.query);
  const context = input.context || '$metadata#Metrics';
  if (!isPlainObject(body.hits)) throw invalidInput('input.response.hits: expected an object');
  if (body.hits.total !== undefined && isPlainObject(body.hits.total) && body.hits.total.relation === 'gte') {
    ctx?.log?.warn('hits.total is a lower bound (track_total_hits was not set)');
  }
  const aggregate = q?.aggregate ?? null;
  if (aggregate !== null) {
    if (aggregate.by.length === 0) {
      const value = aggregate.op === 'count' ? hitTotal(body.hits) : body.aggregations?.[aggregate.as]?.value;
      if (value === undefined) throw invalidInput(`input.response.aggregations.${aggregate.as}: missing`);
      return odataResult({ context, value: [{ [aggregate.as]: value }] });
    }
    const buckets = body.aggregations?.groups?.buckets;
    if (!Array.isArray(buckets)) throw invalidInput('input.response.aggregations.groups.buckets: expected the composite aggregation\'s buckets');
    if (isPlainObject(body.aggregations.groups.after_key) && buckets.length > 0) ctx?.log?.debug('composite aggregation has more pages (after_key)');
    const rows = buckets.map(function bucketRow(bucket, i) {
      if (!isPlainObject(bucket) || !isPlainObject(bucket.key)) throw invalidInput(`input.response.aggregations.groups.buckets[${i}]: expected { key, doc_count }`);
      const value = aggregate.op === 'count' ? bucket.doc_count : bucket[aggregate.as]?.value ?? null;
      return { ...bucket.key, [aggregate.as]: value };
    });
    const page = pageRows(rows, q, { valueField: aggregate.as });
    return odataResult({ context, value: page.value, count: page.total });
  }
  if (!Array.isArray(body.hits.hits)) throw invalidInput('input.response.hits.hits: expected an array');
  const rows = body.hits.hits.map(function hitRow(hit, i) {
    if (!isPlainObject(hit) || !isPlainObject(hit._source)) throw invalidInput(`input.response.hits.hits[${i}]._source: expected an object`);
    return { ...hit._source };
  });
  return odataResult({ context, value: rows, count: q?.count ? hitTotal(body.hits) : undefined });
}
