import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { admin1Lines, chainSegments, roundLine, simplifyLine, type Admin1Unit } from './admin1-lines';

const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const unit = (adm0: string, ...rings: Position[][]): Admin1Unit => ({ adm0, rings });
const options = { toleranceDeg: 0, decimals: 6 };

describe('first-level boundary lines from admin-1 polygons', () => {
  it('keeps the edge two units of one country share, and neither coast nor outline', () => {
    const [feature, ...rest] = admin1Lines([unit('CHN', square(0, 0, 1, 1)), unit('CHN', square(1, 0, 2, 1))], options);
    expect(rest).toEqual([]);
    expect(feature!.properties).toEqual({ adm0: 'CHN' });
    expect(feature!.geometry.coordinates).toHaveLength(1);
    expect([...feature!.geometry.coordinates[0]!].sort()).toEqual([[1, 0], [1, 1]]);
  });

  it('leaves out an edge between two countries: the international border is drawn elsewhere', () => {
    expect(admin1Lines([unit('CHN', square(0, 0, 1, 1)), unit('MMR', square(1, 0, 2, 1))], options)).toEqual([]);
  });

  it('draws no line where one unit meets itself (a unit split at ±180°)', () => {
    expect(admin1Lines([unit('RUS', square(179, 60, 180, 70), square(180, 60, 181, 70))], options)).toEqual([]);
  });

  it('splits lines at a junction of three units, each line running junction to end', () => {
    // Natural Earth's 1:10m layer is topologically consistent: the upper unit has a vertex at (1, 1) too.
    const upper = [[0, 1], [1, 1], [2, 1], [2, 2], [0, 2], [0, 1]];
    const units = [unit('CHN', square(0, 0, 1, 1)), unit('CHN', square(1, 0, 2, 1)), unit('CHN', upper)];
    const lines = admin1Lines(units, options)[0]!.geometry.coordinates;
    expect(lines).toHaveLength(3);
    for (const line of lines) expect([line[0], line.at(-1)]).toContainEqual([1, 1]);
  });

  it('chains segments given in any order and direction into one line', () => {
    const line = chainSegments([[[2, 0], [1, 0]], [[0, 0], [1, 0]], [[2, 0], [3, 0]]])[0]!;
    expect(line[0]![0]! + line.at(-1)![0]!).toBe(3);
    expect(line).toHaveLength(4);
  });

  it('chains a closed ring (a unit enclosed by one other) into one closed line', () => {
    const [ring, ...rest] = chainSegments([[[0, 0], [1, 0]], [[1, 0], [1, 1]], [[1, 1], [0, 0]]]);
    expect(rest).toEqual([]);
    expect(ring).toHaveLength(4);
    expect(ring![0]).toEqual(ring!.at(-1));
  });

  it('simplifies within the tolerance, keeping both ends', () => {
    const line = [[0, 0], [1, 0.001], [2, -0.001], [3, 0], [4, 1]];
    expect(simplifyLine(line, 0.01)).toEqual([[0, 0], [3, 0], [4, 1]]);
    expect(simplifyLine(line, 1)).toEqual([[0, 0], [4, 1]]);
  });

  it('rounds coordinates and drops the repeats and the lines that rounding leaves', () => {
    expect(roundLine([[0.00012, 1], [0.00014, 1], [0.5, 1.23456]], 3)).toEqual([[0, 1], [0.5, 1.235]]);
    expect(roundLine([[0.0001, 1], [0.0002, 1]], 3)).toBeUndefined();
  });
});
