#pragma once

#include "recordformat.h"
#include "sqlitestatement.h"

#include <QString>
#include <optional>

namespace ab::intake {

// Records that a run of a --skip-invalid import found invalid only once it
// had read everything (a reference never resolved, a cycle, or a record
// that depends on one of those). The import then rolls back and runs again
// leaving them out, so that nothing is ever half-undone. The set lives in a
// private on-disk SQLite database of its own: it must survive the rollback,
// and it may be as large as the file.
class ExclusionStore
{
public:
    struct Reason
    {
        QString field;
        QString message;
    };

    ExclusionStore() = default;
    ~ExclusionStore();
    ExclusionStore(const ExclusionStore &) = delete;
    ExclusionStore &operator=(const ExclusionStore &) = delete;

    // Adds (type, key) unless it is there; true when it was new.
    Result<bool> add(RecordType type, QByteArrayView key, const Reason &reason);
    Result<std::optional<Reason>> find(RecordType type, QByteArrayView key);
    qint64 size() const { return m_size; }

private:
    Status open();

    sqlite3 *m_db = nullptr;
    SqliteStatement m_insert;
    SqliteStatement m_find;
    qint64 m_size = 0;
};

} // namespace ab::intake
