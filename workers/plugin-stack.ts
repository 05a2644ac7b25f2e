/**
 * Where in its own code a plugin's error was created, for the outcome (`error.location`, `error.stack`).
 * The isolate reports the raw frames of the Error (any file: its module, the bootstrap, eval'd code);
 * only frames of the plugin's module are kept, and when the module carries an inline source map
 * (`corral build` writes one) they are mapped back to the original files, e.g. `src/index.ts:12:11`.
 * Nothing here names a host path: the module's frames are named after the manifest's `main`, mapped
 * frames after the sources the map lists (relative to the plugin folder for `corral build` bundles).
 */
import { SourceMap } from 'node:module';

export interface PluginLocation {
  /** The innermost frame of the plugin's own code: `src/index.ts:12:11` (or `index.js:3:9` without a map). */
  location: string;
  /** The plugin's frames, innermost first: `at classify (src/index.ts:12:11)`, one per line. */
  stack: string;
}

const MAX_FRAMES = 10;
const MAX_MAP_CHARS = 16 * 1024 * 1024;
/** The SDK's helpers (error constructors, definePlugin) are not where the plugin's error happened. */
const SDK_SOURCE = 'corral/sdk';
const INLINE_MAP = /\/\/[#@] sourceMappingURL=data:application\/json(?:;charset=[\w-]+)?;base64,([A-Za-z0-9+/=]+)\s*$/;

interface Frame {
  file: string;
  line: number;
  column: number;
  fn: string;
}

function clean(text: string, max: number): string {
  // Untrusted text (function names, source names from the plugin's map): one line, bounded.
  const line = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function toFrames(raw: unknown): Frame[] {
  if (!Array.isArray(raw)) return [];
  const frames: Frame[] = [];
  for (const item of raw.slice(0, 50)) {
    if (item === null || typeof item !== 'object') continue;
    const { file, line, column, fn } = item as Record<string, unknown>;
    if (typeof file !== 'string' || typeof line !== 'number' || typeof column !== 'number') continue;
    if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 0) continue;
    frames.push({ file, line, column, fn: typeof fn === 'string' ? fn : '' });
  }
  return frames;
}

const STACK_LINE = /^\s*at (?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/;

/** Frames from V8's stack text (an Error copied out of the isolate keeps only that), innermost first. */
export function framesFromStack(stack: unknown): Frame[] {
  if (typeof stack !== 'string') return [];
  const frames: Frame[] = [];
  for (const line of stack.split('\n', 200)) {
    const match = STACK_LINE.exec(line);
    if (match !== null) frames.push({ file: match[2] as string, line: Number(match[3]), column: Number(match[4]), fn: match[1] ?? '' });
  }
  return frames;
}

/**
 * Parsed maps by plugin version (spec key): an isolate rebuilt after a timeout or in another worker
 * of this thread reuses the parse instead of decoding a large map again.
 */
const parsedMaps = new Map<string, SourceMap | null>();
const MAX_CACHED_MAPS = 32;

export class PluginStackMapper {
  /** The module's filename inside the isolate (`plugin://<id>/<main>`). */
  readonly #filename: string;
  /** How unmapped frames of the module are named: the manifest's `main`. */
  readonly #main: string;
  readonly #source: string;
  /** Parsed on the first error; null when the module has no usable inline map. */
  #map: SourceMap | null | undefined;
  /** The plugin version's spec key: one parse per version, shared by its isolates on this thread. */
  readonly #key: string;

  constructor(key: string, filename: string, pluginId: string, source: string) {
    this.#key = key;
    this.#filename = filename;
    const prefix = `plugin://${pluginId}/`;
    this.#main = filename.startsWith(prefix) ? filename.slice(prefix.length) : filename;
    this.#source = source;
  }

  /** The plugin's location for the frames the isolate reported, or undefined when none is its own. */
  locate(rawFrames: unknown): PluginLocation | undefined {
    const lines: string[] = [];
    let location: string | undefined;
    for (const frame of toFrames(rawFrames)) {
      if (frame.file !== this.#filename) continue;
      const where = this.#original(frame.line, frame.column);
      if (where === undefined) continue;
      location ??= where;
      lines.push(frame.fn === '' ? `at ${where}` : `at ${clean(frame.fn, 200)} (${where})`);
      if (lines.length >= MAX_FRAMES) break;
    }
    return location === undefined ? undefined : { location, stack: lines.join('\n') };
  }

  /** `file:line:column` (1-based) in the original source; undefined for the SDK's own frames. */
  #original(line: number, column: number): string | undefined {
    const map = this.#sourceMap();
    if (map === null) return `${this.#main}:${line}:${column}`;
    const entry = map.findEntry(line - 1, Math.max(0, column - 1)) as Partial<{ originalSource: string; originalLine: number; originalColumn: number }>;
    if (typeof entry.originalSource !== 'string' || typeof entry.originalLine !== 'number' || typeof entry.originalColumn !== 'number') {
      return `${this.#main}:${line}:${column}`;
    }
    if (entry.originalSource === SDK_SOURCE) return undefined;
    return `${clean(entry.originalSource, 300)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  }

  #sourceMap(): SourceMap | null {
    if (this.#map !== undefined) return this.#map;
    const cached = parsedMaps.get(this.#key);
    if (cached !== undefined) {
      this.#map = cached;
      return cached;
    }
    this.#map = this.#parseMap();
    if (parsedMaps.size >= MAX_CACHED_MAPS) parsedMaps.delete(parsedMaps.keys().next().value as string);
    parsedMaps.set(this.#key, this.#map);
    return this.#map;
  }

  #parseMap(): SourceMap | null {
    // The comment ends the module (esbuild, tsc and corral build put it last).
    const at = this.#source.lastIndexOf('sourceMappingURL=data:');
    if (at < 0 || this.#source.length - at > MAX_MAP_CHARS) return null;
    const match = INLINE_MAP.exec(this.#source.slice(Math.max(0, at - 4)));
    if (match === null) return null;
    try {
      const payload = JSON.parse(Buffer.from(match[1] as string, 'base64').toString('utf8')) as Record<string, unknown>;
      if (payload === null || typeof payload !== 'object' || !Array.isArray(payload.sources)) return null;
      // Sources are reported as the map lists them (relative to the plugin folder), not joined to sourceRoot.
      const { sourceRoot: _ignored, ...rest } = payload;
      return new SourceMap(rest as unknown as ConstructorParameters<typeof SourceMap>[0]);
    } catch {
      return null;
    }
  }
}
