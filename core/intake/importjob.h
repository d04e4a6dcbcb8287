#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <optional>

namespace ab {
class Workspace;
}

namespace ab::intake {

struct ImportOptions
{
    QStringList files;
    bool skipInvalid = false; // write the valid records, the rest to FILE.rejects
    bool update = false;      // replace records whose id exists with other content
    QString encoding;         // empty: detect (UTF-8 with or without BOM, else GB18030)
    // Errors kept word for word in the report; the rest are only counted.
    int maxErrors = 1000;
    // Policy and calendar folders for the deadlines (empty: built-in only);
    // by default the user folders, as DeadlineService uses them.
    std::optional<QString> policyFolder;
    std::optional<QString> calendarFolder;
    // Estimated rows from which an import loads in bulk: it sets the
    // secondary indexes and the insert triggers of the big tables aside and
    // does their work once at the end (see DeferredSchema); the search index
    // of the added generations is left to be built afterwards, as after any
    // bulk load. Rows are estimated from the files' size. Tests lower it.
    qint64 bulkFrom = 50'000;
};

struct ImportCounts
{
    qint64 records = 0;
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;

    ImportCounts &operator+=(const ImportCounts &o)
    {
        records += o.records;
        added += o.added;
        updated += o.updated;
        unchanged += o.unchanged;
        rejected += o.rejected;
        return *this;
    }
};

struct FileReport
{
    QString path;
    QString format;   // "jsonl" | "csv"
    QString encoding; // as read
    QString sha256;   // of the whole file
    ImportCounts counts;
    QString rejectsPath; // set when a rejects file was written
};

struct ImportReport
{
    QVector<FileReport> files;
    QVector<Error> errors; // the first ImportOptions::maxErrors, by file and line
    qint64 errorCount = 0; // all of them
    qint64 deadlinesAssigned = 0;
    bool committed = false; // false: the workspace is exactly as before
    bool cancelled = false;

    ImportCounts totals() const;
};

struct ImportProgress
{
    enum class Phase
    {
        Reading,
        Checking,  // references and cycles, once everything is read
        Deadlines, // a remediation deadline for every new generation and complaint
        Indexing,  // a large import building the indexes it deferred
        Committing,
    };
    Phase phase = Phase::Reading;
    int fileIndex = 0;
    int fileCount = 0;
    QString file;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    ImportCounts counts;
    int pass = 1; // 2 when a --skip-invalid import runs again without what it found invalid
};

// Imports interchange files into a workspace, as one transaction with one
// audit entry. Runs on the thread that owns the workspace's connection; the
// caller's `progress` is called now and then and cancels by returning false
// (everything is then rolled back).
//
// An Error comes back only when the import could not run at all (the
// workspace refused, a read or SQL failure); invalid records are listed in
// the report, with `committed` false unless --skip-invalid was given.
class ImportJob
{
public:
    using ProgressFn = std::function<bool(const ImportProgress &)>;
    static Result<ImportReport> run(Workspace &workspace, const ImportOptions &options,
                                    const ProgressFn &progress = {});
};

} // namespace ab::intake
