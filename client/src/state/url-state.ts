import {
  CHECKPOINT_KINDS, CHECKPOINT_STATUSES, LAYER_IDS, SELECTION_TYPES, UNIT_TYPES, type LayerId, type Selection,
} from './domain';
import type { Filters } from './store';

/** What a link carries: centre, zoom, visible layers, filters and selection. */
export interface UrlState {
  center?: [number, number];
  zoom?: number;
  layers?: LayerId[];
  filters: Filters;
  selection: Selection | null;
}

const oneOf = <T extends string>(allowed: readonly T[], values: string | null): T[] =>
  (values ?? '').split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));

/** Reads a query string; anything malformed is ignored rather than breaking the page. */
export function parseUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const state: UrlState = {
    filters: {
      adminArea: /^[0-9A-Za-z_-]{1,32}$/.test(q.get('area') ?? '') ? q.get('area') : null,
      unitTypes: oneOf(UNIT_TYPES, q.get('unit')),
      checkpointKinds: oneOf(CHECKPOINT_KINDS, q.get('kind')),
      checkpointStatuses: oneOf(CHECKPOINT_STATUSES, q.get('status')),
    },
    selection: null,
  };
  const [lon, lat] = (q.get('c') ?? '').split(',').map(Number);
  if (Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon!) <= 180 && Math.abs(lat!) <= 85) state.center = [lon!, lat!];
  const zoom = Number(q.get('z'));
  if (q.has('z') && Number.isFinite(zoom) && zoom >= 0 && zoom <= 22) state.zoom = zoom;
  if (q.has('l')) state.layers = oneOf(LAYER_IDS, q.get('l'));
  const [type, ...rest] = (q.get('sel') ?? '').split(':');
  const id = rest.join(':');
  if ((SELECTION_TYPES as readonly string[]).includes(type ?? '') && /^[0-9A-Za-z_.-]{1,64}$/.test(id)) {
    state.selection = { type: type as Selection['type'], id };
  }
  return state;
}

/** Writes the state as a short, readable query string (empty parts left out). */
export function serializeUrlState(state: Required<Omit<UrlState, 'selection'>> & { selection: Selection | null }): string {
  const q = new URLSearchParams();
  q.set('c', `${state.center[0].toFixed(4)},${state.center[1].toFixed(4)}`);
  q.set('z', state.zoom.toFixed(2));
  q.set('l', state.layers.join(','));
  if (state.filters.adminArea) q.set('area', state.filters.adminArea);
  if (state.filters.unitTypes.length) q.set('unit', state.filters.unitTypes.join(','));
  if (state.filters.checkpointKinds.length) q.set('kind', state.filters.checkpointKinds.join(','));
  if (state.filters.checkpointStatuses.length) q.set('status', state.filters.checkpointStatuses.join(','));
  if (state.selection) q.set('sel', `${state.selection.type}:${state.selection.id}`);
  return q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}
