/**
 * The plugin code every case and baseline runs, as source text, so the engine, the floor and each
 * sandbox baseline execute byte-for-byte the same functions.
 */

/** The CPU-bound kernel: integer mixing, deterministic, impossible to constant-fold away. */
export const CPU_KERNEL_SOURCE = `function cpuKernel(rounds) {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < rounds; i++) {
    h ^= i & 0xff;
    h = Math.imul(h, 0x01000193);
    h ^= h >>> 13;
  }
  return h >>> 0;
}`;

/**
 * Body of the benchmark plugin module (an ES module with no imports). `classify` is the small warm
 * call; `cpu` runs the kernel; `spin` never returns; `echo` returns its input's size (scaling by size);
 * `health` is the lifecycle hook engine.checkHealth() runs.
 */
export const BENCH_PLUGIN_SOURCE = `${CPU_KERNEL_SOURCE}
export default {
  classify(input) {
    const text = typeof input.text === 'string' ? input.text : '';
    return { label: text.length > 16 ? 'long' : 'short', score: text.length };
  },
  cpu(input) {
    return { hash: cpuKernel(input.rounds) };
  },
  spin() {
    for (;;) {}
  },
  echo(input) {
    return { bytes: typeof input.blob === 'string' ? input.blob.length : 0 };
  },
  health() {
    return { status: 'healthy' };
  },
};
`;

export const BENCH_CAPABILITIES = ['classify', 'cpu', 'spin', 'echo'] as const;

/** The same module as a classic script assigning the export to a global (vm, QuickJS, child process). */
export function asScript(moduleSource: string, globalName = '__plugin'): string {
  return moduleSource.replace('export default', `globalThis.${globalName} =`);
}

export const SMALL_INPUT = Object.freeze({ text: 'the quick brown fox jumps over the lazy dog' });

/** An input whose v8-serialized size is close to `bytes`. */
export function inputOfSize(bytes: number): { blob: string } {
  return { blob: 'x'.repeat(Math.max(0, bytes - 16)) };
}

/** Native twin of the kernel, compiled from the same source text for the native baseline. */
export function nativeKernel(): (rounds: number) => number {
  return new Function(`${CPU_KERNEL_SOURCE}; return cpuKernel;`)() as (rounds: number) => number;
}
