import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';

/**
 * Watches a plugins folder and reports which plugin folders changed, debounced so an editor's burst
 * of writes (or an unpacked tarball) becomes one reload.
 */
export class FolderWatcher {
  readonly #watcher: FSWatcher;
  readonly #changed = new Set<string>();
  #timer: NodeJS.Timeout | undefined;

  constructor(root: string, onChange: (dir: string) => Promise<void>, logger: Logger, debounceMs = 250) {
    const resolved = path.resolve(root);
    this.#watcher = watch(resolved, { recursive: true }, (_event, filename) => {
      if (filename === null) return;
      const top = String(filename).split(path.sep)[0];
      if (top === undefined || top === '' || top.startsWith('.')) return;
      this.#changed.add(path.join(resolved, top));
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        const dirs = [...this.#changed];
        this.#changed.clear();
        for (const dir of dirs) {
          stat(path.join(dir, 'plugin.json'))
            .then(() => onChange(dir))
            .catch((error: unknown) => logger.debug({ event: 'plugin.watch.skip', dir, err: error }, 'changed folder is not a plugin'));
        }
      }, debounceMs);
    });
    this.#watcher.on('error', (error) => logger.error({ event: 'plugin.watch.error', err: error }, 'plugins folder watcher failed'));
  }

  close(): void {
    clearTimeout(this.#timer);
    this.#watcher.close();
  }
}
