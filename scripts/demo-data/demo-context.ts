// What the later generation steps share: the border lines, the admin layout with its geometry,
// and China's polygon near each region.
import type { BorderLine, Region } from './border-lines';
import type { AdminUnit, BorderSegment } from './demo-model';
import type { Areal } from './geojson-geometry';

export interface DemoContext {
  /** In route order: Yunnan's lines, then Hulunbuir's. */
  lines: readonly BorderLine[];
  linesById: ReadonlyMap<string, BorderLine>;
  units: readonly AdminUnit[];
  unitsByCode: ReadonlyMap<string, AdminUnit>;
  segments: readonly BorderSegment[];
  segmentsByCode: ReadonlyMap<string, BorderSegment>;
  adminGeometry: ReadonlyMap<string, Areal>;
  chinaByRegion: Readonly<Record<Region, Areal>>;
  log: (message: string) => void;
}

export const lineOf = (context: DemoContext, lineId: string): BorderLine => {
  const line = context.linesById.get(lineId);
  if (!line) throw new Error(`unknown line ${lineId}`);
  return line;
};

export const geometryOf = (context: DemoContext, code: string): Areal => {
  const geometry = context.adminGeometry.get(code);
  if (!geometry) throw new Error(`no geometry for ${code}`);
  return geometry;
};
