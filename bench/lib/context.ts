/** What every case receives: run mode, sizing helpers and progress output (stderr). */
import { availableParallelism } from 'node:os';

export interface BenchContext {
  quick: boolean;
  cpus: number;
  /** Pick an iteration count or duration for the current mode. */
  pick<T>(full: T, quick: T): T;
  progress(message: string): void;
}

export function createContext(quick: boolean): BenchContext {
  const startedAt = performance.now();
  return {
    quick,
    cpus: availableParallelism(),
    pick: (full, quick_) => (quick ? quick_ : full),
    progress(message) {
      const seconds = ((performance.now() - startedAt) / 1000).toFixed(1).padStart(6);
      process.stderr.write(`[bench ${seconds}s] ${message}\n`);
    },
  };
}
