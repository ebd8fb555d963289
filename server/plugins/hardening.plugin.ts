import helmet from '@fastify/helmet';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { DEADLINE_CODE } from './error-handler.plugin';

export interface HardeningOptions {
  /** Writes (any method but GET and HEAD) one address may make per minute; more are 429. */
  writesPerMinute: number;
  /** A route must start answering within this, or the client gets 503 + Retry-After. */
  handlerTimeoutMs: number;
  /** JSON bodies nested deeper than this are refused (400) before they are parsed. */
  maxJsonDepth: number;
}


export const HARDENING_DEFAULTS: HardeningOptions = { writesPerMinute: 300, handlerTimeoutMs: 60_000, maxJsonDepth: 64 };

/** The media types a request body may have; anything else is 415 (Fastify answers for want of a parser). */
export const JSON_BODY_TYPES = ['application/json', 'application/geo+json'];

/**
 * The page is the Vite-built client, served by this app with everything it needs: MapLibre starts
 * its workers from blob: URLs, images may be data:/blob:, deck.gl draws in WebGL (no directive), the
 * fonts are ours. Nothing remote. No upgrade-insecure-requests: Corridor is often served over plain
 * HTTP on a closed network, where upgrading its own requests would break the page.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  // Vite inlines the smallest font files of the bundle as data: URIs.
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  upgradeInsecureRequests: null,
};

/** Swagger UI (/docs) injects one <style> element; its page alone may have inline styles. */
const DOCS_CONTENT_SECURITY_POLICY = { ...CONTENT_SECURITY_POLICY, styleSrc: ["'self'", "'unsafe-inline'"] };

const positiveInt = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
};

/** The hardening settings from the environment; the README's "Security configuration" lists them. */
export function readHardeningOptions(env: NodeJS.ProcessEnv = process.env): HardeningOptions {
  return {
    writesPerMinute: positiveInt(env, 'RATE_LIMIT_WRITES_PER_MINUTE', HARDENING_DEFAULTS.writesPerMinute),
    handlerTimeoutMs: positiveInt(env, 'HANDLER_TIMEOUT_MS', HARDENING_DEFAULTS.handlerTimeoutMs),
    maxJsonDepth: HARDENING_DEFAULTS.maxJsonDepth,
  };
}

/** An error the error handler answers with its own status and message (a 4xx keeps its message). */
export const clientError = (statusCode: number, message: string) => Object.assign(new Error(message), { statusCode });

/** How deeply `text` nests arrays and objects, counted without parsing (strings skipped). */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor']);
class ForbiddenKeyError extends Error {}
class NulError extends Error {}

/**
 * JSON bodies: depth is checked before parsing (deep nesting would exhaust the stack of the parser's
 * reviver, of validation and of whatever walks the value later), and the keys `__proto__` and
 * `constructor` are refused wherever they are, escaped or not, so no later merge can pollute a
 * prototype (Fastify's own parser refuses only `constructor.prototype`). Text with U+0000 is
 * refused too: PostgreSQL cannot store it.
 */
export function parseJsonBody(text: string, maxDepth: number): unknown {
  if (text.trim() === '') throw clientError(400, 'body: empty; send a JSON value, or no Content-Type and no body');
  if (jsonNestingDepth(text) > maxDepth) throw clientError(400, `body: JSON nested deeper than ${maxDepth} levels`);
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      if (key.includes('\u0000') || (typeof value === 'string' && value.includes('\u0000'))) throw new NulError();
      return value;
    });
  } catch (error) {
    if (error instanceof NulError) throw clientError(400, 'body: text must not contain U+0000 (NUL)');
    if (error instanceof ForbiddenKeyError) {
      throw clientError(400, `body: the JSON key "${error.message}" is not accepted (no "__proto__" or "constructor" keys)`);
    }
    throw clientError(400, `body: not valid JSON (${(error as Error).message.slice(0, 120)})`);
  }
}

/**
 * Why the first unusable path or query parameter is refused: Ajv coerces "Infinity", "-Infinity" and
 * "1e309" to numbers that pass `type: integer` and skip minimum/maximum (ajv-validator/ajv#2212,
 * fastify/fastify#6718), and PostgreSQL text cannot hold U+0000; both reached SQL as 500s.
 */
export function unusableParameter(values: unknown): string | undefined {
  if (typeof values !== 'object' || values === null) return undefined;
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value as unknown[] : [value]) {
      if (typeof item === 'number' && !Number.isFinite(item)) return `${name}: must be a finite number`;
      if (typeof item === 'string' && item.includes('\u0000')) return `${name}: must not contain U+0000 (NUL)`;
    }
  }
  return undefined;
}

const isRead = (request: FastifyRequest) => request.method === 'GET' || request.method === 'HEAD';

/**
 * Security headers and a strict CSP on every answer, a per-address rate limit on writes, a deadline
 * on every route, JSON-only bodies without prototype keys or deep nesting. Body size (bodyLimit →
 * 413) and slow clients (requestTimeout → 408) are Fastify options in app.ts; the error handler
 * words every refusal and keeps 5xx answers free of internals. Register right after the error handler.
 */
export const hardeningPlugin = fp(async (app: FastifyInstance, overrides: Partial<HardeningOptions>) => {
  const options = { ...readHardeningOptions(), ...overrides };

  app.addHook('onRoute', (route: RouteOptions) => {
    if (route.url === '/docs' || route.url.startsWith('/docs/')) {
      route.helmet ??= { contentSecurityPolicy: { useDefaults: false, directives: DOCS_CONTENT_SECURITY_POLICY } };
    }
  });

  // A deadline to start answering. Not Fastify's handlerTimeout: that one runs until the last byte
  // is written, so it would cut a large OGC page or bundle going out to a slow client. The route's
  // work goes on after the 503 (its SQL has a statement timeout on the server backend).
  const deadlines = new WeakMap<FastifyRequest, NodeJS.Timeout>();
  app.addHook('onRequest', async (request, reply) => {
    deadlines.set(request, setTimeout(() => {
      if (!reply.sent && !reply.raw.headersSent) reply.send(Object.assign(clientError(503, 'deadline passed'), { code: DEADLINE_CODE }));
    }, options.handlerTimeoutMs).unref());
  });
  const clearDeadline = async (request: FastifyRequest) => clearTimeout(deadlines.get(request));
  app.addHook('onSend', async (request) => { await clearDeadline(request); });
  app.addHook('onRequestAbort', clearDeadline);

  // After validation, whatever the route's schema: values that pass it but no SQL can take.
  app.addHook('preHandler', async (request) => {
    const wrong = unusableParameter(request.params) ?? unusableParameter(request.query);
    if (wrong) throw clientError(400, wrong);
  });

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // TLS is terminated in front of Corridor where there is TLS; HSTS belongs there.
    strictTransportSecurity: false,
    frameguard: { action: 'sameorigin' },
  });

  await app.register(rateLimit, {
    global: true,
    max: options.writesPerMinute,
    timeWindow: 60_000,
    // Reads are cached tiles and small queries; the limit guards writes, sign-in attempts included.
    allowList: (request) => isRead(request),
    // The default reads request.ip, which is undefined once the client has hung up: that threw (a
    // logged 500) for every request abandoned before this hook ran.
    keyGenerator: (request) => (request.ip ? normalizeIP(request.ip) : 'gone'),
    errorResponseBuilder: (_request, context) => clientError(context.statusCode,
      `Too many writes from this address: at most ${String(context.max)} a minute; retry in ${context.after}`),
  });

  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(JSON_BODY_TYPES, { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string, options.maxJsonDepth));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
});
