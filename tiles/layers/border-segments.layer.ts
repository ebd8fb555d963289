import type { LayerDefinition } from './layer-definition';

// A segment's status is derived from its checkpoints: alert if any is on alert, unstaffed if none
// is staffed, normal otherwise. One indexed lookup per segment in the tile.
const counts = (filter: string) =>
  `(select count(*) from checkpoints c where c.segment_code = t.code${filter ? ` and ${filter}` : ''})::int`;

export const borderSegmentsLayer: LayerDefinition = {
  id: 'border-segments',
  title: 'Border segments 边境段',
  description: 'Numbered stretches of the border line, with the status derived from their checkpoints',
  table: 'border_segments',
  dependsOn: ['border_segments', 'checkpoints'],
  geometryType: 'LineString',
  minZoom: 2,
  maxZoom: 16,
  simplifyPixels: 1,
  attributes: [
    { name: 'code', sql: 't.code', type: 'String', description: 'Segment code, e.g. YN-MH-012' },
    { name: 'lengthKm', sql: 'round(t.length_km::numeric, 2)::float8', type: 'Number', description: 'Length in km' },
    {
      name: 'status',
      sql: `case when ${counts("c.status = 'alert'")} > 0 then 'alert' when ${counts("c.status = 'staffed'")} = 0 then 'unstaffed' else 'normal' end`,
      type: 'String',
      description: 'alert | unstaffed | normal, from the checkpoints on the segment',
    },
    { name: 'lineId', sql: 't.line_id', type: 'String', description: 'Border line', minZoom: 6 },
    { name: 'seq', sql: 't.seq', type: 'Number', description: 'Sequence along the line', minZoom: 8 },
    { name: 'countyCode', sql: 't.county_code', type: 'String', description: 'County' },
    { name: 'townshipCode', sql: 't.township_code', type: 'String', description: 'Township', minZoom: 8 },
    { name: 'checkpoints', sql: counts(''), type: 'Number', description: 'Checkpoints on the segment', minZoom: 8 },
    { name: 'alerts', sql: counts("c.status = 'alert'"), type: 'Number', description: 'Checkpoints on alert', minZoom: 8 },
  ],
};
