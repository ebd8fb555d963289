// Joins line pieces that share end points into continuous lines. TopoJSON's mesh already
// stitches most arcs, but a shared border can come back as several pieces in arbitrary
// directions; this joins end to start, reversing a piece where that makes them meet.
import type { LonLat } from './geodesy';

const samePoint = (a: LonLat, b: LonLat, tolerance: number) =>
  Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;

/**
 * Greedy merge: grow the current line at either end with any piece touching it, until nothing
 * touches; then start a new line from the first unused piece. Input order decides ties, so the
 * result is deterministic.
 */
export function mergeLineParts(parts: readonly (readonly LonLat[])[], toleranceDeg = 1e-9): LonLat[][] {
  const unused = parts.filter((p) => p.length >= 2).map((p) => [...p]);
  const merged: LonLat[][] = [];
  while (unused.length > 0) {
    let line = unused.shift()!;
    let grew = true;
    while (grew) {
      grew = false;
      for (let i = 0; i < unused.length; i++) {
        const piece = unused[i]!;
        const joined = join(line, piece, toleranceDeg);
        if (joined) {
          line = joined;
          unused.splice(i, 1);
          grew = true;
          break;
        }
      }
    }
    merged.push(line);
  }
  return merged;
}

function join(line: LonLat[], piece: LonLat[], tolerance: number): LonLat[] | null {
  const start = line[0]!;
  const end = line[line.length - 1]!;
  const pieceStart = piece[0]!;
  const pieceEnd = piece[piece.length - 1]!;
  if (samePoint(end, pieceStart, tolerance)) return [...line, ...piece.slice(1)];
  if (samePoint(end, pieceEnd, tolerance)) return [...line, ...[...piece].reverse().slice(1)];
  if (samePoint(start, pieceEnd, tolerance)) return [...piece.slice(0, -1), ...line];
  if (samePoint(start, pieceStart, tolerance)) return [...[...piece].reverse().slice(0, -1), ...line];
  return null;
}
