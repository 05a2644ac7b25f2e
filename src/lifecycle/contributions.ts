import { CorralError } from '../errors.ts';
import type { PluginManifest } from '../manifest/manifest-schema.ts';

export interface Contribution {
  registry: string;
  id: string;
  pluginId: string;
  entry: Record<string, unknown>;
}

/**
 * Host registries that plugins fill declaratively (`contributes` in plugin.json). An id belongs to
 * the first plugin that registered it; a later plugin claiming it fails with a conflict. A plugin's
 * entries are swapped as a whole on reload and withdrawn on unregister.
 */
export class ContributionRegistry {
  readonly #registries = new Map<string, Map<string, Contribution>>();
  /** Ids claimed by a version still being built, so two concurrent loads cannot both take one. */
  readonly #reserved = new Map<string, string>();

  /** The conflict that would stop `pluginId` from contributing `manifest`'s entries, if any. */
  conflict(pluginId: string, manifest: PluginManifest): CorralError | undefined {
    for (const [registry, entries] of Object.entries(manifest.contributes)) {
      const seen = new Set<string>();
      for (const entry of entries) {
        if (seen.has(entry.id)) {
          return new CorralError('CORRAL_ERR_CONTRIBUTION_CONFLICT', `plugin "${pluginId}" contributes ${registry} "${entry.id}" twice`);
        }
        seen.add(entry.id);
        const owner = this.#registries.get(registry)?.get(entry.id)?.pluginId ?? this.#reserved.get(`${registry}\u0000${entry.id}`);
        if (owner !== undefined && owner !== pluginId) {
          return new CorralError(
            'CORRAL_ERR_CONTRIBUTION_CONFLICT',
            `plugin "${pluginId}" contributes ${registry} "${entry.id}", which plugin "${owner}" already registered`,
          );
        }
      }
    }
    return undefined;
  }

  /** Check for conflicts and, when there are none, hold the ids until `replace` or `release`. */
  reserve(pluginId: string, manifest: PluginManifest): CorralError | undefined {
    const conflict = this.conflict(pluginId, manifest);
    if (conflict !== undefined) return conflict;
    for (const [registry, entries] of Object.entries(manifest.contributes)) {
      for (const entry of entries) this.#reserved.set(`${registry}\u0000${entry.id}`, pluginId);
    }
    return undefined;
  }

  release(pluginId: string): void {
    for (const [key, owner] of this.#reserved) if (owner === pluginId) this.#reserved.delete(key);
  }

  /** Replace everything `pluginId` contributed with `manifest`'s entries. Check `conflict` first. */
  replace(pluginId: string, manifest: PluginManifest | undefined): void {
    this.withdraw(pluginId);
    this.release(pluginId);
    if (manifest === undefined) return;
    for (const [registry, entries] of Object.entries(manifest.contributes)) {
      let map = this.#registries.get(registry);
      if (map === undefined) this.#registries.set(registry, (map = new Map()));
      for (const entry of entries) map.set(entry.id, { registry, id: entry.id, pluginId, entry: { ...entry } });
    }
  }

  withdraw(pluginId: string): void {
    for (const map of this.#registries.values()) {
      for (const [id, contribution] of map) if (contribution.pluginId === pluginId) map.delete(id);
    }
  }

  list(registry?: string): Contribution[] {
    const registries = registry === undefined ? [...this.#registries.values()] : [this.#registries.get(registry) ?? new Map<string, Contribution>()];
    return registries.flatMap((map) => [...map.values()]).sort((a, b) => a.registry.localeCompare(b.registry) || a.id.localeCompare(b.id));
  }

  get(registry: string, id: string): Contribution | undefined {
    return this.#registries.get(registry)?.get(id);
  }
}
