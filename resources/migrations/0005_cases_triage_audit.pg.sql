-- PostgreSQL form of 0005_cases_triage_audit.sql.
-- Differs: defines SQLite's date(ts, modifier), julianday(ts), instr() and
-- group_concat(), which the queries and the triage index call, with ab_date()
-- behind date();
-- audit_seq is bigint (SQLite INTEGER is 64-bit).
-- Version 5: what review cases, complaint triage and the audit-log browser
-- need beyond version 1.

-- SQLite's date(ts) and date(ts, modifier), as SQLite 3.40 computes them, for
-- what the schema stores and hands to date(): time strings
-- '[-]YYYY-MM-DD[( |T)*HH:MM[:SS[.F...]]][Z|(+|-)HH:MM]', 'HH:MM[...]' and
-- Julian day numbers; modifiers '(+|-)N[.N] (seconds|minutes|hours|days|months|years)'
-- and '(+|-)HH:MM[:SS[.F...]]'. The result is 'YYYY-MM-DD' (or '-YYYY-MM-DD'),
-- NULL where SQLite's is NULL. 'now' and the named modifiers ('start of ...',
-- 'weekday N', 'unixepoch', 'localtime', 'utc') are not supported: they raise
-- feature_not_supported rather than give a silently different day.
-- It follows SQLite's own arithmetic (julian day in milliseconds, the same
-- floating-point steps), so that a day at the edge of a range (24:00, a
-- 31 February, '23:59:59.9995' rounded into the next day) comes out as SQLite's does.
-- IMMUTABLE, so that it may appear in an index expression.
CREATE FUNCTION ab_date_core(ts text, modifier text, with_modifier boolean) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    -- HH:MM[:SS[.F...]] and a zone, as parseHhMmSs() and parseTimezone() read
    -- them; the spaces are sqlite3Isspace()'s
    time_re constant text := '\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[ \t\n\v\f\r]*'
        '(?:[Zz]|[+-]\d{2}:\d{2})?[ \t\n\v\f\r]*$';
    spaces constant text := E' \t\n\v\f\r';
    -- a modifier's number: sqlite3AtoF() syntax, starting with a sign or a digit
    num_re constant text := '(?:[+-](?:\d+\.?\d*|\.\d+)|\d+\.?\d*)(?:[eE][+-]?\d+)?';
    y int; mo int; d int;      -- DateTime.Y, M, D
    h int := 0; mi int := 0;   -- DateTime.h, m
    sec float8 := 0;           -- DateTime.s
    tz int := 0;               -- DateTime.tz (minutes)
    valid_ymd boolean := false;
    valid_hms boolean := false;
    jd bigint;                 -- DateTime.iJD: the julian day times 86400000
    tail text; zone text; digits text; minus boolean;
    frac float8; scale float8; s int;
    yy int; mm int; a int; b int; c int; e int; z int; day_ms int;
    rn numeric; r float8; rounder float8; lim float8; xform float8; off bigint;
    unit text;
