-- PostgreSQL form of 0001_initial.sql (AuditBench workspace schema, version 1).
-- Differs only in dialect: INTEGER -> bigint (rowid aliases -> identity), BLOB -> bytea,
-- foreign keys DEFERRABLE, still checked at once unless a copy or an import defers
-- them as SQLite's defer_foreign_keys does (either may bring a row before the one it names),
-- no WITHOUT ROWID, and the audit-log triggers as plpgsql functions.
-- Timestamps are UTC text 'YYYY-MM-DDTHH:MM:SSZ'; dates are 'YYYY-MM-DD'.
-- Enumerations are stored as the English tokens of DESIGN.md and checked here,
-- so that a file edited by hand cannot hold a value the application cannot show.

CREATE TABLE meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE risk_categories (
    code       text PRIMARY KEY,
    parent     text REFERENCES risk_categories(code) DEFERRABLE,
    name_zh    text NOT NULL,
    name_en    text NOT NULL,
    sort_order bigint NOT NULL
);

CREATE TABLE users (
    name         text PRIMARY KEY,
    display_name text,
    role         text NOT NULL CHECK (role IN ('analyst', 'supervisor', 'auditor')),
    created_at   text NOT NULL,
    active       bigint NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE providers (
    id        text PRIMARY KEY,
    name      text NOT NULL,
    name_en   text,
    filing_no text,
    policy_id text            -- overrides the workspace's default policy when set
);

CREATE TABLE model_versions (
    id          text PRIMARY KEY,
    provider_id text NOT NULL REFERENCES providers(id) DEFERRABLE,
    name        text NOT NULL,
    version     text NOT NULL,
    released    text NOT NULL,
    filing_no   text,
    base_model  text REFERENCES model_versions(id) DEFERRABLE,
    CHECK (base_model IS NULL OR base_model <> id)
);
CREATE INDEX model_versions_provider ON model_versions(provider_id);
CREATE INDEX model_versions_base ON model_versions(base_model);

CREATE TABLE datasets (
    id                     text PRIMARY KEY,
    provider_id            text NOT NULL REFERENCES providers(id) DEFERRABLE,
    name                   text NOT NULL,
    stage                  text NOT NULL
        CHECK (stage IN ('pretrain', 'finetune', 'alignment', 'evaluation')),
    source_type            text NOT NULL
        CHECK (source_type IN ('open_source', 'self_collected', 'commercial', 'user_input', 'synthetic')),
    source                 text NOT NULL,
    license                text,
    legal_basis            text,
    contains_personal_info bigint NOT NULL CHECK (contains_personal_info IN (0, 1)),
    consent_basis          text,
    collected_from         text,
    collected_to           text,
    items                  bigint CHECK (items IS NULL OR items >= 0),
    tokens                 bigint CHECK (tokens IS NULL OR tokens >= 0),
    languages              text,
    sampled_items          bigint CHECK (sampled_items IS NULL OR sampled_items >= 0),
    sampled_flagged        bigint CHECK (sampled_flagged IS NULL OR sampled_flagged >= 0),
    sha256                 text CHECK (sha256 IS NULL OR length(sha256) = 64)
);
CREATE INDEX datasets_provider ON datasets(provider_id);

-- Derived-from edges between datasets (a dataset may be built from several).
-- (WITHOUT ROWID has no PostgreSQL counterpart and is dropped here and below.)
CREATE TABLE dataset_derivations (
    dataset_id   text NOT NULL REFERENCES datasets(id) ON DELETE CASCADE DEFERRABLE,
    derived_from text NOT NULL REFERENCES datasets(id) DEFERRABLE,
    PRIMARY KEY (dataset_id, derived_from),
    CHECK (dataset_id <> derived_from)
);
CREATE INDEX dataset_derivations_from ON dataset_derivations(derived_from);

-- Training edges: dataset -> model version, with the role the data played.
CREATE TABLE training_edges (
    dataset_id       text NOT NULL REFERENCES datasets(id) DEFERRABLE,
    model_version_id text NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE DEFERRABLE,
    role             text NOT NULL
        CHECK (role IN ('pretrain', 'finetune', 'alignment', 'evaluation')),
    PRIMARY KEY (dataset_id, model_version_id, role)
);
CREATE INDEX training_edges_model ON training_edges(model_version_id);

CREATE TABLE generations (
    id               text PRIMARY KEY,
    model_version_id text NOT NULL REFERENCES model_versions(id) DEFERRABLE,
    created_at       text NOT NULL,
    prompt           text NOT NULL,
    output           text NOT NULL,
    modality         text NOT NULL CHECK (modality IN ('text', 'image', 'audio', 'video')),
    risk_category    text NOT NULL REFERENCES risk_categories(code) DEFERRABLE,
    severity         text NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    flag_source      text NOT NULL
        CHECK (flag_source IN ('filter', 'user_report', 'inspection', 'sampling')),
    flagged_at       text NOT NULL,
    labeled          bigint CHECK (labeled IS NULL OR labeled IN (0, 1)),
    content_hash     text NOT NULL CHECK (length(content_hash) = 64)
);
CREATE INDEX generations_model ON generations(model_version_id);

CREATE TABLE complaints (
    id           text PRIMARY KEY,
    received_at  text NOT NULL,
    channel      text NOT NULL
        CHECK (channel IN ('web', 'app', 'phone', 'email', 'sms', 'regulator_referral')),
    kind         text NOT NULL
        CHECK (kind IN ('illegal_content', 'personal_info', 'ip_infringement', 'discrimination',
                        'inaccurate', 'other')),
    text         text NOT NULL,
    contact      text,
    request      text CHECK (request IS NULL OR request IN ('access', 'correct', 'delete', 'block')),
    status       text NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'triaged', 'duplicate', 'dismissed', 'escalated', 'resolved')),
    severity     text CHECK (severity IS NULL OR severity IN ('low', 'medium', 'high', 'critical')),
    duplicate_of text REFERENCES complaints(id) DEFERRABLE,
    response_due text,
    responded_at text,
    resolution   text,
    CHECK (duplicate_of IS NULL OR duplicate_of <> id)
);

