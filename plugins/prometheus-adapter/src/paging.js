// $orderby/$top/$skip: what PromQL ranks itself and what translate-result does with the same query.
// translate-query and translate-result both call planPaging, so they cannot disagree about it.
import { invalidInput, unsupported } from '../../shared/odata/index.js';
import { promDuration } from './durations.js';

const ADAPTER = 'Prometheus adapter';

/** The fields a result row has: the grouping labels and the alias after $apply, else any label. */
function checkOrderFields(q, valueName, isRange) {
  if (q.orderby === null) return;
  for (const { field } of q.orderby) {
    if (q.aggregate !== null && field !== valueName && !q.aggregate.by.includes(field)) {
      const fields = [...q.aggregate.by, valueName].join(', ');
      throw invalidInput(`${q.optionName('orderby')}: '${field}' is not a field of the aggregated result (it has ${fields})`);
    }
    if (isRange && field === 'timestamp') {
      throw unsupported(q.optionName('orderby'), "ordering a range query by 'timestamp'", ADAPTER, 'its rows come series by series, each in time order; order the series by the value or by labels');
    }
  }
}

/**
 * `order`: the effective ordering ($top alone means by value, descending). `inPromql`: topk/bottomk
 * does the ranking and the cut — only for an ordering by the value alone, and not with $count (the
 * count is of every matching row, so every series must come back). `applied`: the options
 * translate-result applies when it is given the same query.
 */
export function planPaging(q, mode) {
  const valueName = q.aggregate !== null ? q.aggregate.as : 'value';
  const isRange = mode === 'range';
  checkOrderFields(q, valueName, isRange);
  const order = q.orderby ?? (q.top !== null ? [{ field: valueName, direction: 'desc' }] : null);
  const byValue = order !== null && order.length === 1 && order[0].field === valueName;
  const paged = q.top !== null || (q.skip ?? 0) > 0;
  const inPromql = paged && byValue && !q.count;
  const applied = [];
  if (order !== null) applied.push('$orderby');
  // A range query's PromQL keeps exactly the page of series; an instant topk(K+N) still drops K.
  if ((q.skip ?? 0) > 0 && !(inPromql && isRange)) applied.push('$skip');
  if (q.top !== null && !(inPromql && isRange)) applied.push('$top');
  if (q.select !== null) applied.push('$select');
  if (q.count) applied.push('$count');
  return { valueName, order, inPromql, direction: byValue ? order[0].direction : null, applied };
}

/** Instant query: topk(K+N) (bottomk ascending); translate-result orders and drops the first K. */
export function rankInstant(expr, q, plan) {
  if (!plan.inPromql || q.top === null) return expr;
  return `${plan.direction === 'asc' ? 'bottomk' : 'topk'}(${q.top + (q.skip ?? 0)}, ${expr})`;
}

/**
 * Range query: topk inside query_range ranks at every step, so over the range it returns more than N
 * series. Rank once instead — each series by the average of EXPR at every step of the range (a
 * subquery evaluated at the range's end with `@ end()`, Prometheus ≥ 2.33) — and keep the chosen
 * series at every step with `and`. $skip=K is `unless` the first K. `disjunction`: `series` is an
 * `or` of selectors, which needs parentheses here (`and`/`unless` bind tighter than `or`).
 */
export function rankRange(series, q, plan, range, disjunction) {
  if (!plan.inPromql) return series;
  const expr = disjunction ? `(${series})` : series;
  const k = plan.direction === 'asc' ? 'bottomk' : 'topk';
  const skip = q.skip ?? 0;
  if (q.top === null && skip === 0) return expr;
  const single = range.endMs === range.startMs; // one step: per-step ranking is the whole ranking
  const score = single ? series : `avg_over_time((${series})[${promDuration(range.endMs - range.startMs)}:${range.step}] @ end())`;
  if (single) {
    if (skip === 0) return `${k}(${q.top}, ${series})`;
  }
  if (q.top === null) return `${expr} unless ${k}(${skip}, ${score})`;
  if (skip === 0) return `${expr} and ${k}(${q.top}, ${score})`;
  return `${expr} and (${k}(${skip + q.top}, ${score}) unless ${k}(${skip}, ${score}))`;
}
