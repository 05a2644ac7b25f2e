import path from 'node:path';
import { createEngine } from '../engine/engine.ts';
import { isCorralError } from '../errors.ts';
import { readPluginPackage } from '../manifest/plugin-package.ts';

export interface ValidationReport {
  ok: boolean;
  dir: string;
  plugin: { id: string; version: string } | null;
  errors: Array<{ code: string; message: string }>;
  warnings: string[];
}

const LARGE_MAIN_BYTES = 1024 * 1024;

/**
 * Everything `corral validate` checks: the manifest schema and integrity, that the module compiles
 * and exports every declared capability (by loading it into a real sandbox), size limits and the
 * sanity of its permissions.
 */
export async function validatePlugin(dir: string): Promise<ValidationReport> {
  const root = path.resolve(dir);
  const report: ValidationReport = { ok: false, dir: root, plugin: null, errors: [], warnings: [] };
  let pkg;
  try {
    pkg = await readPluginPackage(root);
  } catch (error) {
    report.errors.push({ code: isCorralError(error) ? error.code : 'CORRAL_ERR_INVALID_MANIFEST', message: (error as Error).message });
    return report;
  }
  const { manifest } = pkg;
  report.plugin = { id: manifest.id, version: manifest.version };
  if (manifest.integrity === undefined) report.warnings.push('integrity is not set: run `corral build` (or add the sha256 of main) so tampering is detected at load');
  const bytes = Buffer.byteLength(pkg.source);
  if (bytes > LARGE_MAIN_BYTES) report.warnings.push(`main is ${bytes} bytes; large bundles slow every cold load`);
  const network = manifest.permissions.includes('network');
  if (network && (manifest.allowedHosts ?? []).length === 0) {
    report.errors.push({ code: 'CORRAL_ERR_INVALID_MANIFEST', message: 'permissions: "network" needs at least one entry in allowedHosts' });
  }
  if (!network && (manifest.allowedHosts ?? []).length > 0) report.warnings.push('allowedHosts is set but the "network" permission is not requested');
  const engine = await createEngine({ plugins: [root], poolSize: 1, env: { CORRAL_LOG_LEVEL: 'silent' } });
  try {
    const status = engine.plugin(manifest.id);
    if (status.error !== null) {
      report.errors.push({ code: status.error.code, message: status.error.message });
    } else {
      const undeclared = engine.exportedFunctions(manifest.id).filter((name) => !manifest.capabilities.includes(name) && !['init', 'health', 'shutdown'].includes(name));
      if (undeclared.length > 0) report.warnings.push(`exports ${undeclared.map((n) => `"${n}"`).join(', ')} without declaring them in capabilities`);
    }
  } finally {
    await engine.close();
  }
  report.ok = report.errors.length === 0;
  return report;
}
