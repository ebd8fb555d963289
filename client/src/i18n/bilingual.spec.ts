import { describe, expect, it } from 'vitest';
import { localName, pickLanguage } from './bilingual';

describe('pickLanguage', () => {
  it('splits "中文 / English"', () => {
    const text = "邦洪镇人民政府 / Banghong Town People's Government";
    expect(pickLanguage(text, 'zh-CN')).toBe('邦洪镇人民政府');
    expect(pickLanguage(text, 'en')).toBe("Banghong Town People's Government");
  });

  it('splits a chief title whose halves carry brackets', () => {
    const title = '省级段长（副省长）/ Provincial segment chief (Vice Governor)';
    expect(pickLanguage(title, 'zh-CN')).toBe('省级段长（副省长）');
    expect(pickLanguage(title, 'en')).toBe('Provincial segment chief (Vice Governor)');
  });

  it('splits "张示例 (Zhang Demo)"', () => {
    expect(pickLanguage('张示例 (Zhang Demo)', 'zh-CN')).toBe('张示例');
    expect(pickLanguage('张示例 (Zhang Demo)', 'en')).toBe('Zhang Demo');
  });

  it('splits "English · 中文" in either order', () => {
    expect(pickLanguage('Menghai County · 勐海县', 'zh-CN')).toBe('勐海县');
    expect(pickLanguage('勐海县 · Menghai County', 'en')).toBe('Menghai County');
  });

  it('leaves one-language text alone', () => {
    expect(pickLanguage('Zhang Demo', 'zh-CN')).toBe('Zhang Demo');
    expect(pickLanguage('勐海县', 'en')).toBe('勐海县');
    expect(pickLanguage('A / B', 'en')).toBe('A / B');
  });
});

describe('localName', () => {
  it('uses nameZh in Chinese and name otherwise', () => {
    expect(localName({ name: 'Menghai', nameZh: '勐海县' }, 'zh-CN')).toBe('勐海县');
    expect(localName({ name: 'Menghai', nameZh: '勐海县' }, 'en')).toBe('Menghai');
    expect(localName({ name: 'Menghai', nameZh: null }, 'zh-CN')).toBe('Menghai');
  });
});