CREATE TABLE complaint_generations (
    complaint_id  text NOT NULL REFERENCES complaints(id) ON DELETE CASCADE DEFERRABLE,
    generation_id text NOT NULL REFERENCES generations(id) DEFERRABLE,
    PRIMARY KEY (complaint_id, generation_id)
);
CREATE INDEX complaint_generations_generation ON complaint_generations(generation_id);

-- INTEGER PRIMARY KEY (a rowid alias) -> identity column; BY DEFAULT, because
-- rows are sometimes copied in with explicit ids (move the sequence after that).
CREATE TABLE review_cases (
    id               bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    number           text NOT NULL UNIQUE,
    title            text NOT NULL,
    provider_id      text REFERENCES providers(id) DEFERRABLE,
    priority         text NOT NULL DEFAULT 'medium'
        CHECK (priority IN ('low', 'medium', 'high', 'critical')),
    status           text NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'triage', 'investigating', 'awaiting_remediation', 'verifying',
                          'closed', 'dismissed', 'reopened')),
    assignee         text REFERENCES users(name) DEFERRABLE,
    description      text,
    findings         text,
    remediation_plan text,
    opened_at        text NOT NULL,
    opened_by        text NOT NULL REFERENCES users(name) DEFERRABLE,
    closed_at        text,
    row_version      bigint NOT NULL DEFAULT 1  -- optimistic concurrency
);
CREATE INDEX review_cases_status ON review_cases(status);

CREATE TABLE case_items (
    case_id   bigint NOT NULL REFERENCES review_cases(id) ON DELETE CASCADE DEFERRABLE,
    item_kind text NOT NULL CHECK (item_kind IN ('generation', 'complaint')),
    item_id   text NOT NULL,
    added_at  text NOT NULL,
    added_by  text NOT NULL REFERENCES users(name) DEFERRABLE,
    PRIMARY KEY (case_id, item_kind, item_id)
);
CREATE INDEX case_items_item ON case_items(item_kind, item_id);

CREATE TABLE case_events (
    id      bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES review_cases(id) ON DELETE CASCADE DEFERRABLE,
    at      text NOT NULL,
    actor   text NOT NULL REFERENCES users(name) DEFERRABLE,
    kind    text NOT NULL,
    detail  text              -- canonical JSON
);
CREATE INDEX case_events_case ON case_events(case_id, at);

