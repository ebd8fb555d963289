import { describe, expect, it } from 'vitest';
import { SingleFlight } from './single-flight';

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('SingleFlight', () => {
  it('runs the work once for concurrent callers of one key', async () => {
    const flight = new SingleFlight<number>();
    const gate = deferred<number>();
    let runs = 0;
    const work = () => { runs += 1; return gate.promise; };
    const all = Promise.all([flight.run('k', work), flight.run('k', work), flight.run('k', work)]);
    gate.resolve(7);
    expect(await all).toEqual([7, 7, 7]);
    expect(runs).toBe(1);
    expect(flight.size).toBe(0);
  });

  it('leaves no unhandled rejection when a caller arrives already aborted', async () => {
    const flight = new SingleFlight<string>();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const gone = AbortSignal.abort(new Error('gone'));
    await expect(flight.run('k', (signal) => new Promise<string>((_, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason));
      if (signal.aborted) reject(signal.reason);
    }), gone)).rejects.toThrow('gone');
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });

  it('aborts the shared work only when every caller has gone', async () => {
    const flight = new SingleFlight<string>();
    let workSignal!: AbortSignal;
    const gate = deferred<string>();
    const work = (signal: AbortSignal) => { workSignal = signal; return gate.promise; };
    const a = new AbortController();
    const b = new AbortController();
    const first = flight.run('k', work, a.signal);
    const second = flight.run('k', work, b.signal);
    a.abort(new Error('a left'));
    await expect(first).rejects.toThrow('a left');
    expect(workSignal.aborted).toBe(false);
    b.abort(new Error('b left'));
    await expect(second).rejects.toThrow('b left');
    expect(workSignal.aborted).toBe(true);
    gate.resolve('late');
  });
});
