import type { z } from 'zod';
import { CorralError } from '../errors.ts';
import type { CapabilityDefinition } from './capability.ts';
import { resolveMerge, type MergeFunction } from './merge.ts';

/** A capability as the dispatcher uses it: defaults filled in, env override applied. */
export interface ResolvedCapability {
  name: string;
  defined: boolean;
  input?: z.ZodType;
  output?: z.ZodType;
  timeoutMs: number;
  merge: MergeFunction;
}

/** `classify` → CORRAL_PLUGIN_TIMEOUT_CLASSIFY_MS, `translate-query` → ..._TRANSLATE_QUERY_MS. */
export function timeoutEnvName(capability: string): string {
  return `CORRAL_PLUGIN_TIMEOUT_${capability.toUpperCase().replace(/-/g, '_')}_MS`;
}

function readEnvTimeout(env: Record<string, string | undefined>, capability: string): number | undefined {
  const name = timeoutEnvName(capability);
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new CorralError('CORRAL_ERR_INVALID_ENV', `${name}: expected a positive integer number of milliseconds, got "${raw}"`);
  }
  return value;
}

export class CapabilityRegistry {
  readonly #resolved = new Map<string, ResolvedCapability>();
  readonly #untyped = new Map<string, ResolvedCapability>();
  readonly #env: Record<string, string | undefined>;
  readonly #defaultTimeoutMs: number;
  readonly #strict: boolean;

  constructor(options: {
    definitions: readonly CapabilityDefinition<any, any, any>[];
    env: Record<string, string | undefined>;
    defaultTimeoutMs: number;
    strict: boolean;
  }) {
    this.#env = options.env;
    this.#defaultTimeoutMs = options.defaultTimeoutMs;
    this.#strict = options.strict;
    for (const definition of options.definitions) {
      if (this.#resolved.has(definition.name)) {
        throw new CorralError('CORRAL_ERR_INVALID_CAPABILITY', `capability "${definition.name}" is defined twice`);
      }
      this.#resolved.set(definition.name, {
        name: definition.name,
        defined: true,
        input: definition.input,
        output: definition.output,
        timeoutMs: readEnvTimeout(this.#env, definition.name) ?? definition.timeoutMs ?? options.defaultTimeoutMs,
        merge: resolveMerge(definition.merge),
      });
    }
  }

  /**
   * The capability to dispatch. Undefined capabilities run untyped with the collect merge (so the CLI
   * works on any plugins folder) unless the engine is strict.
   */
  resolve(name: string): ResolvedCapability {
    const known = this.#resolved.get(name);
    if (known) return known;
    if (this.#strict) {
      throw new CorralError('CORRAL_ERR_UNKNOWN_CAPABILITY', `capability "${name}" is not defined by the host (strict mode)`);
    }
    const cached = this.#untyped.get(name);
    if (cached !== undefined) return cached;
    const untyped: ResolvedCapability = {
      name,
      defined: false,
      timeoutMs: readEnvTimeout(this.#env, name) ?? this.#defaultTimeoutMs,
      merge: resolveMerge('collect'),
    };
    // Names come from callers (HTTP included): cache a bounded number so the env is read once per name.
    if (this.#untyped.size < 1000) this.#untyped.set(name, untyped);
    return untyped;
  }

  definedNames(): string[] {
    return [...this.#resolved.keys()];
  }
}
