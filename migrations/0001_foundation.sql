-- Foundation: accounts and the hash-chained audit log.
-- Timestamps are UTC RFC 3339 text with milliseconds; ids are UUIDv7 text.

CREATE TABLE users (
    id              TEXT PRIMARY KEY NOT NULL,
    username        TEXT NOT NULL UNIQUE,
    mobile          TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT CHECK (role IN ('admin', 'arbitrator', 'clerk', 'mediator')),
    status          TEXT NOT NULL CHECK (status IN ('pending', 'active', 'disabled')),
    password_hash   TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    last_sign_in_at TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    -- Only an account still waiting for approval may lack a role.
    CHECK (status = 'pending' OR role IS NOT NULL)
);

CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY NOT NULL,
    id          TEXT NOT NULL UNIQUE,
    at          TEXT NOT NULL,
    actor_id    TEXT REFERENCES users (id),
    actor_label TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT,
    summary     TEXT NOT NULL,
    -- Each row's hash covers the previous row's hash; UNIQUE forbids forks.
    prev_hash   TEXT NOT NULL UNIQUE,
    hash        TEXT NOT NULL UNIQUE
);

CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
