import { LRUCache } from 'lru-cache';
import { encodeTile, type EncodedTile } from './cache/encoded-tile';
import { SingleFlight } from './cache/single-flight';
import { DataVersions } from './data-versions';
import { nativeEncoder } from './encoders/native-encoder';
import { portableEncoder } from './encoders/portable-encoder';
import type { TileEncoder } from './encoders/tile-encoder';
import type { LayerDefinition } from './layers/layer-definition';
import { createLayerRegistry, type LayerRegistry } from './layers/layer-registry';
import type { TileAddress } from './sql/tile-sql';
import type { TileDatabase } from './tile-database';

export type EncoderChoice = 'auto' | 'native' | 'portable';

export interface TileEngineOptions {
  db: TileDatabase;
  encoder?: EncoderChoice;
  cacheBytes?: number;
  versionMaxAgeMs?: number;
  registry?: LayerRegistry;
}

export interface TileEngineStats { hits: number; misses: number; encodes: number; cachedTiles: number; cachedBytes: number }

/** Does this PostGIS build have ST_AsMVT? PGlite's and some server builds lack protobuf. */
async function hasNativeMvt(db: TileDatabase): Promise<boolean> {
  try {
    await db.query("select st_asmvt(q, 'probe') from (select st_asmvtgeom(st_makepoint(1, 1), st_makeenvelope(0, 0, 4096, 4096)) as geom) q");
    return true;
  } catch {
    return false;
  }
}

/**
 * The tile engine: a layer allow-list, an encoder, and an LRU of encoded tiles keyed by layer,
 * data version and z/x/y. Concurrent misses for one tile run one query.
 */
export class TileEngine {
  readonly registry: LayerRegistry;
  readonly versions: DataVersions;
  readonly #db: TileDatabase;
  readonly #cache: LRUCache<string, EncodedTile>;
  readonly #flight = new SingleFlight<EncodedTile>();
  #encoder: TileEncoder = portableEncoder;
  #stats = { hits: 0, misses: 0, encodes: 0 };

  private constructor(options: TileEngineOptions) {
    this.#db = options.db;
    this.registry = options.registry ?? createLayerRegistry();
    this.versions = new DataVersions(options.db, options.versionMaxAgeMs ?? 1000);
    this.#cache = new LRUCache<string, EncodedTile>({
      maxSize: options.cacheBytes ?? 256 * 1024 * 1024,
      sizeCalculation: (tile) => Math.max(1, tile.raw.length + tile.gzip.length + tile.br.length),
    });
  }

  static async create(options: TileEngineOptions): Promise<TileEngine> {
    const engine = new TileEngine(options);
    const choice = options.encoder ?? 'auto';
    const native = choice !== 'portable' && (await hasNativeMvt(options.db));
    if (choice === 'native' && !native) throw new Error('TILE_ENCODER=native, but this PostGIS has no ST_AsMVT');
    engine.#encoder = native ? nativeEncoder : portableEncoder;
    await engine.versions.refresh();
    return engine;
  }

  get encoderName(): TileEncoder['name'] {
    return this.#encoder.name;
  }

  layer(id: string): LayerDefinition | undefined {
    return this.registry.get(id);
  }

  /** The version string of a layer's data now: part of cache keys and of versioned tile URLs. */
  async layerVersion(layer: LayerDefinition): Promise<string> {
    return DataVersions.keyFor(await this.versions.current(), layer.dependsOn ?? [layer.table]);
  }

  async getTile(layer: LayerDefinition, tile: TileAddress, signal?: AbortSignal): Promise<EncodedTile> {
    const key = `${layer.id}@${await this.layerVersion(layer)}/${tile.z}/${tile.x}/${tile.y}`;
    const cached = this.#cache.get(key);
    if (cached) {
      this.#stats.hits += 1;
      return cached;
    }
    this.#stats.misses += 1;
    return this.#flight.run(key, async (shared) => {
      this.#stats.encodes += 1;
      const encoded = await encodeTile(await this.#encoder.encode(this.#db, layer, tile, shared));
      this.#cache.set(key, encoded);
      return encoded;
    }, signal);
  }

  stats(): TileEngineStats {
    return { ...this.#stats, cachedTiles: this.#cache.size, cachedBytes: this.#cache.calculatedSize };
  }

  clearCache(): void {
    this.#cache.clear();
  }
}
