-- Version 5: what review cases, complaint triage and the audit-log browser
-- need beyond version 1.

-- The triage queue: complaints not yet triaged, most urgent first. Urgency is
-- the feedback deadline (when none is recorded, receipt + 21 days stands in
-- for the default 15 working days, so that such complaints still sort by age
-- among the dated ones), then severity (critical first; an unknown severity
-- ranks between medium and low: it may be anything, but a known high one
-- comes first), then age. The expressions are repeated verbatim in
-- core/triage/triagequeue.cpp: SQLite only uses an expression index for the
-- identical expression, and the partial index keeps it as small as the queue.
CREATE INDEX complaints_triage ON complaints (
    coalesce(response_due, date(received_at, '+21 days')),
    CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2
                  WHEN 'low' THEN 4 ELSE 3 END,
    received_at,
    id)
    WHERE status = 'new';

-- Complaints marked as duplicates of one complaint, and the duplicate finder's
-- time window.
CREATE INDEX complaints_duplicate_of ON complaints(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- The Cases list (newest first) and its filters.
CREATE INDEX review_cases_opened ON review_cases(opened_at, id);
CREATE INDEX review_cases_assignee ON review_cases(assignee, opened_at);
CREATE INDEX review_cases_provider ON review_cases(provider_id, opened_at);
CREATE INDEX case_evidence_sha ON case_evidence(sha256);

-- The Audit log section filters a log of a million entries and pages it
-- newest first (keyset on seq).
CREATE INDEX audit_log_actor ON audit_log(actor, seq);
CREATE INDEX audit_log_action ON audit_log(action, seq);
CREATE INDEX audit_log_at ON audit_log(at, seq);

-- A case event and its audit entry are written together; the event keeps the
-- entry's seq so that the case timeline can interleave the case's events with
-- the audit entries of its items in the exact order they were committed
-- (timestamps have whole seconds only).
ALTER TABLE case_events ADD COLUMN audit_seq INTEGER;
