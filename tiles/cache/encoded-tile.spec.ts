import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { bodyFor, chooseCoding, encodeTile, etagFor, matchesEtag } from './encoded-tile';

describe('encoded tiles', () => {
  it('picks brotli, then gzip, then identity, honouring q=0', () => {
    expect(chooseCoding('gzip, deflate, br')).toBe('br');
    expect(chooseCoding('gzip')).toBe('gzip');
    expect(chooseCoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseCoding(undefined)).toBe('identity');
    expect(chooseCoding('identity')).toBe('identity');
  });

  it('compresses on first demand and keeps the result', async () => {
    const tile = encodeTile(new Uint8Array([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]));
    expect(tile.gzip).toBeUndefined();
    const [gz, made] = await bodyFor(tile, 'gzip');
    expect(made).toBe(true);
    expect(gunzipSync(gz)).toEqual(tile.raw);
    expect(await bodyFor(tile, 'gzip')).toEqual([gz, false]);
    expect(tile.br).toBeUndefined();
  });

  it('gives each encoding its own strong ETag, and matches any of them', async () => {
    const tile = encodeTile(new Uint8Array([1, 2, 3, 4, 5]));
    const tags = (['identity', 'gzip', 'br'] as const).map((c) => etagFor(tile, c));
    expect(new Set(tags).size).toBe(3);
    for (const tag of tags) expect(matchesEtag(tag, tile)).toBe(true);
    expect(matchesEtag(`W/${tags[0]}`, tile)).toBe(true);
    expect(matchesEtag('"something-else"', tile)).toBe(false);
    expect(matchesEtag('*', tile)).toBe(true);
  });

  it('marks zero bytes as an empty tile', async () => {
    expect(encodeTile(new Uint8Array(0)).empty).toBe(true);
  });
});
