import { parseEngineOptions, type EngineOptions, type ResolvedEngineOptions } from '../options.ts';
import { mergeConfigFile } from './apply-config.ts';
import { loadConfigFile, type LoadedConfig } from './config-file.ts';

/**
 * The options an engine runs with: `options` over its `configFile`, validated once. createEngine and
 * `corral serve --check` share it, so a check passes exactly when start-up would.
 */
export async function resolveEngineOptions(options: EngineOptions): Promise<{ options: Readonly<ResolvedEngineOptions>; config: LoadedConfig | undefined }> {
  const config = options.configFile === undefined ? undefined : await loadConfigFile(options.configFile);
  const resolved = parseEngineOptions(config === undefined ? options : mergeConfigFile(options, config), config?.file);
  return { options: resolved, config };
}
