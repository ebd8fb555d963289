import type { LayerDefinition } from '../layers/layer-definition';
import type { TileAddress } from '../sql/tile-sql';
import type { TileDatabase } from '../tile-database';

/** Turns one layer's tile into MVT bytes; an empty result (no features) is zero bytes. */
export interface TileEncoder {
  readonly name: 'native' | 'portable';
  encode(db: TileDatabase, layer: LayerDefinition, tile: TileAddress, signal?: AbortSignal): Promise<Uint8Array>;
}
