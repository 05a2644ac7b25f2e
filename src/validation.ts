import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type Segment = PropertyKey;

function joinPath(segments: readonly Segment[], root: string): string {
  const path = segments.reduce<string>(function joinSegment(acc, segment) {
    if (typeof segment === 'number') return `${acc}[${segment}]`;
    return acc === '' ? String(segment) : `${acc}.${String(segment)}`;
  }, root);
  return path === '' ? '(root)' : path;
}

/**
 * The branch of a failed union worth showing: zod reports every branch, and "Invalid input" alone
 * hides which field was wrong. A branch rejecting the value's type outright ("expected object,
 * received string") is not what the user meant; among the rest, the one that got deepest did.
 */
function relevantBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const depth = (list: readonly Issue[]) => Math.max(...list.map((i) => i.path.length));
  const candidates = branches.filter((list) => list.length > 0 && !list.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  if (candidates.length === 0) return undefined;
  return candidates.reduce((best, list) => (depth(list) > depth(best) ? list : best));
}

function flatten(issue: Issue, prefix: readonly Segment[]): Array<{ path: Segment[]; message: string }> {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    const branch = relevantBranch(issue.errors);
    if (branch !== undefined) return branch.flatMap((inner) => flatten(inner, path));
  }
  // Name the unknown key itself, so `isolation.mod: unrecognized key` points at the typo.
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: [...path, key], message: 'unrecognized key' }));
  return [{ path, message: issue.message }];
}

/** Render zod issues as `path.to.field: message` lines so an error names the field. */
export function formatIssues(issues: readonly Issue[], root = ''): string {
  return issues
    .flatMap((issue) => flatten(issue, []))
    .map(({ path, message }) => `${joinPath(path, root)}: ${message}`)
    .join('; ');
}