CREATE TABLE case_notes (
    id      bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES review_cases(id) ON DELETE CASCADE DEFERRABLE,
    at      text NOT NULL,
    author  text NOT NULL REFERENCES users(name) DEFERRABLE,
    body    text NOT NULL
);
CREATE INDEX case_notes_case ON case_notes(case_id, at);

-- Attachments are stored once, addressed by the SHA-256 of their content.
CREATE TABLE attachments (
    sha256  text PRIMARY KEY CHECK (length(sha256) = 64),
    size    bigint NOT NULL CHECK (size >= 0),
    mime    text NOT NULL,
    content bytea NOT NULL
);

CREATE TABLE case_evidence (
    case_id   bigint NOT NULL REFERENCES review_cases(id) ON DELETE CASCADE DEFERRABLE,
    sha256    text NOT NULL REFERENCES attachments(sha256) DEFERRABLE,
    file_name text NOT NULL,
    added_at  text NOT NULL,
    added_by  text NOT NULL REFERENCES users(name) DEFERRABLE,
    PRIMARY KEY (case_id, sha256, file_name)
);

-- One remediation deadline per reported item (a flagged generation or a complaint).
-- The policy and period it was computed under are kept, so that changing a policy
-- never silently moves an existing deadline.
CREATE TABLE deadlines (
    id                  bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    item_kind           text NOT NULL CHECK (item_kind IN ('generation', 'complaint')),
    item_id             text NOT NULL,
    provider_id         text REFERENCES providers(id) DEFERRABLE,
    trigger_at          text NOT NULL,
    trigger_date        text NOT NULL,
    policy_id           text NOT NULL,
    period              text NOT NULL,
    nominal_due         text NOT NULL,
    original_due        text NOT NULL,
    due                 text NOT NULL,
    calendar_complete   bigint NOT NULL CHECK (calendar_complete IN (0, 1)),
    containment_due     text,
    contained_at        text,
    containment_action  text,
    contained_by        text REFERENCES users(name) DEFERRABLE,
    remediated_at       text,
    remediation_note    text,
    remediated_by       text REFERENCES users(name) DEFERRABLE,
    verification        text NOT NULL DEFAULT 'none'
        CHECK (verification IN ('none', 'verified', 'failed')),
    UNIQUE (item_kind, item_id)
);

CREATE TABLE deadline_extensions (
    id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    deadline_id  bigint NOT NULL REFERENCES deadlines(id) ON DELETE CASCADE DEFERRABLE,
    kind         text NOT NULL CHECK (kind IN ('extension', 'pause')),
    requested_at text NOT NULL,
    requested_by text NOT NULL REFERENCES users(name) DEFERRABLE,
    approved_by  text NOT NULL REFERENCES users(name) DEFERRABLE,
    reason       text NOT NULL,
    previous_due text NOT NULL,
    new_due      text NOT NULL
);
CREATE INDEX deadline_extensions_deadline ON deadline_extensions(deadline_id);

CREATE TABLE retests (
    id               bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    generation_id    text NOT NULL REFERENCES generations(id) DEFERRABLE,
    tested_at        text NOT NULL,
    model_version_id text NOT NULL REFERENCES model_versions(id) DEFERRABLE,
    reproduced       bigint NOT NULL CHECK (reproduced IN (0, 1)),
    note             text,
    recorded_by      text REFERENCES users(name) DEFERRABLE
);
CREATE INDEX retests_generation ON retests(generation_id, tested_at);

-- Append-only, hash-chained audit trail: hash = SHA-256(prev_hash || canonical entry).
CREATE TABLE audit_log (
    seq         bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at          text NOT NULL,
    actor       text NOT NULL,
    action      text NOT NULL,
    entity_kind text,
    entity_id   text,
    before_json text,
    after_json  text,
    prev_hash   text NOT NULL,
    hash        text NOT NULL UNIQUE
);
-- A SQLite trigger body is a plpgsql function here; RAISE(ABORT, ...) becomes
-- RAISE EXCEPTION with the same message.
CREATE FUNCTION audit_log_no_update_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_no_update_fn();
CREATE FUNCTION audit_log_no_delete_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_no_delete_fn();

