-- Version 6: what the dashboard needs to count a million deadlines by day
-- without reading their wide rows. Both cover the dashboard's filters
-- (provider, policy, trigger day), so a filtered count stays index-only.

-- Items per trigger day (the burn-down's arrivals, the period filter).
CREATE INDEX deadlines_trigger ON deadlines(trigger_date, provider_id, policy_id);

-- Remediated items per remediation and trigger day (days to remediation,
-- remediated this month, the burn-down's departures); open items are left
-- out, which keeps the index to the rows it serves.
CREATE INDEX deadlines_remediated ON deadlines(remediated_at, trigger_date, provider_id, policy_id)
    WHERE remediated_at IS NOT NULL;

-- One provider's items by due day, with every column the dashboard's three
-- deadline passes read, so that a provider filter reads only that provider's
-- index range. It keeps the (provider_id, due) prefix of the index it
-- replaces, so the Deadlines list's provider filter is served as before.
DROP INDEX deadlines_provider;
CREATE INDEX deadlines_provider_status ON deadlines(
    provider_id, due, verification, remediated_at, trigger_date, policy_id);
