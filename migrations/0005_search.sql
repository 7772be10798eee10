-- Full-text search over case files that finds Chinese substrings: the core stores each
-- text as overlapping character bigrams, so that any substring of two or more
-- characters is a phrase of consecutive tokens. Contentless: the index keeps only
-- tokens, keyed by `cases.search_key`; the core rewrites a case's entry in the same
-- transaction as the change it indexes.
CREATE VIRTUAL TABLE case_search USING fts5(
    grams,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61'
);

-- A stable integer key per case for the index (implicit rowids may change on VACUUM).
ALTER TABLE cases ADD COLUMN search_key INTEGER;
CREATE UNIQUE INDEX cases_search_key ON cases (search_key);

-- The case list's default order.
CREATE INDEX cases_received ON cases (received_on DESC, id DESC);
