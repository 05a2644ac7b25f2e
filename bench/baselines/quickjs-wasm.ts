/**
 * quickjs_wasm: quickjs-emscripten (QuickJS compiled to WASM), one runtime + context per plugin,
 * input and output marshalled as JSON strings, a memory limit and a per-call interrupt deadline.
 * Cold start: new runtime + context + eval + first call (the shared WASM module is loaded once,
 * reported in the note).
 */
import { getQuickJS, shouldInterruptAfterDeadline, type QuickJSContext, type QuickJSHandle, type QuickJSRuntime } from 'quickjs-emscripten';
import { round, sampleSync } from '../lib/stats.ts';
import { asScript } from '../lib/workloads.ts';
import { sampleCpu, type BaselinePlan, type BaselineSamples } from './baseline.ts';

type QuickJS = Awaited<ReturnType<typeof getQuickJS>>;

interface Loaded {
  call(name: string, input: unknown): unknown;
  dispose(): void;
}

function load(quickjs: QuickJS, script: string): Loaded {
  const runtime: QuickJSRuntime = quickjs.newRuntime();
  runtime.setMemoryLimit(64 * 1024 * 1024);
  const vm: QuickJSContext = runtime.newContext();
  vm.unwrapResult(vm.evalCode(script, 'quickjs://plugin/index.js')).dispose();
  const invoke: QuickJSHandle = vm.unwrapResult(
    vm.evalCode('(function invoke(name, json) { return JSON.stringify(globalThis.__plugin[name](JSON.parse(json), {})); })'),
  );
  return {
    call(name, input) {
      runtime.setInterruptHandler(shouldInterruptAfterDeadline(Date.now() + 10_000));
      const nameHandle = vm.newString(name);
      const jsonHandle = vm.newString(JSON.stringify(input));
      const result = vm.callFunction(invoke, vm.undefined, nameHandle, jsonHandle);
      nameHandle.dispose();
      jsonHandle.dispose();
      const handle = vm.unwrapResult(result);
      const text = vm.getString(handle);
      handle.dispose();
      return JSON.parse(text);
    },
    dispose() {
      invoke.dispose();
      vm.dispose();
      runtime.dispose();
    },
  };
}

export async function measureQuickJs(plan: BaselinePlan): Promise<BaselineSamples> {
  const moduleStart = performance.now();
  const quickjs = await getQuickJS();
  const moduleMs = performance.now() - moduleStart;
  const script = asScript(plan.source);
  const coldMs = sampleSync(
    () => {
      const loaded = load(quickjs, script);
      loaded.call('classify', plan.input);
      loaded.dispose();
    },
    2,
    plan.coldReps,
  );
  const loaded = load(quickjs, script);
  try {
    const warmMs = sampleSync(() => loaded.call('classify', plan.input), plan.warmup, plan.warmIterations);
    const cpuMs = sampleCpu(() => loaded.call('cpu', { rounds: plan.cpuRounds }), plan.cpuReps);
    return { warmMs, coldMs, cpuMs, note: `JSON marshalling, interrupt deadline per call; WASM module load once: ${round(moduleMs, 1)} ms` };
  } finally {
    loaded.dispose();
  }
}
