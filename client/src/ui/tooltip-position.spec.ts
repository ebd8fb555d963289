import { describe, expect, it } from 'vitest';
import { tooltipPosition } from './tooltip-position';

const viewport = { width: 1000, height: 800 };
const box = { width: 200, height: 100 };

describe('tooltipPosition', () => {
  it('sits below-right of the pointer', () => {
    expect(tooltipPosition({ x: 100, y: 100 }, box, viewport)).toEqual({ left: 116, top: 116 });
  });

  it('flips left near the right edge and up near the bottom', () => {
    expect(tooltipPosition({ x: 950, y: 780 }, box, viewport)).toEqual({ left: 734, top: 664 });
  });

  it('never goes past the top-left corner', () => {
    expect(tooltipPosition({ x: 10, y: 10 }, { width: 2000, height: 2000 }, viewport)).toEqual({ left: 0, top: 0 });
  });
});
