import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { errorHandlerPlugin } from './error-handler.plugin';
import { hardeningPlugin, jsonNestingDepth, parseJsonBody, readHardeningOptions, type HardeningOptions } from './hardening.plugin';

// A small app with the error handler and the hardening, as app.ts registers them, and a few routes
// that write, read, hang and fail, so every protection can be seen without a database.
async function hardenedApp(options: Partial<HardeningOptions> = {}, bodyLimit = 1_024): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit });
  await app.register(errorHandlerPlugin);
  await app.register(hardeningPlugin, options);
  app.post('/echo', async (request) => ({ received: request.body }));
  app.get('/read', async () => ({ ok: true }));
  app.get('/items/:id', { schema: { params: { type: 'object', properties: { id: { type: 'integer', minimum: 1, maximum: 100 } } } } }, async () => ({ ok: true }));
  app.get('/search', { schema: { querystring: { type: 'object', properties: { q: { type: 'string', maxLength: 10 } } } } }, async () => ({ ok: true }));
  app.get('/slow', async () => new Promise((resolve) => setTimeout(() => resolve({ late: true }), 300)));
  app.get('/big', async (_request, reply) => reply.type('text/plain').send('x'.repeat(1_000)));
  app.get('/sql-failure', async () => {
    throw Object.assign(new Error('syntax error at or near "DROP" in select * from zones where name = $1'), { severity: 'ERROR', code: '42601' });
  });
  app.get('/bug', async () => {
    throw new Error(`cannot read x of undefined at ${import.meta.filename}`);
  });
  await app.ready();
  return app;
}

const post = (app: FastifyInstance, payload: string, contentType = 'application/json', remoteAddress = '10.0.0.1') =>
  app.inject({ method: 'POST', url: '/echo', payload, headers: { 'content-type': contentType }, remoteAddress });

