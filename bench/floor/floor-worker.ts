/**
 * The physical floor for one plugin call: a bare piscina worker holding one warm isolate. A task
 * does exactly what the engine's worker must do and nothing more: deserialize the input, call the
 * plugin with `applySync` (copy + timeout), receive the result through a copy-only ivm.Callback and
 * v8-serialize it back. No validation, bookkeeping, logs, metrics or lifecycle checks.
 */
import { deserialize, serialize } from 'node:v8';
import { workerData } from 'node:worker_threads';
import ivm from 'isolated-vm';

export interface FloorTask {
  capability: string;
  input: Uint8Array;
  timeoutMs: number;
}

const { source, memoryMb } = workerData as { source: string; memoryMb: number };

const isolate = new ivm.Isolate({ memoryLimit: memoryMb });
const context = isolate.createContextSync();
let settled: unknown;
const settle = new ivm.Callback(function settle(value: unknown) {
  settled = value;
});
const module = isolate.compileModuleSync(source, { filename: 'floor://plugin/index.js' });
module.instantiateSync(context, function rejectImport(): never {
  throw new Error('no imports');
});
module.evaluateSync({ timeout: 5000 });
const bind = context.evalSync(
  `(function bind(ns, settle) {
    const plugin = ns.default;
    return function invoke(name, input) { settle(plugin[name](input, {})); };
  })`,
  { reference: true },
) as ivm.Reference<(...args: unknown[]) => unknown>;
const invoke = bind.applySync(undefined, [module.namespace.derefInto(), settle], { result: { reference: true } }) as unknown as ivm.Reference<
  (...args: unknown[]) => void
>;

export default function floorCall(task: FloorTask): Uint8Array {
  const input = deserialize(task.input);
  settled = undefined;
  invoke.applySync(undefined, [task.capability, input], { arguments: { copy: true }, timeout: task.timeoutMs });
  return serialize(settled);
}
