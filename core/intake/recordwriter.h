#pragma once

#include "record.h"
#include "rowbatch.h"
#include "sqlitestatement.h"
#include "util/sha256.h"

#include <array>
#include <memory>

namespace ab::intake {

// What writing one record did.
enum class Outcome
{
    Added,
    Updated,   // an existing record replaced (--update)
    Unchanged, // the workspace already holds it exactly so
    Conflict,  // exists in the workspace with other content; nothing written
    Duplicate, // named earlier in this import with other content; nothing written
};

struct WriteResult
{
    Outcome outcome = Outcome::Added;
    QString differs; // Conflict / Duplicate: the first field that differs
};

// Writes validated records inside the import's transaction, one prepared
// statement per table and purpose, reused for every row. It compares a
// record with the stored one to tell added / unchanged / conflict, and
// knows which rows this import wrote from the rowid each table had before
// it began (SQLite gives a new row a rowid above the highest); on a server,
// whose tables keyed by text have no rowid, from the list it keeps of them
// (pg_temp.intake_added, in the order added).
//
// New generations are written in batches (see RowBatch): apply() answers
// Added once the id is known to be new, and the row reaches the table with
// its batch. exists() knows the rows waiting; anything else that reads the
// generations table must come after flush().
class RecordWriter
{
public:
    // The highest rowid of each table before the import, by record type
    // (training has none: an edge has no content beyond its key).
    using Marks = std::array<qint64, kRecordTypeCount>;

    RecordWriter(Connection db, QString path, QByteArray actor, bool update, Marks marks);
    ~RecordWriter();
    Status prepare();

    // `record` must be valid and, for training, carry its role.
    Result<WriteResult> apply(const Record &record);
    // Whether the record of `type` and `key` stored at `rowid` (0 on a server,
    // see readMarks) is one this import added.
    Result<bool> wasAdded(RecordType type, QByteArrayView key, qint64 rowid);
    // Whether a provider / model / dataset / generation with `id` exists now
    // (or waits for its batch).
    Result<bool> exists(RecordType type, QByteArrayView id);
    // Writes the generations waiting for their batch.
    Status flush() { return m_generations.flush(); }
    // The stage of a dataset, empty when there is none.
    Result<QByteArray> datasetStage(QByteArrayView id);

    static Result<Marks> readMarks(Connection db, const QString &path);

private:
    struct Statements;
    Result<WriteResult> applyWithId(const Record &record);
    Result<WriteResult> applyTraining(const Record &record);
    Result<WriteResult> applyRetest(const Record &record);
    Result<QString> compareRow(const Record &record, SqliteStatement &select, int firstColumn);
    Result<QString> compareChildren(const Record &record);
    Status writeChildren(const Record &record, bool replace);
    // Binds the record's columns from parameter `first` on (to a statement or
    // a RowBatch); returns the next parameter.
    template <typename Sink>
    int bindColumns(const Record &record, Sink &sink, int first, bool withId);
    // true: the generation is new and waits for its batch.
    Result<bool> queueGeneration(const Record &record);
    Result<bool> wasUpdatedHere(const Record &record);
    Status markUpdated(const Record &record);
    Result<WriteResult> differing(const Record &record, qint64 rowid, const QString &field);
    Status markAdded(const Record &record);

    Connection m_db;
    QString m_path;
    QByteArray m_actor;
    bool m_update;
    Marks m_marks;
    std::unique_ptr<Statements> m_s;
    void hashContent(const QByteArray &prompt, const QByteArray &output);
    Sha256 m_hasher;
    QByteArray m_hash; // content_hash of the generation being written
    RowBatch m_generations;
};

} // namespace ab::intake
