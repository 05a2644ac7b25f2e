import { serialize } from 'node:v8';
import type { ResolvedCapability } from '../capabilities/capability-registry.ts';
import { CorralError } from '../errors.ts';
import { formatIssues } from '../validation.ts';

/** Validate against the capability's schema and serialize once for every plugin of the fan-out. */
export function prepareInput(capability: ResolvedCapability, input: unknown, maxInputBytes: number): Uint8Array {
    let value = input;
    if (capability.input !== undefined) {
      const parsed = capability.input.safeParse(input);
      if (!parsed.success) {
        throw new CorralError('CORRAL_ERR_INVALID_INPUT', `invalid input for "${capability.name}": ${formatIssues(parsed.error.issues, 'input')}`);
      }
      value = parsed.data;
    }
    let bytes: Uint8Array;
    try {
      bytes = serialize(value);
    } catch (error) {
      throw new CorralError('CORRAL_ERR_INVALID_INPUT', `input for "${capability.name}" cannot be copied into a sandbox: ${(error as Error).message}`);
    }
    const max = maxInputBytes;
    if (bytes.byteLength > max) {
      throw new CorralError('CORRAL_ERR_PAYLOAD_TOO_LARGE', `input for "${capability.name}" is ${bytes.byteLength} bytes; the host limit is ${max}`);
    }
    return bytes;
  }

