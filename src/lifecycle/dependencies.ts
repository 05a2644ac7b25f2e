import semver from 'semver';
import type { PluginManifest } from '../manifest/manifest-schema.ts';
import { CORRAL_VERSION } from '../version.ts';

/** Why the host cannot run this manifest at all, or undefined when its `engines` range fits. */
export function hostIncompatibility(manifest: PluginManifest, hostVersion = CORRAL_VERSION): string | undefined {
  const range = manifest.engines?.corral;
  if (range === undefined || semver.satisfies(hostVersion, range, { includePrerelease: true })) return undefined;
  return `requires corral ${range}, but this host is ${hostVersion}`;
}

/**
 * Every dependency cycle among the given manifests, each as the chain of ids that closes it
 * (`a → b → a`). Only plugins on a cycle are reported; plugins merely depending on one are not.
 */
export function findCycles(manifests: ReadonlyMap<string, PluginManifest>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<string>();
  function visit(id: string): void {
    state.set(id, 'visiting');
    stack.push(id);
    for (const dep of Object.keys(manifests.get(id)?.dependencies ?? {})) {
      if (!manifests.has(dep)) continue;
      const seen = state.get(dep);
      if (seen === 'visiting') {
        // Every back edge closes a cycle; report each distinct one so every member is marked.
        const chain = stack.slice(stack.indexOf(dep));
        const key = [...chain].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          cycles.push([...chain, dep]);
        }
      } else if (seen === undefined) {
        visit(dep);
      }
    }
    stack.pop();
    state.set(id, 'done');
  }
  for (const id of [...manifests.keys()].sort()) if (!state.has(id)) visit(id);
  return cycles;
}

export interface DependencyView {
  /** The dependency's loaded version, or undefined when it is not serving. */
  loadedVersion(id: string): string | undefined;
  registered(id: string): boolean;
  failureOf(id: string): string | undefined;
}

/** Why the plugin's dependencies are not satisfied right now, or undefined when they are. */
export function unmetDependency(manifest: PluginManifest, view: DependencyView): string | undefined {
  for (const [dep, range] of Object.entries(manifest.dependencies)) {
    if (!view.registered(dep)) return `depends on "${dep}" (${range}), which is not registered`;
    const version = view.loadedVersion(dep);
    if (version === undefined) {
      const why = view.failureOf(dep);
      return `depends on "${dep}" (${range}), which is not loaded${why ? `: ${why}` : ''}`;
    }
    if (!semver.satisfies(version, range, { includePrerelease: true })) {
      return `depends on "${dep}" ${range}, but ${dep} ${version} is loaded`;
    }
  }
  return undefined;
}
