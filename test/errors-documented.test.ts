import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, OUTCOME_ERROR_TYPES } from '../src/index.ts';

describe('error reference', () => {
  it('documents every host error code and every outcome type in docs/errors.md', async () => {
    const doc = await readFile(new URL('../docs/errors.md', import.meta.url), 'utf8');
    for (const code of Object.keys(ERROR_CODES)) expect(doc, code).toContain(`\`${code}\``);
    for (const type of OUTCOME_ERROR_TYPES) expect(doc, type).toContain(`| \`${type}\` |`);
  });
});
