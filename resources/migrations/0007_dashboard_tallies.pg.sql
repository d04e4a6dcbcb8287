-- PostgreSQL form of 0007_dashboard_tallies.sql.
-- Differs: each trigger body is a plpgsql function <trigger>_fn() (the WHEN EXISTS test moves into
-- it), date() is ab_date() (0005), upserts qualify n, and zone_offsets.since compares bytewise.
-- Version 7: running tallies that let the dashboard count a million items in
-- a few thousand rows. Triggers keep them in step with every writer (the
-- services, intake, the demo), so they can never drift from the tables they
-- count; the workspace refills them whenever its time zone is not the one
-- they were counted in.

-- The workspace zone's UTC offsets as date() modifiers, each from the instant
-- it starts ('0000' for the first), so that a trigger can find a timestamp's
-- local day. The workspace writes them from its zone when it counts the
-- tallies; until then (right after this migration) the triggers stand still.
-- since is COLLATE "C": the lookup "since <= timestamp ORDER BY since" must
-- compare bytes, as SQLite does, whatever the database's collation.
CREATE TABLE zone_offsets (
    since    text COLLATE "C" PRIMARY KEY,
    modifier text NOT NULL
);

-- Deadlines per provider, policy, trigger day, due day, local remediation day
-- ('' while open) and verification. Missing providers are ''.
CREATE TABLE deadline_tallies (
    provider_id   text NOT NULL,
    policy_id     text NOT NULL,
    trigger_date  text NOT NULL,
    due           text NOT NULL,
    remediated_on text NOT NULL,
    verification  text NOT NULL,
    n             bigint NOT NULL,
    -- Day columns first: the unfiltered dashboard groups by them in key order.
    PRIMARY KEY (trigger_date, due, remediated_on, verification, provider_id, policy_id)
);

-- Flagged generations that have a deadline, per provider, policy, trigger
-- (flag) day and risk category: a pair counts while both rows exist.
CREATE TABLE risk_tallies (
    provider_id   text NOT NULL,
    policy_id     text NOT NULL,
    trigger_date  text NOT NULL,
    risk_category text NOT NULL,
    n             bigint NOT NULL,
    PRIMARY KEY (risk_category, trigger_date, provider_id, policy_id)
);

-- Complaints per local receipt day, feedback limit day, local answer day
-- ('' when unanswered) and whether they are resolved.
CREATE TABLE complaint_tallies (
    received_on  text NOT NULL,
    response_due text NOT NULL,
    responded_on text NOT NULL,
    resolved     bigint NOT NULL,
    n            bigint NOT NULL,
    PRIMARY KEY (received_on, response_due, responded_on, resolved)
);

-- PostgreSQL allows no subquery in a trigger's WHEN: each function returns
-- early instead while zone_offsets is empty.
CREATE FUNCTION deadline_tallies_insert_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM zone_offsets) THEN
        RETURN NULL;
    END IF;
    INSERT INTO deadline_tallies VALUES (
        coalesce(NEW.provider_id, ''), NEW.policy_id, NEW.trigger_date, NEW.due,
        coalesce(ab_date(NEW.remediated_at, (SELECT modifier FROM zone_offsets
            WHERE since <= NEW.remediated_at ORDER BY since DESC LIMIT 1)), ''),
        NEW.verification, 1)
    ON CONFLICT (trigger_date, due, remediated_on, verification, provider_id, policy_id)
    DO UPDATE SET n = deadline_tallies.n + 1;
    INSERT INTO risk_tallies
    SELECT coalesce(NEW.provider_id, ''), NEW.policy_id, NEW.trigger_date, g.risk_category, 1
    FROM generations g WHERE NEW.item_kind = 'generation' AND g.id = NEW.item_id
    ON CONFLICT (risk_category, trigger_date, provider_id, policy_id) DO UPDATE SET n = risk_tallies.n + 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER deadline_tallies_insert AFTER INSERT ON deadlines
    FOR EACH ROW EXECUTE FUNCTION deadline_tallies_insert_fn();

