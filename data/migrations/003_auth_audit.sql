-- Accounts, sessions, API tokens and the append-only audit trail.
-- Secrets are never stored: passwords as argon2id hashes, session and API tokens as SHA-256.

create table users (
  id            bigint generated always as identity primary key,
  name          text not null unique check (name ~ '^[A-Za-z0-9_.@-]{1,64}$'),
  role          text not null check (role in ('viewer', 'planner', 'admin')),
  -- A planner with areas may edit only within these admin areas (codes); empty = everywhere.
  areas         text[] not null default '{}',
  password_hash text not null,
  disabled      boolean not null default false,
  -- Demo accounts, created by the embedded demo with published passwords.
  demo          boolean not null default false,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now()
);

create table sessions (
  token_hash  text primary key,
  user_id     bigint not null references users (id) on delete cascade,
  csrf_token  text not null,
  created_at  timestamptz not null default now(),
  expires_at  timestamptz not null,
  revoked_at  timestamptz
);
create index sessions_user_idx on sessions (user_id);

create table api_tokens (
  id          bigint generated always as identity primary key,
  token_hash  text not null unique,
  user_id     bigint not null references users (id) on delete cascade,
  label       text not null default '',
  created_at  timestamptz not null default now(),
  revoked_at  timestamptz
);
create index api_tokens_user_idx on api_tokens (user_id);

-- Who did what, when, with the object before and after; written in the write's own transaction.
create table audit_log (
  id           bigint generated always as identity primary key,
  at           timestamptz not null default now(),
  user_id      bigint,
  user_name    text not null,
  action       text not null,
  object_type  text not null,
  object_id    text,
  before       jsonb,
  after        jsonb,
  address      text
);
create index audit_log_at_idx on audit_log (at);
create index audit_log_object_idx on audit_log (object_type, object_id);
create index audit_log_user_idx on audit_log (user_name);

-- Append-only, whoever connects: the application's role cannot change or remove a row. The
-- privileges are revoked too (from the owner as well), and the trigger holds even for the owner.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = '42501';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
revoke update, delete, truncate on audit_log from public;
do $$ begin
  execute format('revoke update, delete, truncate on audit_log from %I', current_user);
end $$;
