import { describe, expect, it } from 'vitest';
import type { AdminAreaNode } from '../../api/api-client';
import { areasAtLevel, buildAdminTree, mostSpecific, pathOf } from './admin-tree';

const area = (code: string, level: AdminAreaNode['level'], parentCode: string | null): AdminAreaNode => ({
  code, level, parentCode, name: `Area ${code}`, nameZh: `区${code}`, bbox: [0, 0, 1, 1],
});

const AREAS = [
  area('53', 'province', null),
  area('5328', 'prefecture', '53'),
  area('532822', 'county', '5328'),
  area('532822101', 'township', '532822'),
  area('532822102', 'township', '532822'),
  area('5309', 'prefecture', '53'),
  area('15', 'province', null),
  area('1507', 'prefecture', '15'),
];

describe('buildAdminTree', () => {
  it('lists children per parent in the given order', () => {
    const tree = buildAdminTree(AREAS);
    expect(tree.children.get('532822')?.map((a) => a.code)).toEqual(['532822101', '532822102']);
    expect(tree.children.get(null)?.map((a) => a.code)).toEqual(['53', '15']);
  });

  it('treats an area with an unknown parent as a root', () => {
    const tree = buildAdminTree([area('9999', 'prefecture', '99')]);
    expect(tree.children.get(null)?.map((a) => a.code)).toEqual(['9999']);
  });
});

describe('areasAtLevel', () => {
  it('collects one level across provinces', () => {
    expect(areasAtLevel(buildAdminTree(AREAS), 'prefecture').map((a) => a.code)).toEqual(['5328', '5309', '1507']);
  });
});

describe('pathOf', () => {
  const tree = buildAdminTree(AREAS);

  it('walks a township up to its prefecture', () => {
    expect(pathOf(tree, '532822102')).toEqual({ prefecture: '5328', county: '532822', township: '532822102' });
  });

  it('stops at a county', () => {
    expect(pathOf(tree, '532822')).toEqual({ prefecture: '5328', county: '532822', township: null });
  });

  it('is empty for no filter or an unknown code', () => {
    expect(pathOf(tree, null)).toEqual({ prefecture: null, county: null, township: null });
    expect(pathOf(tree, 'nope')).toEqual({ prefecture: null, county: null, township: null });
  });
});

describe('mostSpecific', () => {
  it('prefers the township, then the county, then the prefecture', () => {
    expect(mostSpecific({ prefecture: 'p', county: 'c', township: 't' })).toBe('t');
    expect(mostSpecific({ prefecture: 'p', county: 'c', township: null })).toBe('c');
    expect(mostSpecific({ prefecture: null, county: null, township: null })).toBeNull();
  });
});
