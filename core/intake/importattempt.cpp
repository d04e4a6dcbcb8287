#include "importattempt.h"

#include "browse/searchindex.h"
#include "readahead.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>
#include <exception>

namespace ab::intake {

namespace {

// The tables an attempt keeps its bookkeeping in. TEMP tables live in the
// connection's temporary database (on disk for an import, see ImportJob) and
// vanish with a rollback; a committing attempt drops them.
const char *const kTempTables =
    "CREATE TEMP TABLE intake_pending (src_type INTEGER, src_key TEXT, field TEXT, "
    "  target_type INTEGER, target TEXT, file INTEGER, line INTEGER);"
    "CREATE TEMP TABLE intake_rejected (type INTEGER, key TEXT, file INTEGER, line INTEGER);"
    "CREATE INDEX temp.intake_rejected_key ON intake_rejected (type, key);"
    "CREATE TEMP TABLE intake_lines (type INTEGER, key TEXT, file INTEGER, line INTEGER, "
    "  PRIMARY KEY (type, key)) WITHOUT ROWID;"
    "CREATE TEMP TABLE intake_updated (type INTEGER, key TEXT, PRIMARY KEY (type, key)) "
    "  WITHOUT ROWID;"
    "CREATE TEMP TABLE intake_retested (generation TEXT PRIMARY KEY) WITHOUT ROWID;"
    "CREATE TEMP TABLE intake_deferred (model TEXT, dataset TEXT, file INTEGER, line INTEGER);"
    "CREATE TEMP TABLE intake_endrejects (type INTEGER, key TEXT, UNIQUE (type, key));";

// The same on a server, where every row of what an import added is listed
// too (intake_added), in the order added: SQLite tells those rows by their
// rowids, which a server's tables have not.
const char *const kServerTempTables =
    "CREATE TEMP TABLE intake_pending (src_type integer, src_key text, field text, "
    "  target_type integer, target text, file integer, line integer);"
    "CREATE TEMP TABLE intake_rejected (type integer, key text, file integer, line integer);"
    "CREATE INDEX intake_rejected_key ON pg_temp.intake_rejected (type, key);"
    "CREATE TEMP TABLE intake_lines (type integer, key text, file integer, line integer, "
    "  PRIMARY KEY (type, key));"
    "CREATE TEMP TABLE intake_updated (type integer, key text, PRIMARY KEY (type, key));"
    "CREATE TEMP TABLE intake_retested (generation text PRIMARY KEY);"
    "CREATE TEMP TABLE intake_deferred (seq bigint GENERATED ALWAYS AS IDENTITY, model text, "
    "  dataset text, file integer, line integer);"
    "CREATE TEMP TABLE intake_endrejects (seq bigint GENERATED ALWAYS AS IDENTITY, "
    "  type integer, key text, UNIQUE (type, key));"
    "CREATE TEMP TABLE intake_added (seq bigint GENERATED ALWAYS AS IDENTITY, type integer, "
    "  key text, PRIMARY KEY (type, key));";

constexpr qsizetype kMaxKnown = 1 << 16;

} // namespace

struct ImportAttempt::Statements
{
    SqliteStatement pending, rejected, rejectedFind, lines, retested, deferred;
};

ImportAttempt::ImportAttempt(Context context)
    : m_ctx(std::move(context)), m_path(m_ctx.workspace.path()),
      m_validator(m_ctx.riskCodes, m_ctx.workspace.settings().timeZone()),
      m_s(std::make_unique<Statements>())
{
    const int n = int(m_ctx.options.files.size());
    m_files.resize(n);
    m_rejects.resize(size_t(n));
    for (int i = 0; i < n; ++i)
        m_files[i].path = m_ctx.options.files[i];
}

ImportAttempt::~ImportAttempt() = default;

Status ImportAttempt::begin()
{
    if (Status s = m_ctx.workspace.db().begin(); !s)
        return s;
    // References may point forwards in the files; the engine checks them all
    // at the commit, after this import has settled them itself.
    const bool server = m_ctx.db.isServer();
    if (Status s = execute(
            m_ctx.db, server ? "SET CONSTRAINTS ALL DEFERRED" : "PRAGMA defer_foreign_keys = ON",
            m_path);
        !s)
        return s;
    if (Status s = execute(m_ctx.db, server ? kServerTempTables : kTempTables, m_path); !s)
        return s;
    auto marks = RecordWriter::readMarks(m_ctx.db, m_path);
    if (!marks)
        return marks.error();
    m_marks = *marks;
    // A large import into a small workspace loads in bulk (see
    // ImportOptions::bulkFrom). "Large" is judged from the files' size: a
    // generation line is rarely under 256 bytes, so this underestimates the
    // rows, and a small import into a large workspace never rebuilds indexes
    // over rows it did not bring.
    const qint64 estimate = m_bytesTotal / 256;
    const qint64 generationMark = m_marks[size_t(RecordType::Generation)];
    // A server has no SQL definitions to drop and recreate indexes from,
    // and no full-text index to hold back: it loads row by row.
    if (!server && estimate >= m_ctx.options.bulkFrom && estimate > generationMark) {
        if (Status s =
                m_deferredIndexes.dropIndexes(m_ctx.db.lite, m_path, {"generations", "deadlines"});
            !s)
            return s;
        // Their work is done by countBulkAdded(); the search index's insert
        // trigger has none once the index stops below the added rows.
        if (Status s = m_deferredTriggers.dropTriggers(m_ctx.db.lite, m_path,
                                                       {"generations_fts_insert",
                                                        "risk_tallies_generation_insert",
                                                        "deadline_tallies_insert"});
            !s)
            return s;
        auto indexed =
            SearchIndex::holdBack(m_ctx.workspace.db(), ListKind::Generations, generationMark);
        if (!indexed)
            return indexed.error();
        m_indexedBefore = *indexed;
    }
    m_writer = std::make_unique<RecordWriter>(m_ctx.db, m_path, m_ctx.workspace.actor().toUtf8(),
                                              m_ctx.options.update, m_marks);
    if (Status s = m_writer->prepare(); !s)
        return s;
    Statements &s = *m_s;
    for (auto [stmt, sql] : {
             std::pair{&s.pending, "INSERT INTO temp.intake_pending (src_type, src_key, field, "
                                   "target_type, target, file, line) VALUES (?, ?, ?, ?, ?, ?, ?)"},
             std::pair{&s.rejected, "INSERT INTO temp.intake_rejected (type, key, file, line) "
                                    "VALUES (?, ?, ?, ?)"},
             std::pair{&s.rejectedFind, "SELECT file, line FROM temp.intake_rejected "
                                        "WHERE type = ? AND key = ? ORDER BY file, line LIMIT 1"},
             std::pair{&s.lines, "INSERT OR IGNORE INTO temp.intake_lines (type, key, file, line) "
                                 "VALUES (?, ?, ?, ?)"},
             std::pair{&s.retested, "INSERT OR IGNORE INTO temp.intake_retested (generation) "
                                    "VALUES (?)"},
             std::pair{&s.deferred, "INSERT INTO temp.intake_deferred (model, dataset, file, line) "
                                    "VALUES (?, ?, ?, ?)"},
         }) {
        if (Status st = stmt->prepare(m_ctx.db, sql, m_path); !st)
            return st;
    }
    return {};
}

Result<ImportAttempt::Ending> ImportAttempt::run(ImportReport &report)
{
    for (const QString &path : m_ctx.options.files)
        m_bytesTotal += QFileInfo(path).size();
    if (Status s = begin(); !s) {
        m_ctx.workspace.db().rollback();
        return s.error();
    }
    Ending ending = Ending::RolledBack;
    Status s;
    try {
        for (int i = 0; s && i < m_files.size() && !m_cancelled; ++i)
            s = readFile(i);
    } catch (const std::exception &e) {
        // From the reading thread (out of memory, or no thread to be had):
        // the import ends as any failed one does, rolled back.
        s = Error{QCoreApplication::translate("Intake", "the import stopped: %1")
                      .arg(QString::fromLocal8Bit(e.what())),
                  m_files.value(m_currentFile).path,
                  0,
                  {}};
    }
    if (s)
        s = m_writer->flush();
    if (s)
        s = finish(report, ending);
    if (!s) {
        m_ctx.workspace.db().rollback();
        return s.error();
    }
    return ending;
}

bool ImportAttempt::tick(ImportProgress::Phase phase)
{
    m_sinceTick = 0;
    if (!m_ctx.progress || m_cancelled)
        return !m_cancelled;
    ImportProgress p;
    p.phase = phase;
    p.fileIndex = m_currentFile;
    p.fileCount = int(m_files.size());
    p.file = m_files.value(m_currentFile).path;
    p.bytesTotal = m_bytesTotal;
    p.bytesDone = phase == ImportProgress::Phase::Reading && m_reading
                      ? m_bytesBefore + m_reading->position()
                      : m_bytesBefore;
    for (const FileReport &f : std::as_const(m_files))
        p.counts += f.counts;
    p.pass = m_ctx.pass;
    m_cancelled = !m_ctx.progress(p);
    return !m_cancelled;
}

void ImportAttempt::addError(int file, Error error)
{
    ++m_errorCount;
    if (m_errors.size() < m_ctx.options.maxErrors)
        m_errors.append({file, std::move(error)});
}

Status ImportAttempt::readFile(int index)
{
    m_currentFile = index;
    const QString &path = m_files[index].path;
    auto source = RecordSource::open(path, path, m_ctx.options.encoding);
    if (!source) {
        addError(index, source.error());
        m_fileFailed = true;
        return {};
    }
    RecordSource &src = **source;
    FileReport &file = m_files[index];
    file.format = src.format() == FileFormat::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
    file.encoding = src.encoding();
    if (m_ctx.options.skipInvalid)
        m_rejects[size_t(index)] = std::make_unique<RejectsWriter>(path, src);
    {
        ReadAhead ahead(src);
        m_reading = &ahead;
        const auto done = qScopeGuard([this] { m_reading = nullptr; });
        tick(ImportProgress::Phase::Reading);
        SourceRecord record;
        while (!m_cancelled && ahead.next(record)) {
            if (Status s = process(index, record); !s)
                return s;
            if (++m_sinceTick >= 1024)
                tick(ImportProgress::Phase::Reading);
        }
    } // the reading thread has ended: the source is this thread's again
    if (m_cancelled)
        return {};
    if (src.readFailed())
        return Error{
            QCoreApplication::translate("Intake", "cannot be read to the end"), path, 0, {}};
    file.sha256 = QString::fromLatin1(src.sha256Hex());
    if (file.counts.records == 0) {
        addError(
            index,
            Error{QCoreApplication::translate("Intake", "the file holds no records"), path, 0, {}});
        m_fileFailed = true;
    }
    m_bytesBefore += src.size();
    return {};
}

Status ImportAttempt::reject(int file, const SourceRecord &source, std::optional<RecordType> type,
                             const QByteArray &key, QVector<Error> problems)
{
    ++m_files[file].counts.rejected;
    for (const Error &p : std::as_const(problems))
        addError(file, Error{p.message, m_files[file].path, source.line, p.field});
    if (type && !key.isEmpty()) {
        SqliteStatement &q = m_s->rejected;
        q.integer(1, int(*type));
        q.text(2, key);
        q.integer(3, file);
        q.integer(4, source.line);
        if (Status s = q.run(); !s)
            return s;
    }
    if (const auto &rejects = m_rejects[size_t(file)])
        return rejects->write(source, problems);
    return {};
}

Result<bool> ImportAttempt::known(RecordType type, const QByteArray &id)
{
    QSet<QByteArray> &cache = m_known[size_t(type)];
    if (cache.contains(id))
        return true;
    auto found = m_writer->exists(type, id);
    if (found && *found && type != RecordType::Generation) {
        if (cache.size() >= kMaxKnown)
            cache.clear();
        cache.insert(id);
    }
    return found;
}

Status ImportAttempt::collectReferences(const Record &r, QVector<Reference> &missing)
{
    const TypeSpec &spec = r.spec();
    for (int i = 0; i < spec.fields.size(); ++i) {
        const FieldSpec &f = spec.fields[i];
        const FieldValue &v = r.values[size_t(i)];
        if (!f.references || !v.present)
            continue;
        auto check = [&](const QByteArray &id) -> Status {
            auto found = known(*f.references, id);
            if (!found)
                return found.error();
            if (!*found)
                missing.append({*f.references, id, QString::fromLatin1(f.name)});
            return {};
        };
        if (f.type == FieldType::IdList) {
            for (const QByteArray &id : v.list)
                if (Status s = check(id); !s)
                    return s;
        } else if (Status s = check(v.text); !s) {
            return s;
        }
    }
    return {};
}

// "FILE:LINE" of the record with this key that this import rejected, if any.
Result<QString> ImportAttempt::rejectedAt(RecordType type, const QByteArray &id)
{
    SqliteStatement &q = m_s->rejectedFind;
    q.integer(1, int(type));
    q.text(2, id);
    auto row = q.step();
    if (!row)
        return row.error();
    QString at;
    if (*row)
        at = m_files.value(int(q.columnInt(0))).path + QLatin1Char(':') +
             QString::number(q.columnInt(1));
    q.reset();
    return at;
}

Result<bool> ImportAttempt::resolveTrainingRole(int file, const SourceRecord &source, Record &r)
{
    const int role = r.spec().indexOf("role");
    auto stage = m_writer->datasetStage(r.value("dataset").text);
    if (!stage)
        return stage.error();
    if (stage->isEmpty()) {
        // The dataset comes later in the import (or never): settled at the end.
        SqliteStatement &q = m_s->deferred;
        q.text(1, r.value("model").text);
        q.text(2, r.value("dataset").text);
        q.integer(3, file);
        q.integer(4, source.line);
        if (Status s = q.run(); !s)
            return s.error();
        return false;
    }
    r.values[size_t(role)].present = true;
    r.values[size_t(role)].text = *stage;
    r.key = RecordValidator::joinKey({r.value("model").text, r.value("dataset").text, *stage});
    return true;
}

Status ImportAttempt::notePending(int file, int line, const Record &r,
                                  const QVector<Reference> &refs)
{
    SqliteStatement &q = m_s->pending;
    for (const Reference &ref : refs) {
        const QByteArray field = ref.field.toLatin1();
        q.integer(1, int(r.type));
        q.text(2, r.key);
        q.text(3, field);
        q.integer(4, int(ref.target));
        q.text(5, ref.id);
        q.integer(6, file);
        q.integer(7, line);
        if (Status s = q.run(); !s)
            return s;
    }
    return {};
}

Status ImportAttempt::noteWritten(int file, int line, const Record &r)
{
    switch (r.type) {
    case RecordType::Provider:
    case RecordType::Model:
    case RecordType::Dataset: {
        m_known[size_t(r.type)].insert(r.key);
        SqliteStatement &q = m_s->lines;
        q.integer(1, int(r.type));
        q.text(2, r.key);
        q.integer(3, file);
        q.integer(4, line);
        return q.run();
    }
    case RecordType::Retest:
        m_s->retested.text(1, r.value("generation").text);
        return m_s->retested.run();
    default:
        return {};
    }
}

Status ImportAttempt::process(int file, SourceRecord &source)
{
    FileReport &report = m_files[file];
    ++report.counts.records;
    const std::optional<RecordType> type = RecordValidator::typeOf(source);
    const auto keyOf = [&] {
        return type ? RecordValidator::keyOf(source, *type) : QByteArray();
    };
    if (!source.problems.isEmpty())
        return reject(file, source, type, keyOf(), source.problems);
    QVector<Error> problems;
    Record &r = m_record;
    if (!m_validator.validate(source, r, problems))
        return reject(file, source, type, keyOf(), problems);
    if (m_ctx.exclusions.size() > 0) {
        auto excluded = m_ctx.exclusions.find(r.type, r.key);
        if (!excluded)
            return excluded.error();
        if (*excluded)
            return reject(file, source, r.type, r.key,
                          {Error{(*excluded)->message, {}, 0, (*excluded)->field}});
    }
    if (r.type == RecordType::Training && !r.value("role").present) {
        auto resolved = resolveTrainingRole(file, source, r);
        if (!resolved)
            return resolved.error();
        if (!*resolved) {
            --report.counts.records; // counted when it is settled at the end
            return {};
        }
    }
    QVector<Reference> missing;
    if (Status s = collectReferences(r, missing); !s)
        return s;
    for (const Reference &ref : std::as_const(missing)) {
        auto at = rejectedAt(ref.target, ref.id);
        if (!at)
            return at.error();
        if (!at->isEmpty())
            problems.append(Error{
                QCoreApplication::translate("Intake", "refers to %1 \"%2\", which is rejected (%3)")
                    .arg(RecordFormat::typeName(ref.target), QString::fromUtf8(ref.id), *at),
                {},
                0,
                ref.field});
    }
    if (!problems.isEmpty())
        return reject(file, source, r.type, r.key, problems);
    auto written = m_writer->apply(r);
    if (!written)
        return Status(Error{written.error().message, report.path, source.line, {}});
    const QString id = QString::fromUtf8(r.spec().hasId ? r.key : QByteArray());
    switch (written->outcome) {
    case Outcome::Added:
    case Outcome::Updated:
        ++(written->outcome == Outcome::Added ? report.counts.added : report.counts.updated);
        if (Status s = noteWritten(file, source.line, r); !s)
            return s;
        return notePending(file, source.line, r, missing);
    case Outcome::Unchanged:
        ++report.counts.unchanged;
        return {};
    case Outcome::Conflict:
        return reject(
            file, source, std::nullopt, {},
            {Error{r.spec().hasId
                       ? QCoreApplication::translate(
                             "Intake", "\"%1\" already exists in the workspace with a different %2 "
                                       "(--update replaces it)")
                             .arg(id, written->differs)
                       : QCoreApplication::translate(
                             "Intake", "this re-test is already in the workspace with a different "
                                       "value (--update replaces it)"),
                   {},
                   0,
                   r.spec().hasId ? QStringLiteral("id") : written->differs}});
    case Outcome::Duplicate:
        return reject(file, source, std::nullopt, {},
                      {Error{r.spec().hasId
                                 ? QCoreApplication::translate(
                                       "Intake", "\"%1\" appears earlier in this import with a "
                                                 "different %2")
                                       .arg(id, written->differs)
                                 : QCoreApplication::translate(
                                       "Intake", "this re-test appears earlier in this import with "
                                                 "a different value"),
                             {},
                             0,
                             r.spec().hasId ? QStringLiteral("id") : written->differs}});
    }
    return {};
}

} // namespace ab::intake
