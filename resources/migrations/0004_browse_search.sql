-- Version 4: what the Generations and Complaints lists need to stay fast at a
-- million rows: an index for every column they sort on, full-text search
-- indexes, and saved views.

-- Sort keys. Every list order is (column, time, id), all in one direction,
-- so that a keyset page is one range scan of one index. Severity sorts by
-- rank, not by its English token; the rank is a virtual column, so it costs
-- no storage in the row.
ALTER TABLE generations ADD COLUMN severity_rank INTEGER GENERATED ALWAYS AS (
    CASE severity WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3
                  WHEN 'critical' THEN 4 END) VIRTUAL;
ALTER TABLE complaints ADD COLUMN severity_rank INTEGER GENERATED ALWAYS AS (
    CASE severity WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3
                  WHEN 'critical' THEN 4 ELSE 0 END) VIRTUAL;

-- These replace two-column indexes with the same prefix, which would only
-- cost time on every bulk load.
DROP INDEX generations_model;
DROP INDEX generations_category;
CREATE INDEX generations_model_sort ON generations(model_version_id, flagged_at, id);
CREATE INDEX generations_category_sort ON generations(risk_category, flagged_at, id);
CREATE INDEX generations_severity_sort ON generations(severity_rank, flagged_at, id);

DROP INDEX complaints_status;
CREATE INDEX complaints_status_sort ON complaints(status, received_at, id);
CREATE INDEX complaints_channel_sort ON complaints(channel, received_at, id);
CREATE INDEX complaints_kind_sort ON complaints(kind, received_at, id);
CREATE INDEX complaints_severity_sort ON complaints(severity_rank, received_at, id);

-- Full-text search. The trigram tokenizer finds any substring of three or
-- more characters, Chinese or English, without a word splitter. The indexes
-- hold no copy of the text (external content).
CREATE VIRTUAL TABLE generations_fts USING fts5(
    prompt, output, content = 'generations', content_rowid = 'rowid', tokenize = 'trigram');
CREATE VIRTUAL TABLE complaints_fts USING fts5(
    text, content = 'complaints', content_rowid = 'rowid', tokenize = 'trigram');

-- How far each search index is built. A trigram index over a million rows
-- takes longer to build than the rows take to write, so it is not built while
-- rows are bulk-loaded but afterwards, in rowid order and in short chunks.
-- indexed_to is the highest rowid the index covers: -1 before the first
-- chunk, 9223372036854775807 once complete. The triggers keep the covered
-- rows current; rows past the mark are picked up by the next chunk.
-- VACUUM may renumber the rowids of these tables: after one, the index must
-- be dropped back to -1 and built again.
CREATE TABLE search_index (
    name       TEXT PRIMARY KEY CHECK (name IN ('generations', 'complaints')),
    indexed_to INTEGER NOT NULL
);
INSERT INTO search_index (name, indexed_to) VALUES ('generations', -1), ('complaints', -1);

CREATE TRIGGER generations_fts_insert AFTER INSERT ON generations
WHEN new.rowid <= (SELECT indexed_to FROM search_index WHERE name = 'generations')
BEGIN
    INSERT INTO generations_fts (rowid, prompt, output) VALUES (new.rowid, new.prompt, new.output);
END;
CREATE TRIGGER generations_fts_delete AFTER DELETE ON generations
WHEN old.rowid <= (SELECT indexed_to FROM search_index WHERE name = 'generations')
BEGIN
    INSERT INTO generations_fts (generations_fts, rowid, prompt, output)
        VALUES ('delete', old.rowid, old.prompt, old.output);
END;
CREATE TRIGGER generations_fts_update AFTER UPDATE OF prompt, output ON generations
WHEN old.rowid <= (SELECT indexed_to FROM search_index WHERE name = 'generations')
BEGIN
    INSERT INTO generations_fts (generations_fts, rowid, prompt, output)
        VALUES ('delete', old.rowid, old.prompt, old.output);
    INSERT INTO generations_fts (rowid, prompt, output) VALUES (new.rowid, new.prompt, new.output);
END;

CREATE TRIGGER complaints_fts_insert AFTER INSERT ON complaints
WHEN new.rowid <= (SELECT indexed_to FROM search_index WHERE name = 'complaints')
BEGIN
    INSERT INTO complaints_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER complaints_fts_delete AFTER DELETE ON complaints
WHEN old.rowid <= (SELECT indexed_to FROM search_index WHERE name = 'complaints')
BEGIN
    INSERT INTO complaints_fts (complaints_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER complaints_fts_update AFTER UPDATE OF text ON complaints
WHEN old.rowid <= (SELECT indexed_to FROM search_index WHERE name = 'complaints')
BEGIN
    INSERT INTO complaints_fts (complaints_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO complaints_fts (rowid, text) VALUES (new.rowid, new.text);
END;

-- Named views of a list (filter, sort, columns), shared by everyone working
-- in the workspace.
CREATE TABLE saved_views (
    id         INTEGER PRIMARY KEY,
    list       TEXT NOT NULL CHECK (list IN ('generations', 'complaints')),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    definition TEXT NOT NULL CHECK (json_valid(definition)),
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (list, name)
);
