import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export type Coding = 'br' | 'gzip' | 'identity';

/**
 * One tile, encoded once. Compressed forms are made on first demand and kept: browsers on
 * plain HTTP ask for gzip only, API clients for br or nothing, so eager work would be wasted.
 */
export interface EncodedTile {
  raw: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  /** Strong validator of the identity bytes; encodings add a suffix (they are other bytes). */
  etag: string;
  empty: boolean;
}

export function encodeTile(bytes: Uint8Array): EncodedTile {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hash = createHash('sha1').update(raw).digest('base64url').slice(0, 22);
  return { raw, etag: `"${hash}"`, empty: raw.length === 0 };
}

/** The body for a coding, compressing once; `true` as second value when it was just made. */
export async function bodyFor(tile: EncodedTile, coding: Coding): Promise<[Buffer, boolean]> {
  if (coding === 'identity') return [tile.raw, false];
  const existing = tile[coding];
  if (existing) return [existing, false];
  const body = coding === 'br'
    // Quality 5 compresses tiles nearly as well as 11 at a fraction of the time.
    ? await brotliAsync(tile.raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : await gzipAsync(tile.raw, { level: 6 });
  tile[coding] = body;
  return [body, true];
}

export const tileBytes = (tile: EncodedTile) => tile.raw.length + (tile.gzip?.length ?? 0) + (tile.br?.length ?? 0);

/** The compressed body when it exists already (the hot path needs no await), else undefined. */
export function readyBody(tile: EncodedTile, coding: Coding): Buffer | undefined {
  return coding === 'identity' ? tile.raw : tile[coding];
}

// Clients send a handful of distinct Accept-Encoding strings; parse each once.
const codingCache = new Map<string, Coding>();

/** Picks the smallest encoding the client accepts (no q-value parsing beyond q=0 exclusion). */
export function chooseCoding(acceptEncoding: string | undefined): Coding {
  if (!acceptEncoding) return 'identity';
  let coding = codingCache.get(acceptEncoding);
  if (coding === undefined) {
    coding = parseCoding(acceptEncoding);
    if (codingCache.size < 256) codingCache.set(acceptEncoding, coding);
  }
  return coding;
}

function parseCoding(acceptEncoding: string): Coding {
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => part && !/;\s*q=0(\.0*)?$/.test(part))
      .map((part) => part.split(';')[0]!.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return 'identity';
}

export function etagFor(tile: EncodedTile, coding: Coding): string {
  return coding === 'identity' ? tile.etag : `${tile.etag.slice(0, -1)}-${coding === 'br' ? 'br' : 'gz'}"`;
}

/** If-None-Match matches when it names this tile in any encoding, or is `*`. */
export function matchesEtag(ifNoneMatch: string | undefined, tile: EncodedTile): boolean {
  if (!ifNoneMatch) return false;
  const base = tile.etag.slice(1, -1);
  return ifNoneMatch.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === '*' || value.replace(/"/g, '').replace(/-(br|gz)$/, '') === base;
  });
}
