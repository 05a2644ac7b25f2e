import type { z } from 'zod';

/** Render zod issues as `path.to.field: message` lines so an error names the field. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], root = ''): string {
  return issues
    .map(function formatIssue(issue) {
      const path = issue.path.reduce<string>(function joinSegment(acc, segment) {
        if (typeof segment === 'number') return `${acc}[${segment}]`;
        return acc === '' ? String(segment) : `${acc}.${String(segment)}`;
      }, root);
      return `${path === '' ? '(root)' : path}: ${issue.message}`;
    })
    .join('; ');
}
