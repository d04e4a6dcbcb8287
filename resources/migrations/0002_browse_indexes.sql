-- Version 2: indexes that let the workbench read its large tables in keyset
-- windows (ORDER BY <column>, id) and count deadlines by state without scanning.
CREATE INDEX generations_flagged ON generations(flagged_at, id);
CREATE INDEX generations_created ON generations(created_at, id);
CREATE INDEX generations_category ON generations(risk_category, flagged_at);
CREATE INDEX generations_hash ON generations(content_hash);
CREATE INDEX complaints_received ON complaints(received_at, id);
CREATE INDEX complaints_status ON complaints(status, received_at);
CREATE INDEX deadlines_due ON deadlines(due, id);
CREATE INDEX deadlines_provider ON deadlines(provider_id, due);
CREATE INDEX audit_log_entity ON audit_log(entity_kind, entity_id);
