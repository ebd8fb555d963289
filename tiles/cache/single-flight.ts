/**
 * Concurrent callers asking for the same key share one piece of work. The work's AbortSignal fires
 * only when every caller waiting on it has gone away, so one impatient client cannot cancel a
 * query that others still want.
 */
export class SingleFlight<T> {
  readonly #inFlight = new Map<string, { promise: Promise<T>; controller: AbortController; waiters: number }>();

  get size(): number {
    return this.#inFlight.size;
  }

  run(key: string, work: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    let entry = this.#inFlight.get(key);
    if (!entry) {
      const controller = new AbortController();
      const promise = work(controller.signal).finally(() => this.#inFlight.delete(key));
      // Waiters that left before the work failed never see its error; it must not go unhandled.
      promise.catch(() => undefined);
      entry = { promise, controller, waiters: 0 };
      this.#inFlight.set(key, entry);
    }
    const shared = entry;
    shared.waiters += 1;
    if (!signal) return shared.promise;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        shared.waiters -= 1;
        if (shared.waiters === 0) shared.controller.abort(signal.reason);
        reject(signal.reason);
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }
}
