// The files of the demo dataset, in the order they are written and listed in the manifest.

export const DEMO_FILES = [
  'border-lines.geojson', 'admin-areas.geojson', 'segments.geojson', 'checkpoints.geojson',
  'branches.geojson', 'duty-posts.geojson', 'demo-belts.geojson', 'zones.geojson',
] as const;

export type DemoFile = (typeof DEMO_FILES)[number];

export const MANIFEST_FILE = 'manifest.json';