BEGIN
    IF ts IS NULL OR (with_modifier AND modifier IS NULL) THEN
        RETURN NULL;
    END IF;

    -- The stored form, 'YYYY-MM-DDTHH:MM:SS[.FFF]Z' (years 1000-2999), with
    -- '(+|-)N seconds' or '(+|-)N days' or no modifier, is worked out in
    -- integers (fast, and the same day as the general path below).
    IF ts ~ '^[12]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-4]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?Z$'
       AND (NOT with_modifier OR modifier ~ '^[+-](?:\d{1,9} seconds|\d{1,5} days)$') THEN
        IF NOT with_modifier THEN
            RETURN left(ts, 10);
        END IF;
        y := left(ts, 4)::int;
        mo := substr(ts, 6, 2)::int;
        IF mo <= 2 THEN
            y := y - 1;
            mo := mo + 12;
        END IF;
        -- the julian day number at noon of the date, and milliseconds from its midnight
        z := 36525 * (y + 4716) / 100 + 306001 * (mo + 1) / 10000 + substr(ts, 9, 2)::int
             + 2 - y / 100 + y / 400 - 1524;
        off := ((substr(ts, 12, 2)::int * 60 + substr(ts, 15, 2)::int) * 60 + substr(ts, 18, 2)::int
                + CASE WHEN right(modifier, 4) = 'days'
                       THEN left(modifier, -5)::bigint * 86400 ELSE left(modifier, -8)::bigint END) * 1000
               + CASE WHEN length(ts) > 20 THEN rpad(substr(ts, 21, length(ts) - 21), 3, '0')::int ELSE 0 END;
        z := z + ((off + 86400000000000) / 86400000 - 1000000)::int;
    ELSE
        -- parseDateOrTime(): YYYY-MM-DD..., else HH:MM..., else a julian day number.
        IF ts ~ ('^-?\d{4}-\d{2}-\d{2}[ \t\n\v\f\rT]*(?:' || time_re || '|$)') THEN
            minus := left(ts, 1) = '-';
            tail := CASE WHEN minus THEN substr(ts, 2) ELSE ts END;
            y := left(tail, 4)::int;
            mo := substr(tail, 6, 2)::int;
            d := substr(tail, 9, 2)::int;
            IF minus THEN
                y := -y;
            END IF;
            IF mo NOT BETWEEN 1 AND 12 OR d NOT BETWEEN 1 AND 31 THEN
                RETURN NULL;
            END IF;
            valid_ymd := true;
            tail := ltrim(substr(tail, 11), spaces || 'T');
        ELSIF ts ~ ('^' || time_re) THEN
            tail := ts;
        ELSE
            tail := '';
            IF ts !~ '^[ \t\n\v\f\r]*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[ \t\n\v\f\r]*$' THEN
                IF lower(ts) = 'now' THEN
                    RAISE EXCEPTION 'ab_date(): the time string ''now'' is not supported'
                        USING ERRCODE = 'feature_not_supported';
                END IF;
                RETURN NULL;
            END IF;
            rn := ts::numeric;
            r := CASE WHEN abs(rn) < 1e-300 THEN 0 WHEN abs(rn) > 1e300 THEN -1 ELSE rn::float8 END;
            -- setRawDateNumber(); outside the julian range SQLite fails without 'unixepoch'
            IF NOT (r >= 0.0::float8 AND r < 5373484.5::float8) THEN
                RETURN NULL;
            END IF;
            jd := trunc(r * 86400000.0::float8 + 0.5::float8)::bigint;
        END IF;
        IF tail <> '' THEN
            -- parseHhMmSs(), parseTimezone(): the shape is checked above
            h := left(tail, 2)::int;
            mi := substr(tail, 4, 2)::int;
            s := 0;
            frac := 0;
            scale := 1;
            zone := substr(tail, 6);
            IF left(zone, 1) = ':' THEN
                s := substr(zone, 2, 2)::int;
                zone := substr(zone, 4);
                IF left(zone, 1) = '.' THEN
                    zone := substr(zone, 2);
                    digits := left(zone, length(zone) - length(ltrim(zone, '0123456789')));
                    zone := substr(zone, length(digits) + 1);
                    -- summed as SQLite sums them (beyond 300 digits its sum overflows)
                    FOR i IN 1 .. least(length(digits), 300) LOOP
                        frac := (frac * 10.0::float8 + ascii(substr(digits, i, 1))) - 48;
                        scale := scale * 10.0::float8;
                    END LOOP;
                END IF;
            END IF;
            zone := ltrim(zone, spaces);
            IF left(zone, 1) IN ('+', '-') THEN
                tz := (substr(zone, 2, 2)::int * 60 + substr(zone, 5, 2)::int)
                      * CASE left(zone, 1) WHEN '-' THEN -1 ELSE 1 END;
                IF substr(zone, 2, 2)::int > 14 OR substr(zone, 5, 2)::int > 59 THEN
                    RETURN NULL;
                END IF;
            END IF;
            IF h > 24 OR mi > 59 OR s > 59 THEN
                RETURN NULL;
            END IF;
            sec := s + frac / scale;
            valid_hms := true;
        END IF;

        -- computeJD()
        IF jd IS NULL THEN
            IF valid_ymd THEN
                yy := y; mm := mo;
            ELSE
                yy := 2000; mm := 1; d := 1;
            END IF;
            IF yy < -4713 OR yy > 9999 THEN
                RETURN NULL;
            END IF;
            IF mm <= 2 THEN
                yy := yy - 1;
                mm := mm + 12;
            END IF;
            a := yy / 100;
            b := 2 - a + a / 4;
            jd := trunc(((36525 * (yy + 4716) / 100 + 306001 * (mm + 1) / 10000 + d + b)::float8
                         - 1524.5::float8) * 86400000.0::float8)::bigint;
            IF valid_hms THEN
                jd := jd + h * 3600000 + mi * 60000 + trunc(sec * 1000.0::float8 + 0.5::float8)::bigint;
                IF tz <> 0 THEN
                    jd := jd - tz * 60000;
                    valid_ymd := false;
                    valid_hms := false;
                    tz := 0;
                END IF;
            END IF;
        END IF;

        -- parseModifier(): its numeric forms
        IF with_modifier THEN
            IF modifier ~ ('^[+-]?' || time_re) THEN
                -- (+|-)HH:MM[:SS[.F...]][zone]: that time of day, less whole days
                minus := left(modifier, 1) = '-';
                tail := CASE WHEN left(modifier, 1) IN ('+', '-') THEN substr(modifier, 2) ELSE modifier END;
                s := 0;
                frac := 0;
                scale := 1;
                zone := substr(tail, 6);
                IF left(zone, 1) = ':' THEN
                    s := substr(zone, 2, 2)::int;
                    zone := substr(zone, 4);
                    IF left(zone, 1) = '.' THEN
                        zone := substr(zone, 2);
                        digits := left(zone, length(zone) - length(ltrim(zone, '0123456789')));
                        zone := substr(zone, length(digits) + 1);
                        FOR i IN 1 .. least(length(digits), 300) LOOP
                            frac := (frac * 10.0::float8 + ascii(substr(digits, i, 1))) - 48;
                            scale := scale * 10.0::float8;
                        END LOOP;
                    END IF;
                END IF;
                IF left(tail, 2)::int > 24 OR substr(tail, 4, 2)::int > 59 OR s > 59 THEN
                    RETURN NULL;
                END IF;
                off := left(tail, 2)::int * 3600000 + substr(tail, 4, 2)::int * 60000
                       + trunc((s + frac / scale) * 1000.0::float8 + 0.5::float8)::bigint;
                zone := ltrim(zone, spaces);
                IF left(zone, 1) IN ('+', '-') THEN
                    IF substr(zone, 2, 2)::int > 14 OR substr(zone, 5, 2)::int > 59 THEN
                        RETURN NULL;
                    END IF;
                    off := off - (substr(zone, 2, 2)::int * 60 + substr(zone, 5, 2)::int) * 60000
                                 * CASE left(zone, 1) WHEN '-' THEN -1 ELSE 1 END;
                END IF;
                off := ((off % 86400000) + 86400000) % 86400000;
                IF minus THEN
                    off := -off;
                END IF;
                jd := jd + off;
            ELSE
                -- N units: the unit in any case, with or without a final 's'
                tail := translate(modifier, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
                IF tail !~ ('^' || num_re || '[ \t\n\v\f\r]+(?:second|minute|hour|day|month|year)s?$') THEN
                    -- SQLite's named modifiers: refused rather than read as NULL
                    IF tail ~ '^(?:start of (?:day|month|year)|weekday .*|unixepoch|localtime|utc)$' THEN
                        RAISE EXCEPTION 'ab_date(): the modifier ''%'' is not supported', modifier
                            USING ERRCODE = 'feature_not_supported';
                    END IF;
                    RETURN NULL;
                END IF;
                digits := split_part(translate(tail, E'\t\n\v\f\r', '     '), ' ', 1);
                unit := rtrim(ltrim(substr(tail, length(digits) + 1), spaces), 's');
                -- aXformType[]: SQLite's limits are single-precision floats
                lim := CASE unit WHEN 'second' THEN 4.6427e14::float4 WHEN 'minute' THEN 7.7379e12::float4
                                 WHEN 'hour' THEN 1.2897e11::float4 WHEN 'day' THEN 5373485.0::float4
                                 WHEN 'month' THEN 176546.0::float4 ELSE 14713.0::float4 END;
                xform := CASE unit WHEN 'second' THEN 1 WHEN 'minute' THEN 60 WHEN 'hour' THEN 3600
                                   WHEN 'day' THEN 86400 WHEN 'month' THEN 2592000 ELSE 31536000 END;
                rn := digits::numeric;
                IF abs(rn) > 1e300 THEN
                    RETURN NULL;
                END IF;
                r := CASE WHEN abs(rn) < 1e-300 THEN 0 ELSE rn::float8 END;
                IF NOT (r > -lim AND r < lim) THEN
                    RETURN NULL;
                END IF;
                rounder := CASE WHEN r < 0 THEN -0.5 ELSE 0.5 END;
                IF unit IN ('month', 'year') THEN
                    -- computeYMD_HMS(), then whole months or years on the calendar
                    IF NOT valid_ymd THEN
                        IF jd < 0 OR jd > 464269060799999 THEN
                            RETURN NULL;
                        END IF;
                        z := ((jd + 43200000) / 86400000)::int;
                        a := trunc((z - 1867216.25::float8) / 36524.25::float8)::int;
                        a := z + 1 + a - a / 4;
                        b := a + 1524;
                        c := trunc((b - 122.1::float8) / 365.25::float8)::int;
                        d := (36525 * (c & 32767)) / 100;
                        e := trunc((b - d)::float8 / 30.6001::float8)::int;
                        d := b - d - trunc(30.6001::float8 * e)::int;
                        mo := CASE WHEN e < 14 THEN e - 1 ELSE e - 13 END;
                        y := CASE WHEN mo > 2 THEN c - 4716 ELSE c - 4715 END;
                    END IF;
                    IF NOT valid_hms THEN
                        day_ms := ((jd + 43200000) % 86400000)::int;
                        sec := (day_ms % 60000) / 1000.0::float8;
                        mi := (day_ms / 60000) % 60;
                        h := (day_ms / 60000) / 60;
                    END IF;
                    IF unit = 'month' THEN
                        mo := mo + trunc(r)::int;
                        a := CASE WHEN mo > 0 THEN (mo - 1) / 12 ELSE (mo - 12) / 12 END;
                        y := y + a;
                        mo := mo - a * 12;
                    ELSE
                        y := y + trunc(r)::int;
                    END IF;
                    r := r - trunc(r);
                    -- computeJD() again, from the moved calendar day
                    yy := y;
                    mm := mo;
                    IF yy < -4713 OR yy > 9999 THEN
                        RETURN NULL;
                    END IF;
                    IF mm <= 2 THEN
                        yy := yy - 1;
                        mm := mm + 12;
                    END IF;
                    a := yy / 100;
                    b := 2 - a + a / 4;
                    jd := trunc(((36525 * (yy + 4716) / 100 + 306001 * (mm + 1) / 10000 + d + b)::float8
                                 - 1524.5::float8) * 86400000.0::float8)::bigint
                          + h * 3600000 + mi * 60000 + trunc(sec * 1000.0::float8 + 0.5::float8)::bigint;
                END IF;
                jd := jd + trunc(r * 1000.0::float8 * xform + rounder)::bigint;
            END IF;
            valid_ymd := false;
        END IF;

        -- isDate()'s range check, then computeYMD() unless the parsed day stands
        IF jd < 0 OR jd > 464269060799999 THEN
            RETURN NULL;
        END IF;
        IF valid_ymd THEN
            RETURN CASE WHEN y < 0 THEN '-' ELSE '' END || lpad(abs(y)::text, 4, '0') || '-'
                || lpad(mo::text, 2, '0') || '-' || lpad(d::text, 2, '0');
        END IF;
        z := ((jd + 43200000) / 86400000)::int;
    END IF;

    -- computeYMD() from the julian day number z
    a := trunc((z - 1867216.25::float8) / 36524.25::float8)::int;
    a := z + 1 + a - a / 4;
    b := a + 1524;
    c := trunc((b - 122.1::float8) / 365.25::float8)::int;
    d := (36525 * (c & 32767)) / 100;
    e := trunc((b - d)::float8 / 30.6001::float8)::int;
    d := b - d - trunc(30.6001::float8 * e)::int;
    mo := CASE WHEN e < 14 THEN e - 1 ELSE e - 13 END;
    y := CASE WHEN mo > 2 THEN c - 4716 ELSE c - 4715 END;
    RETURN CASE WHEN y < 0 THEN '-' ELSE '' END || lpad(abs(y)::text, 4, '0') || '-'
        || lpad(mo::text, 2, '0') || '-' || lpad(d::text, 2, '0');
END;
$$;

-- date(ts) and date(ts, modifier). SQL-standard bodies, so that the call to
-- ab_date_core() is bound when they are created, whatever the search_path.
CREATE FUNCTION ab_date(ts text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN ab_date_core(ts, NULL, false);
CREATE FUNCTION ab_date(ts text, modifier text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN ab_date_core(ts, modifier, true);

-- SQLite's functions that the queries (not the schema) call, under SQLite's
-- names, so that one query text serves both backends: date(ts, modifier) as
-- above, and julianday(ts) for the days and the UTC times ('…Z') the schema
-- stores.
-- PostgreSQL's own one-argument date(x) is a cast and stays what it is.
-- What the queries hand it is nearly always a stored UTC time and a zone
-- offset ('2026-01-18T06:07:53Z', '+28800 seconds'): that case is worked out
-- with the server's own (immutable) date arithmetic, a few times faster than
-- ab_date_core(); the day is the same, as the stored time is a whole second
-- of a valid date. The body is plain SQL without STRICT, so that the planner
-- inlines it into the query.
CREATE FUNCTION date(ts text, modifier text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE
        WHEN ts ~ '^[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$'
             AND modifier ~ '^[+-][0-9]{1,9} seconds$'
        -- The shifted time thrice: a helper function or a subquery would
        -- keep the planner from inlining this.
        THEN lpad(extract(year FROM
                 make_timestamp(substr(ts, 1, 4)::int, substr(ts, 6, 2)::int, substr(ts, 9, 2)::int,
                                substr(ts, 12, 2)::int, substr(ts, 15, 2)::int, substr(ts, 18, 2)::int)
                 + make_interval(secs => split_part(modifier, ' ', 1)::int))::int::text, 4, '0')
            || '-' || lpad(extract(month FROM
                 make_timestamp(substr(ts, 1, 4)::int, substr(ts, 6, 2)::int, substr(ts, 9, 2)::int,
                                substr(ts, 12, 2)::int, substr(ts, 15, 2)::int, substr(ts, 18, 2)::int)
                 + make_interval(secs => split_part(modifier, ' ', 1)::int))::int::text, 2, '0')
            || '-' || lpad(extract(day FROM
                 make_timestamp(substr(ts, 1, 4)::int, substr(ts, 6, 2)::int, substr(ts, 9, 2)::int,
                                substr(ts, 12, 2)::int, substr(ts, 15, 2)::int, substr(ts, 18, 2)::int)
                 + make_interval(secs => split_part(modifier, ' ', 1)::int))::int::text, 2, '0')
        ELSE ab_date(ts, modifier) END;
CREATE FUNCTION julianday(ts text) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (extract(epoch FROM ts::timestamp) / 86400 + 2440587.5)::double precision;
-- instr(text, part): 1-based position of part, 0 when absent.
CREATE FUNCTION instr(whole text, part text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN strpos(whole, part);
-- group_concat(x): the values joined with ',', NULLs left out, NULL when none.
CREATE FUNCTION ab_group_concat_step(joined text, value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN value IS NULL THEN joined WHEN joined IS NULL THEN value
                ELSE joined || ',' || value END;
CREATE AGGREGATE group_concat(text) (SFUNC = ab_group_concat_step, STYPE = text);

-- The triage queue: complaints not yet triaged, most urgent first. Urgency is
-- the feedback deadline (when none is recorded, receipt + 21 days stands in
-- for the default 15 working days, so that such complaints still sort by age
-- among the dated ones), then severity (critical first; an unknown severity
-- ranks between medium and low: it may be anything, but a known high one
-- comes first), then age. The expressions are repeated verbatim in
-- core/triage/triagequeue.cpp: SQLite only uses an expression index for the
-- identical expression, and the partial index keeps it as small as the queue.
-- (PostgreSQL: an index expression other than a function call needs its own
-- parentheses.)
CREATE INDEX complaints_triage ON complaints (
    coalesce(response_due, date(received_at, '+21 days')),
    (CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2
                   WHEN 'low' THEN 4 ELSE 3 END),
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
ALTER TABLE case_events ADD COLUMN audit_seq bigint;
