#pragma once

#include "deferredschema.h"
#include "exclusionstore.h"
#include "importjob.h"
#include "record.h"
#include "recordsource.h"
#include "recordvalidator.h"
#include "recordwriter.h"
#include "rejectswriter.h"

#include <QSet>
#include <array>
#include <memory>

namespace ab {
class DeadlineService;
}

namespace ab::intake {

class ReadAhead;

// One run of an import over all its files inside one transaction.
//
// Design: records are validated and written in a single streaming pass
// (parsing a million lines once, not twice, is what keeps an import near
// the speed of the sqlite3 shell). What can only be judged once everything
// has been read — references to records further on, cycles in base-model and
// derived-from edges — is noted in TEMP tables as it streams (foreign keys
// are deferred to the commit meanwhile) and settled at the end. If anything
// is invalid the transaction is rolled back, so the workspace never holds
// part of an import. With --skip-invalid, a record found invalid only at the
// end (and whatever depends on it) goes to an ExclusionStore and the import
// runs once more without it: a rollback and a second pass instead of undoing
// rows (and restoring the ones --update replaced) by hand.
//
// Memory stays bounded whatever the size of the files: one record at a time,
// small capped caches, and everything that grows with the data (pending
// references, rejected keys, exclusions) in SQLite tables on disk.
class ImportAttempt
{
public:
    struct Context
    {
        Workspace &workspace;
        Connection db;
        const ImportOptions &options;
        const ImportJob::ProgressFn &progress;
        QSet<QByteArray> riskCodes;
        const DeadlineService &deadlines;
        ExclusionStore &exclusions;
        int pass = 1;
    };
    enum class Ending
    {
        Committed,
        RolledBack, // invalid records and no --skip-invalid, or a file unreadable
        Cancelled,
        Again, // --skip-invalid found records invalid at the end: run again without them
    };

    // A --skip-invalid import that still finds records invalid at the end of
    // this pass gives up (it cannot happen unless the data changes under it).
    static constexpr int kMaxPasses = 5;
    explicit ImportAttempt(Context context);
    ~ImportAttempt();
    Result<Ending> run(ImportReport &report);

private:
    struct Located
    {
        int file;
        Error error;
    };
    struct Reference
    {
        RecordType target;
        QByteArray id;
        QString field;
    };

    Status begin();
    Status readFile(int index);
    Status process(int file, SourceRecord &source);
    Status reject(int file, const SourceRecord &source, std::optional<RecordType> type,
                  const QByteArray &key, QVector<Error> problems);
    Result<bool> known(RecordType type, const QByteArray &id);
    Status collectReferences(const Record &record, QVector<Reference> &missing);
    Result<QString> rejectedAt(RecordType type, const QByteArray &id);
    Result<bool> resolveTrainingRole(int file, const SourceRecord &source, Record &record);
    Status notePending(int file, int line, const Record &record, const QVector<Reference> &refs);
    Status noteWritten(int file, int line, const Record &record);
    Status finish(ImportReport &report, Ending &ending);
    void addError(int file, Error error);
    bool tick(ImportProgress::Phase phase);

    // End of the stream (importchecks.cpp).
    Status applyDeferredTraining();
    Status resolvePending();
    Status checkCycles();
    Status endReject(RecordType type, const QByteArray &key, int file, int line,
                     const QString &field, const QString &message);
    Status excludeDependents();
    Result<bool> commitWork(ImportReport &report); // false: cancelled
    Status countBulkAdded(qint64 deadlineMark);
    QJsonObject auditDetail(const ImportReport &report, qint64 deadlines,
                            const QJsonArray &verificationChanges) const;

    Context m_ctx;
    QString m_path; // the workspace file, for SQL errors
    RecordValidator m_validator;
    RecordWriter::Marks m_marks{};
    std::unique_ptr<RecordWriter> m_writer;
    DeferredSchema m_deferredIndexes;
    DeferredSchema m_deferredTriggers;
    qint64 m_indexedBefore = -1; // the generations' search index, before a bulk load
    QVector<FileReport> m_files;
    std::vector<std::unique_ptr<RejectsWriter>> m_rejects;
    QVector<Located> m_errors;
    qint64 m_errorCount = 0;
    bool m_fileFailed = false; // a file that cannot be read as a whole
    qint64 m_endRejects = 0;   // records found invalid at the end
    qint64 m_bytesBefore = 0;  // of the files already read
    qint64 m_bytesTotal = 0;
    int m_currentFile = 0;
    ReadAhead *m_reading = nullptr; // the file being read, for progress
    qint64 m_sinceTick = 0;
    bool m_cancelled = false;
    std::array<QSet<QByteArray>, kRecordTypeCount> m_known; // ids seen to exist (capped)
    Record m_record;
    struct Statements;
    std::unique_ptr<Statements> m_s;
};

} // namespace ab::intake
