/** Pick the CPU kernel's round count so one native run takes about `targetMs`. */
import { summarize } from './stats.ts';
import { nativeKernel } from './workloads.ts';

export function calibrateRounds(targetMs: number): number {
  const kernel = nativeKernel();
  const time = (rounds: number) => {
    const start = performance.now();
    kernel(rounds);
    return performance.now() - start;
  };
  let rounds = 100_000;
  for (let i = 0; i < 50; i++) kernel(rounds); // let the JIT optimise first
  while (time(rounds) < targetMs / 4) rounds *= 2;
  // Two refinement passes on the median of several runs: a single run is too noisy to scale by.
  for (let pass = 0; pass < 2; pass++) {
    const median = summarize(Array.from({ length: 7 }, () => time(rounds))).p50;
    rounds = Math.round(rounds * (targetMs / median));
  }
  return rounds;
}
