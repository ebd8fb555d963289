import { adminAreasLayer } from './admin-areas.layer';
import { borderSegmentsLayer } from './border-segments.layer';
import { branchesLayer } from './branches.layer';
import { checkpointsLayer } from './checkpoints.layer';
import { demoBeltsLayer } from './demo-belts.layer';
import { dutyPostsLayer } from './duty-posts.layer';
import type { LayerDefinition } from './layer-definition';
import { zonesLayer } from './zones.layer';

const SAFE_IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const SAFE_LAYER_ID = /^[a-z][a-z-]*$/;

export const ALL_LAYERS: readonly LayerDefinition[] = [
  borderSegmentsLayer, checkpointsLayer, dutyPostsLayer, demoBeltsLayer, zonesLayer, adminAreasLayer, branchesLayer,
];

export type LayerRegistry = ReadonlyMap<string, LayerDefinition>;

/** The allow-list, checked once at boot: a bad definition stops the server, not a request. */
export function createLayerRegistry(layers: readonly LayerDefinition[] = ALL_LAYERS): LayerRegistry {
  const registry = new Map<string, LayerDefinition>();
  for (const layer of layers) {
    if (!SAFE_LAYER_ID.test(layer.id) || registry.has(layer.id)) throw new Error(`bad or duplicate layer id ${layer.id}`);
    if (!SAFE_IDENTIFIER.test(layer.table)) throw new Error(`layer ${layer.id}: bad table name ${layer.table}`);
    for (const attribute of layer.attributes) {
      if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(attribute.name)) throw new Error(`layer ${layer.id}: bad attribute ${attribute.name}`);
    }
    if (layer.minZoom < 0 || layer.maxZoom > 22 || layer.minZoom > layer.maxZoom) throw new Error(`layer ${layer.id}: bad zoom range`);
    registry.set(layer.id, Object.freeze(layer));
  }
  return registry;
}
