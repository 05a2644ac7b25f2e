import { discoverPluginDirs } from '../manifest/discover.ts';
import { readPluginPackage } from '../manifest/plugin-package.ts';

export interface InstalledPlugin {
  id: string;
  name: string;
  version: string;
  description: string | null;
  capabilities: string[];
  permissions: string[];
  dir: string;
  signed: boolean;
  error: string | null;
}

/** Every plugin folder under `pluginsDir`, read from disk (no sandbox started). */
export async function listInstalled(pluginsDir: string): Promise<InstalledPlugin[]> {
  const dirs = await discoverPluginDirs(pluginsDir);
  return Promise.all(
    dirs.map(async (dir): Promise<InstalledPlugin> => {
      try {
        const { manifest } = await readPluginPackage(dir);
        return {
          id: manifest.id,
          name: manifest.name,
          version: manifest.version,
          description: manifest.description ?? null,
          capabilities: manifest.capabilities,
          permissions: manifest.permissions,
          dir,
          signed: manifest.signature !== undefined,
          error: null,
        };
      } catch (error) {
        return { id: dir.split(/[\\/]/).pop() ?? dir, name: '', version: '', description: null, capabilities: [], permissions: [], dir, signed: false, error: (error as Error).message };
      }
    }),
  );
}

/** Case-insensitive match on id, name, description and capabilities; every word must match. */
export function searchInstalled(plugins: readonly InstalledPlugin[], text: string): InstalledPlugin[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return plugins.filter((plugin) => {
    const haystack = [plugin.id, plugin.name, plugin.description ?? '', ...plugin.capabilities].join(' ').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
