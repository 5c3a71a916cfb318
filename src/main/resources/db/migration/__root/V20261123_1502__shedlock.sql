-- ShedLock: a scheduled job runs on one node at a time when Tre runs on several.
create table public.shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
