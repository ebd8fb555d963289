import type { Selection } from '../state/domain';
import type { PickedKind } from './feature-text';

// What a click or hover found, independent of who drew it (MapLibre or deck.gl).

export interface Picked {
  kind: PickedKind;
  properties: Record<string, unknown>;
  /** Where the feature is, for zooming into a cell. */
  lngLat?: [number, number];
}

/** The MapLibre layers that answer a pointer, and what each draws. Highlight layers do not answer. */
const LAYER_KINDS: Record<string, PickedKind> = {
  'corridor-checkpoints-cells': 'checkpoint-cluster',
  'corridor-duty-posts': 'duty-post',
  'corridor-branches': 'branch',
  'corridor-border-segments': 'segment',
  'corridor-border-segments-casing': 'segment',
  'corridor-demo-belts-centre': 'demo-belt',
  'corridor-demo-belts-band': 'demo-belt',
  'corridor-zones-fill': 'zone',
};

export const PICKABLE_MAPLIBRE_LAYERS = Object.keys(LAYER_KINDS);

/**
 * The first feature (MapLibre lists the top-most first) of a layer that answers the pointer.
 * Points are drawn above lines and lines above fills, so a point near a border wins; checkpoint
 * cells are drawn above every other point. `lngLat` is where a point feature is.
 */
export function pickMapLibre(
  features: ReadonlyArray<{ layer: { id: string }; properties: Record<string, unknown>; lngLat?: [number, number] }>,
): Picked | null {
  for (const feature of features) {
    const kind = LAYER_KINDS[feature.layer.id];
    if (!kind) continue;
    const cluster = feature.properties.cluster === true;
    return {
      kind: kind === 'branch' && cluster ? 'branch-cluster' : kind, properties: feature.properties,
      ...(feature.lngLat ? { lngLat: feature.lngLat } : {}),
    };
  }
  return null;
}

/** A deck.gl checkpoint tile feature (a single checkpoint, from z8.5) as a pick. */
export function pickCheckpoint(properties: Record<string, unknown>, lngLat?: [number, number]): Picked {
  return { kind: properties.cluster === true ? 'checkpoint-cluster' : 'checkpoint', properties, lngLat };
}

/** What a click on the pick selects; null for things that are not selectable (branches, cells). */
export function selectionOf(picked: Picked): Selection | null {
  const code = typeof picked.properties.code === 'string' ? picked.properties.code : null;
  switch (picked.kind) {
    case 'checkpoint': return code ? { type: 'checkpoint', id: code } : null;
    case 'segment': return code ? { type: 'segment', id: code } : null;
    case 'duty-post': return code ? { type: 'duty-post', id: code } : null;
    case 'demo-belt': return code ? { type: 'demo-belt', id: code } : null;
    case 'zone': {
      const id = picked.properties.id;
      return typeof id === 'number' || (typeof id === 'string' && id) ? { type: 'zone', id: String(id) } : null;
    }
    default: return null;
  }
}
