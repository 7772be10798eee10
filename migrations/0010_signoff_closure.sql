-- Sign-off, lock and corrections of the minutes (F2, F3, H6), hearing recordings,
-- mediation attempts and the three ways a heard case ends: 调解书 with both
-- parties' receipts (J2), withdrawal (J4) and award with per-item finality (K2, K3).
-- Legal records here are append-only: triggers refuse UPDATE and DELETE.

-- Signatures, refusals to sign, the lock and corrections are rows of the minutes'
-- own hash chain; their details (signer, method, the read-back hash they bind to,
-- the requested correction) are canonical JSON covered by the row hash.
ALTER TABLE minutes_entries ADD COLUMN payload TEXT;

-- Why someone was absent (E4): only not joining or leaving without leave can lead to
-- a deemed withdrawal (E3); a network or device failure cannot.
ALTER TABLE hearing_attendance ADD COLUMN absence TEXT
    CHECK (absence IN ('not_joined', 'left_without_leave', 'technical_failure', 'excused'));

-- The commission's audio/video recordings of a hearing: where the file is, what it
-- hashed to when attached, how long it runs. Verification reads the file again.
CREATE TABLE hearing_recordings (
    id          TEXT PRIMARY KEY NOT NULL,
    hearing_id  TEXT NOT NULL REFERENCES hearings (id),
    path        TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    duration_s  INTEGER NOT NULL CHECK (duration_s > 0),
    -- Where the duration came from: read from the file's header, or entered.
    duration_source TEXT NOT NULL CHECK (duration_source IN ('file', 'entered')),
    note        TEXT NOT NULL DEFAULT '',
    added_at    TEXT NOT NULL,
    added_by    TEXT NOT NULL REFERENCES users (id)
);
CREATE INDEX hearing_recordings_hearing ON hearing_recordings (hearing_id, added_at);

CREATE TABLE recording_checks (
    id           TEXT PRIMARY KEY NOT NULL,
    recording_id TEXT NOT NULL REFERENCES hearing_recordings (id),
    outcome      TEXT NOT NULL CHECK (outcome IN ('unchanged', 'changed', 'missing')),
    sha256       TEXT,
    checked_at   TEXT NOT NULL,
    checked_by   TEXT NOT NULL REFERENCES users (id)
);
CREATE INDEX recording_checks_recording ON recording_checks (recording_id, checked_at);

-- Mediation attempts by the tribunal (LDMAL Art. 42: before the award), on the lead
-- case of a merged group.
CREATE TABLE mediation_attempts (
    id         TEXT PRIMARY KEY NOT NULL,
    case_id    TEXT NOT NULL REFERENCES cases (id),
    hearing_id TEXT REFERENCES hearings (id),
    phase      TEXT NOT NULL CHECK (phase IN ('before_hearing', 'in_hearing', 'after_hearing')),
    mode       TEXT NOT NULL CHECK (mode IN ('video', 'phone', 'in_person')),
    mediators  TEXT NOT NULL,
    held_on    TEXT NOT NULL,
    result     TEXT NOT NULL CHECK (result IN ('agreement', 'no_agreement', 'refused')),
    note       TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES users (id)
);
CREATE INDEX mediation_attempts_case ON mediation_attempts (case_id, held_on);

-- 调解书: the claims, the agreed terms (JSON list of amount, due date and manner) and
-- the document number; it takes effect on the last party's receipt (J2, K4).
CREATE TABLE mediation_statements (
    id             TEXT PRIMARY KEY NOT NULL,
    case_id        TEXT NOT NULL REFERENCES cases (id),
    doc_no         TEXT NOT NULL,
    claims_summary TEXT NOT NULL,
    terms          TEXT NOT NULL,
    issued_on      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL REFERENCES users (id)
);
CREATE INDEX mediation_statements_case ON mediation_statements (case_id);

-- A party's receipt (签收) of the 调解书, or its repudiation before receipt.
CREATE TABLE mediation_statement_events (
    id           TEXT PRIMARY KEY NOT NULL,
    statement_id TEXT NOT NULL REFERENCES mediation_statements (id),
    party_id     TEXT NOT NULL REFERENCES parties (id),
    kind         TEXT NOT NULL CHECK (kind IN ('receipt', 'repudiation')),
    on_date      TEXT NOT NULL,
    method       TEXT NOT NULL CHECK (method IN ('in_person', 'post', 'electronic')),
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL REFERENCES users (id),
    UNIQUE (statement_id, party_id, kind)
);

-- The local monthly minimum wage by locality and effective date (LDMAL Art. 47(1));
-- kept by admins from official releases; no figures ship with the app.
CREATE TABLE minimum_wages (
    locality       TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    monthly_fen    INTEGER NOT NULL CHECK (monthly_fen > 0),
    source         TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (locality, effective_from)
);

