// Small SQL pieces shared by the repositories: geometry as GeoJSON and a WGS84 bbox array.

export const geojsonOf = (column: string) => `st_asgeojson(${column}, 6)::json`;

export const bboxOf = (column: string) =>
  `json_build_array(round(st_xmin(${column})::numeric, 6), round(st_ymin(${column})::numeric, 6),
                    round(st_xmax(${column})::numeric, 6), round(st_ymax(${column})::numeric, 6))`;

/** pg returns json numbers as numbers already; PGlite likewise. Timestamps leave as ISO strings. */
export const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
