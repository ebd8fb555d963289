// Fetches every path once with `inFlight` requests at a time and reports the elapsed ms.
// It runs in a worker thread so that the load generator's CPU is not the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';

const { base, paths, inFlight } = workerData;
const started = performance.now();
let next = 0;
await Promise.all(Array.from({ length: inFlight }, async () => {
  while (next < paths.length) {
    const response = await fetch(`${base}${paths[next++]}`, { headers: { 'accept-encoding': 'br' } });
    await response.arrayBuffer();
  }
}));
parentPort.postMessage(performance.now() - started);
