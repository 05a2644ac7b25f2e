/**
 * A strict schema of the Elasticsearch `_search` body subset the adapter may write, from the Query DSL
 * reference (bool, term, terms, range, exists, prefix, wildcard, match_all, match_none, multi_match;
 * sort with missing; from/size/_source/track_total_hits; composite aggregations with sum/avg/min/max).
 * Unknown keys are rejected everywhere, so a typo or an invented option fails the test. No
 * Elasticsearch server runs here: this checks structure, elasticsearch-dsl-eval.ts checks meaning.
 */
import { z } from 'zod';

const fieldName = z.string().regex(/^[A-Za-z_@][A-Za-z0-9_.@-]*$/);
const scalar = z.union([z.string(), z.number(), z.boolean()]);
/** An object with exactly one field name as its key (term: { job: {...} }). */
const oneField = <T extends z.ZodType>(value: T) =>
  z.record(fieldName, value).refine((o) => Object.keys(o).length === 1, 'exactly one field');

export type Query = { [kind: string]: unknown };
export const querySchema: z.ZodType<Query> = z.lazy(() =>
  z.union([
    z.object({ match_all: z.object({ boost: z.number().optional() }).strict() }).strict(),
    z.object({ match_none: z.object({}).strict() }).strict(),
    z.object({ term: oneField(z.object({ value: scalar, case_insensitive: z.boolean().optional(), boost: z.number().optional() }).strict()) }).strict(),
    z.object({ terms: oneField(z.array(scalar).min(1)) }).strict(),
    z
      .object({
        range: oneField(
          z
            .object({ gt: scalar.optional(), gte: scalar.optional(), lt: scalar.optional(), lte: scalar.optional(), format: z.string().optional(), time_zone: z.string().optional(), boost: z.number().optional() })
            .strict()
            .refine((r) => ['gt', 'gte', 'lt', 'lte'].some((k) => k in r), 'a range needs a bound'),
        ),
      })
      .strict(),
    z.object({ exists: z.object({ field: fieldName }).strict() }).strict(),
    z.object({ prefix: oneField(z.object({ value: z.string().min(1), case_insensitive: z.boolean().optional() }).strict()) }).strict(),
    z.object({ wildcard: oneField(z.object({ value: z.string().min(1), case_insensitive: z.boolean().optional() }).strict()) }).strict(),
    z.object({ multi_match: z.object({ query: z.string().min(1), fields: z.array(fieldName).min(1) }).strict() }).strict(),
    z
      .object({
        bool: z
          .object({
            filter: z.array(querySchema).min(1).optional(),
            must: z.array(querySchema).min(1).optional(),
            must_not: z.array(querySchema).min(1).optional(),
            should: z.array(querySchema).min(1).optional(),
            minimum_should_match: z.union([z.number().int(), z.string()]).optional(),
          })
          .strict()
          .refine((b) => Object.keys(b).some((k) => k !== 'minimum_should_match'), 'an empty bool')
          .refine((b) => b.minimum_should_match === undefined || b.should !== undefined, 'minimum_should_match without should'),
      })
      .strict(),
  ]),
);

const metricAgg = z.union([
  z.object({ sum: z.object({ field: fieldName }).strict() }).strict(),
  z.object({ avg: z.object({ field: fieldName }).strict() }).strict(),
  z.object({ min: z.object({ field: fieldName }).strict() }).strict(),
  z.object({ max: z.object({ field: fieldName }).strict() }).strict(),
]);

const compositeSource = oneField(z.object({ terms: z.object({ field: fieldName, missing_bucket: z.boolean().optional() }).strict() }).strict());

const aggs = z.record(
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  z.union([
    metricAgg,
    z
      .object({
        composite: z.object({ size: z.number().int().min(1).max(65536), sources: z.array(compositeSource).min(1), after: z.record(z.string(), scalar.nullable()).optional() }).strict(),
        aggs: z.record(z.string(), metricAgg).optional(),
      })
      .strict(),
  ]),
);

const sortItem = oneField(z.object({ order: z.enum(['asc', 'desc']), missing: z.enum(['_first', '_last']).optional() }).strict());

export const searchBodySchema = z
  .object({
    query: querySchema,
    size: z.number().int().min(0),
    from: z.number().int().min(0).optional(),
    sort: z.array(sortItem).min(1).optional(),
    _source: z.array(fieldName).min(1).optional(),
    track_total_hits: z.boolean().optional(),
    aggs: aggs.optional(),
  })
  .strict()
  .refine((b) => (b.from ?? 0) + b.size <= 10000, 'from + size beyond index.max_result_window (10000)');
