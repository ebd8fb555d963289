import { describe, expect, it } from 'vitest';
import { firstUrl, fontFacesOf, type FontFaceRule } from './font-faces';

const rule = (patch: Partial<FontFaceRule>): FontFaceRule => ({
  family: '"Noto Sans SC"', weight: '400', style: 'normal', base: 'http://localhost/assets/index.css',
  src: 'url("/assets/noto-sans-sc-119-400-normal.woff2") format("woff2"), url("/assets/noto-sans-sc-119-400-normal.woff") format("woff")',
  unicodeRange: 'U+4E00-4E7F, U+4E80',
  ...patch,
});

describe('fontFacesOf', () => {
  it('lists the regular files of a family with their unicode ranges', () => {
    expect(fontFacesOf([rule({})], 'Noto Sans SC')).toEqual([
      { url: 'http://localhost/assets/noto-sans-sc-119-400-normal.woff2', 'unicode-range': ['U+4E00-4E7F', 'U+4E80'] },
    ]);
  });

  it('skips other families, weights and italics', () => {
    expect(fontFacesOf([rule({ family: 'Inter' }), rule({ weight: '700' }), rule({ style: 'italic' })], 'Noto Sans SC')).toEqual([]);
  });

  it('lists the bold files when asked for them', () => {
    expect(fontFacesOf([rule({}), rule({ weight: '700', src: 'url(/assets/b-700.woff2)' })], 'Noto Sans SC', 'bold')).toEqual([
      { url: 'http://localhost/assets/b-700.woff2', 'unicode-range': ['U+4E00-4E7F', 'U+4E80'] },
    ]);
  });

  it('lets a file without unicode-range cover everything', () => {
    expect(fontFacesOf([rule({ unicodeRange: '' })], 'Noto Sans SC')).toEqual([{ url: 'http://localhost/assets/noto-sans-sc-119-400-normal.woff2' }]);
  });
});

describe('firstUrl', () => {
  it('resolves a relative URL against the style sheet', () => {
    expect(firstUrl("url(./files/a.woff2) format('woff2')", 'http://localhost/node_modules/x/400.css')).toBe('http://localhost/node_modules/x/files/a.woff2');
    expect(firstUrl('local(Arial)', 'http://localhost/')).toBeNull();
  });
});
