/**
 * corral/sdk describes the runtime as it is: every member a real isolate's `ctx` has is in
 * PluginContext (and nothing more), and every error name the host maps to an outcome type has a class.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import * as sdk from '../../src/sdk/index.ts';
import type { PluginContext } from '../../src/sdk/index.ts';
import { THROWN_NAME_TYPES } from '../../workers/error-mapping.ts';
import { tempDir, writePlugin } from '../helpers.ts';

/** Every member of PluginContext; the type below fails to compile when one is missing or unknown. */
const CTX_MEMBERS = ['pluginId', 'version', 'capability', 'deadline', 'callId', 'config', 'log', 'state', 'fetch'] as const;
type Exhaustive = [Exclude<keyof PluginContext, (typeof CTX_MEMBERS)[number]>] extends [never] ? true : never;
export const exhaustive: Exhaustive = true;

// Names only: reading the getters would need every permission.
const PROBE = `export default {
  classify(input, ctx) {
    const own = Object.keys(ctx);
    const inherited = Object.getOwnPropertyNames(Object.getPrototypeOf(ctx)).filter((n) => n !== 'constructor');
    return [...own, ...inherited];
  },
};
`;

let engine: Engine;
beforeAll(async () => {
  const root = await tempDir();
  await writePlugin(root, { id: 'probe', permissions: ['state', 'network'], allowedHosts: ['example.com'] }, PROBE);
  engine = await createEngine({ pluginsDir: root, poolSize: 1 });
});
afterAll(async () => {
  await engine?.close();
});

describe('corral/sdk against the runtime', () => {
  it("PluginContext lists exactly the members a real ctx has", async () => {
    const outcome = await engine.invoke('probe', 'classify', {});
    expect(outcome.status, JSON.stringify(outcome)).toBe('ok');
    expect([...(outcome as { value: string[] }).value].sort()).toEqual([...CTX_MEMBERS].sort());
  });

  it('exports an error class for every name the host maps to an outcome type, with that name', () => {
    const exported: unknown[] = Object.values(sdk);
    const classes = exported.filter((value): value is new (message: string) => Error => typeof value === 'function' && value.prototype instanceof Error);
    const names = classes.map((ErrorClass) => new ErrorClass('m').name).sort();
    expect(names).toEqual(Object.keys(THROWN_NAME_TYPES).sort());
    for (const ErrorClass of classes) {
      const error = new ErrorClass('why');
      expect(error).toBeInstanceOf(Error);
      expect(error.message).toBe('why');
    }
  });
});
