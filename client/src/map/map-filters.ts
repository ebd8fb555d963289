import type { ExpressionSpecification, FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Selection, SelectionType, UnitType } from '../state/domain';
import type { Filters } from '../state/store';

// MapLibre expressions for the store's filters and selection. Pure, so they are unit-tested.

/** Segments carry their county's 6-digit code at every zoom, and their township's from z8. */
export const SEGMENT_COUNTY_DIGITS = 6;

/**
 * True when a segment lies in the admin area `code` (province 2, prefecture 4, county 6 digits:
 * GB/T 2260 codes are prefixes of their children's). A township code (9 digits) is compared with
 * the segment's `townshipCode` where the tile has it (z8+), and narrows to its county below that.
 */
export function segmentInArea(code: string): ExpressionSpecification {
  const prefix = code.slice(0, SEGMENT_COUNTY_DIGITS);
  const inCounty: ExpressionSpecification = ['==', ['slice', ['to-string', ['get', 'countyCode']], 0, prefix.length], prefix];
  if (code.length <= SEGMENT_COUNTY_DIGITS) return ['case', ['has', 'countyCode'], inCounty, true];
  return ['case', ['has', 'townshipCode'], ['==', ['get', 'townshipCode'], code], ['has', 'countyCode'], inCounty, true];
}

/** An admin area polygon that is the filtered area itself. */
export function isArea(code: string): FilterSpecification {
  return ['==', ['get', 'code'], code];
}

/** Zones of the chosen unit types; no filter when none is chosen. */
export function unitTypeFilter(unitTypes: readonly UnitType[]): FilterSpecification | null {
  return unitTypes.length ? ['in', ['get', 'unitType'], ['literal', [...unitTypes].sort()]] : null;
}

/** Full opacity inside the area, `dimmed` outside; a constant when no area is chosen. */
export function areaOpacity(adminArea: Filters['adminArea'], full: number, dimmed: number): number | ExpressionSpecification {
  return adminArea ? ['case', segmentInArea(adminArea), full, dimmed] : full;
}

/** The feature property (or feature id) that a selection of this type names. */
const SELECTION_KEY: Record<SelectionType, 'code' | 'id'> = {
  segment: 'code', checkpoint: 'code', 'duty-post': 'code', 'demo-belt': 'code', zone: 'id',
};

/** Matches the selected feature when the selection is of `type`; null when the highlight should hide. */
export function selectionFilter(selection: Selection | null, type: SelectionType): FilterSpecification | null {
  if (!selection || selection.type !== type) return null;
  if (SELECTION_KEY[type] === 'id') {
    const id = Number(selection.id);
    return Number.isFinite(id) ? ['==', ['get', 'id'], id] : null;
  }
  return ['==', ['get', 'code'], selection.id];
}

/** `a && b`, dropping the missing ones. */
export function allOf(...filters: Array<FilterSpecification | null | undefined>): FilterSpecification | undefined {
  const present = filters.filter((f): f is FilterSpecification => f != null);
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return ['all', ...(present as ExpressionSpecification[])];
}
