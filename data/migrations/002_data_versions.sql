-- A version per table, bumped by every statement that changes the table. Caches key on these
-- versions (tiles, later search and stats), so a change anywhere, by any API instance, retires
-- the cached answers that depended on that table.

create table data_versions (
  table_name text primary key,
  version    bigint not null default 1,
  changed_at timestamptz not null default now()
);

create function bump_data_version() returns trigger language plpgsql as $$
begin
  insert into data_versions (table_name) values (tg_table_name)
  on conflict (table_name) do update set version = data_versions.version + 1, changed_at = now();
  return null;
end $$;

do $$
declare
  t text;
begin
  foreach t in array array['admin_areas', 'border_lines', 'border_segments', 'segment_chiefs', 'party_branches',
                           'checkpoints', 'duty_posts', 'demo_belts', 'demo_belt_villages', 'responsibility_zones', 'zone_segments']
  loop
    insert into data_versions (table_name) values (t) on conflict do nothing;
    execute format('create trigger %I after insert or update or delete or truncate on %I
                    for each statement execute function bump_data_version()', t || '_version', t);
  end loop;
end $$;
