import { nativeTileQuery } from '../sql/tile-sql';
import type { TileEncoder } from './tile-encoder';

/** PostGIS builds the tile (ST_AsMVT): used on a PostgreSQL server whose PostGIS has protobuf. */
export const nativeEncoder: TileEncoder = {
  name: 'native',
  async encode(db, layer, tile, signal) {
    const { sql, params } = nativeTileQuery(layer, tile);
    const [row] = await db.query<{ mvt: Uint8Array | null }>(sql, params, { signal });
    return row?.mvt ? new Uint8Array(row.mvt.buffer, row.mvt.byteOffset, row.mvt.byteLength) : new Uint8Array(0);
  },
};
