-- Intake and transfer (急难愁盼事项受理转办单): requests by hotline, walk-in or online,
-- transferred to a handling unit with a responsible person and a due date, followed up
-- until closed, optionally converted into a case; and the one-time notice of materials
-- (一次性告知) with items to be supplemented later (容后补缺).

CREATE TABLE intake_counters (
    year     INTEGER PRIMARY KEY NOT NULL,
    last_seq INTEGER NOT NULL
);

CREATE TABLE intake_items (
    id                 TEXT PRIMARY KEY NOT NULL,
    intake_no          TEXT NOT NULL UNIQUE,
    channel            TEXT NOT NULL CHECK (channel IN ('hotline', 'walk_in', 'online')),
    received_at        TEXT NOT NULL,
    requester_name     TEXT NOT NULL,
    requester_mobile   TEXT,
    requester_location TEXT,
    employer_name      TEXT,
    -- Comma-separated categories of LDMAL Art. 2 (as in claims.category).
    categories         TEXT NOT NULL,
    summary            TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('open', 'transferred', 'closed')),
    handling_unit      TEXT,
    responsible_person TEXT,
    transferred_on     TEXT,
    due_on             TEXT,
    outcome            TEXT,
    closed_on          TEXT,
    case_id            TEXT REFERENCES cases (id),
    search_key         INTEGER UNIQUE,
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL REFERENCES users (id),
    updated_at         TEXT NOT NULL,
    CHECK (status <> 'closed' OR outcome IS NOT NULL)
);

CREATE INDEX intake_items_received ON intake_items (received_at DESC);
CREATE INDEX intake_items_status ON intake_items (status, due_on);

-- Follow-up notes; append-only.
CREATE TABLE intake_notes (
    id        TEXT PRIMARY KEY NOT NULL,
    intake_id TEXT NOT NULL REFERENCES intake_items (id),
    at        TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES users (id),
    text      TEXT NOT NULL
);

CREATE INDEX intake_notes_item ON intake_notes (intake_id, at);

CREATE TRIGGER intake_notes_no_update BEFORE UPDATE ON intake_notes
BEGIN
    SELECT RAISE(ABORT, 'intake_notes is append-only');
END;

CREATE TRIGGER intake_notes_no_delete BEFORE DELETE ON intake_notes
BEGIN
    SELECT RAISE(ABORT, 'intake_notes is append-only');
END;

-- The one-time notice's list of materials.
CREATE TABLE intake_materials (
    id          TEXT PRIMARY KEY NOT NULL,
    intake_id   TEXT NOT NULL REFERENCES intake_items (id),
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('provided', 'to_supplement')),
    due_on      TEXT,
    provided_on TEXT,
    created_at  TEXT NOT NULL,
    CHECK (status <> 'to_supplement' OR due_on IS NOT NULL),
    UNIQUE (intake_id, position)
);

CREATE VIRTUAL TABLE intake_search USING fts5(
    grams,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61'
);
