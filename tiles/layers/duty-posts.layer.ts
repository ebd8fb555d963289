import { COUNTY_OF_SEGMENT } from './checkpoints.layer';
import type { LayerDefinition } from './layer-definition';

const total = 't.personnel_party + t.personnel_government + t.personnel_military + t.personnel_police + t.personnel_civilian';

export const dutyPostsLayer: LayerDefinition = {
  id: 'duty-posts',
  title: 'Duty posts 驻防点',
  description: 'Posts where party, government, military, police and civilian personnel work jointly',
  table: 'duty_posts',
  dependsOn: ['duty_posts', 'border_segments'],
  geometryType: 'Point',
  minZoom: 5,
  maxZoom: 16,
  attributes: [
    { name: 'code', sql: 't.code', type: 'String', description: 'Duty post code' },
    { name: 'personnel', sql: total, type: 'Number', description: 'Personnel, all unit types' },
    { name: 'segmentCode', sql: 't.segment_code', type: 'String', description: 'Border segment' },
    { name: 'countyCode', sql: COUNTY_OF_SEGMENT, type: 'String', description: 'County of its segment (for area filters)' },
    { name: 'name', sql: 't.name', type: 'String', description: 'Name (English)', minZoom: 10 },
    { name: 'nameZh', sql: 't.name_zh', type: 'String', description: 'Name (Chinese)', minZoom: 10 },
    { name: 'party', sql: 't.personnel_party', type: 'Number', description: 'Party personnel', minZoom: 10 },
    { name: 'government', sql: 't.personnel_government', type: 'Number', description: 'Government personnel', minZoom: 10 },
    { name: 'military', sql: 't.personnel_military', type: 'Number', description: 'Military personnel', minZoom: 10 },
    { name: 'police', sql: 't.personnel_police', type: 'Number', description: 'Police personnel', minZoom: 10 },
    { name: 'civilian', sql: 't.personnel_civilian', type: 'Number', description: 'Civilian personnel', minZoom: 10 },
  ],
};
