-- Version 7: running tallies that let the dashboard count a million items in
-- a few thousand rows. Triggers keep them in step with every writer (the
-- services, intake, the demo), so they can never drift from the tables they
-- count; the workspace refills them whenever its time zone is not the one
-- they were counted in.

-- The workspace zone's UTC offsets as date() modifiers, each from the instant
-- it starts ('0000' for the first), so that a trigger can find a timestamp's
-- local day. The workspace writes them from its zone when it counts the
-- tallies; until then (right after this migration) the triggers stand still.
CREATE TABLE zone_offsets (
    since    TEXT PRIMARY KEY,
    modifier TEXT NOT NULL
) WITHOUT ROWID;

-- Deadlines per provider, policy, trigger day, due day, local remediation day
-- ('' while open) and verification. Missing providers are ''.
CREATE TABLE deadline_tallies (
    provider_id   TEXT NOT NULL,
    policy_id     TEXT NOT NULL,
    trigger_date  TEXT NOT NULL,
    due           TEXT NOT NULL,
    remediated_on TEXT NOT NULL,
    verification  TEXT NOT NULL,
    n             INTEGER NOT NULL,
    -- Day columns first: the unfiltered dashboard groups by them in key order.
    PRIMARY KEY (trigger_date, due, remediated_on, verification, provider_id, policy_id)
) WITHOUT ROWID;

-- Flagged generations that have a deadline, per provider, policy, trigger
-- (flag) day and risk category: a pair counts while both rows exist.
CREATE TABLE risk_tallies (
    provider_id   TEXT NOT NULL,
    policy_id     TEXT NOT NULL,
    trigger_date  TEXT NOT NULL,
    risk_category TEXT NOT NULL,
    n             INTEGER NOT NULL,
    PRIMARY KEY (risk_category, trigger_date, provider_id, policy_id)
) WITHOUT ROWID;

-- Complaints per local receipt day, feedback limit day, local answer day
-- ('' when unanswered) and whether they are resolved.
CREATE TABLE complaint_tallies (
    received_on  TEXT NOT NULL,
    response_due TEXT NOT NULL,
    responded_on TEXT NOT NULL,
    resolved     INTEGER NOT NULL,
    n            INTEGER NOT NULL,
    PRIMARY KEY (received_on, response_due, responded_on, resolved)
) WITHOUT ROWID;

