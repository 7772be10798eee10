-- Grassroots labor-dispute mediation (基层劳动人事争议调解组织, LDMAL Arts. 10–16): the
-- registry of organisations and their mediators, training and supervision; mediation
-- cases before arbitration; and the institute's service records (service log, publicity).

CREATE TABLE mediation_orgs (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL UNIQUE,
    category      TEXT NOT NULL CHECK (category IN ('township', 'commercial', 'training_school',
                      'new_business', 'enterprise', 'other')),
    address       TEXT NOT NULL,
    contact_name  TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    founded_on    TEXT,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL REFERENCES users (id),
    updated_at    TEXT NOT NULL
);
CREATE INDEX mediation_orgs_category ON mediation_orgs (category, name);

CREATE TABLE mediators (
    id              TEXT PRIMARY KEY NOT NULL,
    org_id          TEXT NOT NULL REFERENCES mediation_orgs (id),
    name            TEXT NOT NULL,
    mobile          TEXT NOT NULL,
    training_record TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX mediators_org ON mediators (org_id, name);

-- Training sessions for mediators, and who attended. Append-only.
CREATE TABLE mediation_trainings (
    id         TEXT PRIMARY KEY NOT NULL,
    held_on    TEXT NOT NULL,
    topic      TEXT NOT NULL,
    organizer  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users (id)
);
CREATE TABLE mediation_training_attendees (
    training_id TEXT NOT NULL REFERENCES mediation_trainings (id),
    mediator_id TEXT NOT NULL REFERENCES mediators (id),
    PRIMARY KEY (training_id, mediator_id)
);
CREATE INDEX mediation_training_attendees_mediator ON mediation_training_attendees (mediator_id);

-- Supervision visits to an organisation and what was found. Append-only.
CREATE TABLE supervision_visits (
    id         TEXT PRIMARY KEY NOT NULL,
    org_id     TEXT NOT NULL REFERENCES mediation_orgs (id),
    visited_on TEXT NOT NULL,
    visitors   TEXT NOT NULL,
    findings   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users (id)
);
CREATE INDEX supervision_visits_org ON supervision_visits (org_id, visited_on);

CREATE TABLE mediation_counters (
    year     INTEGER PRIMARY KEY NOT NULL,
    last_seq INTEGER NOT NULL
);

-- A mediation case before arbitration: the application (oral ones recorded on the spot,
-- Art. 12), the organisation and mediator, how it is conducted, the 15-day window of
-- Art. 14, and the result: an agreement (effective once both parties and the mediator
-- have signed and the organisation has sealed it) or none, referred to arbitration.
CREATE TABLE mediation_cases (
    id                   TEXT PRIMARY KEY NOT NULL,
    case_no              TEXT NOT NULL UNIQUE,
    org_id               TEXT NOT NULL REFERENCES mediation_orgs (id),
    mediator_id          TEXT REFERENCES mediators (id),
    joint_arbitrator_id  TEXT REFERENCES users (id),
    application          TEXT NOT NULL CHECK (application IN ('oral', 'written')),
    oral_record          TEXT,
    applied_on           TEXT NOT NULL,
    due_on               TEXT NOT NULL,
    applicant_name       TEXT NOT NULL,
    applicant_mobile     TEXT,
    respondent_name      TEXT NOT NULL,
    respondent_contact   TEXT,
    matter               TEXT NOT NULL,
    categories           TEXT NOT NULL,
    amount_fen           INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
    mode                 TEXT NOT NULL CHECK (mode IN ('online_video', 'phone', 'in_person')),
    status               TEXT NOT NULL CHECK (status IN ('open', 'agreement', 'no_agreement')),
    concluded_on         TEXT,
    agreement_terms      TEXT,
    performance_due_on   TEXT,
    signed_applicant     INTEGER NOT NULL DEFAULT 0,
    signed_respondent    INTEGER NOT NULL DEFAULT 0,
    signed_mediator      INTEGER NOT NULL DEFAULT 0,
    sealed               INTEGER NOT NULL DEFAULT 0,
    effective_on         TEXT,
    no_agreement_reason  TEXT,
    review_applied_on    TEXT,
    referred_case_id     TEXT REFERENCES cases (id),
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL REFERENCES users (id),
    updated_at           TEXT NOT NULL,
    CHECK (application = 'written' OR length(trim(coalesce(oral_record, ''))) > 0),
    CHECK (status = 'open' OR concluded_on IS NOT NULL),
    CHECK (status <> 'agreement' OR agreement_terms IS NOT NULL)
);
-- Covering the statistics' scans: a year of 100,000 cases is read from the index alone.
CREATE INDEX mediation_cases_applied ON mediation_cases (applied_on, org_id, mode, status);
CREATE INDEX mediation_cases_concluded ON mediation_cases (concluded_on, org_id, status);
CREATE INDEX mediation_cases_org ON mediation_cases (org_id, applied_on);

-- What happened to a mediation case, in order. Append-only.
CREATE TABLE mediation_case_events (
    id                TEXT PRIMARY KEY NOT NULL,
    mediation_case_id TEXT NOT NULL REFERENCES mediation_cases (id),
    at                TEXT NOT NULL,
    summary           TEXT NOT NULL,
    created_by        TEXT NOT NULL REFERENCES users (id)
);
CREATE INDEX mediation_case_events_case ON mediation_case_events (mediation_case_id, at);

-- The service log: services given on a day, by kind, with how many. An entry made in
-- error is removed (audited); these are counts, not legal records.
CREATE TABLE service_logs (
    id         TEXT PRIMARY KEY NOT NULL,
    on_date    TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('consultation', 'social_security_card',
                   'elderly_special', 'self_service', 'other')),
    count      INTEGER NOT NULL CHECK (count > 0),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users (id)
);
CREATE INDEX service_logs_date ON service_logs (on_date);

