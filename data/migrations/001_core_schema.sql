-- Corridor's core schema. Storage is WGS84 (SRID 4326); every table with geometry also keeps a
-- generated Web Mercator (3857) copy, because tiles are cut in 3857 and transforming on every
-- tile request measured 5-20% slower at low zooms. Geometry typmods pin type and SRID; checks
-- keep it valid and inside lon/lat range.

create table admin_areas (
  code        text primary key,
  name        text not null,
  name_zh     text not null,
  level       text not null check (level in ('province', 'prefecture', 'county', 'township', 'village')),
  parent_code text references admin_areas (code),
  geom        geometry(MultiPolygon, 4326) not null,
  geom_3857   geometry(MultiPolygon, 3857) generated always as (st_transform(geom, 3857)) stored,
  constraint admin_areas_geom_valid check (st_isvalid(geom)),
  constraint admin_areas_geom_range check (st_xmin(geom) >= -180 and st_xmax(geom) <= 180 and st_ymin(geom) >= -90 and st_ymax(geom) <= 90)
);
create index admin_areas_geom_idx on admin_areas using gist (geom);
create index admin_areas_geom_3857_idx on admin_areas using gist (geom_3857);
create index admin_areas_parent_idx on admin_areas (parent_code);

create table border_lines (
  id         text primary key,
  name       text not null,
  name_zh    text not null,
  country_a  text not null,
  country_b  text not null,
  region     text not null,
  length_km  double precision not null check (length_km > 0),
  geom       geometry(LineString, 4326) not null,
  geom_3857  geometry(LineString, 3857) generated always as (st_transform(geom, 3857)) stored,
  constraint border_lines_geom_valid check (st_isvalid(geom) and not st_isempty(geom))
);
create index border_lines_geom_idx on border_lines using gist (geom);
create index border_lines_geom_3857_idx on border_lines using gist (geom_3857);

create table border_segments (
  code           text primary key,
  line_id        text not null references border_lines (id),
  seq            integer not null check (seq > 0),
  from_km        double precision not null check (from_km >= 0),
  to_km          double precision not null,
  length_km      double precision not null check (length_km > 0),
  county_code    text not null references admin_areas (code),
  township_code  text references admin_areas (code),
  geom           geometry(LineString, 4326) not null,
  geom_3857      geometry(LineString, 3857) generated always as (st_transform(geom, 3857)) stored,
  unique (line_id, seq),
  constraint border_segments_km check (to_km > from_km),
  constraint border_segments_geom_valid check (st_isvalid(geom) and not st_isempty(geom))
);
create index border_segments_geom_idx on border_segments using gist (geom);
create index border_segments_geom_3857_idx on border_segments using gist (geom_3857);
create index border_segments_county_idx on border_segments (county_code);

-- 五级段长: one chief per level per segment.
create table segment_chiefs (
  segment_code text not null references border_segments (code) on delete cascade,
  level        text not null check (level in ('province', 'prefecture', 'county', 'township', 'village')),
  name         text not null,
  name_zh      text not null,
  title        text not null,
  phone        text not null,
  primary key (segment_code, level)
);

create table party_branches (
  code            text primary key,
  name            text not null,
  name_zh         text not null,
  temporary       boolean not null,
  admin_area_code text references admin_areas (code),
  members         integer not null check (members >= 0),
  geom            geometry(Point, 4326) not null,
  geom_3857       geometry(Point, 3857) generated always as (st_transform(geom, 3857)) stored,
  constraint party_branches_geom_range check (st_x(geom) between -180 and 180 and st_y(geom) between -90 and 90)
);
create index party_branches_geom_idx on party_branches using gist (geom);
create index party_branches_geom_3857_idx on party_branches using gist (geom_3857);

