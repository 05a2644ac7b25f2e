import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILTER_SYNTAX_ERRORS } from './odata-cases.ts';
import { expectInvalidInput, fakeCtx, loadPlugin, pluginPath, readManifest } from './helpers.ts';

const prometheus = await loadPlugin('prometheus-adapter');
const sql = await loadPlugin('sql-adapter');
const sqlCtx = fakeCtx('sql-adapter', readManifest('sql-adapter').config);

function sharedBlock(id: string): string {
  const source = readFileSync(pluginPath(id, 'index.js'), 'utf8');
  const start = source.indexOf('// ===== BEGIN SHARED ODATA QUERY GRAMMAR =====');
  const end = source.indexOf('// ===== END SHARED ODATA QUERY GRAMMAR =====');
  expect(start, `${id} has the BEGIN marker`).toBeGreaterThanOrEqual(0);
  expect(end, `${id} has the END marker`).toBeGreaterThan(start);
  return source.slice(start, end);
}

describe('shared OData grammar', () => {
  it('is byte-for-byte identical in prometheus-adapter and sql-adapter', () => {
    expect(sharedBlock('sql-adapter')).toBe(sharedBlock('prometheus-adapter'));
  });

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
