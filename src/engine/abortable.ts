import { CorralError } from '../errors.ts';

/** Reject with CORRAL_ERR_ABORTED when `signal` fires first; the work itself carries on to its deadline. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new CorralError('CORRAL_ERR_ABORTED', 'the call was aborted by its AbortSignal', { cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
