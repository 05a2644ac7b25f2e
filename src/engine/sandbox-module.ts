import { createRequire } from 'node:module';
import { CorralError } from '../errors.ts';

/**
 * isolated-vm (the native module every sandbox runs on) is an optional dependency, so that npm on an
 * unsupported Node skips its failed native build instead of burying the reason in compiler output.
 * An engine cannot start without it: say so plainly, and how to see why it is missing.
 */
export function assertSandboxModuleInstalled(): void {
  try {
    createRequire(import.meta.url).resolve('isolated-vm');
  } catch {
    throw new CorralError(
      'CORRAL_ERR_SANDBOX_MISSING',
      'isolated-vm, the native module Corral runs plugins on, is not installed: if it was left out (npm install --omit=optional), run `npm install isolated-vm`; if npm skipped it because its native build failed, `npm install isolated-vm --foreground-scripts` shows why',
    );
  }
}
