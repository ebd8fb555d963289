import type { LayerDefinition } from './layer-definition';

// Finer admin levels appear as the map zooms in; the zoom picks one of these constant filters.
const LEVELS_FROM_ZOOM: Array<[number, string]> = [
  [11, "t.level in ('province', 'prefecture', 'county', 'township', 'village')"],
  [9, "t.level in ('province', 'prefecture', 'county', 'township')"],
  [6, "t.level in ('province', 'prefecture', 'county')"],
  [0, "t.level in ('province', 'prefecture')"],
];

export const adminAreasLayer: LayerDefinition = {
  id: 'admin-areas',
  title: 'Admin areas 行政区',
  description: 'Province, prefecture, county, township and village areas; finer levels at higher zooms',
  table: 'admin_areas',
  geometryType: 'Polygon',
  minZoom: 2,
  maxZoom: 16,
  simplifyPixels: 1,
  whereAtZoom: (z) => LEVELS_FROM_ZOOM.find(([from]) => z >= from)?.[1],
  attributes: [
    { name: 'code', sql: 't.code', type: 'String', description: 'Admin code' },
    { name: 'level', sql: 't.level', type: 'String', description: 'province | prefecture | county | township | village' },
    { name: 'name', sql: 't.name', type: 'String', description: 'Name (English)' },
    { name: 'nameZh', sql: 't.name_zh', type: 'String', description: 'Name (Chinese)' },
    { name: 'parentCode', sql: 't.parent_code', type: 'String', description: 'Parent area', minZoom: 8 },
  ],
};
