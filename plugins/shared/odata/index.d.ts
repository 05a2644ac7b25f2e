// Types for the tests that import the shared dialect directly (the adapters are plain JS bundled by
// corral build, which ignores this file).
export type FieldType = 'string' | 'number' | 'boolean' | 'datetime';
export type FieldTypeOf = (name: string) => FieldType | undefined;
export type Literal = string | number | boolean | null;
export interface FilterAst { type: string; [key: string]: any }
export interface NormalNode { type: string; [key: string]: any }
export interface Aggregate { op: 'sum' | 'avg' | 'min' | 'max' | 'count'; field: string | null; by: string[]; as: string }
export interface NormalizedQuery {
  optionName(key: string): string;
  metric: string | null;
  filter: FilterAst | null;
  search: string | null;
  top: number | null;
  skip: number | null;
  orderby: Array<{ field: string; direction: 'asc' | 'desc' }> | null;
  select: string[] | null;
  aggregate: Aggregate | null;
  count: boolean;
  from: number | null;
  to: number | null;
  step: { text: string; seconds: number } | null;
  time: number | null;
}
export type Row = Record<string, any>;

export const TRUE: NormalNode;
export const FALSE: NormalNode;
export const FIELD_TYPES: readonly FieldType[];
export const QUERY_OPTIONS: readonly string[];
export const OBJECT_QUERY_KEYS: readonly string[];
export function normalizeQuery(query: unknown): NormalizedQuery;
export function readTranslateInput(input: unknown): NormalizedQuery;
export function parseFilter(source: string, field: string): FilterAst;
export function toNormalForm(ast: FilterAst, options: { where: string; fieldType?: FieldTypeOf }): NormalNode;
export function combine(type: 'and' | 'or', operands: NormalNode[]): NormalNode;
export function fieldsOf(node: NormalNode): Set<string>;
export function coerceLiteral(value: Literal, type: FieldType | undefined, fieldName: string, where: string): Literal;
export function evaluateFilter(ast: FilterAst, row: Row, options?: { fieldType?: FieldTypeOf; where?: string }): boolean | null;
export function applyQuery(rows: Row[], q: NormalizedQuery, options?: { fieldType?: FieldTypeOf; valueField?: string; where?: string }): { value: Row[]; total: number };
export function pageRows(rows: Row[], q: NormalizedQuery, options?: { valueField?: string }): { value: Row[]; total: number };
export function sortRows(rows: Row[], orderby: NonNullable<NormalizedQuery['orderby']>): Row[];
export function aggregateRows(rows: Row[], aggregate: Aggregate): Row[];
export function compareForOrder(a: unknown, b: unknown): number;
export function odataResult(result: { context: string; value: Row[]; count?: number }): { '@odata.context': string; '@odata.count': number; value: Row[] };
export function invalidInput(message: string): Error;
export function syntaxError(field: string, pos: number, message: string): Error;
export function unsupported(field: string, construct: string, adapter: string, hint?: string): Error;
export function isPlainObject(value: unknown): value is Record<string, unknown>;
export function applyTransform(value: string, transform: 'tolower' | 'toupper' | null): string;
export function parseTime(value: unknown, field: string): number;
export function parseDuration(value: unknown, field: string): { text: string; seconds: number };
export const IDENTIFIER_RE: RegExp;
export const AGGREGATE_OPERATORS: readonly string[];
export const COMPARISON_OPERATORS: readonly string[];
export const STRING_FUNCTIONS: readonly string[];
export const CASE_FUNCTIONS: readonly string[];
export const MAX_FILTER_DEPTH: number;
export const MAX_FILTER_TERMS: number;
export const MAX_IN_VALUES: number;
