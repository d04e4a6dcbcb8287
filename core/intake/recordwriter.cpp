#include "recordwriter.h"

namespace ab::intake {

namespace {

struct ChildTable
{
    const char *table;
    const char *parent;
    const char *child;
    const char *field;
};

std::optional<ChildTable> childTable(RecordType type)
{
    if (type == RecordType::Dataset)
        return ChildTable{"dataset_derivations", "dataset_id", "derived_from", "derived_from"};
    if (type == RecordType::Complaint)
        return ChildTable{"complaint_generations", "complaint_id", "generation_id", "generations"};
    return std::nullopt;
}

bool isNumeric(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Boolean;
}

QByteArray columnList(const TypeSpec &spec, bool withId, const char *suffix)
{
    QByteArray out;
    for (const FieldSpec &f : spec.fields) {
        if (!f.column || (!withId && qstrcmp(f.name, "id") == 0))
            continue;
        if (!out.isEmpty())
            out += ", ";
        out += f.column;
        out += suffix;
    }
    return out;
}

} // namespace

struct RecordWriter::Statements
{
    std::array<SqliteStatement, kRecordTypeCount> insert, select, update, exists;
    std::array<SqliteStatement, kRecordTypeCount> childSelect, childInsert, childDelete;
    SqliteStatement stage, markUpdated, findUpdated;
    SqliteStatement markAdded, findAdded; // on a server (see wasAdded)
};

RecordWriter::RecordWriter(Connection db, QString path, QByteArray actor, bool update, Marks marks)
    : m_db(db), m_path(std::move(path)), m_actor(std::move(actor)), m_update(update),
      m_marks(marks), m_s(std::make_unique<Statements>())
{}

RecordWriter::~RecordWriter() = default;

Result<RecordWriter::Marks> RecordWriter::readMarks(Connection db, const QString &path)
{
    Marks marks{};
    for (RecordType t : RecordFormat::types()) {
        if (t == RecordType::Training)
            continue;
        // A server's tables keyed by text have no rowid: what an import adds
        // to them is listed in intake_added instead. Re-tests have an id.
        if (db.isServer() && RecordFormat::spec(t).hasId)
            continue;
        SqliteStatement q;
        if (Status s =
                q.prepare(db,
                          QByteArray("SELECT coalesce(max(") + (db.isServer() ? "id" : "rowid") +
                              "), 0) FROM " + RecordFormat::spec(t).table,
                          path);
            !s)
            return s.error();
        auto row = q.step();
        if (!row)
            return row.error();
        marks[size_t(t)] = q.columnInt(0);
    }
    return marks;
}

Status RecordWriter::prepare()
{
    Statements &s = *m_s;
    auto prep = [this](SqliteStatement &stmt, const QByteArray &sql) {
        return stmt.prepare(m_db, sql, m_path);
    };
    const bool server = m_db.isServer();
    const QByteArray rowid = server ? "0" : "rowid"; // see wasAdded()
    // Lists compare in byte order, as SQLite's BINARY collation sorts them.
    const QByteArray collate = server ? " COLLATE \"C\"" : "";
    if (server) {
        if (Status st = prep(s.markAdded, "INSERT INTO pg_temp.intake_added (type, key) "
                                          "VALUES (?, ?)");
            !st)
            return st;
        if (Status st = prep(s.findAdded, "SELECT 1 FROM pg_temp.intake_added "
                                          "WHERE type = ? AND key = ?");
            !st)
            return st;
    }
    for (RecordType t : RecordFormat::types()) {
        const TypeSpec &spec = RecordFormat::spec(t);
        const size_t i = size_t(t);
        const QByteArray table = spec.table;
        if (spec.hasId) {
            const bool generation = t == RecordType::Generation;
            QByteArray columns = columnList(spec, true, "");
            QByteArray marks;
            for (int c = 0, n = int(columns.count(',')) + 1 + (generation ? 1 : 0); c < n; ++c)
                marks += c ? ", ?" : "?";
            if (generation)
                columns += ", content_hash";
            QByteArray sets = columnList(spec, false, " = ?");
            if (generation) {
                sets += ", content_hash = ?";
                if (Status st = m_generations.prepare(m_db, m_path, table, columns,
                                                      int(columns.count(',')) + 1);
                    !st)
                    return st;
            }
            for (auto [stmt, sql] :
                 {std::pair{&s.insert[i],
                            QByteArray("INSERT INTO " + table + " (" + columns + ") VALUES (" +
                                       marks + ") ON CONFLICT (id) DO NOTHING")},
                  std::pair{&s.select[i],
                            QByteArray("SELECT " + rowid + ", " + columnList(spec, false, "") +
                                       " FROM " + table + " WHERE id = ?")},
                  std::pair{&s.update[i],
                            QByteArray("UPDATE " + table + " SET " + sets + " WHERE id = ?")},
                  std::pair{&s.exists[i],
                            QByteArray("SELECT 1 FROM " + table + " WHERE id = ?")}}) {
                if (Status st = prep(*stmt, sql); !st)
                    return st;
            }
        }
        if (const auto child = childTable(t)) {
            const QByteArray ct = child->table, parent = child->parent, c = child->child;
            if (Status st =
                    prep(s.childSelect[i], QByteArray("SELECT " + c + " FROM " + ct + " WHERE " +
                                                      parent + " = ? ORDER BY " + c + collate));
                !st)
                return st;
            if (Status st = prep(s.childInsert[i],
                                 QByteArray("INSERT INTO " + ct + " (" + parent + ", " + c +
                                            ") VALUES (?, ?) ON CONFLICT DO NOTHING"));
                !st)
                return st;
            if (Status st = prep(s.childDelete[i],
                                 QByteArray("DELETE FROM " + ct + " WHERE " + parent + " = ?"));
                !st)
                return st;
        }
    }
    const size_t training = size_t(RecordType::Training), retest = size_t(RecordType::Retest);
    for (auto [stmt, sql] : {
             std::pair{&s.insert[training],
                       QByteArray("INSERT INTO training_edges (model_version_id, dataset_id, role) "
                                  "VALUES (?, ?, ?) ON CONFLICT DO NOTHING")},
             std::pair{
                 &s.select[retest],
                 QByteArray("SELECT id, reproduced, note FROM retests WHERE generation_id = ? "
                            "AND tested_at = ? AND model_version_id = ? ORDER BY id")},
             std::pair{
                 &s.insert[retest],
                 QByteArray("INSERT INTO retests (generation_id, tested_at, model_version_id, "
                            "reproduced, note, recorded_by) VALUES (?, ?, ?, ?, ?, ?)")},
             std::pair{&s.update[retest],
                       QByteArray("UPDATE retests SET reproduced = ?, note = ? WHERE id = ?")},
             std::pair{&s.stage, QByteArray("SELECT stage FROM datasets WHERE id = ?")},
             std::pair{&s.markUpdated,
                       QByteArray("INSERT OR IGNORE INTO temp.intake_updated (type, key) "
                                  "VALUES (?, ?)")},
             std::pair{&s.findUpdated,
                       QByteArray("SELECT 1 FROM temp.intake_updated WHERE type = ? AND key = ?")},
         }) {
        if (Status st = prep(*stmt, sql); !st)
            return st;
    }
    return {};
}

Result<bool> RecordWriter::exists(RecordType type, QByteArrayView id)
{
    if (type == RecordType::Generation && m_generations.contains(id))
        return true;
    SqliteStatement &q = m_s->exists[size_t(type)];
    q.text(1, id);
    auto row = q.step();
    q.reset();
    return row;
}

Result<QByteArray> RecordWriter::datasetStage(QByteArrayView id)
{
    SqliteStatement &q = m_s->stage;
    q.text(1, id);
    auto row = q.step();
    if (!row)
        return row.error();
    QByteArray stage = *row ? q.columnText(0).toByteArray() : QByteArray();
    q.reset();
    return stage;
}

template <typename Sink>
int RecordWriter::bindColumns(const Record &r, Sink &stmt, int first, bool withId)
{
    const TypeSpec &spec = r.spec();
    int p = first;
    for (int i = 0; i < spec.fields.size(); ++i) {
        const FieldSpec &f = spec.fields[i];
        if (!f.column || (!withId && i == 0))
            continue;
        const FieldValue &v = r.values[size_t(i)];
        if (!v.present)
            stmt.null(p);
        else if (isNumeric(f.type))
            stmt.integer(p, v.number);
        else
            stmt.text(p, v.text);
        ++p;
    }
    if (r.type == RecordType::Generation)
        stmt.text(p++, m_hash);
    return p;
}

Result<QString> RecordWriter::compareRow(const Record &r, SqliteStatement &q, int column)
{
    const TypeSpec &spec = r.spec();
    for (int i = spec.hasId ? 1 : 0; i < spec.fields.size(); ++i) {
        const FieldSpec &f = spec.fields[i];
        if (!f.column)
            continue;
        const FieldValue &v = r.values[size_t(i)];
        const bool same = !v.present          ? q.isNull(column)
                          : q.isNull(column)  ? false
                          : isNumeric(f.type) ? q.columnInt(column) == v.number
                                              : q.columnText(column) == QByteArrayView(v.text);
        if (!same)
            return QString::fromLatin1(f.name);
        ++column;
    }
    return QString();
}

Result<QString> RecordWriter::compareChildren(const Record &r)
{
    const auto child = childTable(r.type);
    if (!child)
        return QString();
    SqliteStatement &q = m_s->childSelect[size_t(r.type)];
    const QList<QByteArray> &wanted = r.value(child->field).list;
    q.text(1, r.key);
    qsizetype n = 0;
    bool same = true;
    for (;;) {
        auto row = q.step();
        if (!row) {
            q.reset();
            return row.error();
        }
        if (!*row)
            break;
        same = same && n < wanted.size() && q.columnText(0) == QByteArrayView(wanted[n]);
        ++n;
    }
    q.reset();
    return same && n == wanted.size() ? QString() : QString::fromLatin1(child->field);
}

Status RecordWriter::writeChildren(const Record &r, bool replace)
{
    const auto child = childTable(r.type);
    if (!child)
        return {};
    const size_t i = size_t(r.type);
    if (replace) {
        m_s->childDelete[i].text(1, r.key);
        if (Status s = m_s->childDelete[i].run(); !s)
            return s;
    }
    SqliteStatement &insert = m_s->childInsert[i];
    for (const QByteArray &item : r.value(child->field).list) {
        insert.text(1, r.key);
        insert.text(2, item);
        if (Status s = insert.run(); !s)
            return s;
    }
    return {};
}

Result<bool> RecordWriter::wasUpdatedHere(const Record &r)
{
    SqliteStatement &q = m_s->findUpdated;
    q.integer(1, int(r.type));
    q.text(2, r.key);
    auto row = q.step();
    q.reset();
    return row;
}

Status RecordWriter::markUpdated(const Record &r)
{
    m_s->markUpdated.integer(1, int(r.type));
    m_s->markUpdated.text(2, r.key);
    return m_s->markUpdated.run();
}

Result<bool> RecordWriter::wasAdded(RecordType type, QByteArrayView key, qint64 rowid)
{
    if (!m_db.isServer() || !RecordFormat::spec(type).hasId)
        return rowid > m_marks[size_t(type)];
    SqliteStatement &q = m_s->findAdded;
    q.integer(1, int(type));
    q.text(2, key);
    auto row = q.step();
    q.reset();
    return row;
}

Status RecordWriter::markAdded(const Record &r)
{
    if (!m_db.isServer())
        return {};
    m_s->markAdded.integer(1, int(r.type));
    m_s->markAdded.text(2, r.key);
    return m_s->markAdded.run();
}

// The stored record differs: a duplicate when this import wrote it, else a
// conflict with the workspace (or an update when asked for).
Result<WriteResult> RecordWriter::differing(const Record &r, qint64 rowid, const QString &field)
{
    auto added = wasAdded(r.type, r.key, rowid);
    if (!added)
        return added.error();
    if (*added)
        return WriteResult{Outcome::Duplicate, field};
    auto updated = wasUpdatedHere(r);
    if (!updated)
        return updated.error();
    if (*updated)
        return WriteResult{Outcome::Duplicate, field};
    if (!m_update)
        return WriteResult{Outcome::Conflict, field};
    return WriteResult{Outcome::Updated, field};
}

// Generation::hashOf(prompt, output), without allocating per record.
void RecordWriter::hashContent(const QByteArray &prompt, const QByteArray &output)
{
    static const char hex[] = "0123456789abcdef";
    m_hasher.reset();
    m_hasher.addData(prompt);
    m_hasher.addData(QByteArrayView("\n"));
    m_hasher.addData(output);
    const QByteArray digest = m_hasher.result();
    m_hash.resize(digest.size() * 2);
    for (qsizetype i = 0; i < digest.size(); ++i) {
        const auto b = static_cast<unsigned char>(digest[i]);
        m_hash[2 * i] = hex[b >> 4];
        m_hash[2 * i + 1] = hex[b & 15];
    }
}

Result<bool> RecordWriter::queueGeneration(const Record &r)
{
    if (m_generations.contains(r.key)) {
        // Named twice before its batch was written: the row path below
        // tells unchanged from duplicate once the first is in the table.
        if (Status s = m_generations.flush(); !s)
            return s.error();
        return false;
    }
    SqliteStatement &q = m_s->exists[size_t(RecordType::Generation)];
    q.text(1, r.key);
    auto found = q.step();
    q.reset();
    if (!found)
        return found.error();
    if (*found)
        return false;
    hashContent(r.value("prompt").text, r.value("output").text);
    bindColumns(r, m_generations, 1, true);
    if (Status s = markAdded(r); !s)
        return s.error();
    if (Status s = m_generations.endRow(r.key); !s)
        return s.error();
    return true;
}

Result<WriteResult> RecordWriter::applyWithId(const Record &r)
{
    const size_t t = size_t(r.type);
    if (r.type == RecordType::Generation) {
        // A generation has no child rows to write after it (see childTable).
        auto queued = queueGeneration(r);
        if (!queued)
            return queued.error();
        if (*queued)
            return WriteResult{Outcome::Added, {}};
        hashContent(r.value("prompt").text, r.value("output").text);
    }
    SqliteStatement &insert = m_s->insert[t];
    bindColumns(r, insert, 1, true);
    if (Status s = insert.run(); !s)
        return s.error();
    if (insert.changes() == 1) {
        if (Status s = writeChildren(r, false); !s)
            return s.error();
        if (Status s = markAdded(r); !s)
            return s.error();
        return WriteResult{Outcome::Added, {}};
    }
    // The id exists: the same record again, or another one under its id.
    SqliteStatement &select = m_s->select[t];
    select.text(1, r.key);
    auto row = select.step();
    if (!row)
        return row.error();
    const qint64 rowid = select.columnInt(0);
    auto differs = compareRow(r, select, 1);
    select.reset();
    if (!differs)
        return differs.error();
    if (differs->isEmpty()) {
        differs = compareChildren(r);
        if (!differs)
            return differs.error();
    }
    if (differs->isEmpty())
        return WriteResult{Outcome::Unchanged, {}};
    auto result = differing(r, rowid, *differs);
    if (!result || result->outcome != Outcome::Updated)
        return result;
    SqliteStatement &update = m_s->update[t];
    update.text(bindColumns(r, update, 1, false), r.key);
    if (Status s = update.run(); !s)
        return s.error();
    if (Status s = writeChildren(r, true); !s)
        return s.error();
    if (Status s = markUpdated(r); !s)
        return s.error();
    return result;
}

Result<WriteResult> RecordWriter::applyTraining(const Record &r)
{
    SqliteStatement &insert = m_s->insert[size_t(RecordType::Training)];
    insert.text(1, r.value("model").text);
    insert.text(2, r.value("dataset").text);
    insert.text(3, r.value("role").text);
    if (Status s = insert.run(); !s)
        return s.error();
    // An edge is nothing but its key: if it is there, it is the same.
    return WriteResult{insert.changes() == 1 ? Outcome::Added : Outcome::Unchanged, {}};
}

Result<WriteResult> RecordWriter::applyRetest(const Record &r)
{
    const size_t t = size_t(RecordType::Retest);
    const FieldValue &reproduced = r.value("reproduced");
    const FieldValue &note = r.value("note");
    SqliteStatement &select = m_s->select[t];
    select.text(1, r.value("generation").text);
    select.text(2, r.value("tested_at").text);
    select.text(3, r.value("model").text);
    qint64 firstId = 0;
    bool found = false, same = false;
    QString field;
    for (;;) {
        auto row = select.step();
        if (!row) {
            select.reset();
            return row.error();
        }
        if (!*row)
            break;
        if (!found)
            firstId = select.columnInt(0);
        found = true;
        const bool sameReproduced = select.columnInt(1) == reproduced.number;
        const bool sameNote =
            note.present ? !select.isNull(2) && select.columnText(2) == QByteArrayView(note.text)
                         : select.isNull(2);
        if (sameReproduced && sameNote)
            same = true;
        else if (field.isEmpty())
            field = QLatin1String(sameReproduced ? "note" : "reproduced");
    }
    select.reset();
    if (same)
        return WriteResult{Outcome::Unchanged, {}};
    if (!found) {
        SqliteStatement &insert = m_s->insert[t];
        insert.text(1, r.value("generation").text);
        insert.text(2, r.value("tested_at").text);
        insert.text(3, r.value("model").text);
        insert.integer(4, reproduced.number);
        insert.textOrNull(5, note.text, note.present);
        insert.text(6, m_actor);
        if (Status s = insert.run(); !s)
            return s.error();
        return WriteResult{Outcome::Added, {}};
    }
    auto result = differing(r, firstId, field);
    if (!result || result->outcome != Outcome::Updated)
        return result;
    SqliteStatement &update = m_s->update[t];
    update.integer(1, reproduced.number);
    update.textOrNull(2, note.text, note.present);
    update.integer(3, firstId);
    if (Status s = update.run(); !s)
        return s.error();
    if (Status s = markUpdated(r); !s)
        return s.error();
    return result;
}

Result<WriteResult> RecordWriter::apply(const Record &r)
{
    switch (r.type) {
    case RecordType::Training:
        return applyTraining(r);
    case RecordType::Retest:
        return applyRetest(r);
    default:
        return applyWithId(r);
    }
}

} // namespace ab::intake
