/**
 * An in-memory interpreter of the Query DSL subset in elasticsearch-dsl-schema.ts, following the
 * documented semantics: term/terms are exact (case_insensitive folds case), range compares, a document
 * missing the field fails every leaf query and therefore passes must_not, wildcard `*` is any run and
 * `?` one character (a backslash escapes them), bool is filter/must all, must_not none, should at
 * least minimum_should_match. A document's null field is a missing field, as in _source.
 */
type Doc = Record<string, unknown>;
type Query = Record<string, any>;

const present = (doc: Doc, field: string) => doc[field] !== undefined && doc[field] !== null;

function only<T>(o: Record<string, T>): [string, T] {
  return Object.entries(o)[0]!;
}

function wildcardRegex(pattern: string, caseInsensitive: boolean): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\' && i + 1 < pattern.length) source += pattern[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, caseInsensitive ? 'i' : '');
}

export function matches(query: Query, doc: Doc): boolean {
  if ('match_all' in query) return true;
  if ('match_none' in query) return false;
  if ('term' in query) {
    const [field, { value, case_insensitive }] = only<any>(query.term);
    if (!present(doc, field)) return false;
    const actual = doc[field];
    return case_insensitive && typeof actual === 'string' && typeof value === 'string' ? actual.toLowerCase() === value.toLowerCase() : actual === value;
  }
  if ('terms' in query) {
    const [field, values] = only<any[]>(query.terms);
    return present(doc, field) && values.includes(doc[field]);
  }
  if ('range' in query) {
    const [field, bounds] = only<any>(query.range);
    if (!present(doc, field)) return false;
    const v = doc[field] as any;
    return (bounds.gt === undefined || v > bounds.gt) && (bounds.gte === undefined || v >= bounds.gte) && (bounds.lt === undefined || v < bounds.lt) && (bounds.lte === undefined || v <= bounds.lte);
  }
  if ('exists' in query) return present(doc, query.exists.field);
  if ('prefix' in query) {
    const [field, { value, case_insensitive }] = only<any>(query.prefix);
    if (!present(doc, field) || typeof doc[field] !== 'string') return false;
    const actual = doc[field] as string;
    return case_insensitive ? actual.toLowerCase().startsWith(value.toLowerCase()) : actual.startsWith(value);
  }
  if ('wildcard' in query) {
    const [field, { value, case_insensitive }] = only<any>(query.wildcard);
    return present(doc, field) && typeof doc[field] === 'string' && wildcardRegex(value, case_insensitive === true).test(doc[field] as string);
  }
  if ('bool' in query) {
    const b = query.bool;
    if (b.filter && !b.filter.every((q: Query) => matches(q, doc))) return false;
    if (b.must && !b.must.every((q: Query) => matches(q, doc))) return false;
    if (b.must_not && b.must_not.some((q: Query) => matches(q, doc))) return false;
    if (b.should) {
      const min = b.minimum_should_match ?? (b.filter || b.must ? 0 : 1);
      if (b.should.filter((q: Query) => matches(q, doc)).length < min) return false;
    }
    return true;
  }
  throw new Error(`the interpreter does not know ${Object.keys(query)[0]}`);
}

/** sort with missing _first/_last, then from/size, then _source filtering: the hits a search returns. */
export function search(body: Query, docs: Doc[]): Doc[] {
  let hits = docs.filter((doc) => matches(body.query, doc));
  if (body.sort) {
    hits = [...hits].sort((a, b) => {
      for (const item of body.sort) {
        const [field, { order, missing }] = only<any>(item);
        const av = present(a, field) ? a[field] : undefined;
        const bv = present(b, field) ? b[field] : undefined;
        if (av === bv) continue;
        if (av === undefined || bv === undefined) {
          const missingFirst = (missing ?? (order === 'asc' ? '_last' : '_last')) === '_first';
          return (av === undefined) === missingFirst ? -1 : 1;
        }
        const cmp = (av as any) < (bv as any) ? -1 : 1;
        return order === 'asc' ? cmp : -cmp;
      }
      return 0;
    });
  }
  hits = hits.slice(body.from ?? 0, (body.from ?? 0) + body.size);
  if (body._source) hits = hits.map((doc) => Object.fromEntries(body._source.filter((f: string) => present(doc, f)).map((f: string) => [f, doc[f]])));
  return hits;
}
