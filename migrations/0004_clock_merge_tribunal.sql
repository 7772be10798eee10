-- The statutory clock's configuration, merged hearings of claim and counterclaim, and
-- the tribunal with recusal applications.

-- How long each deadline of the master table (domain doc §5) is and how its days are
-- counted. Working versus calendar days is UNCONFIRMED law (§6 item 3), so it is data:
-- the defaults below are §6's and an administrator may change them.
CREATE TABLE deadline_rules (
    code       TEXT PRIMARY KEY NOT NULL,
    days       INTEGER NOT NULL CHECK (days > 0),
    day_count  TEXT NOT NULL CHECK (day_count IN ('calendar', 'working')),
    updated_at TEXT NOT NULL,
    updated_by TEXT REFERENCES users (id)
);

INSERT INTO deadline_rules (code, days, day_count, updated_at) VALUES
    ('T2', 5, 'working', '2026-11-29T00:00:00.000Z'),
    ('T4', 5, 'working', '2026-11-29T00:00:00.000Z'),
    ('T5', 10, 'working', '2026-11-29T00:00:00.000Z'),
    ('T6', 5, 'working', '2026-11-29T00:00:00.000Z'),
    ('T8', 5, 'working', '2026-11-29T00:00:00.000Z'),
    ('T10', 5, 'working', '2026-11-29T00:00:00.000Z'),
    ('T12', 3, 'working', '2026-11-29T00:00:00.000Z'),
    ('T13', 5, 'working', '2026-11-29T00:00:00.000Z'),
    ('T16', 45, 'calendar', '2026-11-29T00:00:00.000Z'),
    ('T17', 15, 'calendar', '2026-11-29T00:00:00.000Z');

-- A counterclaim (or other related case) heard together with a lead case. A merge can
-- be undone until the hearing starts; the row then keeps when and by whom.
CREATE TABLE case_merges (
    id             TEXT PRIMARY KEY NOT NULL,
    lead_case_id   TEXT NOT NULL REFERENCES cases (id),
    member_case_id TEXT NOT NULL REFERENCES cases (id),
    merged_on      TEXT NOT NULL,
    merged_at      TEXT NOT NULL,
    merged_by      TEXT NOT NULL REFERENCES users (id),
    undone_at      TEXT,
    undone_by      TEXT REFERENCES users (id),
    undo_reason    TEXT,
    CHECK (lead_case_id <> member_case_id)
);

-- At most one live merge per member case.
CREATE UNIQUE INDEX case_merges_live_member ON case_merges (member_case_id) WHERE undone_at IS NULL;
CREATE INDEX case_merges_lead ON case_merges (lead_case_id);

-- The tribunal (仲裁庭) of a case: a sole arbitrator, or a presiding arbitrator with two
-- members, plus the recorder (书记员). Replaced as a whole; the audit log keeps history.
CREATE TABLE tribunal_members (
    case_id     TEXT NOT NULL REFERENCES cases (id),
    user_id     TEXT NOT NULL REFERENCES users (id),
    seat        TEXT NOT NULL CHECK (seat IN ('sole', 'presiding', 'member', 'clerk')),
    assigned_on TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    assigned_by TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (case_id, user_id)
);

-- Recusal applications (回避, LDMAL Art. 33; Rules Arts. 11–12) and their decisions.
CREATE TABLE recusals (
    id                  TEXT PRIMARY KEY NOT NULL,
    case_id             TEXT NOT NULL REFERENCES cases (id),
    challenged_user_id  TEXT NOT NULL REFERENCES users (id),
    applicant_party_id  TEXT NOT NULL REFERENCES parties (id),
    ground              TEXT NOT NULL,
    applied_on          TEXT NOT NULL,
    learnt_after_start  INTEGER NOT NULL DEFAULT 0,
    affects_proceedings INTEGER NOT NULL DEFAULT 1,
    decision            TEXT CHECK (decision IN ('granted', 'rejected')),
    decided_on          TEXT,
    decided_by          TEXT,
    decision_note       TEXT,
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL REFERENCES users (id)
);

CREATE INDEX recusals_case ON recusals (case_id);
