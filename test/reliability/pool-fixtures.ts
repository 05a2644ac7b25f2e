import { deserialize, serialize } from 'node:v8';
import pino from 'pino';
import type { PluginSpec, WorkerReply } from '../../src/protocol.ts';
import { writePlugin } from '../helpers.ts';

/** A PluginSpec built by hand for pool-level tests (the worker's default sandbox policy applies). */
export function spec(id: string, source: string, overrides: Partial<PluginSpec> = {}): PluginSpec {
  return {
    key: `${id}@1.0.0#test`,
    id,
    version: '1.0.0',
    source,
    filename: `plugin://${id}/index.js`,
    memoryMb: 64,
    config: {},
    permissions: [],
    state: null,
    initTimeoutMs: 2000,
    maxLogLinesPerCall: 10,
    ...overrides,
  };
}

export function callTask(s: PluginSpec, input: unknown, timeoutMs = 2000, capability = 'classify') {
  return { pluginKey: s.key, capability, input: serialize(input), deadline: Date.now() + timeoutMs, timeoutMs, maxOutputBytes: 1 << 20, submittedAt: performance.timeOrigin + performance.now() };
}

export function valueOf(reply: WorkerReply | undefined): unknown {
  if (reply?.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(reply)}`);
  return deserialize(reply.output);
}

export const silentLogger = pino({ level: 'silent' });

/** Busy-waits `input.ms` milliseconds (synchronously), then answers. */
export const SPIN_SOURCE = 'export default { classify(input) { const end = Date.now() + input.ms; while (Date.now() < end) {} return "spun " + input.ms; } };';
export const ECHO_SOURCE = 'export default { classify(input) { return input; } };';

/** Real plugin folders for engine-level tests: healthy ones and a hostile mix. */
export async function writeReliabilityPlugins(root: string): Promise<void> {
  await writePlugin(root, { id: 'echo', capabilities: ['classify'] }, 'export default { classify(input) { return { echoed: input }; } };');
  await writePlugin(root, { id: 'upper', capabilities: ['classify'] }, 'export default { classify(input) { return String(input.text ?? "").toUpperCase(); } };');
  await writePlugin(
    root,
    { id: 'slow', capabilities: ['classify'], limits: { timeoutMs: 5000 } },
    'export default { async classify(input) { await new Promise((r) => setTimeout(r, input.ms ?? 50)); return "slept " + (input.ms ?? 50); } };',
  );
  await writePlugin(
    root,
    { id: 'keeper', capabilities: ['remember', 'recall'], permissions: ['state'] },
    [
      'export default {',
      '  async remember(input, ctx) { await ctx.state.set(input.key, input.value); return await ctx.state.get(input.key); },',
      '  recall(input, ctx) { return input.keys.map((k) => ctx.state.get(k) ?? null); },',
      '  shutdown(ctx) { ctx.state.set("shutdown-hook", "ran"); },',
      '};',
    ].join('\n'),
  );
}
