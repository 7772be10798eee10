-- The facts behind the intake warnings (A6 limitation, A7 priority, A8 co-parties).
-- One row per case, written when a clerk records them; a missing row means "not
-- recorded". Warnings are computed from these, never stored.
CREATE TABLE case_circumstances (
    case_id                   TEXT PRIMARY KEY NOT NULL REFERENCES cases (id),
    -- The day the worker knew or should have known of the infringement (LDMAL Art. 27).
    knew_on                   TEXT,
    employment_status         TEXT NOT NULL DEFAULT 'unknown'
                              CHECK (employment_status IN ('unknown', 'ongoing', 'ended')),
    employment_ended_on       TEXT,
    -- The latest interruption (时效中断): the year counts again from this day.
    limitation_interrupted_on TEXT,
    -- Days during which the limitation was suspended (时效中止).
    limitation_suspended_days INTEGER NOT NULL DEFAULT 0 CHECK (limitation_suspended_days >= 0),
    dispatch_dispute          INTEGER NOT NULL DEFAULT 0,
    employer_unlicensed       INTEGER NOT NULL DEFAULT 0,
    collective_contract       INTEGER NOT NULL DEFAULT 0,
    updated_at                TEXT NOT NULL,
    updated_by                TEXT NOT NULL REFERENCES users (id)
);
