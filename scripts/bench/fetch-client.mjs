// A load generator in its own process (not the server's event loop or CPU time): on each message
// { paths, inFlight } it GETs every path once over keep-alive HTTP, `inFlight` at a time, and
// answers with the elapsed ms.
import http from 'node:http';

const base = new URL(process.argv[2]);
const token = process.argv[3];
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const get = (path) => new Promise((resolve, reject) => {
  const request = http.request({ host: base.hostname, port: base.port, path, agent, headers: { 'accept-encoding': 'br', ...(token ? { authorization: `Bearer ${token}` } : {}) } }, (response) => {
    response.on('data', () => {});
    response.on('end', () => (response.statusCode < 400 ? resolve() : reject(new Error(`${path}: HTTP ${response.statusCode}`))));
  });
  request.on('error', reject);
  request.end();
});

process.on('message', async ({ paths, inFlight }) => {
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (next < paths.length) await get(paths[next++]);
  }));
  process.send(performance.now() - started);
});
process.send('ready');
