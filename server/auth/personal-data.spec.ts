import { describe, expect, it } from 'vitest';
import { maskName, maskPhone, maskProperties } from './personal-data';

describe('personal data masking', () => {
  it('keeps the first character of a name and hides the rest', () => {
    expect(maskName('张建国')).toBe('张**');
    expect(maskName('Li')).toBe('L*');
    expect(maskName('王')).toBe('*');
    expect(maskName(null)).toBeNull();
  });
  it('keeps the prefix and last four digits of a phone', () => {
    expect(maskPhone('13912345678')).toBe('139****5678');
    expect(maskPhone('12345')).toBe('*****');
  });
  it('masks personal properties and leaves the others', () => {
    expect(maskProperties({ chief: '赵丽', name: 'Zone 1' })).toEqual({ chief: '赵*', name: 'Zone 1' });
  });
});
