import { describe, expect, it } from 'vitest';
import { FILTER_SYNTAX_ERRORS } from './odata-cases.ts';
import { expectInvalidInput, fakeCtx, loadPlugin, readManifest } from './helpers.ts';

const prometheus = await loadPlugin('prometheus-adapter');
const sql = await loadPlugin('sql-adapter');
const sqlCtx = fakeCtx('sql-adapter', readManifest('sql-adapter').config);

describe('shared OData grammar', () => {
  describe.each([
    ['prometheus-adapter', (filter: string) => prometheus['translate-query']!({ query: { metric: 'up', filter } })],
    ['sql-adapter', (filter: string) => sql['translate-query']!({ query: { filter } }, sqlCtx)],
  ] as const)('%s rejects malformed $filter', (_id, translate) => {
    const rows = FILTER_SYNTAX_ERRORS.map(([filter, position, fragment]) => {
      const title = filter.length > 60 ? `${filter.slice(0, 57)}...` : filter;
      return [title, position, fragment, filter] as const;
    });
    it.each(rows)('%j -> position %i: %s', (_title, position, fragment, filter) => {
      expectInvalidInput(() => translate(filter), 'input.query.filter: syntax error', `at position ${position}:`, fragment);
    });
  });

  it('names the $-prefixed option in string-form errors', () => {
    expectInvalidInput(() => prometheus['translate-query']!({ query: "$metric=up&$filter=job eq" }), 'input.query.$filter: syntax error at position 6');
    expectInvalidInput(() => sql['translate-query']!({ query: "$filter=job eq" }, sqlCtx), 'input.query.$filter: syntax error at position 6');
  });
});
