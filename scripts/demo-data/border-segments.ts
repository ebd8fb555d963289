// Cuts border stretches into patrol segments of 5–10 km. Cutting each county stretch on its own
// keeps every segment inside one county; the remainder rule keeps the last one between 3 and 10 km.
import type { Random } from './seeded-random';
import type { Stretch } from './stretches';

export const SEGMENT_MIN_KM = 5;
export const SEGMENT_MAX_KM = 10;
export const SEGMENT_FLOOR_KM = 3;

/** Consecutive [fromKm, toKm] pieces tiling the stretch exactly. */
export function cutStretch(random: Random, stretch: Stretch): Stretch[] {
  const pieces: Stretch[] = [];
  let from = stretch.fromKm;
  let remaining = stretch.toKm - stretch.fromKm;
  while (remaining > SEGMENT_MAX_KM) {
    let length = random.float(SEGMENT_MIN_KM, SEGMENT_MAX_KM);
    // Never leave a tail shorter than the floor: shorten this piece so the tail is 5 km instead.
    if (remaining - length < SEGMENT_FLOOR_KM) length = remaining - SEGMENT_MIN_KM;
    pieces.push({ lineId: stretch.lineId, fromKm: from, toKm: from + length });
    from += length;
    remaining -= length;
  }
  // Only a stretch shorter than the floor to begin with can end below it; counties never are.
  pieces.push({ lineId: stretch.lineId, fromKm: from, toKm: stretch.toKm });
  return pieces;
}
