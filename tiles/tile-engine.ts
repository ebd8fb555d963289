import { LRUCache } from 'lru-cache';
import { bodyFor, encodeTile, tileBytes, type Coding, type EncodedTile } from './cache/encoded-tile';
import { SingleFlight } from './cache/single-flight';
import { DataVersions } from './data-versions';
import { nativeEncoder } from './encoders/native-encoder';
import { portableEncoder } from './encoders/portable-encoder';
import type { TileEncoder } from './encoders/tile-encoder';
import { BUFFER, EXTENT, type LayerDefinition } from './layers/layer-definition';
import { Occupancy } from './occupancy';
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

/** A tile with the cache key and data version it was found under. */
export interface TileHit { key: string; version: string; tile: EncodedTile }

export interface TileEngineStats { hits: number; misses: number; encodes: number; skipped: number; cachedTiles: number; cachedBytes: number }

// Tiles are skipped as empty only when even this much more than the query's buffered envelope
// meets no feature: floating point at the edges never decides.
const OCCUPANCY_MARGIN = (2 * BUFFER) / EXTENT;

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
  readonly #flight = new SingleFlight<TileHit>();
  #encoder: TileEncoder = portableEncoder;
  #stats = { hits: 0, misses: 0, encodes: 0, skipped: 0 };
  readonly #occupancy = new Map<string, { version: number; occupancy: Promise<Occupancy> }>();

  private constructor(options: TileEngineOptions) {
    this.#db = options.db;
    this.registry = options.registry ?? createLayerRegistry();
    this.versions = new DataVersions(options.db, options.versionMaxAgeMs ?? 1000);
    this.#cache = new LRUCache<string, EncodedTile>({
      maxSize: options.cacheBytes ?? 256 * 1024 * 1024,
      sizeCalculation: (tile) => Math.max(1, tileBytes(tile)),
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

  /** The encoder this engine chose for its database. */
  get encoder(): TileEncoder {
    return this.#encoder;
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

  #keyOf(layer: LayerDefinition, tile: TileAddress, versions: ReadonlyMap<string, number>): [string, string] {
    const version = DataVersions.keyFor(versions, layer.dependsOn ?? [layer.table]);
    return [`${layer.id}@${version}/${tile.z}/${tile.x}/${tile.y}`, version];
  }

  /** The cached tile, found without awaiting anything (the hot path); undefined on a miss. */
  peek(layer: LayerDefinition, tile: TileAddress): TileHit | undefined {
    const versions = this.versions.fresh();
    if (!versions) return undefined;
    const [key, version] = this.#keyOf(layer, tile, versions);
    const cached = this.#cache.get(key);
    if (!cached) return undefined;
    this.#stats.hits += 1;
    return { key, version, tile: cached };
  }

  async getTile(layer: LayerDefinition, tile: TileAddress, signal?: AbortSignal): Promise<TileHit> {
    const hit = this.peek(layer, tile);
    if (hit) return hit;
    const versions = await this.versions.current();
    const [key, version] = this.#keyOf(layer, tile, versions);
    const cached = this.#cache.get(key);
    if (cached) {
      this.#stats.hits += 1;
      return { key, version, tile: cached };
    }
    this.#stats.misses += 1;
    return this.#flight.run(key, async (shared) => {
      if (!(await this.#occupancyOf(layer, versions)).mayHaveData(tile.z, tile.x, tile.y, OCCUPANCY_MARGIN)) {
        this.#stats.skipped += 1;
        const empty = encodeTile(new Uint8Array(0));
        this.#cache.set(key, empty);
        return { key, version, tile: empty };
      }
      this.#stats.encodes += 1;
      const encoded = encodeTile(await this.#encoder.encode(this.#db, layer, tile, shared));
      this.#cache.set(key, encoded);
      return { key, version, tile: encoded };
    }, signal);
  }

  /** Where the layer's table has data, per the table's data version (one load per version). */
  #occupancyOf(layer: LayerDefinition, versions: ReadonlyMap<string, number>): Promise<Occupancy> {
    const version = versions.get(layer.table) ?? 0;
    const known = this.#occupancy.get(layer.table);
    if (known?.version === version) return known.occupancy;
    const occupancy = Occupancy.load(this.#db, layer.table, layer.geometryType);
    // A failed load is not kept: the next request tries again.
    occupancy.catch(() => this.#occupancy.delete(layer.table));
    this.#occupancy.set(layer.table, { version, occupancy });
    return occupancy;
  }

  /** The bytes to send for a coding; a newly compressed form is kept and counted in the LRU. */
  async body(hit: TileHit, coding: Coding): Promise<Buffer> {
    const [body, made] = await bodyFor(hit.tile, coding);
    if (made && this.#cache.has(hit.key)) this.#cache.set(hit.key, hit.tile);
    return body;
  }

  stats(): TileEngineStats {
    return { ...this.#stats, cachedTiles: this.#cache.size, cachedBytes: this.#cache.calculatedSize };
  }

  clearCache(): void {
    this.#cache.clear();
  }
}
