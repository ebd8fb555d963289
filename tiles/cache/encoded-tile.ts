import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** One tile, encoded once and kept in every encoding a client may accept. */
export interface EncodedTile {
  raw: Buffer;
  gzip: Buffer;
  br: Buffer;
  /** Strong validator of the identity bytes; encodings add a suffix (they are other bytes). */
  etag: string;
  empty: boolean;
}

export async function encodeTile(bytes: Uint8Array): Promise<EncodedTile> {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hash = createHash('sha1').update(raw).digest('base64url').slice(0, 22);
  if (raw.length === 0) return { raw, gzip: raw, br: raw, etag: `"${hash}"`, empty: true };
  const [gz, br] = await Promise.all([
    gzipAsync(raw, { level: 6 }),
    // Quality 5 compresses tiles nearly as well as 11 at a fraction of the time.
    brotliAsync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  ]);
  return { raw, gzip: gz, br, etag: `"${hash}"`, empty: false };
}

export type Coding = 'br' | 'gzip' | 'identity';

/** Picks the smallest encoding the client accepts (no q-value parsing beyond q=0 exclusion). */
export function chooseCoding(acceptEncoding: string | undefined): Coding {
  const accepted = new Set(
    (acceptEncoding ?? '')
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
