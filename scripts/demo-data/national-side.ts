// China's polygon near a region's border lines: the "national side" every strip is cut to.
// Clipping it to a box around the region keeps later overlays small and fast.
import type { BorderLine } from './border-lines';
import { roundGeometry, type Areal } from './geojson-geometry';
import { intersection, isValid, toGeoJson, toJsts } from './jsts-adapter';
import { boxAround } from './line-clip';

/**
 * Rounded to 6 decimals like the border lines, so shared vertices stay identical. Natural Earth
 * 1:50m vertices sit on a ~0.004° grid, so rounding cannot fold its rings.
 */
export function chinaNearLines(china: Areal, lines: readonly BorderLine[], marginDeg = 1): Areal {
  const box = boxAround(lines.flatMap((l) => l.coordinates), marginDeg);
  const rectangle = toJsts({
    type: 'Polygon',
    coordinates: [[[box.minLon, box.minLat], [box.maxLon, box.minLat], [box.maxLon, box.maxLat], [box.minLon, box.maxLat], [box.minLon, box.minLat]]],
  });
  const clipped = intersection(toJsts(roundGeometry(china)), rectangle);
  if (!isValid(clipped)) throw new Error('China near the border is not a valid polygon');
  return toGeoJson(clipped) as Areal;
}