-- Publicity activities (送法入企 and the like).
CREATE TABLE publicity_events (
    id           TEXT PRIMARY KEY NOT NULL,
    held_on      TEXT NOT NULL,
    place        TEXT NOT NULL,
    topic        TEXT NOT NULL,
    participants INTEGER NOT NULL CHECK (participants >= 0),
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL REFERENCES users (id)
);
CREATE INDEX publicity_events_date ON publicity_events (held_on);

CREATE TRIGGER mediation_trainings_no_update BEFORE UPDATE ON mediation_trainings
BEGIN SELECT RAISE(ABORT, 'training records are append-only'); END;
CREATE TRIGGER mediation_trainings_no_delete BEFORE DELETE ON mediation_trainings
BEGIN SELECT RAISE(ABORT, 'training records are append-only'); END;
CREATE TRIGGER supervision_visits_no_update BEFORE UPDATE ON supervision_visits
BEGIN SELECT RAISE(ABORT, 'supervision records are append-only'); END;
CREATE TRIGGER supervision_visits_no_delete BEFORE DELETE ON supervision_visits
BEGIN SELECT RAISE(ABORT, 'supervision records are append-only'); END;
CREATE TRIGGER mediation_case_events_no_update BEFORE UPDATE ON mediation_case_events
BEGIN SELECT RAISE(ABORT, 'mediation case events are append-only'); END;
CREATE TRIGGER mediation_case_events_no_delete BEFORE DELETE ON mediation_case_events
BEGIN SELECT RAISE(ABORT, 'mediation case events are append-only'); END;
-- An agreement, once effective, is a legal record: its terms and signatures stay.
CREATE TRIGGER mediation_agreement_fixed BEFORE UPDATE ON mediation_cases
WHEN OLD.effective_on IS NOT NULL AND (NEW.agreement_terms IS NOT OLD.agreement_terms
    OR NEW.effective_on IS NOT OLD.effective_on OR NEW.status IS NOT OLD.status)
BEGIN SELECT RAISE(ABORT, 'an effective mediation agreement cannot be changed'); END;