create table checkpoints (
  code          text primary key,
  name          text not null,
  name_zh       text not null,
  kind          text not null check (kind in ('checkpoint', 'section_post', 'separation_point', 'port')),
  status        text not null check (status in ('staffed', 'unstaffed', 'alert', 'closed')),
  staffed_24h   boolean not null default false,
  personnel     integer not null default 0 check (personnel >= 0),
  branch_code   text references party_branches (code),
  segment_code  text references border_segments (code),
  updated_at    timestamptz not null default now(),
  geom          geometry(Point, 4326) not null,
  geom_3857     geometry(Point, 3857) generated always as (st_transform(geom, 3857)) stored,
  constraint checkpoints_geom_range check (st_x(geom) between -180 and 180 and st_y(geom) between -90 and 90)
);
create index checkpoints_geom_idx on checkpoints using gist (geom);
create index checkpoints_geom_3857_idx on checkpoints using gist (geom_3857);
create index checkpoints_segment_idx on checkpoints (segment_code);
create index checkpoints_branch_idx on checkpoints (branch_code);

-- 驻防点: personnel of the five unit types (党政军警民) working jointly.
create table duty_posts (
  code                  text primary key,
  name                  text not null,
  name_zh               text not null,
  segment_code          text references border_segments (code),
  personnel_party       integer not null default 0 check (personnel_party >= 0),
  personnel_government  integer not null default 0 check (personnel_government >= 0),
  personnel_military    integer not null default 0 check (personnel_military >= 0),
  personnel_police      integer not null default 0 check (personnel_police >= 0),
  personnel_civilian    integer not null default 0 check (personnel_civilian >= 0),
  geom                  geometry(Point, 4326) not null,
  geom_3857             geometry(Point, 3857) generated always as (st_transform(geom, 3857)) stored,
  constraint duty_posts_geom_range check (st_x(geom) between -180 and 180 and st_y(geom) between -90 and 90)
);
create index duty_posts_geom_idx on duty_posts using gist (geom);
create index duty_posts_geom_3857_idx on duty_posts using gist (geom_3857);

-- 示范带: corridors of model villages along roads near the border.
create table demo_belts (
  code          text primary key,
  name          text not null,
  name_zh       text not null,
  width_meters  double precision not null check (width_meters > 0),
  geom          geometry(LineString, 4326) not null,
  geom_3857     geometry(LineString, 3857) generated always as (st_transform(geom, 3857)) stored,
  constraint demo_belts_geom_valid check (st_isvalid(geom) and not st_isempty(geom))
);
create index demo_belts_geom_idx on demo_belts using gist (geom);
create index demo_belts_geom_3857_idx on demo_belts using gist (geom_3857);

create table demo_belt_villages (
  belt_code    text not null references demo_belts (code) on delete cascade,
  village_code text not null references admin_areas (code),
  primary key (belt_code, village_code)
);

-- 责任区 (包段): a polygon that assigns a stretch of border to a unit. Edits bump `version`.
create table responsibility_zones (
  id          bigint generated always as identity primary key,
  code        text unique,
  name        text not null check (length(name) between 1 and 200),
  name_zh     text,
  unit_name   text not null check (length(unit_name) between 1 and 200),
  unit_type   text not null check (unit_type in ('party', 'government', 'military', 'police', 'civilian')),
  level       text not null check (level in ('province', 'prefecture', 'county', 'township', 'village')),
  chief       text,
  version     integer not null default 1 check (version > 0),
  created_at  timestamptz not null default now(),
  created_by  text not null,
  updated_at  timestamptz not null default now(),
  updated_by  text not null,
  geom        geometry(MultiPolygon, 4326) not null,
  geom_3857   geometry(MultiPolygon, 3857) generated always as (st_transform(geom, 3857)) stored,
  constraint responsibility_zones_geom_valid check (st_isvalid(geom) and not st_isempty(geom)),
  constraint responsibility_zones_geom_range check (st_xmin(geom) >= -180 and st_xmax(geom) <= 180 and st_ymin(geom) >= -90 and st_ymax(geom) <= 90)
);
create index responsibility_zones_geom_idx on responsibility_zones using gist (geom);
create index responsibility_zones_geom_3857_idx on responsibility_zones using gist (geom_3857);

-- The border segments a zone covers, computed from its geometry when it is saved.
create table zone_segments (
  zone_id      bigint not null references responsibility_zones (id) on delete cascade,
  segment_code text not null references border_segments (code),
  primary key (zone_id, segment_code)
);
create index zone_segments_segment_idx on zone_segments (segment_code);

-- What is loaded: the demo dataset marks itself so the client can show "Demo data — synthetic".
create table dataset_info (
  key   text primary key,
  value text not null
);
