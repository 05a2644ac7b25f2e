import { createHash } from 'node:crypto';

/** Subresource-Integrity form of the sha256 digest: `sha256-<base64>`. */
export function computeIntegrity(content: string | Uint8Array): string {
  return `sha256-${createHash('sha256').update(content).digest('base64')}`;
}