CREATE FUNCTION deadline_tallies_delete_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM zone_offsets) THEN
        RETURN NULL;
    END IF;
    UPDATE deadline_tallies SET n = n - 1
    WHERE provider_id = coalesce(OLD.provider_id, '') AND policy_id = OLD.policy_id
      AND trigger_date = OLD.trigger_date AND due = OLD.due
      AND remediated_on = coalesce(ab_date(OLD.remediated_at, (SELECT modifier FROM zone_offsets
            WHERE since <= OLD.remediated_at ORDER BY since DESC LIMIT 1)), '')
      AND verification = OLD.verification;
    UPDATE risk_tallies SET n = n - 1
    WHERE provider_id = coalesce(OLD.provider_id, '') AND policy_id = OLD.policy_id
      AND trigger_date = OLD.trigger_date AND OLD.item_kind = 'generation'
      AND risk_category = (SELECT g.risk_category FROM generations g WHERE g.id = OLD.item_id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER deadline_tallies_delete AFTER DELETE ON deadlines
    FOR EACH ROW EXECUTE FUNCTION deadline_tallies_delete_fn();

CREATE FUNCTION deadline_tallies_update_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM zone_offsets) THEN
        RETURN NULL;
    END IF;
    UPDATE deadline_tallies SET n = n - 1
    WHERE provider_id = coalesce(OLD.provider_id, '') AND policy_id = OLD.policy_id
      AND trigger_date = OLD.trigger_date AND due = OLD.due
      AND remediated_on = coalesce(ab_date(OLD.remediated_at, (SELECT modifier FROM zone_offsets
            WHERE since <= OLD.remediated_at ORDER BY since DESC LIMIT 1)), '')
      AND verification = OLD.verification;
    INSERT INTO deadline_tallies VALUES (
        coalesce(NEW.provider_id, ''), NEW.policy_id, NEW.trigger_date, NEW.due,
        coalesce(ab_date(NEW.remediated_at, (SELECT modifier FROM zone_offsets
            WHERE since <= NEW.remediated_at ORDER BY since DESC LIMIT 1)), ''),
        NEW.verification, 1)
    ON CONFLICT (trigger_date, due, remediated_on, verification, provider_id, policy_id)
    DO UPDATE SET n = deadline_tallies.n + 1;
    UPDATE risk_tallies SET n = n - 1
    WHERE provider_id = coalesce(OLD.provider_id, '') AND policy_id = OLD.policy_id
      AND trigger_date = OLD.trigger_date AND OLD.item_kind = 'generation'
      AND risk_category = (SELECT g.risk_category FROM generations g WHERE g.id = OLD.item_id);
    INSERT INTO risk_tallies
    SELECT coalesce(NEW.provider_id, ''), NEW.policy_id, NEW.trigger_date, g.risk_category, 1
    FROM generations g WHERE NEW.item_kind = 'generation' AND g.id = NEW.item_id
    ON CONFLICT (risk_category, trigger_date, provider_id, policy_id) DO UPDATE SET n = risk_tallies.n + 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER deadline_tallies_update
AFTER UPDATE OF provider_id, policy_id, trigger_date, due, remediated_at, verification, item_kind,
    item_id ON deadlines
    FOR EACH ROW EXECUTE FUNCTION deadline_tallies_update_fn();

-- A generation written after its deadline, removed before it, or given
-- another category moves its pair's count.
CREATE FUNCTION risk_tallies_generation_insert_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM zone_offsets) THEN
        RETURN NULL;
    END IF;
    INSERT INTO risk_tallies
    SELECT coalesce(d.provider_id, ''), d.policy_id, d.trigger_date, NEW.risk_category, 1
    FROM deadlines d WHERE d.item_kind = 'generation' AND d.item_id = NEW.id
    ON CONFLICT (risk_category, trigger_date, provider_id, policy_id) DO UPDATE SET n = risk_tallies.n + 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER risk_tallies_generation_insert AFTER INSERT ON generations
    FOR EACH ROW EXECUTE FUNCTION risk_tallies_generation_insert_fn();