-- 裁决: one per merged group, on its lead case, with the minimum wage it used.
CREATE TABLE awards (
    id                   TEXT PRIMARY KEY NOT NULL,
    case_id              TEXT NOT NULL REFERENCES cases (id),
    doc_no               TEXT NOT NULL,
    made_on              TEXT NOT NULL,
    locality             TEXT NOT NULL,
    min_wage_fen         INTEGER NOT NULL,
    min_wage_from        TEXT NOT NULL,
    finality             TEXT NOT NULL CHECK (finality IN ('final', 'non_final')),
    remedy_notice        TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL REFERENCES users (id)
);
CREATE INDEX awards_case ON awards (case_id);

CREATE TABLE award_items (
    id          TEXT PRIMARY KEY NOT NULL,
    award_id    TEXT NOT NULL REFERENCES awards (id),
    position    INTEGER NOT NULL,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    category    TEXT NOT NULL CHECK (category IN ('pay', 'medical', 'compensation', 'damages',
                    'labor_standards', 'other')),
    description TEXT NOT NULL,
    amount_fen  INTEGER,
    finality    TEXT NOT NULL CHECK (finality IN ('final', 'non_final')),
    UNIQUE (award_id, position)
);

-- Withdrawals (J4): voluntary or deemed (E3, with the assessment of the reason given).
CREATE TABLE withdrawals (
    id              TEXT PRIMARY KEY NOT NULL,
    case_id         TEXT NOT NULL REFERENCES cases (id),
    kind            TEXT NOT NULL CHECK (kind IN ('voluntary', 'deemed')),
    after_settlement INTEGER NOT NULL,
    on_date         TEXT NOT NULL,
    reason          TEXT NOT NULL,
    recorded_at     TEXT NOT NULL,
    recorded_by     TEXT NOT NULL REFERENCES users (id)
);
CREATE INDEX withdrawals_case ON withdrawals (case_id);

CREATE TRIGGER hearing_recordings_no_update BEFORE UPDATE ON hearing_recordings
BEGIN SELECT RAISE(ABORT, 'recordings are append-only'); END;
CREATE TRIGGER hearing_recordings_no_delete BEFORE DELETE ON hearing_recordings
BEGIN SELECT RAISE(ABORT, 'recordings are append-only'); END;
CREATE TRIGGER recording_checks_no_update BEFORE UPDATE ON recording_checks
BEGIN SELECT RAISE(ABORT, 'recording checks are append-only'); END;
CREATE TRIGGER recording_checks_no_delete BEFORE DELETE ON recording_checks
BEGIN SELECT RAISE(ABORT, 'recording checks are append-only'); END;
CREATE TRIGGER mediation_attempts_no_update BEFORE UPDATE ON mediation_attempts
BEGIN SELECT RAISE(ABORT, 'mediation attempts are append-only'); END;
CREATE TRIGGER mediation_attempts_no_delete BEFORE DELETE ON mediation_attempts
BEGIN SELECT RAISE(ABORT, 'mediation attempts are append-only'); END;
CREATE TRIGGER mediation_statements_no_update BEFORE UPDATE ON mediation_statements
BEGIN SELECT RAISE(ABORT, 'mediation statements are append-only'); END;
CREATE TRIGGER mediation_statements_no_delete BEFORE DELETE ON mediation_statements
BEGIN SELECT RAISE(ABORT, 'mediation statements are append-only'); END;
CREATE TRIGGER mediation_statement_events_no_update BEFORE UPDATE ON mediation_statement_events
BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
CREATE TRIGGER mediation_statement_events_no_delete BEFORE DELETE ON mediation_statement_events
BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
CREATE TRIGGER awards_no_update BEFORE UPDATE ON awards
BEGIN SELECT RAISE(ABORT, 'awards are append-only'); END;
CREATE TRIGGER awards_no_delete BEFORE DELETE ON awards
BEGIN SELECT RAISE(ABORT, 'awards are append-only'); END;
CREATE TRIGGER award_items_no_update BEFORE UPDATE ON award_items
BEGIN SELECT RAISE(ABORT, 'award items are append-only'); END;
CREATE TRIGGER award_items_no_delete BEFORE DELETE ON award_items
BEGIN SELECT RAISE(ABORT, 'award items are append-only'); END;
CREATE TRIGGER withdrawals_no_update BEFORE UPDATE ON withdrawals
BEGIN SELECT RAISE(ABORT, 'withdrawals are append-only'); END;
CREATE TRIGGER withdrawals_no_delete BEFORE DELETE ON withdrawals
BEGIN SELECT RAISE(ABORT, 'withdrawals are append-only'); END;
