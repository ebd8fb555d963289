// A tile layer, declared as data. Table, column and expression strings here are code constants:
// they form the allow-list that tile SQL is built from. Requests only ever pick a layer id.

export type AttributeType = 'String' | 'Number' | 'Boolean';

export interface AttributeDefinition {
  name: string;
  /** A SQL expression over the layer's table, aliased `t`. */
  sql: string;
  type: AttributeType;
  description: string;
  /** Sent only from this zoom on: thins attributes at low zooms. */
  minZoom?: number;
}

export interface ClusterDefinition {
  /** Zooms strictly below this one get one point per grid cell instead of one per feature. */
  belowZoom: number;
  cellPixels: number;
  /** Counted per cell by value, e.g. the status mix of checkpoints. */
  countBy: { sql: string; values: readonly string[] };
}

export interface LayerDefinition {
  id: string;
  title: string;
  description: string;
  table: string;
  /** Tables whose changes change this layer's tiles (defaults to `table`); caches key on their versions. */
  dependsOn?: string[];
  geometryType: 'Point' | 'LineString' | 'Polygon';
  minZoom: number;
  maxZoom: number;
  attributes: AttributeDefinition[];
  /** An integer column written as the MVT feature id. */
  featureIdSql?: string;
  /** Extra filter per zoom (code constants only), e.g. admin levels shown at a zoom. */
  whereAtZoom?: (z: number) => string | undefined;
  /** Simplification tolerance in tile pixels for lines and polygons. */
  simplifyPixels?: number;
  cluster?: ClusterDefinition;
}

export const EXTENT = 4096;
export const BUFFER = 64;