CREATE TRIGGER deadline_tallies_insert AFTER INSERT ON deadlines
WHEN EXISTS (SELECT 1 FROM zone_offsets)
BEGIN
    INSERT INTO deadline_tallies VALUES (
        coalesce(NEW.provider_id, ''), NEW.policy_id, NEW.trigger_date, NEW.due,
        coalesce(date(NEW.remediated_at, (SELECT modifier FROM zone_offsets
            WHERE since <= NEW.remediated_at ORDER BY since DESC LIMIT 1)), ''),
        NEW.verification, 1)
    ON CONFLICT (trigger_date, due, remediated_on, verification, provider_id, policy_id)
    DO UPDATE SET n = n + 1;
    INSERT INTO risk_tallies
    SELECT coalesce(NEW.provider_id, ''), NEW.policy_id, NEW.trigger_date, g.risk_category, 1
    FROM generations g WHERE NEW.item_kind = 'generation' AND g.id = NEW.item_id
    ON CONFLICT (risk_category, trigger_date, provider_id, policy_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER deadline_tallies_delete AFTER DELETE ON deadlines
WHEN EXISTS (SELECT 1 FROM zone_offsets)
BEGIN
    UPDATE deadline_tallies SET n = n - 1
    WHERE provider_id = coalesce(OLD.provider_id, '') AND policy_id = OLD.policy_id
      AND trigger_date = OLD.trigger_date AND due = OLD.due
      AND remediated_on = coalesce(date(OLD.remediated_at, (SELECT modifier FROM zone_offsets
            WHERE since <= OLD.remediated_at ORDER BY since DESC LIMIT 1)), '')
      AND verification = OLD.verification;
    UPDATE risk_tallies SET n = n - 1
    WHERE provider_id = coalesce(OLD.provider_id, '') AND policy_id = OLD.policy_id
      AND trigger_date = OLD.trigger_date AND OLD.item_kind = 'generation'
      AND risk_category = (SELECT g.risk_category FROM generations g WHERE g.id = OLD.item_id);
END;

CREATE TRIGGER deadline_tallies_update
AFTER UPDATE OF provider_id, policy_id, trigger_date, due, remediated_at, verification, item_kind,
    item_id ON deadlines
WHEN EXISTS (SELECT 1 FROM zone_offsets)
BEGIN
    UPDATE deadline_tallies SET n = n - 1
    WHERE provider_id = coalesce(OLD.provider_id, '') AND policy_id = OLD.policy_id
      AND trigger_date = OLD.trigger_date AND due = OLD.due
      AND remediated_on = coalesce(date(OLD.remediated_at, (SELECT modifier FROM zone_offsets
            WHERE since <= OLD.remediated_at ORDER BY since DESC LIMIT 1)), '')
      AND verification = OLD.verification;
    INSERT INTO deadline_tallies VALUES (
        coalesce(NEW.provider_id, ''), NEW.policy_id, NEW.trigger_date, NEW.due,
        coalesce(date(NEW.remediated_at, (SELECT modifier FROM zone_offsets
            WHERE since <= NEW.remediated_at ORDER BY since DESC LIMIT 1)), ''),
        NEW.verification, 1)
    ON CONFLICT (trigger_date, due, remediated_on, verification, provider_id, policy_id)
    DO UPDATE SET n = n + 1;
    UPDATE risk_tallies SET n = n - 1
    WHERE provider_id = coalesce(OLD.provider_id, '') AND policy_id = OLD.policy_id
      AND trigger_date = OLD.trigger_date AND OLD.item_kind = 'generation'
      AND risk_category = (SELECT g.risk_category FROM generations g WHERE g.id = OLD.item_id);
    INSERT INTO risk_tallies
    SELECT coalesce(NEW.provider_id, ''), NEW.policy_id, NEW.trigger_date, g.risk_category, 1
    FROM generations g WHERE NEW.item_kind = 'generation' AND g.id = NEW.item_id
    ON CONFLICT (risk_category, trigger_date, provider_id, policy_id) DO UPDATE SET n = n + 1;
END;

-- A generation written after its deadline, removed before it, or given
-- another category moves its pair's count.
CREATE TRIGGER risk_tallies_generation_insert AFTER INSERT ON generations
WHEN EXISTS (SELECT 1 FROM zone_offsets)
BEGIN
    INSERT INTO risk_tallies
    SELECT coalesce(d.provider_id, ''), d.policy_id, d.trigger_date, NEW.risk_category, 1
    FROM deadlines d WHERE d.item_kind = 'generation' AND d.item_id = NEW.id
    ON CONFLICT (risk_category, trigger_date, provider_id, policy_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER risk_tallies_generation_delete AFTER DELETE ON generations
WHEN EXISTS (SELECT 1 FROM zone_offsets)
BEGIN
    UPDATE risk_tallies SET n = n - 1
    WHERE risk_category = OLD.risk_category
      AND (provider_id, policy_id, trigger_date) = (SELECT coalesce(d.provider_id, ''),
            d.policy_id, d.trigger_date FROM deadlines d
            WHERE d.item_kind = 'generation' AND d.item_id = OLD.id);
END;

CREATE TRIGGER risk_tallies_generation_update AFTER UPDATE OF id, risk_category ON generations
WHEN EXISTS (SELECT 1 FROM zone_offsets)
BEGIN
    UPDATE risk_tallies SET n = n - 1
    WHERE risk_category = OLD.risk_category
      AND (provider_id, policy_id, trigger_date) = (SELECT coalesce(d.provider_id, ''),
            d.policy_id, d.trigger_date FROM deadlines d
            WHERE d.item_kind = 'generation' AND d.item_id = OLD.id);
    INSERT INTO risk_tallies
    SELECT coalesce(d.provider_id, ''), d.policy_id, d.trigger_date, NEW.risk_category, 1
    FROM deadlines d WHERE d.item_kind = 'generation' AND d.item_id = NEW.id
    ON CONFLICT (risk_category, trigger_date, provider_id, policy_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER complaint_tallies_insert AFTER INSERT ON complaints
WHEN EXISTS (SELECT 1 FROM zone_offsets)
BEGIN
    INSERT INTO complaint_tallies VALUES (
        date(NEW.received_at, (SELECT modifier FROM zone_offsets
            WHERE since <= NEW.received_at ORDER BY since DESC LIMIT 1)),
        coalesce(NEW.response_due, ''),
        coalesce(date(NEW.responded_at, (SELECT modifier FROM zone_offsets
            WHERE since <= NEW.responded_at ORDER BY since DESC LIMIT 1)), ''),
        NEW.status = 'resolved', 1)
    ON CONFLICT (received_on, response_due, responded_on, resolved) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER complaint_tallies_delete AFTER DELETE ON complaints
WHEN EXISTS (SELECT 1 FROM zone_offsets)
BEGIN
    UPDATE complaint_tallies SET n = n - 1
    WHERE received_on = date(OLD.received_at, (SELECT modifier FROM zone_offsets
            WHERE since <= OLD.received_at ORDER BY since DESC LIMIT 1))
      AND response_due = coalesce(OLD.response_due, '')
      AND responded_on = coalesce(date(OLD.responded_at, (SELECT modifier FROM zone_offsets
            WHERE since <= OLD.responded_at ORDER BY since DESC LIMIT 1)), '')
      AND resolved = (OLD.status = 'resolved');
END;

CREATE TRIGGER complaint_tallies_update
AFTER UPDATE OF received_at, response_due, responded_at, status ON complaints
WHEN EXISTS (SELECT 1 FROM zone_offsets)
BEGIN
    UPDATE complaint_tallies SET n = n - 1
    WHERE received_on = date(OLD.received_at, (SELECT modifier FROM zone_offsets
            WHERE since <= OLD.received_at ORDER BY since DESC LIMIT 1))
      AND response_due = coalesce(OLD.response_due, '')
      AND responded_on = coalesce(date(OLD.responded_at, (SELECT modifier FROM zone_offsets
            WHERE since <= OLD.responded_at ORDER BY since DESC LIMIT 1)), '')
      AND resolved = (OLD.status = 'resolved');
    INSERT INTO complaint_tallies VALUES (
        date(NEW.received_at, (SELECT modifier FROM zone_offsets
            WHERE since <= NEW.received_at ORDER BY since DESC LIMIT 1)),
        coalesce(NEW.response_due, ''),
        coalesce(date(NEW.responded_at, (SELECT modifier FROM zone_offsets
            WHERE since <= NEW.responded_at ORDER BY since DESC LIMIT 1)), ''),
        NEW.status = 'resolved', 1)
    ON CONFLICT (received_on, response_due, responded_on, resolved) DO UPDATE SET n = n + 1;
END;
