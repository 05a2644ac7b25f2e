/**
 * node_vm: node:vm — a new context plus a compiled script per plugin, called from the host thread.
 * Objects cross realms by reference (no copy), and vm offers no real isolation: this is the
 * "fast but unsafe" baseline. Cold start: createContext + Script + run + first call.
 */
import vm from 'node:vm';
import { sampleSync } from '../lib/stats.ts';
import { asScript } from '../lib/workloads.ts';
import { sampleCpu, type BaselinePlan, type BaselineSamples } from './baseline.ts';

type Plugin = Record<string, (input: unknown) => unknown>;

function load(source: string): Plugin {
  const context = vm.createContext({});
  new vm.Script(source, { filename: 'vm://plugin/index.js' }).runInContext(context);
  return (context as { __plugin: Plugin }).__plugin;
}

export async function measureNodeVm(plan: BaselinePlan): Promise<BaselineSamples> {
  const script = asScript(plan.source);
  const coldMs = sampleSync(() => load(script).classify?.(plan.input), 2, plan.coldReps);
  const plugin = load(script);
  const classify = plugin.classify as (input: unknown) => unknown;
  const cpu = plugin.cpu as (input: unknown) => unknown;
  const warmMs = sampleSync(() => classify(plan.input), plan.warmup, plan.warmIterations);
  const cpuMs = sampleCpu(() => cpu({ rounds: plan.cpuRounds }), plan.cpuReps);
  // Globals (Math, JSON) resolve through the context's interceptors on every access, which is what
  // makes the CPU-bound kernel so slow here.
  return { warmMs, coldMs, cpuMs, note: 'no copy (objects shared across realms), no timeout, not a security boundary; globals go through interceptors' };
}
