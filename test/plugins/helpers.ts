import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** A plugin's default export: capability name -> function. Plugins are plain JS, so this is untyped. */
export type PluginModule = Record<string, (input: unknown, ctx?: unknown) => any>;

export const PLUGIN_IDS = [
  'word-classifier',
  'spam-classifier',
  'language-detector',
  'text-digest',
  'log-normalizer',
  'prometheus-adapter',
  'sql-adapter',
  'elasticsearch-adapter',
] as const;

export function pluginPath(id: string, file: string): string {
  return new URL(`../../plugins/${id}/${file}`, import.meta.url).pathname;
}

/**
 * Imports plugins/<id>/index.js directly (no engine, no sandbox). A computed specifier keeps the
 * strict test tsconfig happy without a declaration file for each plain-JS plugin.
 */
export async function loadPlugin(id: string): Promise<PluginModule> {
  const mod = await import(new URL(`../../plugins/${id}/index.js`, import.meta.url).href);
  return mod.default as PluginModule;
}

export function readManifest(id: string): any {
  return JSON.parse(readFileSync(pluginPath(id, 'plugin.json'), 'utf8'));
}

export interface LogCall {
  level: string;
  message: string;
}

/** The ctx the engine passes: pluginId, a config copy, and a logger that records calls. */
export function fakeCtx(pluginId: string, config: Record<string, unknown> = {}) {
  const logs: LogCall[] = [];
  const record = (level: string) => (message: string) => {
    logs.push({ level, message });
  };
  return {
    pluginId,
    config,
    log: { info: record('info'), warn: record('warn'), error: record('error'), debug: record('debug') },
    logs,
  };
}

/** Asserts fn throws an Error named InvalidInputError whose message contains every fragment. */
export function expectInvalidInput(fn: () => unknown, ...fragments: string[]): Error {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected an InvalidInputError to be thrown').toBeInstanceOf(Error);
  const error = thrown as Error;
  expect(error.name).toBe('InvalidInputError');
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}