describe('hardening', () => {
  let app: FastifyInstance;
  afterEach(async () => { await app?.close(); });

  it('answers a body over the limit with 413 naming the body and the limit', async () => {
    app = await hardenedApp();
    const response = await post(app, JSON.stringify({ text: 'x'.repeat(2_000) }));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ statusCode: 413, error: 'Payload Too Large', message: 'body: larger than the 1024 bytes accepted' });
  });

  it('accepts JSON and GeoJSON bodies and refuses any other type with 415', async () => {
    app = await hardenedApp();
    expect((await post(app, '{"a":1}')).json()).toEqual({ received: { a: 1 } });
    expect((await post(app, '{"type":"Point","coordinates":[1,2]}', 'application/geo+json; charset=utf-8')).statusCode).toBe(200);
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await post(app, 'a=1', type);
      expect(response.statusCode, type).toBe(415);
      expect(response.json().message, type).toMatch(/^content-type: ".+" is not accepted; send application\/json$/);
    }
    const untyped = await app.inject({ method: 'POST', url: '/echo', payload: 'a=1', remoteAddress: '10.0.0.1' });
    expect(untyped.statusCode).toBe(415);
    expect(untyped.json().message).toMatch(/^content-type: /);
  });

  it('refuses __proto__ and constructor keys anywhere, escaped or not, with a clear 400', async () => {
    app = await hardenedApp();
    for (const payload of ['{"__proto__":{"admin":true}}', '{"a":[{"constructor":{"prototype":{"x":1}}}]}', '{"\\u005f_proto__":1}', '{"b":{"constructor":1}}']) {
      const response = await post(app, payload);
      expect(response.statusCode, payload).toBe(400);
      expect(response.json().message, payload).toMatch(/^body: the JSON key "(__proto__|constructor)" is not accepted/);
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('refuses deep, empty and malformed JSON with 400 messages that start with "body:"', async () => {
    app = await hardenedApp({}, 1_048_576);
    const cases: Array<[string, RegExp]> = [
      ['['.repeat(65) + ']'.repeat(65), /^body: JSON nested deeper than 64 levels$/],
      ['['.repeat(100_000), /^body: JSON nested deeper/],
      ['', /^body: empty/],
      ['{"a":}', /^body: not valid JSON/],
    ];
    for (const [payload, message] of cases) {
      const response = await post(app, payload);
      expect(response.statusCode, payload.slice(0, 20)).toBe(400);
      expect(response.json().message).toMatch(message);
    }
    expect((await post(app, '['.repeat(64) + ']'.repeat(64))).statusCode).toBe(200);
  });

  it('refuses what passes validation but no SQL can take: non-finite numbers and U+0000', async () => {
    app = await hardenedApp();
    for (const [url, message] of [
      ['/items/Infinity', 'id: must be a finite number'], ['/items/-Infinity', 'id: must be a finite number'], ['/items/1e309', 'id: must be a finite number'],
      ['/search?q=a%00', 'q: must not contain U+0000 (NUL)'],
    ]) {
      const response = await app.inject(url!);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().message, url).toBe(message);
    }
    expect((await app.inject('/items/5')).statusCode).toBe(200);
    const body = await post(app, '{"name":"a\\u0000b"}');
    expect(body.statusCode).toBe(400);
    expect(body.json().message).toBe('body: text must not contain U+0000 (NUL)');
  });

  it('limits writes per address with 429 and Retry-After, and never limits reads', async () => {
    app = await hardenedApp({ writesPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await post(app, '{}')).statusCode).toBe(200);
    const limited = await post(app, '{}');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ error: 'Too Many Requests', message: expect.stringMatching(/^Too many writes from this address: at most 3 a minute; retry in/) });
    expect((await post(app, '{}', 'application/json', '10.0.0.2')).statusCode).toBe(200);
    for (let i = 0; i < 10; i++) expect((await app.inject({ url: '/read', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
  });

  it('answers a route that has not started answering by its deadline with 503 and Retry-After', async () => {
    app = await hardenedApp({ handlerTimeoutMs: 50 });
    const response = await app.inject('/slow');
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json().message).toMatch(/^The request took too long; retry later \(request req-\w+\)$/);
    expect((await app.inject('/big')).statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 400)); // the late answer finds the reply sent: no crash
  });

  it('keeps SQL, stack traces and file paths out of 5xx answers and gives the request id instead', async () => {
    app = await hardenedApp();
    for (const url of ['/sql-failure', '/bug']) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(500);
      const body = response.json();
      expect(body.message).toBe(`Internal error; see the server log (request ${body.requestId})`);
      expect(response.body).not.toMatch(/select|DROP|syntax|\.ts|at /);
    }
  });

  it('sends the security headers on API answers too', async () => {
    app = await hardenedApp();
    const response = await app.inject('/read');
    expect(response.headers['content-security-policy']).toMatch(/^default-src 'self';/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('the JSON body rules', () => {
  it('counts nesting without being fooled by brackets inside strings', () => {
    expect(jsonNestingDepth('{"a":[1,{"b":"[[[{{{\\"]]]"}]}')).toBe(3);
    expect(jsonNestingDepth('"[[["')).toBe(0);
  });

  it('parses plain JSON unchanged', () => {
    expect(parseJsonBody('{"name":"边境","n":[1,2.5,null]}', 64)).toEqual({ name: '边境', n: [1, 2.5, null] });
  });
});

describe('readHardeningOptions', () => {
  it('has generous defaults and names a wrong variable', () => {
    expect(readHardeningOptions({})).toEqual({ writesPerMinute: 300, handlerTimeoutMs: 60_000, maxJsonDepth: 64 });
    expect(readHardeningOptions({ RATE_LIMIT_WRITES_PER_MINUTE: '20', HANDLER_TIMEOUT_MS: '5000' })).toMatchObject({ writesPerMinute: 20, handlerTimeoutMs: 5000 });
    expect(() => readHardeningOptions({ RATE_LIMIT_WRITES_PER_MINUTE: 'lots' })).toThrow(/RATE_LIMIT_WRITES_PER_MINUTE must be a positive integer/);
  });
});
