import type { PluginManifest } from '../manifest/manifest-schema.ts';
import type { PluginPackage } from '../manifest/plugin-package.ts';
import type { PluginSpec } from '../protocol.ts';
import type { EffectiveLimits } from './limits.ts';

/**
 * One loaded version of a plugin. Calls hold it (acquire/release) so a reload can switch traffic to a
 * new version atomically and still let this one's in-flight calls finish before it is disposed.
 */
export class PluginVersion {
  readonly pkg: PluginPackage;
  readonly spec: PluginSpec;
  readonly limits: EffectiveLimits;
  readonly exports: readonly string[];
  readonly loadedAt = new Date();
  #inFlight = 0;
  #idle: Array<() => void> = [];

  constructor(pkg: PluginPackage, spec: PluginSpec, limits: EffectiveLimits, exports: readonly string[]) {
    this.pkg = pkg;
    this.spec = spec;
    this.limits = limits;
    this.exports = exports;
  }

  get manifest(): PluginManifest {
    return this.pkg.manifest;
  }

  get version(): string {
    return this.pkg.manifest.version;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  acquire(): void {
    this.#inFlight += 1;
  }

  release(): void {
    this.#inFlight -= 1;
    if (this.#inFlight === 0) {
      const waiters = this.#idle;
      this.#idle = [];
      for (const wake of waiters) wake();
    }
  }

  /** Resolves true once no call holds this version, false if `timeoutMs` passes first. */
  drain(timeoutMs: number): Promise<boolean> {
    if (this.#inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.#idle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
