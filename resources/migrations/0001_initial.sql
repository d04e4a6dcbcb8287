-- AuditBench workspace schema, version 1.
-- Timestamps are UTC text 'YYYY-MM-DDTHH:MM:SSZ'; dates are 'YYYY-MM-DD'.
-- Enumerations are stored as the English tokens of DESIGN.md and checked here,
-- so that a file edited by hand cannot hold a value the application cannot show.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE risk_categories (
    code       TEXT PRIMARY KEY,
    parent     TEXT REFERENCES risk_categories(code),
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);

CREATE TABLE users (
    name         TEXT PRIMARY KEY,
    display_name TEXT,
    role         TEXT NOT NULL CHECK (role IN ('analyst', 'supervisor', 'auditor')),
    created_at   TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE providers (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    name_en   TEXT,
    filing_no TEXT,
    policy_id TEXT            -- overrides the workspace's default policy when set
);

CREATE TABLE model_versions (
    id          TEXT PRIMARY KEY,
    provider_id TEXT NOT NULL REFERENCES providers(id),
    name        TEXT NOT NULL,
    version     TEXT NOT NULL,
    released    TEXT NOT NULL,
    filing_no   TEXT,
    base_model  TEXT REFERENCES model_versions(id),
    CHECK (base_model IS NULL OR base_model <> id)
);
CREATE INDEX model_versions_provider ON model_versions(provider_id);
CREATE INDEX model_versions_base ON model_versions(base_model);

CREATE TABLE datasets (
    id                     TEXT PRIMARY KEY,
    provider_id            TEXT NOT NULL REFERENCES providers(id),
    name                   TEXT NOT NULL,
    stage                  TEXT NOT NULL
        CHECK (stage IN ('pretrain', 'finetune', 'alignment', 'evaluation')),
    source_type            TEXT NOT NULL
        CHECK (source_type IN ('open_source', 'self_collected', 'commercial', 'user_input', 'synthetic')),
    source                 TEXT NOT NULL,
    license                TEXT,
    legal_basis            TEXT,
    contains_personal_info INTEGER NOT NULL CHECK (contains_personal_info IN (0, 1)),
    consent_basis          TEXT,
    collected_from         TEXT,
    collected_to           TEXT,
    items                  INTEGER CHECK (items IS NULL OR items >= 0),
    tokens                 INTEGER CHECK (tokens IS NULL OR tokens >= 0),
    languages              TEXT,
    sampled_items          INTEGER CHECK (sampled_items IS NULL OR sampled_items >= 0),
    sampled_flagged        INTEGER CHECK (sampled_flagged IS NULL OR sampled_flagged >= 0),
    sha256                 TEXT CHECK (sha256 IS NULL OR length(sha256) = 64)
);
CREATE INDEX datasets_provider ON datasets(provider_id);

-- Derived-from edges between datasets (a dataset may be built from several).
CREATE TABLE dataset_derivations (
    dataset_id   TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    derived_from TEXT NOT NULL REFERENCES datasets(id),
    PRIMARY KEY (dataset_id, derived_from),
    CHECK (dataset_id <> derived_from)
) WITHOUT ROWID;
CREATE INDEX dataset_derivations_from ON dataset_derivations(derived_from);

-- Training edges: dataset -> model version, with the role the data played.
CREATE TABLE training_edges (
    dataset_id       TEXT NOT NULL REFERENCES datasets(id),
    model_version_id TEXT NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,
    role             TEXT NOT NULL
        CHECK (role IN ('pretrain', 'finetune', 'alignment', 'evaluation')),
    PRIMARY KEY (dataset_id, model_version_id, role)
) WITHOUT ROWID;
CREATE INDEX training_edges_model ON training_edges(model_version_id);

CREATE TABLE generations (
    id               TEXT PRIMARY KEY,
    model_version_id TEXT NOT NULL REFERENCES model_versions(id),
    created_at       TEXT NOT NULL,
    prompt           TEXT NOT NULL,
    output           TEXT NOT NULL,
    modality         TEXT NOT NULL CHECK (modality IN ('text', 'image', 'audio', 'video')),
    risk_category    TEXT NOT NULL REFERENCES risk_categories(code),
    severity         TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    flag_source      TEXT NOT NULL
        CHECK (flag_source IN ('filter', 'user_report', 'inspection', 'sampling')),
    flagged_at       TEXT NOT NULL,
    labeled          INTEGER CHECK (labeled IS NULL OR labeled IN (0, 1)),
    content_hash     TEXT NOT NULL CHECK (length(content_hash) = 64)
);
CREATE INDEX generations_model ON generations(model_version_id);

CREATE TABLE complaints (
    id           TEXT PRIMARY KEY,
    received_at  TEXT NOT NULL,
    channel      TEXT NOT NULL
        CHECK (channel IN ('web', 'app', 'phone', 'email', 'sms', 'regulator_referral')),
    kind         TEXT NOT NULL
        CHECK (kind IN ('illegal_content', 'personal_info', 'ip_infringement', 'discrimination',
                        'inaccurate', 'other')),
    text         TEXT NOT NULL,
    contact      TEXT,
    request      TEXT CHECK (request IS NULL OR request IN ('access', 'correct', 'delete', 'block')),
    status       TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'triaged', 'duplicate', 'dismissed', 'escalated', 'resolved')),
    severity     TEXT CHECK (severity IS NULL OR severity IN ('low', 'medium', 'high', 'critical')),
    duplicate_of TEXT REFERENCES complaints(id),
    response_due TEXT,
    responded_at TEXT,
    resolution   TEXT,
    CHECK (duplicate_of IS NULL OR duplicate_of <> id)
);

