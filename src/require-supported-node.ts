import { unsupportedNodeMessage } from './node-support.ts';

// Side effect on import, before any other Corral module is evaluated (see node-support.ts).
const message = unsupportedNodeMessage();
if (message !== undefined) {
  const error = new Error(message);
  error.name = 'UnsupportedNodeError';
  throw error;
}
