// Scenarios of cases, triage and the audit trail: a triage action and the
// next complaint shown on the 1M demo workspace (200,000 complaints), and
// verification of a 1,000,000-entry audit chain.
#include "audit/audittrail.h"
#include "audit/workspaceverifier.h"
#include "benchdemo.h"
#include "scenario.h"
#include "triage/triagequeue.h"
#include "triage/triageservice.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace ab;
using namespace ab::bench;

namespace {

const QString kActor = QStringLiteral("bench");

void removeWorkspace(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// The foundation's 1M demo workspace (made, untimed, when missing) copied
// once to a file of its own, so that triage here never changes the file the
// other scenarios read.
Result<QString> triageWorkspace(const BenchContext &context)
{
    const QString copy = context.file(QStringLiteral("triage-1m.auditbench"));
    if (QFile::exists(copy))
        return copy;
    auto made = millionWorkspacePath(context);
    if (!made)
        return made.error();
    const QString demo = *made;
    {
        // Checkpoint, so that the main file alone is the whole workspace.
        auto ws = Workspace::open(demo, kActor);
        if (!ws)
            return ws.error();
        QSqlQuery q((*ws)->db().sql());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (!QFile::copy(demo, copy))
        return Error{QStringLiteral("cannot copy the demo workspace"), copy, 0, {}};
    return copy;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5)));
}

void report(const char *what, const std::vector<double> &ms)
{
    QTextStream(stderr) << QStringLiteral("  %1: %2 actions, p50 %3 ms, p95 %4 ms, max %5 ms")
                               .arg(QString::fromLatin1(what))
                               .arg(ms.size())
                               .arg(percentile(ms, 0.5), 0, 'f', 2)
                               .arg(percentile(ms, 0.95), 0, 'f', 2)
                               .arg(percentile(ms, 1.0), 0, 'f', 2)
                        << Qt::endl;
}

// What the triage view does for one key: the action, then the head of the
// queue and the detail of the complaint now current.
Status showNext(Database &db)
{
    auto head = TriageQueue::fetch(db, {}, 100);
    if (!head)
        return head.error();
    if (head->isEmpty())
        return {};
    auto detail = TriageQueue::detail(db, head->first().id);
    return detail ? Status() : Status(detail.error());
}

} // namespace

AB_BENCH_SCENARIO(triageNext200k, "triage-next-200k",
                  "a triage action applied and the next complaint read, 200,000 complaints "
                  "(seconds per action = seconds / n; percentiles on stderr)")
{
    auto path = triageWorkspace(context);
    if (!path)
        return path.error();
    auto ws = Workspace::open(*path, kActor);
    if (!ws)
        return ws.error();
    Database &db = (*ws)->db();
    TriageService triage(**ws);
    std::vector<double> decisions;
    std::vector<double> attributes;
    double total = 0;
    constexpr int kRounds = 4;
    constexpr int kPerRound = TriageService::kUndoDepth / 2; // two actions each
    for (int round = 0; round < kRounds; ++round) {
        for (int i = 0; i < kPerRound; ++i) {
            auto head = TriageQueue::fetch(db, {}, 1);
            if (!head)
                return head.error();
            if (head->isEmpty())
                return Error{QStringLiteral("the triage queue is empty"), *path, 0, {}};
            const QStringList current{head->first().id};
            Stopwatch attribute;
            auto severity = triage.setSeverity(current, QStringLiteral("high"));
            if (!severity)
                return severity.error();
            if (Status s = showNext(db); !s)
                return s.error();
            attributes.push_back(attribute.seconds() * 1000);
            Stopwatch decision;
            auto dismissed = triage.dismiss(current, QStringLiteral("bench"));
            if (!dismissed)
                return dismissed.error();
            if (Status s = showNext(db); !s)
                return s.error();
            decisions.push_back(decision.seconds() * 1000);
            total += (attributes.back() + decisions.back()) / 1000;
        }
        // Untimed: put the complaints back, so that every run starts alike.
        while (triage.canUndo())
            if (auto undone = triage.undo(); !undone)
                return undone.error();
    }
    report("severity + next", attributes);
    report("dismiss + next", decisions);
    return BenchResult{qint64(attributes.size() + decisions.size()), total};
}

namespace {

// A workspace whose audit log holds a million entries shaped like the ones
// case and triage changes write (made once, untimed).
Result<QString> auditWorkspace(const BenchContext &context)
{
    const QString path = context.file(QStringLiteral("audit-1m.auditbench"));
    if (QFile::exists(path))
        return path;
    auto ws = Workspace::create(path, kActor);
    if (!ws)
        return ws.error();
    Database &db = (*ws)->db();
    const qint64 target = 1'000'000;
    for (qint64 done = 1; done < target;) {
        Status s = db.transaction([&]() -> Status {
            for (int i = 0; i < 20000 && done < target; ++i, ++done) {
                const QJsonObject before{{QStringLiteral("status"), QStringLiteral("new")},
                                         {QStringLiteral("severity"), QString()},
                                         {QStringLiteral("kind"), QStringLiteral("other")}};
                const QJsonObject after{
                    {QStringLiteral("status"), QStringLiteral("triaged")},
                    {QStringLiteral("severity"), QStringLiteral("high")},
                    {QStringLiteral("kind"), QStringLiteral("other")},
                    {QStringLiteral("note"), QStringLiteral("已核实 %1").arg(done)}};
                if (Status a = AuditTrail::append(
                        db,
                        {kActor, QStringLiteral("complaint.triaged"), QStringLiteral("complaint"),
                         QStringLiteral("C%1").arg(done, 7, 10, QLatin1Char('0')), before, after});
                    !a)
                    return a;
            }
            return {};
        });
        if (!s) {
            ws->reset();
            removeWorkspace(path);
            return s.error();
        }
    }
    return path;
}

} // namespace

AB_BENCH_SCENARIO(verifyChain1m, "verify-chain-1m", "verify a 1,000,000-entry audit hash chain")
{
    auto path = auditWorkspace(context);
    if (!path)
        return path.error();
    auto db = Database::open(*path);
    if (!db)
        return db.error();
    Stopwatch watch;
    auto report = AuditTrail::verify(**db);
    if (!report)
        return report.error();
    if (!report->intact)
        return Error{report->problem, *path, 0, {}};
    return BenchResult{report->entries, watch.seconds()};
}

AB_BENCH_SCENARIO(verifyWorkspace1m, "verify-workspace-1m",
                  "auditbench-cli verify's work on the 1,000,000-entry log: integrity_check, "
                  "guards and chain")
{
    auto path = auditWorkspace(context);
    if (!path)
        return path.error();
    auto db = Database::open(*path);
    if (!db)
        return db.error();
    Stopwatch watch;
    auto check = WorkspaceVerifier::run(**db);
    if (!check)
        return check.error();
    if (!check->ok())
        return Error{QStringLiteral("the workspace did not verify"), *path, 0, {}};
    return BenchResult{check->chain.entries, watch.seconds()};
}
