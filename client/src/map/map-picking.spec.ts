import { describe, expect, it } from 'vitest';
import { describeFeature } from './feature-text';
import { pickCheckpoint, pickMapLibre, selectionOf } from './map-picking';

describe('pickMapLibre', () => {
  it('takes the top-most feature of an answering layer and skips highlights', () => {
    const picked = pickMapLibre([
      { layer: { id: 'corridor-border-segments-selected' }, properties: { code: 'X' } },
      { layer: { id: 'corridor-border-segments' }, properties: { code: 'YN-MH-012' } },
      { layer: { id: 'corridor-zones-fill' }, properties: { id: 55 } },
    ]);
    expect(picked).toEqual({ kind: 'segment', properties: { code: 'YN-MH-012' } });
  });

  it('tells a branch cell from a branch', () => {
    expect(pickMapLibre([{ layer: { id: 'corridor-branches' }, properties: { cluster: true, count: 4 } }])?.kind).toBe('branch-cluster');
    expect(pickMapLibre([{ layer: { id: 'corridor-branches' }, properties: { code: 'BR-T-1' } }])?.kind).toBe('branch');
  });

  it('takes a checkpoint cell (MapLibre draws them below z8.5) with where it is, for zooming into it', () => {
    const picked = pickMapLibre([
      { layer: { id: 'corridor-checkpoints-cells' }, properties: { cluster: true, count: 7 }, lngLat: [99.5, 22.1] },
      { layer: { id: 'corridor-border-segments' }, properties: { code: 'YN-MH-012' } },
    ]);
    expect(picked).toEqual({ kind: 'checkpoint-cluster', properties: { cluster: true, count: 7 }, lngLat: [99.5, 22.1] });
    expect(selectionOf(picked!)).toBeNull();
  });

  it('finds nothing over empty map', () => {
    expect(pickMapLibre([{ layer: { id: 'background' }, properties: {} }])).toBeNull();
  });
});

describe('selectionOf', () => {
  it('selects by code, and a zone by its id as a string', () => {
    expect(selectionOf({ kind: 'segment', properties: { code: 'YN-MH-012' } })).toEqual({ type: 'segment', id: 'YN-MH-012' });
    expect(selectionOf({ kind: 'duty-post', properties: { code: 'ZF-0001' } })).toEqual({ type: 'duty-post', id: 'ZF-0001' });
    expect(selectionOf({ kind: 'demo-belt', properties: { code: 'SF-01' } })).toEqual({ type: 'demo-belt', id: 'SF-01' });
    expect(selectionOf({ kind: 'zone', properties: { id: 55 } })).toEqual({ type: 'zone', id: '55' });
    expect(selectionOf(pickCheckpoint({ code: 'KD-00008', kind: 'port' }))).toEqual({ type: 'checkpoint', id: 'KD-00008' });
  });

  it('selects nothing for cells and branches', () => {
    expect(selectionOf(pickCheckpoint({ cluster: true, count: 3 }))).toBeNull();
    expect(selectionOf({ kind: 'branch', properties: { code: 'BR-T-1' } })).toBeNull();
  });
});

describe('describeFeature', () => {
  it('writes a checkpoint in the interface language', () => {
    const p = { code: 'KD-00008', kind: 'section_post', status: 'alert', personnel: 4, nameZh: '勐康8号执勤哨所', name: 'Mengkang Section Post 8' };
    expect(describeFeature('checkpoint', p, 'zh-CN')).toEqual({ title: '卡点 勐康8号执勤哨所 · KD-00008', lines: ['执勤哨所 · 告警', '人员: 4'] });
    expect(describeFeature('checkpoint', p, 'en').lines[0]).toBe('Section post · Alert');
  });

  it('sums up a cell', () => {
    const text = describeFeature('checkpoint-cluster', { cluster: true, count: 10, staffed: 6, unstaffed: 2, alert: 1, closed: 1 }, 'en');
    expect(text.title).toBe('Checkpoints · 10 in this cell');
    expect(text.lines[0]).toBe('Staffed 6 · Unstaffed 2 · Alert 1 · Closed 1');
  });
});
