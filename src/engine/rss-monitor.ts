import { readFile } from 'node:fs/promises';

export interface RssMonitorOptions {
  pid: number;
  maxRssBytes: number;
  intervalMs: number;
  /** The child's own report (process.memoryUsage().rss), for systems without /proc. */
  reported: () => number | undefined;
  /** Called once, with the sample that crossed the cap; the monitor stops itself. */
  onExceeded: (rssBytes: number) => void;
}

/**
 * Samples the resident memory of the pool child. Memory outside the V8 heaps (ArrayBuffers, wasm,
 * native buffers) is not bounded by a plugin's heap limit, so the child as a whole gets a cap the
 * host enforces from outside: /proc/<pid>/status is read by the host itself, so it works even when
 * every thread of the child is busy in plugin code. Where /proc does not exist, the figure the child
 * sends with its stats (every 250 ms) is used instead.
 */
export class RssMonitor {
  readonly #options: RssMonitorOptions;
  readonly #timer: NodeJS.Timeout;
  #reading = false;
  #stopped = false;
  #procMissing = false;
  #last: number | undefined;

  constructor(options: RssMonitorOptions) {
    this.#options = options;
    this.#timer = setInterval(() => void this.#sample(), options.intervalMs);
    this.#timer.unref();
  }

  /** The latest sample, in bytes. */
  get rssBytes(): number | undefined {
    return this.#last;
  }

  stop(): void {
    this.#stopped = true;
    clearInterval(this.#timer);
  }

  async #sample(): Promise<void> {
    if (this.#reading || this.#stopped) return;
    this.#reading = true;
    try {
      const rss = this.#procMissing ? this.#options.reported() : await this.#readProc();
      if (rss === undefined || this.#stopped) return;
      this.#last = rss;
      if (rss > this.#options.maxRssBytes) {
        this.stop();
        this.#options.onExceeded(rss);
      }
    } finally {
      this.#reading = false;
    }
  }

  async #readProc(): Promise<number | undefined> {
    let status: string;
    try {
      status = await readFile(`/proc/${this.#options.pid}/status`, 'utf8');
    } catch (error) {
      // No /proc on this system: use the child's reports from now on. A child that already exited
      // (ESRCH-like ENOENT on Linux too) is stopped by the pool's exit handler right after.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && process.platform !== 'linux') this.#procMissing = true;
      return this.#options.reported();
    }
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match === null ? this.#options.reported() : Number(match[1]) * 1024;
  }
}
