import { describe, expect, it } from 'vitest';
import { LEGEND } from '../map/map-palette';
import { CHECKPOINT_KINDS, CHECKPOINT_STATUSES, LAYER_IDS, LEVELS, SELECTION_TYPES, UNIT_TYPES } from '../state/domain';
import { ROLES } from '../state/session-slice';
import { en } from './en';
import { detectLanguage, initI18n } from './i18n';
import { zhCN } from './zh-CN';

/** Every leaf key, dotted: { a: { b: 'x' } } → ['a.b']. */
function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keysOf(child, `${prefix}${key}.`) : [`${prefix}${key}`]);
}

const valueAt = (resources: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources);

describe('translations', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zhCN).sort());
  });

  it('have no empty string', () => {
    for (const resources of [zhCN, en]) {
      for (const key of keysOf(resources)) expect(valueAt(resources, key), key).not.toBe('');
    }
  });

  it('name every legend entry and legend title of the map', () => {
    const keys = LEGEND.flatMap((group) => [group.titleKey, ...group.items.map((item) => item.labelKey)]);
    for (const resources of [zhCN, en]) {
      for (const key of keys) expect(typeof valueAt(resources, key), key).toBe('string');
    }
  });

  it('name every value of the closed vocabularies', () => {
    const keys = [
      ...LAYER_IDS.map((id) => `layers.${id}`),
      ...UNIT_TYPES.flatMap((u) => [`unitType.${u}`, `unitTypeName.${u}`, `unitTypeChip.${u}`]),
      ...CHECKPOINT_KINDS.map((k) => `checkpointKind.${k}`),
      ...CHECKPOINT_STATUSES.map((s) => `checkpointStatus.${s}`),
      ...LEVELS.flatMap((l) => [`chiefLevel.${l}`, `unitLevel.${l}`, `groups.title.${l}`, `groups.area.${l}`]),
      ...SELECTION_TYPES.map((t) => `selectionType.${t}`),
      ...ROLES.map((r) => `auth.role.${r}`),
    ];
    for (const resources of [zhCN, en]) {
      for (const key of keys) expect(typeof valueAt(resources, key), key).toBe('string');
    }
  });
});

describe('detectLanguage', () => {
  it('maps any Chinese locale to zh-CN and the rest to English', () => {
    expect(detectLanguage('zh')).toBe('zh-CN');
    expect(detectLanguage('zh-TW')).toBe('zh-CN');
    expect(detectLanguage('en-GB')).toBe('en');
    expect(detectLanguage('fr')).toBe('en');
    expect(detectLanguage(undefined)).toBe('en');
  });
});

describe('initI18n', () => {
  it('is ready synchronously and interpolates without escaping', () => {
    const i18n = initI18n('zh-CN');
    expect(i18n.t('segment.checkpoints', { n: '1,234' })).toBe('卡点（1,234 个）');
    expect(i18n.t('layers.border-segments', { lng: 'en' })).toBe('Border segments');
  });
});
