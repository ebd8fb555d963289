import autocannon from 'autocannon';

export interface LoadResult { label: string; requestsPerSecond: number; p50: number; p95: number; p99: number; errors: number }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** autocannon over loopback, cycling through `paths`; every response time is kept for exact percentiles (ms). */
export async function load(label: string, baseUrl: string, paths: string[], seconds: number, headers: Record<string, string> = {}, connections = 16): Promise<LoadResult> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: baseUrl,
      connections,
      duration: seconds,
      requests: paths.map((path) => ({ method: 'GET' as const, path })),
      headers: { 'accept-encoding': 'br, gzip', ...headers },
    }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    // 204 (an empty tile) is a 2xx: only failures and non-2xx count here.
    errors: result.errors + result.non2xx,
  };
}


export function formatTable(rows: LoadResult[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(['run', 'tiles/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors']),
    line(['---', '---:', '---:', '---:', '---:', '---:']),
    ...rows.map((r) => line([r.label, r.requestsPerSecond.toFixed(0), r.p50.toFixed(2), r.p95.toFixed(2), r.p99.toFixed(2), String(r.errors)])),
  ].join('\n');
}