CREATE TABLE complaint_generations (
    complaint_id  TEXT NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
    generation_id TEXT NOT NULL REFERENCES generations(id),
    PRIMARY KEY (complaint_id, generation_id)
) WITHOUT ROWID;
CREATE INDEX complaint_generations_generation ON complaint_generations(generation_id);

CREATE TABLE review_cases (
    id               INTEGER PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    provider_id      TEXT REFERENCES providers(id),
    priority         TEXT NOT NULL DEFAULT 'medium'
        CHECK (priority IN ('low', 'medium', 'high', 'critical')),
    status           TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'triage', 'investigating', 'awaiting_remediation', 'verifying',
                          'closed', 'dismissed', 'reopened')),
    assignee         TEXT REFERENCES users(name),
    description      TEXT,
    findings         TEXT,
    remediation_plan TEXT,
    opened_at        TEXT NOT NULL,
    opened_by        TEXT NOT NULL REFERENCES users(name),
    closed_at        TEXT,
    row_version      INTEGER NOT NULL DEFAULT 1  -- optimistic concurrency
);
CREATE INDEX review_cases_status ON review_cases(status);

CREATE TABLE case_items (
    case_id   INTEGER NOT NULL REFERENCES review_cases(id) ON DELETE CASCADE,
    item_kind TEXT NOT NULL CHECK (item_kind IN ('generation', 'complaint')),
    item_id   TEXT NOT NULL,
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL REFERENCES users(name),
    PRIMARY KEY (case_id, item_kind, item_id)
) WITHOUT ROWID;
CREATE INDEX case_items_item ON case_items(item_kind, item_id);

CREATE TABLE case_events (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES review_cases(id) ON DELETE CASCADE,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL REFERENCES users(name),
    kind    TEXT NOT NULL,
    detail  TEXT              -- canonical JSON
);
CREATE INDEX case_events_case ON case_events(case_id, at);

CREATE TABLE case_notes (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES review_cases(id) ON DELETE CASCADE,
    at      TEXT NOT NULL,
    author  TEXT NOT NULL REFERENCES users(name),
    body    TEXT NOT NULL
);
CREATE INDEX case_notes_case ON case_notes(case_id, at);

-- Attachments are stored once, addressed by the SHA-256 of their content.
CREATE TABLE attachments (
    sha256  TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size    INTEGER NOT NULL CHECK (size >= 0),
    mime    TEXT NOT NULL,
    content BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE case_evidence (
    case_id   INTEGER NOT NULL REFERENCES review_cases(id) ON DELETE CASCADE,
    sha256    TEXT NOT NULL REFERENCES attachments(sha256),
    file_name TEXT NOT NULL,
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL REFERENCES users(name),
    PRIMARY KEY (case_id, sha256, file_name)
) WITHOUT ROWID;

-- One remediation deadline per reported item (a flagged generation or a complaint).
-- The policy and period it was computed under are kept, so that changing a policy
-- never silently moves an existing deadline.
CREATE TABLE deadlines (
    id                  INTEGER PRIMARY KEY,
    item_kind           TEXT NOT NULL CHECK (item_kind IN ('generation', 'complaint')),
    item_id             TEXT NOT NULL,
    provider_id         TEXT REFERENCES providers(id),
    trigger_at          TEXT NOT NULL,
    trigger_date        TEXT NOT NULL,
    policy_id           TEXT NOT NULL,
    period              TEXT NOT NULL,
    nominal_due         TEXT NOT NULL,
    original_due        TEXT NOT NULL,
    due                 TEXT NOT NULL,
    calendar_complete   INTEGER NOT NULL CHECK (calendar_complete IN (0, 1)),
    containment_due     TEXT,
    contained_at        TEXT,
    containment_action  TEXT,
    contained_by        TEXT REFERENCES users(name),
    remediated_at       TEXT,
    remediation_note    TEXT,
    remediated_by       TEXT REFERENCES users(name),
    verification        TEXT NOT NULL DEFAULT 'none'
        CHECK (verification IN ('none', 'verified', 'failed')),
    UNIQUE (item_kind, item_id)
);

CREATE TABLE deadline_extensions (
    id           INTEGER PRIMARY KEY,
    deadline_id  INTEGER NOT NULL REFERENCES deadlines(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('extension', 'pause')),
    requested_at TEXT NOT NULL,
    requested_by TEXT NOT NULL REFERENCES users(name),
    approved_by  TEXT NOT NULL REFERENCES users(name),
    reason       TEXT NOT NULL,
    previous_due TEXT NOT NULL,
    new_due      TEXT NOT NULL
);
CREATE INDEX deadline_extensions_deadline ON deadline_extensions(deadline_id);

CREATE TABLE retests (
    id               INTEGER PRIMARY KEY,
    generation_id    TEXT NOT NULL REFERENCES generations(id),
    tested_at        TEXT NOT NULL,
    model_version_id TEXT NOT NULL REFERENCES model_versions(id),
    reproduced       INTEGER NOT NULL CHECK (reproduced IN (0, 1)),
    note             TEXT,
    recorded_by      TEXT REFERENCES users(name)
);
CREATE INDEX retests_generation ON retests(generation_id, tested_at);

-- Append-only, hash-chained audit trail: hash = SHA-256(prev_hash || canonical entry).
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity_kind TEXT,
    entity_id   TEXT,
    before_json TEXT,
    after_json  TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

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
