import { describe, expect, it } from 'vitest';
import { parseBbox } from './parse-bbox';

describe('parseBbox', () => {
  it('reads four numbers', () => {
    expect(parseBbox('97.5, 21, 106.2,29.3')).toEqual({ bbox: [97.5, 21, 106.2, 29.3] });
  });

  it.each([
    ['1,2,3', /four numbers/],
    ['0x10,0,1,1', /finite/],
    ['1,2,3,x', /finite/],
    ['1,,3,4', /finite/],
    ['-181,0,0,1', /longitudes/],
    ['0,-91,1,1', /latitudes/],
    ['5,0,1,1', /minimum/],
    ['NaN,0,1,1', /finite/],
  ])('refuses %s', (text, message) => {
    const result = parseBbox(text);
    expect('error' in result && result.error).toMatch(message);
  });
});
