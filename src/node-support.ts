/**
 * The Node.js versions Corral runs on: those isolated-vm 7 ships native builds for and our CI
 * tests (package.json `engines` says the same, checked by a test). Imported first by the library
 * entry and the CLI, so on any other Node the first thing a user sees is one sentence, not a
 * native-module stack trace.
 */
export const SUPPORTED_NODE_MAJORS: readonly number[] = [24, 26];

/** The sentence to show on an unsupported Node, or undefined on a supported one. */
export function unsupportedNodeMessage(version: string = process.versions.node): string | undefined {
  const major = Number(version.split('.')[0]);
  if (SUPPORTED_NODE_MAJORS.includes(major)) return undefined;
  return `Corral runs on Node.js ${SUPPORTED_NODE_MAJORS.join(' or ')}; this is Node.js ${version}.`;
}
