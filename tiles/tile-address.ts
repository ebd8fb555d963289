import type { LayerDefinition } from './layers/layer-definition';

export interface TileAddressError { parameter: 'z' | 'x' | 'y'; message: string }

/** Checks z/x/y against the layer's zoom range and the tile grid; the error names the parameter. */
export function checkTileAddress(layer: LayerDefinition, z: number, x: number, y: number): TileAddressError | undefined {
  if (!Number.isInteger(z) || z < layer.minZoom || z > layer.maxZoom) {
    return { parameter: 'z', message: `z must be an integer from ${layer.minZoom} to ${layer.maxZoom} for layer ${layer.id}` };
  }
  const max = 2 ** z - 1;
  if (!Number.isInteger(x) || x < 0 || x > max) return { parameter: 'x', message: `x must be an integer from 0 to ${max} at z${z}` };
  if (!Number.isInteger(y) || y < 0 || y > max) return { parameter: 'y', message: `y must be an integer from 0 to ${max} at z${z}` };
  return undefined;
}
