/**
 * raw_isolated_vm: isolated-vm used directly in this thread, like the engine's worker but without
 * piscina: applySync with copied arguments, copied result and a timeout. Cold start: new Isolate +
 * context + compile module + evaluate + first call.
 */
import ivm from 'isolated-vm';
import { sampleSync } from '../lib/stats.ts';
import { sampleCpu, type BaselinePlan, type BaselineSamples } from './baseline.ts';

interface Loaded {
  isolate: ivm.Isolate;
  call: (name: string, input: unknown) => unknown;
}

function load(source: string): Loaded {
  const isolate = new ivm.Isolate({ memoryLimit: 64 });
  const context = isolate.createContextSync();
  const module = isolate.compileModuleSync(source, { filename: 'ivm://plugin/index.js' });
  module.instantiateSync(context, function rejectImport(): never {
    throw new Error('no imports');
  });
  module.evaluateSync({ timeout: 5000 });
  const bind = context.evalSync('(function bind(ns) { const p = ns.default; return function invoke(name, input) { return p[name](input, {}); }; })', {
    reference: true,
  }) as ivm.Reference<(...args: unknown[]) => unknown>;
  const invoke = bind.applySync(undefined, [module.namespace.derefInto()], { result: { reference: true } }) as unknown as ivm.Reference<
    (...args: unknown[]) => unknown
  >;
  return {
    isolate,
    call: (name, input) => invoke.applySync(undefined, [name, input], { arguments: { copy: true }, result: { copy: true }, timeout: 1000 }),
  };
}

export async function measureRawIsolatedVm(plan: BaselinePlan): Promise<BaselineSamples> {
  const coldMs = sampleSync(
    () => {
      const loaded = load(plan.source);
      loaded.call('classify', plan.input);
      loaded.isolate.dispose();
    },
    2,
    plan.coldReps,
  );
  const loaded = load(plan.source);
  try {
    const warmMs = sampleSync(() => loaded.call('classify', plan.input), plan.warmup, plan.warmIterations);
    const cpuMs = sampleCpu(() => loaded.call('cpu', { rounds: plan.cpuRounds }), plan.cpuReps);
    return { warmMs, coldMs, cpuMs, note: 'same thread, applySync(copy, timeout)' };
  } finally {
    loaded.isolate.dispose();
  }
}
