export type Bbox = [number, number, number, number];

/** Parses "minLon,minLat,maxLon,maxLat"; the error says what is wrong, for a 400 naming `bbox`. */
export function parseBbox(text: string): { bbox: Bbox } | { error: string } {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length !== 4) return { error: 'give four numbers: minLon,minLat,maxLon,maxLat (CRS84)' };
  // Plain decimals only: Number() would also read hex, binary and "Infinity".
  if (!parts.every((p) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(p))) return { error: 'every value must be a finite number' };
  const numbers = parts.map(Number);
  if (parts.some((p) => p === '') || numbers.some((n) => !Number.isFinite(n))) return { error: 'every value must be a finite number' };
  const [minLon, minLat, maxLon, maxLat] = numbers as Bbox;
  if (minLon < -180 || maxLon > 180) return { error: 'longitudes must be within -180..180' };
  if (minLat < -90 || maxLat > 90) return { error: 'latitudes must be within -90..90' };
  if (minLon > maxLon || minLat > maxLat) return { error: 'the minimum must not exceed the maximum' };
  return { bbox: [minLon, minLat, maxLon, maxLat] };
}
