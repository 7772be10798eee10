-- The award's reasoning (LDMAL Art. 46): the respondent's defense as stated, the facts
-- found and the reasons, kept with the award; append-only like the award itself.
CREATE TABLE award_reasoning (
    award_id TEXT PRIMARY KEY NOT NULL REFERENCES awards (id),
    defense  TEXT,
    facts    TEXT NOT NULL CHECK (length(trim(facts)) > 0),
    reasons  TEXT NOT NULL CHECK (length(trim(reasons)) > 0)
);
CREATE TRIGGER award_reasoning_no_update BEFORE UPDATE ON award_reasoning
BEGIN SELECT RAISE(ABORT, 'award reasoning is append-only'); END;
CREATE TRIGGER award_reasoning_no_delete BEFORE DELETE ON award_reasoning
BEGIN SELECT RAISE(ABORT, 'award reasoning is append-only'); END;

-- Documents also belong to intake items (急难愁盼事项受理转办单), which may never become
-- a case: the table is rebuilt with case_id optional and intake_id beside it. Nothing
-- references documents yet, so the rebuild keeps every row as it was.
CREATE TABLE documents_v2 (
    id             TEXT PRIMARY KEY NOT NULL,
    case_id        TEXT REFERENCES cases (id),
    intake_id      TEXT REFERENCES intake_items (id),
    hearing_id     TEXT REFERENCES hearings (id),
    kind           TEXT NOT NULL,
    title          TEXT NOT NULL,
    addressee      TEXT NOT NULL DEFAULT '',
    content        TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    pdf            BLOB NOT NULL,
    pdf_sha256     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL REFERENCES users (id),
    CHECK ((case_id IS NULL) <> (intake_id IS NULL))
);
INSERT INTO documents_v2 (id, case_id, hearing_id, kind, title, addressee, content, content_sha256,
        pdf, pdf_sha256, created_at, created_by)
    SELECT id, case_id, hearing_id, kind, title, addressee, content, content_sha256, pdf,
        pdf_sha256, created_at, created_by FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v2 RENAME TO documents;
CREATE INDEX documents_case ON documents (case_id, created_at);
CREATE INDEX documents_intake ON documents (intake_id, created_at);
CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
BEGIN SELECT RAISE(ABORT, 'documents are append-only'); END;
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN SELECT RAISE(ABORT, 'documents are append-only'); END;

-- Templates edited by an administrator, per layout ('official', 'form'). The newest row
-- is in force; a NULL body goes back to the template shipped with the app. Append-only:
-- the history of what documents were typeset with stays.
CREATE TABLE document_templates (
    id          TEXT PRIMARY KEY NOT NULL,
    layout      TEXT NOT NULL CHECK (layout IN ('official', 'form')),
    body        TEXT,
    body_sha256 TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL REFERENCES users (id)
);
CREATE INDEX document_templates_layout ON document_templates (layout, created_at);
CREATE TRIGGER document_templates_no_update BEFORE UPDATE ON document_templates
BEGIN SELECT RAISE(ABORT, 'document templates are append-only'); END;
CREATE TRIGGER document_templates_no_delete BEFORE DELETE ON document_templates
BEGIN SELECT RAISE(ABORT, 'document templates are append-only'); END;
