#include "exclusionstore.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace ab::intake {

ExclusionStore::~ExclusionStore()
{
    m_insert.finalize();
    m_find.finalize();
    sqlite3_close(m_db);
}

Status ExclusionStore::open()
{
    const QString name = QStringLiteral("exclusions");
    // An empty file name gives a private temporary database on disk,
    // deleted when it is closed.
    if (sqlite3_open_v2("", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK)
        return Error{
            QCoreApplication::translate("Intake", "cannot create a temporary database"), {}, 0, {}};
    if (Status s = execute(m_db,
                           "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                           "CREATE TABLE excluded (type INTEGER, key TEXT, field TEXT, "
                           "message TEXT, PRIMARY KEY (type, key)) WITHOUT ROWID",
                           name);
        !s)
        return s;
    if (Status s = m_insert.prepare(m_db,
                                    "INSERT OR IGNORE INTO excluded (type, key, field, message) "
                                    "VALUES (?, ?, ?, ?)",
                                    name);
        !s)
        return s;
    return m_find.prepare(m_db, "SELECT field, message FROM excluded WHERE type = ? AND key = ?",
                          name);
}

Result<bool> ExclusionStore::add(RecordType type, QByteArrayView key, const Reason &reason)
{
    if (!m_db) {
        if (Status s = open(); !s)
            return s.error();
    }
    const QByteArray field = reason.field.toUtf8();
    const QByteArray message = reason.message.toUtf8();
    m_insert.integer(1, int(type));
    m_insert.text(2, key);
    m_insert.text(3, field);
    m_insert.text(4, message);
    if (Status s = m_insert.run(); !s)
        return s.error();
    const bool added = m_insert.changes() == 1;
    m_size += added;
    return added;
}

Result<std::optional<ExclusionStore::Reason>> ExclusionStore::find(RecordType type,
                                                                   QByteArrayView key)
{
    if (m_size == 0)
        return std::optional<Reason>();
    m_find.integer(1, int(type));
    m_find.text(2, key);
    auto row = m_find.step();
    if (!row)
        return row.error();
    std::optional<Reason> reason;
    if (*row)
        reason = Reason{QString::fromUtf8(m_find.columnText(0)),
                        QString::fromUtf8(m_find.columnText(1))};
    m_find.reset();
    return reason;
}

} // namespace ab::intake
