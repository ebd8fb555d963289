import type { LayerDefinition } from './layer-definition';

// The county comes from the segment: one indexed lookup per feature, only at z9+ (no clusters).
export const COUNTY_OF_SEGMENT = '(select s.county_code from border_segments s where s.code = t.segment_code)';

export const CHECKPOINT_STATUSES = ['staffed', 'unstaffed', 'alert', 'closed'] as const;

export const checkpointsLayer: LayerDefinition = {
  id: 'checkpoints',
  title: 'Checkpoints 卡点',
  description: 'Checkpoints, section posts, separation points and ports; aggregated per cell with their status mix below z9',
  table: 'checkpoints',
  dependsOn: ['checkpoints', 'border_segments'],
  geometryType: 'Point',
  minZoom: 2,
  maxZoom: 16,
  attributes: [
    { name: 'code', sql: 't.code', type: 'String', description: 'Checkpoint code' },
    { name: 'kind', sql: 't.kind', type: 'String', description: 'checkpoint | section_post | separation_point | port' },
    { name: 'status', sql: 't.status', type: 'String', description: 'staffed | unstaffed | alert | closed' },
    { name: 'staffed24h', sql: 't.staffed_24h', type: 'Boolean', description: 'Staffed around the clock' },
    { name: 'personnel', sql: 't.personnel', type: 'Number', description: 'Personnel on duty' },
    { name: 'segmentCode', sql: 't.segment_code', type: 'String', description: 'Border segment' },
    { name: 'countyCode', sql: COUNTY_OF_SEGMENT, type: 'String', description: 'County of its segment (for area filters)' },
    { name: 'name', sql: 't.name', type: 'String', description: 'Name (English)', minZoom: 11 },
    { name: 'nameZh', sql: 't.name_zh', type: 'String', description: 'Name (Chinese)', minZoom: 11 },
    { name: 'branchCode', sql: 't.branch_code', type: 'String', description: 'Covering party branch', minZoom: 12 },
  ],
  cluster: { belowZoom: 9, cellPixels: 48, countBy: { sql: 't.status', values: CHECKPOINT_STATUSES } },
};
