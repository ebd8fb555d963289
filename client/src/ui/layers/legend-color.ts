import { LEGEND } from '../../map/map-palette';

const byLabel = new Map(LEGEND.flatMap((group) => group.items.map((item) => [item.labelKey, item.color] as const)));

/**
 * The map's colour for a legend entry, by its label key (`legend.unitType.police`): cards and KPIs
 * use the same colours as the map without a palette of their own.
 */
export function legendColor(labelKey: string): string | undefined {
  return byLabel.get(labelKey);
}
