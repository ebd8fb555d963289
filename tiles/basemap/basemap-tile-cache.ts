import { LRUCache } from 'lru-cache';
import { bodyFor, encodeTile, tileBytes, type Coding, type EncodedTile } from '../cache/encoded-tile';
import type { Basemap } from './basemap';

const EMPTY = new Uint8Array(0);

export interface BasemapHit { key: string; tile: EncodedTile }

/**
 * Basemap tiles encoded once, their compressed forms made on first demand, all kept in an LRU
 * bounded by bytes. The basemap never changes while the process runs, so a key is only z/x/y.
 */
export class BasemapTileCache {
  readonly #basemap: Basemap;
  readonly #cache: LRUCache<string, EncodedTile>;

  constructor(basemap: Basemap, maxBytes = 64 * 1024 * 1024) {
    this.#basemap = basemap;
    this.#cache = new LRUCache<string, EncodedTile>({ maxSize: maxBytes, sizeCalculation: (tile) => Math.max(1, tileBytes(tile)) });
  }

  /** The tile at a valid address (see checkBasemapAddress); `empty` where there is only sea. */
  get(z: number, x: number, y: number): BasemapHit {
    const key = `${z}/${x}/${y}`;
    let tile = this.#cache.get(key);
    if (!tile) {
      // Synchronous (a few ms; the first tiles under a z0–z3 ancestor up to a few hundred), so
      // concurrent requests cannot both miss.
      tile = encodeTile(this.#basemap.getTile(z, x, y) ?? EMPTY);
      this.#cache.set(key, tile);
    }
    return { key, tile };
  }

  /** The bytes to send for a coding; a newly compressed form is kept and counted in the LRU. */
  async body(hit: BasemapHit, coding: Coding): Promise<Buffer> {
    const [body, made] = await bodyFor(hit.tile, coding);
    if (made && this.#cache.has(hit.key)) this.#cache.set(hit.key, hit.tile);
    return body;
  }

  get size(): number {
    return this.#cache.size;
  }
}