-- TC260-003 appendix A: 5 types, 31 risks.
INSERT INTO risk_categories (code, parent, name_zh, name_en, sort_order) VALUES
 ('A.1',   NULL,  '违反社会主义核心价值观', 'Violates core socialist values', 100),
 ('A.1.a', 'A.1', '煽动颠覆国家政权、推翻社会主义制度', 'Incites subversion of state power or the socialist system', 101),
 ('A.1.b', 'A.1', '危害国家安全和利益、损害国家形象', 'Endangers national security and interests, harms the national image', 102),
 ('A.1.c', 'A.1', '煽动分裂国家、破坏国家统一和社会稳定', 'Incites secession, undermines national unity and social stability', 103),
 ('A.1.d', 'A.1', '宣扬恐怖主义、极端主义', 'Promotes terrorism or extremism', 104),
 ('A.1.e', 'A.1', '宣扬民族仇恨', 'Promotes ethnic hatred', 105),
 ('A.1.f', 'A.1', '宣扬暴力、淫秽色情', 'Promotes violence, obscenity or pornography', 106),
 ('A.1.g', 'A.1', '传播虚假有害信息', 'Spreads false and harmful information', 107),
 ('A.1.h', 'A.1', '其他法律、行政法规禁止的内容', 'Other content prohibited by laws and administrative regulations', 108),
 ('A.2',   NULL,  '歧视性内容', 'Discriminatory content', 200),
 ('A.2.a', 'A.2', '民族歧视内容', 'Discrimination by ethnicity', 201),
 ('A.2.b', 'A.2', '信仰歧视内容', 'Discrimination by belief', 202),
 ('A.2.c', 'A.2', '国别歧视内容', 'Discrimination by country', 203),
 ('A.2.d', 'A.2', '地域歧视内容', 'Discrimination by region', 204),
 ('A.2.e', 'A.2', '性别歧视内容', 'Discrimination by sex', 205),
 ('A.2.f', 'A.2', '年龄歧视内容', 'Discrimination by age', 206),
 ('A.2.g', 'A.2', '职业歧视内容', 'Discrimination by occupation', 207),
 ('A.2.h', 'A.2', '健康歧视内容', 'Discrimination by health', 208),
 ('A.2.i', 'A.2', '其他方面歧视内容', 'Other discrimination', 209),
 ('A.3',   NULL,  '商业违法违规', 'Commercial violations', 300),
 ('A.3.a', 'A.3', '侵犯他人知识产权', 'Infringes intellectual property rights', 301),
 ('A.3.b', 'A.3', '违反商业道德', 'Violates business ethics', 302),
 ('A.3.c', 'A.3', '泄露他人商业秘密', 'Discloses trade secrets', 303),
 ('A.3.d', 'A.3', '利用算法、数据、平台等优势，实施垄断和不正当竞争行为', 'Monopoly or unfair competition through algorithms, data or platforms', 304),
 ('A.3.e', 'A.3', '其他商业违法违规行为', 'Other commercial violations', 305),
 ('A.4',   NULL,  '侵犯他人合法权益', 'Infringes others'' lawful rights and interests', 400),
 ('A.4.a', 'A.4', '危害他人身心健康', 'Endangers physical or mental health', 401),
 ('A.4.b', 'A.4', '侵害他人肖像权', 'Infringes portrait rights', 402),
 ('A.4.c', 'A.4', '侵害他人名誉权', 'Infringes reputation rights', 403),
 ('A.4.d', 'A.4', '侵害他人荣誉权', 'Infringes honour rights', 404),
 ('A.4.e', 'A.4', '侵害他人隐私权', 'Infringes privacy rights', 405),
 ('A.4.f', 'A.4', '侵害他人个人信息权益', 'Infringes personal information rights', 406),
 ('A.4.g', 'A.4', '侵犯他人其他合法权益', 'Infringes other lawful rights and interests', 407),
 ('A.5',   NULL,  '无法满足特定服务类型的安全需求', 'Fails the safety needs of specific service types', 500),
 ('A.5.a', 'A.5', '内容不准确，严重不符合科学常识或主流认知', 'Inaccurate content, seriously contrary to science or mainstream understanding', 501),
 ('A.5.b', 'A.5', '内容不可靠，虽不包含严重错误，但无法对使用者形成帮助', 'Unreliable content that cannot help the user', 502);
