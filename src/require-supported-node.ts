import { unsupportedNodeMessage } from './node-support.ts';

// Side effect on import, before any other Corral module is evaluated (see node-support.ts).
const message = unsupportedNodeMessage();
if (message !== undefined) {
  // Said first, on its own line: Node prints a thrown error after a source excerpt of this file.
  process.stderr.write(`corral: ${message}\n`);
  const error = new Error(message);
  error.name = 'UnsupportedNodeError';
  throw error;
}
