// auditbench-cli import (--db PATH | --server URL) [--skip-invalid] [--update] [--encoding E]
// FILE...
#include "browse/searchindex.h"
#include "clicommand.h"
#include "intake/importjob.h"
#include "intake/textdecoder.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace ab::cli {

namespace {

void printFile(const intake::FileReport &f)
{
    const intake::ImportCounts &c = f.counts;
    out() << QCoreApplication::translate(
                 "cli", "%1: %2 records: %3 added, %4 updated, %5 unchanged, %6 rejected")
                 .arg(f.path)
                 .arg(c.records)
                 .arg(c.added)
                 .arg(c.updated)
                 .arg(c.unchanged)
                 .arg(c.rejected)
          << '\n';
    if (!f.rejectsPath.isEmpty())
        out() << QCoreApplication::translate("cli",
                                             "%1: rejected records and their reasons written to %2")
                     .arg(f.path, f.rejectsPath)
              << '\n';
}

// One line per phase, and one per 100,000 records read.
struct ProgressPrinter
{
    std::optional<intake::ImportProgress::Phase> phase;
    qint64 printed = 0;

    bool operator()(const intake::ImportProgress &p)
    {
        using Phase = intake::ImportProgress::Phase;
        const qint64 records = p.counts.records;
        if (phase == p.phase && (p.phase != Phase::Reading || records - printed < 100'000))
            return true;
        phase = p.phase;
        printed = records;
        QString line;
        switch (p.phase) {
        case Phase::Reading:
            line = QCoreApplication::translate("cli", "reading %1: %2 records")
                       .arg(p.file)
                       .arg(records);
            break;
        case Phase::Checking:
            line = QCoreApplication::translate("cli", "checking references");
            break;
        case Phase::Deadlines:
            line = QCoreApplication::translate("cli", "assigning deadlines");
            break;
        case Phase::Indexing:
            line = QCoreApplication::translate("cli", "building indexes");
            break;
        case Phase::Committing:
            line = QCoreApplication::translate("cli", "committing");
            break;
        }
        if (p.pass > 1)
            line = QCoreApplication::translate("cli", "pass %1: %2").arg(p.pass).arg(line);
        err() << line << Qt::endl;
        return true;
    }
};

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Import interchange files (JSON Lines or CSV) into a workspace. By default nothing is "
        "written unless every record is valid."));
    addWorkspaceOptions(parser);
    parser.addOption(userOption());
    const QCommandLineOption skipInvalid(
        QStringLiteral("skip-invalid"),
        QCoreApplication::translate("cli", "Write the valid records; write the rejected ones, "
                                           "with their reasons, to FILE.rejects."));
    const QCommandLineOption update(
        QStringLiteral("update"),
        QCoreApplication::translate(
            "cli", "Replace records whose id exists in the workspace with different content."));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        QCoreApplication::translate(
            "cli", "Encoding of CSV files: UTF-8, GB18030 or GBK (default: detected)."),
        QStringLiteral("E"));
    const QCommandLineOption maxErrors(
        QStringLiteral("max-errors"),
        QCoreApplication::translate("cli", "Errors listed before the rest are only counted "
                                           "(default 1000)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption progress(
        QStringLiteral("progress"),
        QCoreApplication::translate("cli", "Report progress on standard error."));
    parser.addOptions({skipInvalid, update, encoding, maxErrors, progress});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cli", "Files to import."),
                                 QStringLiteral("FILE..."));
    int code = kOk;
    if (!parse(parser, arguments, code))
        return code;

    const std::optional<QString> location = workspaceLocation(parser, "import", code);
    if (!location)
        return code;
    const QString &path = *location;
    intake::ImportOptions options;
    options.files = parser.positionalArguments();
    if (options.files.isEmpty())
        return usage(QCoreApplication::translate("cli", "import: name at least one FILE"));
    options.skipInvalid = parser.isSet(skipInvalid);
    options.update = parser.isSet(update);
    options.encoding = parser.value(encoding);
    if (!options.encoding.isEmpty() && !intake::TextDecoder(options.encoding).isValid())
        return usage(QCoreApplication::translate("cli", "import: unknown encoding \"%1\"")
                         .arg(options.encoding));
    bool ok = false;
    options.maxErrors = parser.value(maxErrors).toInt(&ok);
    if (!ok || options.maxErrors < 0)
        return usage(
            QCoreApplication::translate("cli", "import: --max-errors must be a whole number"));

    auto ws = Workspace::open(path, actingUser(parser));
    if (!ws)
        return fail(ws.error());
    auto report = intake::ImportJob::run(
        **ws, options,
        parser.isSet(progress) ? intake::ImportJob::ProgressFn(ProgressPrinter()) : nullptr);
    if (!report)
        return fail(report.error());
    for (const Error &e : std::as_const(report->errors))
        err() << e.toString() << '\n';
    if (report->errorCount > report->errors.size())
        err() << QCoreApplication::translate("cli", "… and %1 more errors")
                     .arg(report->errorCount - report->errors.size())
              << '\n';
    err().flush();
    if (!report->committed) {
        return fail(
            Error{QCoreApplication::translate(
                      "cli", "nothing was imported (errors: %1); fix them or use --skip-invalid")
                      .arg(report->errorCount),
                  {},
                  0,
                  {}});
    }
    for (const intake::FileReport &f : std::as_const(report->files))
        printFile(f);
    out() << QCoreApplication::translate("cli", "Deadlines assigned: %1")
                 .arg(report->deadlinesAssigned)
          << Qt::endl;
    // A bulk load leaves the new rows to the search index's next build:
    // say so, since searches read those rows' text until then.
    auto index = SearchIndex::state((*ws)->db(), ListKind::Generations);
    if (!index)
        return fail(index.error());
    if (!index->complete() && index->lastRowid > 0)
        out() << QCoreApplication::translate(
                     "cli", "Search index: %1% of the generations indexed; 'auditbench-cli "
                            "index %2' completes it (the application also builds it in "
                            "the background)")
                     .arg(index->percent())
                     .arg((ServerAddress::looksLikeServer(path) ? QStringLiteral("--server ")
                                                                : QStringLiteral("--db ")) +
                          path)
              << Qt::endl;
    return kOk;
}

} // namespace ab::cli
