-- Hearings (开庭) for a case or a merged group, the notices served on each party,
-- attendance with identity checks (H3), and the live minutes (庭审笔录): an
-- append-only, hash-chained log per hearing in which edits, deletions and stage
-- changes are entries themselves; and the clerk's unsaved draft, kept per user.

CREATE TABLE hearings (
    id               TEXT PRIMARY KEY NOT NULL,
    lead_case_id     TEXT NOT NULL REFERENCES cases (id),
    -- Local date and time in Asia/Shanghai.
    hearing_date     TEXT NOT NULL,
    hearing_time     TEXT NOT NULL,
    mode             TEXT NOT NULL CHECK (mode IN ('online', 'in_person', 'mixed')),
    platform         TEXT,
    meeting_no       TEXT,
    meeting_password TEXT,
    join_url         TEXT,
    room             TEXT,
    status           TEXT NOT NULL CHECK (status IN ('scheduled', 'in_progress', 'concluded', 'cancelled')),
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL REFERENCES users (id),
    updated_at       TEXT NOT NULL
);

CREATE INDEX hearings_case ON hearings (lead_case_id, hearing_date);

CREATE TABLE hearing_notices (
    id         TEXT PRIMARY KEY NOT NULL,
    hearing_id TEXT NOT NULL REFERENCES hearings (id),
    party_id   TEXT NOT NULL REFERENCES parties (id),
    method     TEXT NOT NULL CHECK (method IN ('in_person', 'post', 'electronic', 'sms', 'phone')),
    served_on  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users (id)
);

-- One row per check; the latest per participant counts, earlier ones stay.
CREATE TABLE hearing_attendance (
    id                TEXT PRIMARY KEY NOT NULL,
    hearing_id        TEXT NOT NULL REFERENCES hearings (id),
    participant_key   TEXT NOT NULL,
    role              TEXT NOT NULL,
    party_id          TEXT REFERENCES parties (id),
    agent_id          TEXT REFERENCES agents (id),
    name              TEXT NOT NULL,
    present           INTEGER NOT NULL,
    identity_method   TEXT NOT NULL CHECK (identity_method IN ('id_on_camera', 'platform_face', 'in_person', 'not_checked')),
    identity_ok       INTEGER NOT NULL,
    -- For an agent: the power of attorney was checked against the file.
    authority_checked INTEGER,
    note              TEXT NOT NULL DEFAULT '',
    recorded_at       TEXT NOT NULL,
    recorded_by       TEXT NOT NULL REFERENCES users (id)
);

CREATE TABLE minutes_entries (
    seq                INTEGER PRIMARY KEY AUTOINCREMENT,
    id                 TEXT NOT NULL UNIQUE,
    hearing_id         TEXT NOT NULL REFERENCES hearings (id),
    -- entry | edit | delete | stage_start | stage_skip
    kind               TEXT NOT NULL,
    refers_to          TEXT REFERENCES minutes_entries (id),
    stage              TEXT NOT NULL,
    speaker_role       TEXT NOT NULL DEFAULT '',
    speaker_label      TEXT NOT NULL DEFAULT '',
    text               TEXT NOT NULL,
    recording_offset_s INTEGER,
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL REFERENCES users (id),
    prev_hash          TEXT NOT NULL,
    hash               TEXT NOT NULL UNIQUE
);

CREATE INDEX minutes_entries_hearing ON minutes_entries (hearing_id, seq);
CREATE INDEX minutes_entries_refers ON minutes_entries (refers_to);
-- The current stage is the last stage_start: found without scanning the entries.
CREATE INDEX minutes_entries_kind ON minutes_entries (hearing_id, kind, seq);

-- The entry being typed, saved as the clerk types so a crash loses nothing.
CREATE TABLE minutes_drafts (
    hearing_id    TEXT NOT NULL REFERENCES hearings (id),
    user_id       TEXT NOT NULL REFERENCES users (id),
    stage         TEXT NOT NULL,
    speaker_role  TEXT NOT NULL,
    speaker_label TEXT NOT NULL,
    text          TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (hearing_id, user_id)
);

CREATE TRIGGER minutes_entries_no_update BEFORE UPDATE ON minutes_entries
BEGIN
    SELECT RAISE(ABORT, 'minutes entries are append-only');
END;
CREATE TRIGGER minutes_entries_no_delete BEFORE DELETE ON minutes_entries
BEGIN
    SELECT RAISE(ABORT, 'minutes entries are append-only');
END;
CREATE TRIGGER hearing_attendance_no_update BEFORE UPDATE ON hearing_attendance
BEGIN
    SELECT RAISE(ABORT, 'attendance records are append-only');
END;
CREATE TRIGGER hearing_attendance_no_delete BEFORE DELETE ON hearing_attendance
BEGIN
    SELECT RAISE(ABORT, 'attendance records are append-only');
END;
CREATE TRIGGER hearing_notices_no_update BEFORE UPDATE ON hearing_notices
BEGIN
    SELECT RAISE(ABORT, 'hearing notices are append-only');
END;
CREATE TRIGGER hearing_notices_no_delete BEFORE DELETE ON hearing_notices
BEGIN
    SELECT RAISE(ABORT, 'hearing notices are append-only');
END;
