// Failed sign-ins, counted per user name and per address over a sliding window. In memory: with
// several API instances each counts its own (an attacker gets at most instances × the limit).

export interface LimiterOptions { windowMs: number; perName: number; perAddress: number }

export class LoginLimiter {
  readonly #failures = new Map<string, number[]>();

  constructor(private readonly options: LimiterOptions = { windowMs: 15 * 60_000, perName: 5, perAddress: 20 }) {}

  #recent(key: string, now: number): number[] {
    const times = (this.#failures.get(key) ?? []).filter((t) => now - t < this.options.windowMs);
    if (times.length === 0) this.#failures.delete(key);
    else this.#failures.set(key, times);
    return times;
  }

  /** Seconds until a sign-in may be tried again, or 0 when it may now. */
  retryAfterSeconds(name: string, address: string, now = Date.now()): number {
    const waits = ([[`n:${name}`, this.options.perName], [`a:${address}`, this.options.perAddress]] as const).map(([key, limit]) => {
      const times = this.#recent(key, now);
      return times.length >= limit ? Math.ceil((times[times.length - limit]! + this.options.windowMs - now) / 1000) : 0;
    });
    return Math.max(...waits);
  }

  fail(name: string, address: string, now = Date.now()): void {
    for (const key of [`n:${name}`, `a:${address}`]) this.#failures.set(key, [...this.#recent(key, now), now]);
  }

  succeed(name: string): void {
    this.#failures.delete(`n:${name}`);
  }
}
