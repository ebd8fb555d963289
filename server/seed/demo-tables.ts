// How each demo GeoJSON file maps onto its table. Each batch of features arrives as ONE bound
// jsonb parameter ($1) and is unpacked in SQL, so no value is ever pasted into the statement.

export interface SeedTable {
  table: string;
  file: string;
  sql: string;
}

const geom = "st_setsrid(st_geomfromgeojson(f->'geometry'), 4326)";
const p = (key: string) => `f->'properties'->>'${key}'`;
const features = 'from jsonb_array_elements($1::jsonb) as f';

export const DEMO_TABLES: SeedTable[] = [
  {
    table: 'admin_areas',
    file: 'admin-areas.geojson',
    sql: `insert into admin_areas (code, name, name_zh, level, parent_code, geom)
      select ${p('code')}, ${p('name')}, ${p('nameZh')}, ${p('level')}, ${p('parentCode')}, st_multi(${geom}) ${features}`,
  },
  {
    table: 'border_lines',
    file: 'border-lines.geojson',
    sql: `insert into border_lines (id, name, name_zh, country_a, country_b, region, length_km, geom)
      select ${p('id')}, ${p('name')}, ${p('nameZh')}, ${p('countryA')}, ${p('countryB')}, ${p('region')},
             (${p('lengthKm')})::double precision, ${geom} ${features}`,
  },
  {
    table: 'border_segments',
    file: 'segments.geojson',
    sql: `insert into border_segments (code, line_id, seq, from_km, to_km, length_km, county_code, township_code, geom)
      select ${p('code')}, ${p('lineId')}, (${p('seq')})::int, (${p('fromKm')})::double precision,
             (${p('toKm')})::double precision, (${p('lengthKm')})::double precision,
             ${p('countyCode')}, ${p('townshipCode')}, ${geom} ${features}`,
  },
  {
    table: 'segment_chiefs',
    file: 'segments.geojson',
    sql: `insert into segment_chiefs (segment_code, level, name, name_zh, title, phone)
      select ${p('code')}, c->>'level', c->>'name', c->>'nameZh', c->>'title', c->>'phone'
      ${features} cross join lateral jsonb_array_elements(f->'properties'->'chiefs') as c`,
  },
  {
    table: 'party_branches',
    file: 'branches.geojson',
    sql: `insert into party_branches (code, name, name_zh, temporary, admin_area_code, members, geom)
      select ${p('code')}, ${p('name')}, ${p('nameZh')}, (${p('temporary')})::boolean, ${p('adminAreaCode')},
             (${p('members')})::int, ${geom} ${features}`,
  },
  {
    table: 'checkpoints',
    file: 'checkpoints.geojson',
    sql: `insert into checkpoints (code, name, name_zh, kind, status, staffed_24h, personnel, branch_code, segment_code, geom)
      select ${p('code')}, ${p('name')}, ${p('nameZh')}, ${p('kind')}, ${p('status')}, (${p('staffed24h')})::boolean,
             (${p('personnel')})::int, ${p('branchCode')}, ${p('segmentCode')}, ${geom} ${features}`,
  },
  {
    table: 'duty_posts',
    file: 'duty-posts.geojson',
    sql: `insert into duty_posts (code, name, name_zh, segment_code, personnel_party, personnel_government,
             personnel_military, personnel_police, personnel_civilian, geom)
      select ${p('code')}, ${p('name')}, ${p('nameZh')}, ${p('segmentCode')},
             (f->'properties'->'personnel'->>'party')::int, (f->'properties'->'personnel'->>'government')::int,
             (f->'properties'->'personnel'->>'military')::int, (f->'properties'->'personnel'->>'police')::int,
             (f->'properties'->'personnel'->>'civilian')::int, ${geom} ${features}`,
  },
  {
    table: 'demo_belts',
    file: 'demo-belts.geojson',
    sql: `insert into demo_belts (code, name, name_zh, width_meters, geom)
      select ${p('code')}, ${p('name')}, ${p('nameZh')}, (${p('widthMeters')})::double precision, ${geom} ${features}`,
  },
  {
    table: 'demo_belt_villages',
    file: 'demo-belts.geojson',
    sql: `insert into demo_belt_villages (belt_code, village_code)
      select distinct ${p('code')}, v #>> '{}'
      ${features} cross join lateral jsonb_array_elements(f->'properties'->'villages') as v`,
  },
  {
    table: 'responsibility_zones',
    file: 'zones.geojson',
    sql: `insert into responsibility_zones (code, name, name_zh, unit_name, unit_type, level, chief, created_by, updated_by, geom)
      select ${p('code')}, ${p('name')}, ${p('nameZh')}, ${p('unitName')}, ${p('unitType')}, ${p('level')}, ${p('chief')},
             'demo-seed', 'demo-seed', st_multi(${geom}) ${features}`,
  },
];

/** A zone covers a segment where more than 100 m of the segment lies inside it. */
export const ZONE_SEGMENTS_SQL = `insert into zone_segments (zone_id, segment_code)
  select z.id, s.code from responsibility_zones z
  join border_segments s on s.geom && z.geom and st_intersects(s.geom, z.geom)
  where st_length(st_intersection(s.geom, z.geom)::geography) > 100
  on conflict do nothing`;
