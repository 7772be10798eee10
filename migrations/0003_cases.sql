-- Case files: the case with its status, parties, agents, claims, evidence, and the
-- ledger of dated events the statutory clock is computed from.
-- Dates of legal events are local (Asia/Shanghai) dates `YYYY-MM-DD`; timestamps are UTC.

CREATE TABLE settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT REFERENCES users (id)
);

-- `{year}` and `{seq}` (or `{seq:3}`, zero-padded) are replaced when a case is accepted.
INSERT INTO settings (key, value, updated_at) VALUES
    ('case_number_pattern', '劳人仲案字〔{year}〕第{seq}号', '2026-11-29T00:00:00.000Z');

-- One counter per year, bumped inside the accepting transaction.
CREATE TABLE case_counters (
    year     INTEGER PRIMARY KEY NOT NULL,
    last_seq INTEGER NOT NULL
);

CREATE TABLE cases (
    id                   TEXT PRIMARY KEY NOT NULL,
    case_no              TEXT UNIQUE,
    case_year            INTEGER,
    case_seq             INTEGER,
    status               TEXT NOT NULL
        CHECK (status IN ('received', 'accepted', 'not_accepted', 'in_progress', 'closed')),
    procedure            TEXT NOT NULL DEFAULT 'ordinary' CHECK (procedure IN ('ordinary', 'summary')),
    channel              TEXT NOT NULL CHECK (channel IN ('written', 'oral', 'online', 'transferred')),
    cause                TEXT NOT NULL,
    facts                TEXT NOT NULL DEFAULT '',
    received_on          TEXT NOT NULL,
    accepted_on          TEXT,
    not_accepted_on      TEXT,
    not_accepted_kind    TEXT
        CHECK (not_accepted_kind IN ('out_of_scope', 'no_definite_claim', 'no_standing', 'no_jurisdiction')),
    not_accepted_reason  TEXT,
    competent_commission TEXT,
    closed_on            TEXT,
    closure_type         TEXT CHECK (closure_type IN (
        'mediation', 'award_final', 'award_non_final', 'withdrawal', 'deemed_withdrawal',
        'not_accepted', 'terminated', 'revoked', 'transferred')),
    closure_note         TEXT,
    -- A2: an oral application is confirmed by signature, seal or fingerprint.
    oral_confirmed       INTEGER NOT NULL DEFAULT 0,
    -- A1: the evidence list may be empty, but only explicitly so.
    no_evidence_declared INTEGER NOT NULL DEFAULT 0,
    -- A7: ≥10 workers with a common claim, or a collective-contract dispute.
    priority             INTEGER NOT NULL DEFAULT 0,
    counterclaim_of      TEXT REFERENCES cases (id),
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL REFERENCES users (id),
    updated_at           TEXT NOT NULL,
    CHECK (status <> 'closed' OR closure_type IS NOT NULL),
    CHECK (status <> 'not_accepted' OR not_accepted_reason IS NOT NULL)
);

CREATE INDEX cases_status ON cases (status, received_on);
CREATE INDEX cases_counterclaim_of ON cases (counterclaim_of);

CREATE TABLE parties (
    id                          TEXT PRIMARY KEY NOT NULL,
    case_id                     TEXT NOT NULL REFERENCES cases (id),
    side                        TEXT NOT NULL CHECK (side IN ('applicant', 'respondent', 'third_party')),
    kind                        TEXT NOT NULL CHECK (kind IN ('person', 'organization')),
    position                    INTEGER NOT NULL,
    name                        TEXT NOT NULL,
    sex                         TEXT CHECK (sex IN ('male', 'female')),
    birth_date                  TEXT,
    id_type                     TEXT CHECK (id_type IN (
        'resident_id', 'hk_macao_permit', 'taiwan_permit', 'residence_permit', 'foreign_permanent', 'passport', 'other')),
    id_number                   TEXT,
    occupation                  TEXT,
    workplace                   TEXT,
    credit_code                 TEXT,
    credit_code_override_reason TEXT,
    legal_rep_name              TEXT,
    legal_rep_title             TEXT,
    domicile                    TEXT,
    mailing_address             TEXT,
    mobile                      TEXT,
    phone                       TEXT,
    current_location            TEXT,
    created_at                  TEXT NOT NULL,
    updated_at                  TEXT NOT NULL,
    UNIQUE (case_id, side, position)
);

CREATE INDEX parties_case ON parties (case_id);
CREATE INDEX parties_mobile ON parties (mobile);

CREATE TABLE agents (
    id              TEXT PRIMARY KEY NOT NULL,
    party_id        TEXT NOT NULL REFERENCES parties (id),
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('lawyer', 'legal_worker', 'employee', 'relative', 'union', 'other')),
    organization    TEXT,
    mobile          TEXT,
    id_number       TEXT,
    -- 一般授权 or 特别授权 (admit, waive or change claims, settle, withdraw, ...).
    authority       TEXT NOT NULL CHECK (authority IN ('general', 'special')),
    authority_scope TEXT NOT NULL DEFAULT '',
    poa_received_on TEXT,
    created_at      TEXT NOT NULL
);

CREATE INDEX agents_party ON agents (party_id);

CREATE TABLE claims (
    id                  TEXT PRIMARY KEY NOT NULL,
    case_id             TEXT NOT NULL REFERENCES cases (id),
    position            INTEGER NOT NULL,
    -- The six categories of LDMAL Art. 2.
    category            TEXT NOT NULL CHECK (category IN (
        'labor_relation', 'contract', 'dismissal', 'hours_rest_insurance', 'pay_compensation', 'other')),
    description         TEXT NOT NULL,
    amount_fen          INTEGER,
    claimant_party_id   TEXT NOT NULL REFERENCES parties (id),
    respondent_party_id TEXT NOT NULL REFERENCES parties (id),
    status              TEXT NOT NULL DEFAULT 'pending' CHECK (status IN (
        'pending', 'upheld', 'partly_upheld', 'dismissed', 'withdrawn', 'settled')),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (case_id, position)
);

CREATE TABLE evidence (
    id                 TEXT PRIMARY KEY NOT NULL,
    case_id            TEXT NOT NULL REFERENCES cases (id),
    party_id           TEXT NOT NULL REFERENCES parties (id),
    position           INTEGER NOT NULL,
    name               TEXT NOT NULL,
    purpose            TEXT NOT NULL,
    original_available INTEGER NOT NULL,
    created_at         TEXT NOT NULL,
    UNIQUE (case_id, position)
);

-- The clock's ledger: what happened on which day. Append-only; a wrong entry is
-- corrected by a new one that points at it.
CREATE TABLE case_events (
    id          TEXT PRIMARY KEY NOT NULL,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    kind        TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    -- A length in days where the event has one (an extension of the award deadline).
    days        INTEGER,
    -- The legal ground where the event needs one (a suspension, Rules Art. 47).
    ground      TEXT,
    approver    TEXT,
    corrects    TEXT REFERENCES case_events (id),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL REFERENCES users (id)
);

CREATE INDEX case_events_case ON case_events (case_id, on_date);

CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case_events is append-only');
END;

CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case_events is append-only');
END;
