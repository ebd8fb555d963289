import Pbf from 'pbf';

// A minimal Mapbox Vector Tile 2.1 writer for layers of points: enough to hand MapLibre a tile
// the browser has reworked (cell-tiles.ts). Field numbers are those of vector_tile.proto.

export type TileValue = string | number | boolean;

/** A point in tile units (0..extent, y down) with its attributes; undefined attributes are left out. */
export interface TilePoint { x: number; y: number; properties: Record<string, TileValue | undefined> }

export interface PointLayer { name: string; extent: number; points: readonly TilePoint[] }

const MOVE_TO_ONE = (1 << 3) | 1;
const zigzag = (n: number) => (n << 1) ^ (n >> 31);

interface IndexedLayer extends PointLayer { keys: string[]; values: TileValue[]; tags: number[][] }

/** Numbers the attribute keys and values of a layer once each, as the format wants. */
function indexLayer(layer: PointLayer): IndexedLayer {
  const keys = new Map<string, number>();
  const values = new Map<string, number>();
  const valueList: TileValue[] = [];
  const tags = layer.points.map((point) => Object.entries(point.properties).flatMap(([key, value]) => {
    if (value === undefined) return [];
    if (!keys.has(key)) keys.set(key, keys.size);
    const id = `${typeof value}:${String(value)}`;
    if (!values.has(id)) {
      values.set(id, valueList.length);
      valueList.push(value);
    }
    return [keys.get(key)!, values.get(id)!];
  }));
  return { ...layer, keys: [...keys.keys()], values: valueList, tags };
}

function writeValue(value: TileValue, pbf: Pbf): void {
  if (typeof value === 'string') pbf.writeStringField(1, value);
  else if (typeof value === 'boolean') pbf.writeBooleanField(7, value);
  else if (!Number.isInteger(value)) pbf.writeDoubleField(3, value);
  else if (value < 0) pbf.writeSVarintField(6, value);
  else pbf.writeVarintField(5, value);
}

function writeLayer(layer: IndexedLayer, pbf: Pbf): void {
  pbf.writeVarintField(15, 2);
  pbf.writeStringField(1, layer.name);
  layer.points.forEach((point, i) => pbf.writeMessage(2, (_: unknown, p: Pbf) => {
    p.writePackedVarint(2, layer.tags[i]!);
    p.writeVarintField(3, 1); // POINT
    p.writePackedVarint(4, [MOVE_TO_ONE, zigzag(Math.round(point.x)), zigzag(Math.round(point.y))]);
  }, null));
  for (const key of layer.keys) pbf.writeStringField(3, key);
  for (const value of layer.values) pbf.writeMessage(4, writeValue, value);
  pbf.writeVarintField(5, layer.extent);
}

/** A tile of point layers, encoded. */
export function encodePointTile(layers: readonly PointLayer[]): Uint8Array {
  const pbf = new Pbf();
  for (const layer of layers) pbf.writeMessage(3, writeLayer, indexLayer(layer));
  return pbf.finish();
}
