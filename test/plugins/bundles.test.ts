import { describe, expect, it } from 'vitest';
import { bundledPluginIds, staleBundles } from '../../scripts/build-plugins.ts';

describe('plugins bundled from src/ (the query adapters share plugins/shared/odata)', () => {
  it('are the adapters that import the shared dialect', async () => {
    expect(await bundledPluginIds()).toEqual(expect.arrayContaining(['prometheus-adapter', 'sql-adapter']));
  });

  it('are committed exactly as their sources build (npm run build:plugins)', async () => {
    expect(await staleBundles(), 'stale bundles: run npm run build:plugins and commit the result').toEqual([]);
  }, 60_000);
});
