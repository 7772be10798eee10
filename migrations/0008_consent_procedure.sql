-- Summary procedure (简易处理, Rules Arts. 56–61) and online proceedings: consent
-- records with signature evidence, the rights-and-duties confirmation, arbitrators'
-- attestations, the versioned rule set, the provincial wage table and decisions.
-- Legal records here are append-only: triggers refuse UPDATE and DELETE, and the
-- consents carry a SHA-256 chain that `consent::verify` walks.

-- Files a consent rests on: a handwritten signature image, a scanned signed form.
CREATE TABLE consent_artifacts (
    sha256     TEXT PRIMARY KEY NOT NULL,
    mime       TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    bytes      BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- The canonical text of the 简易程序权利义务确认书, one row per version.
CREATE TABLE confirmation_documents (
    id         TEXT PRIMARY KEY NOT NULL,
    case_id    TEXT NOT NULL REFERENCES cases (id),
    version    INTEGER NOT NULL,
    text       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users (id),
    UNIQUE (case_id, version)
);

CREATE TABLE consents (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    case_id         TEXT NOT NULL REFERENCES cases (id),
    party_id        TEXT NOT NULL REFERENCES parties (id),
    kind            TEXT NOT NULL CHECK (kind IN ('summary_handling', 'defense_waiver', 'online_hearing',
                        'online_mediation', 'electronic_service', 'confirmation_signature')),
    action          TEXT NOT NULL CHECK (action IN ('grant', 'refuse', 'revoke')),
    -- For a revocation: the consent it revokes.
    revokes         TEXT REFERENCES consents (id),
    reason          TEXT,
    method          TEXT NOT NULL CHECK (method IN ('e_sign_platform', 'signature_pad', 'paper_scan', 'oral_video')),
    -- The e-signature flow number, or the recording the oral consent is on.
    method_ref      TEXT,
    -- Seconds into the recorded video call (oral consent).
    video_offset_s  INTEGER,
    artifact_sha256 TEXT REFERENCES consent_artifacts (sha256),
    -- The exact text the party agreed to, and its hash.
    text            TEXT NOT NULL,
    text_sha256     TEXT NOT NULL,
    -- A signature of the confirmation binds to one version of it.
    document_id     TEXT REFERENCES confirmation_documents (id),
    -- Defense waiver: NULL = waived entirely, N = shortened to N days.
    shortened_to_days INTEGER,
    given_on        TEXT NOT NULL,
    recorded_at     TEXT NOT NULL,
    recorded_by     TEXT NOT NULL REFERENCES users (id),
    prev_hash       TEXT NOT NULL UNIQUE,
    hash            TEXT NOT NULL UNIQUE
);

CREATE INDEX consents_case ON consents (case_id, seq);
-- "Has this grant been revoked?" is asked for every row listed.
CREATE INDEX consents_revokes ON consents (revokes);

-- Arbitrators' signed attestations on the checklist items that need judgement
-- (facts clear and dispute small; the exclusions of Art. 57). The latest one counts.
CREATE TABLE procedure_attestations (
    id          TEXT PRIMARY KEY NOT NULL,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    item        TEXT NOT NULL,
    holds       INTEGER NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    attested_at TEXT NOT NULL,
    attested_by TEXT NOT NULL REFERENCES users (id)
);

CREATE INDEX procedure_attestations_case ON procedure_attestations (case_id, attested_at);

-- The province's previous-year average annual employee wage (Rules Art. 56(2)), kept
-- by admins from official releases; no values ship, they must be sourced.
CREATE TABLE average_wages (
    province   TEXT NOT NULL,
    year       INTEGER NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    source     TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (province, year)
);

-- Versioned rule sets: which checklist items are in force, from which date, with the
-- province parameter. Evaluated by the core (`procedure::checklist`).
CREATE TABLE procedure_rule_sets (
    id           TEXT PRIMARY KEY NOT NULL,
    version      INTEGER NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    effective_on TEXT NOT NULL,
    province     TEXT NOT NULL,
    -- JSON array of item codes in force.
    items        TEXT NOT NULL,
    created_at   TEXT NOT NULL
);

INSERT INTO procedure_rule_sets (id, version, name, effective_on, province, items, created_at) VALUES
    ('rules-2017-v1', 1, '《劳动人事争议仲裁办案规则》（2017）简易处理与在线庭审', '2017-07-01', '甘肃省',
     '["G1a","G1b","G1c","G2_public_interest","G2_social_impact","G2_whereabouts","G2_unsuitable","G4","H1","H2","H6","M_identity"]',
     '2026-11-29T00:00:00Z');

CREATE TABLE procedure_decisions (
    id                  TEXT PRIMARY KEY NOT NULL,
    case_id             TEXT NOT NULL REFERENCES cases (id),
    kind                TEXT NOT NULL CHECK (kind IN ('apply_summary', 'convert_to_ordinary')),
    decided_on          TEXT NOT NULL,
    reason              TEXT NOT NULL DEFAULT '',
    sole_arbitrator_id  TEXT REFERENCES users (id),
    rule_set_id         TEXT NOT NULL REFERENCES procedure_rule_sets (id),
    checklist_snapshot  TEXT NOT NULL,
    decided_at          TEXT NOT NULL,
    decided_by          TEXT NOT NULL REFERENCES users (id)
);

-- Work the clerk owes after a decision (e.g. inform both parties, Rules Arts. 56, 61).
CREATE TABLE case_tasks (
    id         TEXT PRIMARY KEY NOT NULL,
    case_id    TEXT NOT NULL REFERENCES cases (id),
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL,
    due_on     TEXT,
    done_at    TEXT,
    done_by    TEXT REFERENCES users (id),
    -- How it was done (e.g. by phone, confirmed by SMS).
    done_note  TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users (id)
);

CREATE TRIGGER consents_no_update BEFORE UPDATE ON consents
BEGIN
    SELECT RAISE(ABORT, 'consents are append-only');
END;
CREATE TRIGGER consents_no_delete BEFORE DELETE ON consents
BEGIN
    SELECT RAISE(ABORT, 'consents are append-only');
END;
CREATE TRIGGER consent_artifacts_no_update BEFORE UPDATE ON consent_artifacts
BEGIN
    SELECT RAISE(ABORT, 'consent artifacts are append-only');
END;
CREATE TRIGGER consent_artifacts_no_delete BEFORE DELETE ON consent_artifacts
BEGIN
    SELECT RAISE(ABORT, 'consent artifacts are append-only');
END;
CREATE TRIGGER confirmation_documents_no_update BEFORE UPDATE ON confirmation_documents
BEGIN
    SELECT RAISE(ABORT, 'confirmation documents are append-only');
END;
CREATE TRIGGER confirmation_documents_no_delete BEFORE DELETE ON confirmation_documents
BEGIN
    SELECT RAISE(ABORT, 'confirmation documents are append-only');
END;
CREATE TRIGGER procedure_attestations_no_update BEFORE UPDATE ON procedure_attestations
BEGIN
    SELECT RAISE(ABORT, 'attestations are append-only');
END;
CREATE TRIGGER procedure_attestations_no_delete BEFORE DELETE ON procedure_attestations
BEGIN
    SELECT RAISE(ABORT, 'attestations are append-only');
END;
CREATE TRIGGER procedure_decisions_no_update BEFORE UPDATE ON procedure_decisions
BEGIN
    SELECT RAISE(ABORT, 'procedure decisions are append-only');
END;
CREATE TRIGGER procedure_decisions_no_delete BEFORE DELETE ON procedure_decisions
BEGIN
    SELECT RAISE(ABORT, 'procedure decisions are append-only');
END;
