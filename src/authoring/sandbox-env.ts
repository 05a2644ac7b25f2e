/**
 * Type declarations of the globals a plugin's isolate really has (workers/sandbox-globals.ts and
 * sandbox-bootstrap.ts): the ES language, console, timers and a few web APIs, no Node and no DOM.
 * `corral init --typescript` writes them to src/sandbox-env.d.ts beside a tsconfig with `"types": []`
 * and `"lib": ["ES2023"]`, and `corral build` uses them when a plugin has no tsconfig.json of its own.
 * `fetch` is declared as `never` so a call fails type-checking with a pointer to ctx.fetch, as it
 * fails at run time (the global does not exist).
 */
export const SANDBOX_ENV_FILE = 'src/sandbox-env.d.ts';

export const SANDBOX_ENV_DTS = `// Globals inside Corral's plugin sandbox (a bare V8 isolate): the JavaScript language, console,
// timers and the web APIs below. No Node APIs (process, Buffer, require), no DOM, no global fetch:
// the network is ctx.fetch (with the "network" permission). Written by \`corral init\`.

interface Console {
  debug(...data: unknown[]): void;
  info(...data: unknown[]): void;
  log(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
}
declare var console: Console;

/** Timers belong to the call that creates them and never outlive it (not available at module top level). */
declare function setTimeout<A extends unknown[]>(handler: (...args: A) => void, timeout?: number, ...args: A): number;
declare function setInterval<A extends unknown[]>(handler: (...args: A) => void, timeout?: number, ...args: A): number;
declare function clearTimeout(id: number | undefined): void;
declare function clearInterval(id: number | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;
declare function atob(data: string): string;
declare function btoa(data: string): string;

/**
 * @deprecated There is no global fetch in the sandbox: use \`ctx.fetch(url, init)\`, with
 * \`"permissions": ["network"]\` and the host in \`allowedHosts\` in plugin.json.
 */
declare var fetch: never;

declare class DOMException extends Error {
  constructor(message?: string, name?: string);
  readonly code: number;
}

declare class TextEncoder {
  readonly encoding: 'utf-8';
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}

declare class TextDecoder {
  /** Only utf-8 is available. */
  constructor(label?: string, options?: { fatal?: boolean | undefined; ignoreBOM?: boolean | undefined });
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean | undefined }): string;
}

declare class URLSearchParams implements Iterable<[string, string]> {
  constructor(init?: string | URLSearchParams | Record<string, string> | Iterable<readonly [string, string]>);
  readonly size: number;
  append(name: string, value: string): void;
  delete(name: string, value?: string): void;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string, value?: string): boolean;
  set(name: string, value: string): void;
  sort(): void;
  forEach(callback: (value: string, name: string, params: URLSearchParams) => void, thisArg?: unknown): void;
  entries(): IterableIterator<[string, string]>;
  keys(): IterableIterator<string>;
  values(): IterableIterator<string>;
  [Symbol.iterator](): IterableIterator<[string, string]>;
  toString(): string;
}

declare class URL {
  constructor(url: string | URL, base?: string | URL);
  static canParse(url: string | URL, base?: string | URL): boolean;
  static parse(url: string | URL, base?: string | URL): URL | null;
  href: string;
  readonly origin: string;
  protocol: string;
  username: string;
  password: string;
  host: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  hash: string;
  readonly searchParams: URLSearchParams;
  toString(): string;
  toJSON(): string;
}

declare class Headers implements Iterable<[string, string]> {
  constructor(init?: Headers | Record<string, string> | Iterable<readonly [string, string]>);
  append(name: string, value: string): void;
  delete(name: string): void;
  get(name: string): string | null;
  has(name: string): boolean;
  set(name: string, value: string): void;
  forEach(callback: (value: string, name: string, headers: Headers) => void, thisArg?: unknown): void;
  entries(): IterableIterator<[string, string]>;
  keys(): IterableIterator<string>;
  values(): IterableIterator<string>;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}

declare var crypto: {
  getRandomValues<T extends Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | BigInt64Array | BigUint64Array>(array: T): T;
  randomUUID(): string;
};

/** A monotonic clock coarsened to 1 ms. */
declare var performance: { readonly timeOrigin: number; now(): number };
`;
