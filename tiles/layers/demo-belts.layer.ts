import type { LayerDefinition } from './layer-definition';

export const demoBeltsLayer: LayerDefinition = {
  id: 'demo-belts',
  title: 'Demonstration belts 示范带',
  description: 'Corridors of model villages along roads near the border',
  table: 'demo_belts',
  geometryType: 'LineString',
  minZoom: 4,
  maxZoom: 16,
  simplifyPixels: 1,
  attributes: [
    { name: 'code', sql: 't.code', type: 'String', description: 'Belt code' },
    { name: 'name', sql: 't.name', type: 'String', description: 'Name (English)' },
    { name: 'nameZh', sql: 't.name_zh', type: 'String', description: 'Name (Chinese)' },
    { name: 'widthMeters', sql: 't.width_meters', type: 'Number', description: 'Corridor width in metres' },
  ],
};
