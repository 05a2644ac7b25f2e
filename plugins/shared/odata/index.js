// The OData query dialect every query adapter shares. Adapters import from here and `corral build`
// bundles it into each plugin's single module; see docs/query-adapters.md for the semantics.
export { invalidInput, isPlainObject, syntaxError, unsupported } from './errors.js';
export { CASE_FUNCTIONS, COMPARISON_OPERATORS, MAX_FILTER_DEPTH, MAX_FILTER_TERMS, MAX_IN_VALUES, STRING_FUNCTIONS, parseFilter } from './filter-parser.js';
export { FIELD_TYPES, applyTransform, coerceLiteral } from './literal-types.js';
export { FALSE, TRUE, combine, fieldsOf, toNormalForm } from './normal-form.js';
export { OBJECT_QUERY_KEYS, QUERY_OPTIONS, normalizeQuery, readTranslateInput } from './normalize-query.js';
export { AGGREGATE_OPERATORS, IDENTIFIER_RE, parseDuration, parseTime } from './query-options.js';
export { aggregateRows, applyQuery, compareForOrder, evaluateFilter, pageRows, sortRows } from './evaluate.js';
export { odataResult } from './odata-result.js';
