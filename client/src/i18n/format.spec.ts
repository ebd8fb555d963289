import { describe, expect, it } from 'vitest';
import { formatCount, formatDateTime, formatKm } from './format';

describe('formatCount', () => {
  it('groups thousands in English and Chinese', () => {
    expect(formatCount(5578, 'en')).toBe('5,578');
    expect(formatCount(1234567, 'zh-CN')).toBe('1,234,567');
  });

  it('rounds to a whole number', () => {
    expect(formatCount(12.6, 'en')).toBe('13');
  });
});

describe('formatKm', () => {
  it('keeps one decimal for short lengths', () => {
    expect(formatKm(7.345, 'en')).toBe('7.3');
    expect(formatKm(8, 'en')).toBe('8');
  });

  it('drops decimals for long lengths and groups thousands', () => {
    expect(formatKm(3456.78, 'zh-CN')).toBe('3,457');
  });
});

describe('formatDateTime', () => {
  it('returns unparsable text unchanged', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });

  it('formats an ISO date', () => {
    expect(formatDateTime('2026-01-02T03:04:05Z', 'en')).toMatch(/2026/);
  });
});