CREATE FUNCTION risk_tallies_generation_delete_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM zone_offsets) THEN
        RETURN NULL;
    END IF;
    UPDATE risk_tallies SET n = n - 1
    WHERE risk_category = OLD.risk_category
      AND (provider_id, policy_id, trigger_date) = (SELECT coalesce(d.provider_id, ''),
            d.policy_id, d.trigger_date FROM deadlines d
            WHERE d.item_kind = 'generation' AND d.item_id = OLD.id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER risk_tallies_generation_delete AFTER DELETE ON generations
    FOR EACH ROW EXECUTE FUNCTION risk_tallies_generation_delete_fn();

CREATE FUNCTION risk_tallies_generation_update_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM zone_offsets) THEN
        RETURN NULL;
    END IF;
    UPDATE risk_tallies SET n = n - 1
    WHERE risk_category = OLD.risk_category
      AND (provider_id, policy_id, trigger_date) = (SELECT coalesce(d.provider_id, ''),
            d.policy_id, d.trigger_date FROM deadlines d
            WHERE d.item_kind = 'generation' AND d.item_id = OLD.id);
    INSERT INTO risk_tallies
    SELECT coalesce(d.provider_id, ''), d.policy_id, d.trigger_date, NEW.risk_category, 1
    FROM deadlines d WHERE d.item_kind = 'generation' AND d.item_id = NEW.id
    ON CONFLICT (risk_category, trigger_date, provider_id, policy_id) DO UPDATE SET n = risk_tallies.n + 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER risk_tallies_generation_update AFTER UPDATE OF id, risk_category ON generations
    FOR EACH ROW EXECUTE FUNCTION risk_tallies_generation_update_fn();

-- resolved is the integer 0 or 1, as SQLite's NEW.status = 'resolved' gives.
CREATE FUNCTION complaint_tallies_insert_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM zone_offsets) THEN
        RETURN NULL;
    END IF;
    INSERT INTO complaint_tallies VALUES (
        ab_date(NEW.received_at, (SELECT modifier FROM zone_offsets
            WHERE since <= NEW.received_at ORDER BY since DESC LIMIT 1)),
        coalesce(NEW.response_due, ''),
        coalesce(ab_date(NEW.responded_at, (SELECT modifier FROM zone_offsets
            WHERE since <= NEW.responded_at ORDER BY since DESC LIMIT 1)), ''),
        (NEW.status = 'resolved')::integer, 1)
    ON CONFLICT (received_on, response_due, responded_on, resolved) DO UPDATE SET n = complaint_tallies.n + 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER complaint_tallies_insert AFTER INSERT ON complaints
    FOR EACH ROW EXECUTE FUNCTION complaint_tallies_insert_fn();

CREATE FUNCTION complaint_tallies_delete_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM zone_offsets) THEN
        RETURN NULL;
    END IF;
    UPDATE complaint_tallies SET n = n - 1
    WHERE received_on = ab_date(OLD.received_at, (SELECT modifier FROM zone_offsets
            WHERE since <= OLD.received_at ORDER BY since DESC LIMIT 1))
      AND response_due = coalesce(OLD.response_due, '')
      AND responded_on = coalesce(ab_date(OLD.responded_at, (SELECT modifier FROM zone_offsets
            WHERE since <= OLD.responded_at ORDER BY since DESC LIMIT 1)), '')
      AND resolved = (OLD.status = 'resolved')::integer;
    RETURN NULL;
END;
$$;
CREATE TRIGGER complaint_tallies_delete AFTER DELETE ON complaints
    FOR EACH ROW EXECUTE FUNCTION complaint_tallies_delete_fn();

CREATE FUNCTION complaint_tallies_update_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM zone_offsets) THEN
        RETURN NULL;
    END IF;
    UPDATE complaint_tallies SET n = n - 1
    WHERE received_on = ab_date(OLD.received_at, (SELECT modifier FROM zone_offsets
            WHERE since <= OLD.received_at ORDER BY since DESC LIMIT 1))
      AND response_due = coalesce(OLD.response_due, '')
      AND responded_on = coalesce(ab_date(OLD.responded_at, (SELECT modifier FROM zone_offsets
            WHERE since <= OLD.responded_at ORDER BY since DESC LIMIT 1)), '')
      AND resolved = (OLD.status = 'resolved')::integer;
    INSERT INTO complaint_tallies VALUES (
        ab_date(NEW.received_at, (SELECT modifier FROM zone_offsets
            WHERE since <= NEW.received_at ORDER BY since DESC LIMIT 1)),
        coalesce(NEW.response_due, ''),
        coalesce(ab_date(NEW.responded_at, (SELECT modifier FROM zone_offsets
            WHERE since <= NEW.responded_at ORDER BY since DESC LIMIT 1)), ''),
        (NEW.status = 'resolved')::integer, 1)
    ON CONFLICT (received_on, response_due, responded_on, resolved) DO UPDATE SET n = complaint_tallies.n + 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER complaint_tallies_update
AFTER UPDATE OF received_at, response_due, responded_at, status ON complaints
    FOR EACH ROW EXECUTE FUNCTION complaint_tallies_update_fn();
