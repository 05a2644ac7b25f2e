import { CorralError } from '../errors.ts';
import type { PluginPackage } from '../manifest/plugin-package.ts';
import type { EngineLimits } from '../options.ts';

/** The limits a plugin actually runs with: its manifest's requests bounded by the host's. */
export interface EffectiveLimits {
  memoryMb: number;
  timeoutMs: number;
  maxInputBytes: number;
  maxOutputBytes: number;
}

export function effectiveLimits(pkg: PluginPackage, limits: EngineLimits): EffectiveLimits {
  const requested = pkg.manifest.limits;
  const memoryMb = requested.memoryMb ?? limits.defaultMemoryMb;
  if (memoryMb > limits.maxMemoryMb) {
    throw new CorralError(
      'CORRAL_ERR_INVALID_MANIFEST',
      `${pkg.dir}: limits.memoryMb ${memoryMb} exceeds the host maximum of ${limits.maxMemoryMb}`,
    );
  }
  return {
    memoryMb,
    timeoutMs: requested.timeoutMs ?? limits.defaultTimeoutMs,
    maxInputBytes: Math.min(requested.maxInputBytes ?? limits.maxInputBytes, limits.maxInputBytes),
    maxOutputBytes: Math.min(requested.maxOutputBytes ?? limits.maxOutputBytes, limits.maxOutputBytes),
  };
}
