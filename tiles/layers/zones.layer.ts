import type { LayerDefinition } from './layer-definition';

export const zonesLayer: LayerDefinition = {
  id: 'zones',
  title: 'Responsibility zones 责任区',
  description: 'Polygons that assign a stretch of border to a unit (包段)',
  table: 'responsibility_zones',
  geometryType: 'Polygon',
  minZoom: 4,
  maxZoom: 16,
  simplifyPixels: 1,
  featureIdSql: 't.id',
  attributes: [
    { name: 'id', sql: 't.id', type: 'Number', description: 'Zone id' },
    { name: 'unitType', sql: 't.unit_type', type: 'String', description: 'party | government | military | police | civilian' },
    { name: 'level', sql: 't.level', type: 'String', description: 'province | prefecture | county | township | village' },
    { name: 'name', sql: 't.name', type: 'String', description: 'Zone name', minZoom: 7 },
    { name: 'unitName', sql: 't.unit_name', type: 'String', description: 'Responsible unit', minZoom: 7 },
    { name: 'code', sql: 't.code', type: 'String', description: 'Zone code', minZoom: 9 },
    { name: 'version', sql: 't.version', type: 'Number', description: 'Edit version', minZoom: 9 },
  ],
};
