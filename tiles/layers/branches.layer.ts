import type { LayerDefinition } from './layer-definition';

export const branchesLayer: LayerDefinition = {
  id: 'branches',
  title: 'Party branches 党支部',
  description: 'Permanent and temporary party branches; aggregated per cell below z9',
  table: 'party_branches',
  geometryType: 'Point',
  minZoom: 4,
  maxZoom: 16,
  attributes: [
    { name: 'code', sql: 't.code', type: 'String', description: 'Branch code' },
    { name: 'temporary', sql: 't.temporary', type: 'Boolean', description: 'Temporary branch (临时党支部)' },
    { name: 'members', sql: 't.members', type: 'Number', description: 'Members' },
    { name: 'name', sql: 't.name', type: 'String', description: 'Name (English)', minZoom: 11 },
    { name: 'nameZh', sql: 't.name_zh', type: 'String', description: 'Name (Chinese)', minZoom: 11 },
    { name: 'adminAreaCode', sql: 't.admin_area_code', type: 'String', description: 'Village', minZoom: 12 },
  ],
  cluster: {
    belowZoom: 9, cellPixels: 48,
    countBy: { sql: "case when t.temporary then 'temporary' else 'permanent' end", values: ['temporary', 'permanent'] },
  },
};
