// The real border lines of the two demo regions: Natural Earth shared borders, merged, oriented
// with China on the LEFT of the direction of travel, clipped to the region and split into pieces.
//
// China-on-the-left means Yunnan runs north-west → south → east (Gongshan down the Myanmar border,
// then east along Laos and Vietnam) and Hulunbuir runs north-east → south-west → south-east (down
// the Argun to the Manzhouli tri-point, then along Mongolia). Every "left side" offset in the
// generator is therefore the national side.
import type { MultiPolygon, Polygon } from 'geojson';
import { cumulativeKm, lineLengthKm, offsetLeftKm, roundLonLat, type LonLat } from './geodesy';
import { clipLineToBox, unboundedBox, type LonLatBox } from './line-clip';
import { mergeLineParts } from './line-merge';
import { sharedBorderParts, type CountriesTopology } from './natural-earth';
import { pointInPolygon } from './point-in-polygon';

export type Region = 'yunnan' | 'hulunbuir';
export type BorderBaseId = 'CN-MM' | 'CN-LA' | 'CN-VN' | 'CN-RU' | 'CN-MN';

export interface BorderDefinition {
  baseId: BorderBaseId;
  isoNumericB: string;
  countryB: string;
  name: string;
  nameZh: string;
  region: Region;
  clip: Partial<LonLatBox>;
}

export const CHINA_ISO_NUMERIC = '156';
export const MIN_PIECE_KM = 20;

/** In route order: a region's lines follow one another in this order, China on the left. */
export const BORDER_DEFINITIONS: readonly BorderDefinition[] = [
  // North of 28.35°N the Myanmar border would leave Yunnan (Gongshan's corner); NE's tri-point
  // with India is already south of it, so the clip is a guard.
  { baseId: 'CN-MM', isoNumericB: '104', countryB: 'MMR', name: 'China–Myanmar', nameZh: '中缅边境', region: 'yunnan', clip: { maxLat: 28.35 } },
  { baseId: 'CN-LA', isoNumericB: '418', countryB: 'LAO', name: 'China–Laos', nameZh: '中老边境', region: 'yunnan', clip: {} },
  // East of 105.85°E the Vietnam border belongs to Guangxi.
  { baseId: 'CN-VN', isoNumericB: '704', countryB: 'VNM', name: 'China–Vietnam', nameZh: '中越边境', region: 'yunnan', clip: { maxLon: 105.85 } },
  // The Argun stretch, from the Amur confluence down to the Manzhouli tri-point.
  { baseId: 'CN-RU', isoNumericB: '643', countryB: 'RUS', name: 'China–Russia', nameZh: '中俄边境', region: 'hulunbuir', clip: { minLon: 115.5, maxLon: 121.6, minLat: 49.0 } },
  // 46.9°N, not 46.6°N: at 46.6°N Natural Earth's line turns west along the southern rim of the
  // Nomrog salient, which borders Hinggan League and Xilingol rather than Hulunbuir.
  { baseId: 'CN-MN', isoNumericB: '496', countryB: 'MNG', name: 'China–Mongolia', nameZh: '中蒙边境', region: 'hulunbuir', clip: { minLon: 115.4, minLat: 46.9 } },
];

export interface BorderLine {
  id: string;
  baseId: BorderBaseId;
  name: string;
  nameZh: string;
  countryA: 'CHN';
  countryB: string;
  region: Region;
  coordinates: LonLat[];
  cumKm: number[];
  lengthKm: number;
}

/** Votes at evenly spaced samples: positive when China lies left of the line (2 km off it). */
export function chinaSideVotes(line: readonly LonLat[], china: Polygon | MultiPolygon): number {
  const cumKm = cumulativeKm(line);
  const total = cumKm.at(-1)!;
  let votes = 0;
  for (let i = 0; i < 21; i++) {
    const km = total * (0.025 + 0.95 * (i / 20));
    const left = pointInPolygon(offsetLeftKm(line, km, 2, cumKm), china);
    const right = pointInPolygon(offsetLeftKm(line, km, -2, cumKm), china);
    votes += Number(left) - Number(right);
  }
  return votes;
}

function roundAndDedupe(line: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  for (const p of line.map(roundLonLat)) {
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** The runs of a line inside the clip box that are long enough to keep, China on their left. */
function keptPieces(line: readonly LonLat[], definition: BorderDefinition, china: Polygon | MultiPolygon): LonLat[][] {
  // Rounded here, once, so every length and substring is computed from the coordinates written out.
  const clip = (l: readonly LonLat[]) => clipLineToBox(l, unboundedBox(definition.clip))
    .map(roundAndDedupe)
    .filter((piece) => lineLengthKm(piece) > MIN_PIECE_KM);
  const pieces = clip(line);
  const votes = pieces.reduce((sum, piece) => sum + chinaSideVotes(piece, china), 0);
  if (pieces.length > 0 && votes === 0) throw new Error(`cannot tell which side of ${definition.baseId} China is on`);
  return votes >= 0 ? pieces : clip([...line].reverse());
}

export function buildBorderLines(topology: CountriesTopology, china: Polygon | MultiPolygon): BorderLine[] {
  const lines: BorderLine[] = [];
  for (const definition of BORDER_DEFINITIONS) {
    const merged = mergeLineParts(sharedBorderParts(topology, CHINA_ISO_NUMERIC, definition.isoNumericB));
    const pieces = merged.flatMap((line) => keptPieces(line, definition, china));
    if (pieces.length === 0) throw new Error(`no ${definition.baseId} border left after clipping`);
    pieces.forEach((coordinates, index) => {
      const cumKm = cumulativeKm(coordinates);
      lines.push({
        id: index === 0 ? definition.baseId : `${definition.baseId}-${index + 1}`,
        baseId: definition.baseId,
        name: definition.name,
        nameZh: definition.nameZh,
        countryA: 'CHN',
        countryB: definition.countryB,
        region: definition.region,
        coordinates,
        cumKm,
        lengthKm: cumKm.at(-1)!,
      });
    });
  }
  return lines;
}
