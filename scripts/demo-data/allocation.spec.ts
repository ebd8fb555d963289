import { describe, expect, it } from 'vitest';
import { cutStretch, SEGMENT_FLOOR_KM, SEGMENT_MAX_KM } from './border-segments';
import { allocateExactly } from './count-allocation';
import { createRandom } from './seeded-random';
import { createStretchIndex, splitRouteByWeights } from './stretches';

describe('seeded random', () => {
  it('repeats for the same seed and label, and differs otherwise', () => {
    const draw = (seed: number, label: string) => { const r = createRandom(seed, label); return [r.next(), r.next(), r.next()]; };
    expect(draw(1, 'a')).toEqual(draw(1, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(1, 'b'));
    expect(draw(1, 'a')).not.toEqual(draw(2, 'a'));
  });

  it('draws integers inclusive of both bounds', () => {
    const r = createRandom(7, 'int');
    const seen = new Set(Array.from({ length: 500 }, () => r.int(2, 4)));
    expect([...seen].sort()).toEqual([2, 3, 4]);
  });
});

describe('allocateExactly', () => {
  it('hits the total exactly and respects the floor', () => {
    const counts = allocateExactly(5578, [3.3, 7.1, 0.2, 9.9, 5], 1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5578);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
  });
});

describe('cutStretch', () => {
  it('tiles a stretch with pieces of 3–10 km', () => {
    const random = createRandom(3, 'cut');
    for (let i = 0; i < 200; i++) {
      const toKm = 10 + random.float(0, 200);
      const pieces = cutStretch(random, { lineId: 'L', fromKm: 0, toKm });
      expect(pieces[0]!.fromKm).toBe(0);
      expect(pieces.at(-1)!.toKm).toBe(toKm);
      pieces.forEach((p, k) => {
        if (k > 0) expect(p.fromKm).toBe(pieces[k - 1]!.toKm);
        expect(p.toKm - p.fromKm).toBeGreaterThanOrEqual(SEGMENT_FLOOR_KM - 1e-9);
        expect(p.toKm - p.fromKm).toBeLessThanOrEqual(SEGMENT_MAX_KM + 1e-9);
      });
    }
  });
});

describe('stretches', () => {
  it('splits a route running over two lines and finds owners', () => {
    const route = [{ lineId: 'A', fromKm: 50, toKm: 100 }, { lineId: 'B', fromKm: 0, toKm: 50 }];
    const [first, second] = splitRouteByWeights(route, [3, 1]);
    expect(first).toEqual([{ lineId: 'A', fromKm: 50, toKm: 100 }, { lineId: 'B', fromKm: 0, toKm: 25 }]);
    expect(second).toEqual([{ lineId: 'B', fromKm: 25, toKm: 50 }]);
    const ownerAt = createStretchIndex([{ stretches: first!, owner: 'one' }, { stretches: second!, owner: 'two' }]);
    expect(ownerAt('A', 70)).toBe('one');
    expect(ownerAt('B', 10)).toBe('one');
    expect(ownerAt('B', 40)).toBe('two');
  });
});
