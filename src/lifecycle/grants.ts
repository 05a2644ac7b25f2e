import type { PluginManifest } from '../manifest/manifest-schema.ts';

/**
 * What a plugin version may reach, as the strings an admin approves: its permissions (`network`,
 * `state`) and, with `network`, every host pattern it may call (`network:api.example.com`,
 * `network:*.corp.internal:*`). A new version that adds any of them — a permission or a wider network
 * scope — waits for approval; narrowing never does.
 */
export function grantsOf(manifest: Pick<PluginManifest, 'permissions' | 'allowedHosts'>): string[] {
  const grants = new Set<string>(manifest.permissions);
  if (manifest.permissions.includes('network')) for (const host of manifest.allowedHosts ?? []) grants.add(`network:${host.toLowerCase()}`);
  return [...grants].sort();
}

/**
 * Approvals recorded before host scopes were part of them hold `network` alone: that approval covered
 * the hosts the running manifest had, so read it as those (never as "any host").
 */
export function upgradeApprovals(approved: readonly string[], manifest: Pick<PluginManifest, 'permissions' | 'allowedHosts'>): string[] {
  if (!approved.includes('network') || approved.some((g) => g.startsWith('network:'))) return [...approved];
  return union(approved, grantsOf(manifest).filter((g) => g.startsWith('network:')));
}

/** The grants `manifest` asks for that `approved` does not cover. */
export function missingGrants(manifest: Pick<PluginManifest, 'permissions' | 'allowedHosts'>, approved: readonly string[]): string[] {
  const have = new Set(approved);
  return grantsOf(manifest).filter((g) => !have.has(g) && !(g.startsWith('network:') && have.has('network:*')));
}

export function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}
