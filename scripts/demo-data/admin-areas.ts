// Synthetic admin-area geometry: each county is a ~40 km deep strip on the Chinese side of its
// stretch, townships ~20 km and villages ~8 km strips inside their parent. Siblings are built in
// route order and each removes what earlier siblings took, so siblings never overlap.
// Prefectures and provinces are unions of their counties.
import type { Region } from './border-lines';
import { buildStrip, unionAreals, type LinesById } from './corridor-strip';
import type { AdminLevel, AdminUnit } from './demo-model';
import type { Areal } from './geojson-geometry';

export const STRIP_DEPTH_KM: Partial<Record<AdminLevel, number>> = { county: 40, township: 20, village: 8 };

const RESERVED_BAND_KM: Partial<Record<AdminLevel, number>> = { county: 4, township: 2, village: 1 };

export function buildAdminGeometries(
  units: readonly AdminUnit[], lines: LinesById, chinaByRegion: Readonly<Record<Region, Areal>>,
): Map<string, Areal> {
  const geometries = new Map<string, Areal>();
  const childrenOf = (code: string | null, level: AdminLevel) =>
    units.filter((u) => u.level === level && u.parentCode === code);

  // Two passes. First every sibling reserves a narrow band along its own stretch; then each grows
  // to full depth around the others' bands. Without the reservation a strip at a sharp bend
  // could swallow its neighbour's whole stretch, leaving the neighbour (and its townships) empty.
  const buildSiblings = (siblings: readonly AdminUnit[], within: (unit: AdminUnit) => Areal) => {
    const bands: Areal[] = [];
    for (const unit of siblings) {
      const depthKm = RESERVED_BAND_KM[unit.level]!;
      const band = buildStrip(lines, unit.stretches, { depthKm, within: within(unit), subtract: bands });
      if (!band) throw new Error(`no room along the border for ${unit.level} ${unit.code}`);
      bands.push(band);
    }
    const taken: Areal[] = [];
    siblings.forEach((unit, i) => {
      const strip = buildStrip(lines, unit.stretches, {
        depthKm: STRIP_DEPTH_KM[unit.level]!, within: within(unit),
        subtract: [...taken, ...bands.filter((_, j) => j > i)], add: bands[i],
      });
      if (!strip) throw new Error(`no geometry for ${unit.level} ${unit.code}`);
      geometries.set(unit.code, strip);
      taken.push(strip);
    });
  };

  const counties = units.filter((u) => u.level === 'county');
  for (const region of ['yunnan', 'hulunbuir'] as const) {
    buildSiblings(counties.filter((c) => c.region === region), () => chinaByRegion[region]);
  }
  for (const county of counties) buildSiblings(childrenOf(county.code, 'township'), () => geometries.get(county.code)!);
  for (const township of units.filter((u) => u.level === 'township')) {
    buildSiblings(childrenOf(township.code, 'village'), () => geometries.get(township.code)!);
  }
  for (const level of ['prefecture', 'province'] as const) {
    const childLevel: AdminLevel = level === 'prefecture' ? 'county' : 'prefecture';
    for (const unit of units.filter((u) => u.level === level)) {
      const merged = unionAreals(childrenOf(unit.code, childLevel).map((c) => geometries.get(c.code)!));
      if (!merged) throw new Error(`no geometry for ${level} ${unit.code}`);
      geometries.set(unit.code, merged);
    }
  }
  return geometries;
}
