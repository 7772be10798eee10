-- Official documents generated from case data (文书): the canonical content (JSON) and
-- its SHA-256, printed in the PDF's footer; the PDF itself, so that what was issued can
-- always be produced again byte for byte. Append-only.
CREATE TABLE documents (
    id             TEXT PRIMARY KEY NOT NULL,
    case_id        TEXT NOT NULL REFERENCES cases (id),
    hearing_id     TEXT REFERENCES hearings (id),
    kind           TEXT NOT NULL,
    title          TEXT NOT NULL,
    addressee      TEXT NOT NULL DEFAULT '',
    content        TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    pdf            BLOB NOT NULL,
    pdf_sha256     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL REFERENCES users (id)
);
CREATE INDEX documents_case ON documents (case_id, created_at);

CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
BEGIN SELECT RAISE(ABORT, 'documents are append-only'); END;
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN SELECT RAISE(ABORT, 'documents are append-only'); END;
