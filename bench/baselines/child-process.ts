/**
 * child_process: one persistent Node process per plugin, talking over IPC (process.send with the
 * 'advanced' structured-clone serialization). Cold start: spawn to first answer.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makePlugins } from '../lib/plugins.ts';
import { sampleAsync } from '../lib/stats.ts';
import type { BaselinePlan, BaselineSamples } from './baseline.ts';

const HOST = fileURLToPath(new URL('./child-host.mjs', import.meta.url));

interface Reply {
  id: number;
  value?: unknown;
  error?: string;
}

class ChildPlugin {
  readonly #child: ChildProcess;
  readonly #waiting = new Map<number, (reply: Reply) => void>();
  #nextId = 1;

  constructor(moduleUrl: string) {
    this.#child = fork(HOST, [moduleUrl], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.#child.on('message', (reply: Reply) => {
      const resolve = this.#waiting.get(reply.id);
      this.#waiting.delete(reply.id);
      resolve?.(reply);
    });
  }

  call(name: string, input: unknown): Promise<unknown> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, (reply) => (reply.error === undefined ? resolve(reply.value) : reject(new Error(reply.error))));
      this.#child.send({ id, name, input });
    });
  }

  kill(): Promise<void> {
    return new Promise((resolve) => {
      this.#child.once('exit', () => resolve());
      this.#child.kill();
    });
  }
}

export async function measureChildProcess(plan: BaselinePlan): Promise<BaselineSamples> {
  const set = makePlugins(0);
  const file = path.join(set.root, 'plugin.mjs');
  writeFileSync(file, plan.source);
  const url = pathToFileURL(file).href;
  try {
    const coldMs: number[] = [];
    for (let i = 0; i < plan.coldReps; i++) {
      const start = performance.now();
      const child = new ChildPlugin(url);
      await child.call('classify', plan.input);
      coldMs.push(performance.now() - start);
      await child.kill();
    }
    const child = new ChildPlugin(url);
    try {
      const warmMs = await sampleAsync(() => child.call('classify', plan.input), plan.warmup, plan.warmIterations);
      const cpuMs = await sampleAsync(() => child.call('cpu', { rounds: plan.cpuRounds }), 3, plan.cpuReps);
      return { warmMs, coldMs, cpuMs, note: 'persistent process per plugin, IPC with advanced serialization' };
    } finally {
      await child.kill();
    }
  } finally {
    set.remove();
  }
}
