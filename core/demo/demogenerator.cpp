#include "demogenerator.h"

#include "audit/audittrail.h"
#include "bulkstatement.h"
#include "dashboard/dashboardtallies.h"
#include "democases.h"
#include "democomplaints.h"
#include "demodatasets.h"
#include "demodeadlines.h"
#include "demogenerations.h"
#include "demopipeline.h"
#include "demoplan.h"
#include "demotext.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace ab {

namespace {

// The tables written row by row in bulk.
const QStringList kBulkTables{QStringLiteral("generations"), QStringLiteral("complaints"),
                              QStringLiteral("complaint_generations"), QStringLiteral("deadlines"),
                              QStringLiteral("retests")};

// Reports whole percentages, each once.
class Progress
{
public:
    Progress(const std::function<void(int)> &callback, qint64 total)
        : m_callback(callback), m_total(std::max<qint64>(1, total))
    {}
    void advance(qint64 units)
    {
        m_done += units;
        const int percent = int(std::min<qint64>(100, m_done * 100 / m_total));
        if (percent != m_percent && m_callback) {
            m_percent = percent;
            m_callback(percent);
        }
    }

private:
    const std::function<void(int)> &m_callback;
    qint64 m_total;
    qint64 m_done = 0;
    int m_percent = -1;
};

// Connection settings for the bulk load, restored when it ends either way.
// The rows come from tested code that builds them valid (the demo tests run
// foreign_key_check and integrity_check, which covers CHECK constraints), so
// the per-row checks are switched off: SQLite builds a temporary table for
// every CHECK (x IN (…)) of every row, which cost more than the rows. The
// journal is a rollback journal while the file is filled: the new pages of
// an empty workspace then need no journal and are written once, instead of
// once to the write-ahead log and again when it is checkpointed. Temporary
// storage goes to files, so that index builds sort in cache-sized runs and
// merge them, which took a third less time than one sort in memory at a
// million rows (and far less memory).
class BulkLoadSession
{
public:
    explicit BulkLoadSession(Database &db) : m_db(db)
    {
        m_wal = pragma("journal_mode") == QLatin1String("wal");
        m_foreignKeys = pragma("foreign_keys") == QLatin1String("1");
        m_tempStore = pragma("temp_store");
        run("PRAGMA foreign_keys = OFF");
        run("PRAGMA ignore_check_constraints = ON");
        run("PRAGMA temp_store = FILE");
        // Fails harmlessly (the mode stays WAL) when another connection is open.
        if (m_wal)
            run("PRAGMA journal_mode = DELETE");
    }
    ~BulkLoadSession()
    {
        if (m_wal)
            run("PRAGMA journal_mode = WAL");
        run(QByteArray("PRAGMA temp_store = ") + QByteArray::number(m_tempStore.toInt()));
        run("PRAGMA ignore_check_constraints = OFF");
        if (m_foreignKeys)
            run("PRAGMA foreign_keys = ON");
    }
    BulkLoadSession(const BulkLoadSession &) = delete;
    BulkLoadSession &operator=(const BulkLoadSession &) = delete;

private:
    QString pragma(const char *name)
    {
        QSqlQuery q(m_db.sql());
        return q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) && q.next()
                   ? q.value(0).toString()
                   : QString();
    }
    void run(const QByteArray &sql)
    {
        QSqlQuery q(m_db.sql());
        q.exec(QString::fromLatin1(sql));
    }

    Database &m_db;
    bool m_wal = false;
    bool m_foreignKeys = false;
    QString m_tempStore;
};

Status checkEmpty(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM providers) + "
                               "(SELECT count(*) FROM generations) + "
                               "(SELECT count(*) FROM complaints)")) ||
        !q.next())
        return db.sqlError(QStringLiteral("workspace contents"), q);
    if (q.value(0).toLongLong() > 0)
        return Error{QCoreApplication::translate(
                         "DemoGenerator",
                         "the workspace already holds data; demo data goes into a new workspace"),
                     db.path(),
                     0,
                     {}};
    return {};
}

// The demo's templates name the risks of TC260-003; the workspace must know
// every one of them.
Status checkTaxonomy(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT code FROM risk_categories WHERE parent IS NOT NULL")))
        return db.sqlError(QStringLiteral("risk_categories"), q);
    QSet<QString> codes;
    while (q.next())
        codes.insert(q.value(0).toString());
    for (const demo::CategorySeed &c : demo::categorySeeds()) {
        if (!codes.contains(QString::fromLatin1(c.code)))
            return Error{QCoreApplication::translate(
                             "DemoGenerator", "the workspace's risk taxonomy has no category %1")
                             .arg(QString::fromLatin1(c.code)),
                         db.path(),
                         0,
                         {}};
    }
    return {};
}

// The search index's insert triggers only act on rows up to its built mark;
// while no list has been indexed at all they do nothing but cost a lookup per
// row, so the load sets them aside too.
Result<bool> searchIndexUnstarted(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                               "name = 'search_index'")) ||
        !q.next())
        return db.sqlError(QStringLiteral("sqlite_master"), q);
    if (q.value(0).toInt() == 0)
        return false;
    if (!q.exec(QStringLiteral("SELECT count(*) FROM search_index WHERE indexed_to >= 0")) ||
        !q.next())
        return db.sqlError(QStringLiteral("search_index"), q);
    return q.value(0).toInt() == 0;
}

Status fill(demo::DemoContext &ctx, Workspace &workspace, const DemoOptions &options,
            const std::function<void(int)> &callback)
{
    using namespace demo;
    Database &db = ctx.db;
    const qint64 cases = DemoCases::count(ctx.generations);
    // Building the indexes at the end costs about a third of the whole.
    const qint64 indexWork = (ctx.generations + ctx.complaints) / 2;
    Progress progress(callback, ctx.generations + ctx.complaints + cases + indexWork);

    DeferredSchema deferred;
    if (Status s = deferred.dropIndexes(db, kBulkTables); !s)
        return s;
    auto unstarted = searchIndexUnstarted(db);
    if (!unstarted)
        return unstarted.error();
    if (*unstarted) {
        if (Status s = deferred.dropTriggers(db, kBulkTables, QStringLiteral("search_index")); !s)
            return s;
    }

    auto people = DemoCatalog::writePeople(db, ctx.timeline.firstDay());
    if (!people)
        return people.error();
    ctx.people = *people;
    if (Status s = ctx.catalog.write(db); !s)
        return s;
    if (Status s = DemoDatasets::write(db, ctx.catalog, ctx.timeline.today(), ctx.seed); !s)
        return s;

    const DemoPlan plan(ctx);
    DeadlinePlanner deadlines(ctx);
    GenerationBuilder generationBuilder(ctx, plan, deadlines);
    GenerationWriter generationWriter;
    if (Status s = generationWriter.prepare(db); !s)
        return s;
    qint64 reported = 0;
    auto advance = [&](qint64 done) {
        progress.advance(done - reported);
        reported = done;
    };
    if (Status s = Pipeline<GenerationRecord>::run(
            ctx.generations, [&](qint64 i, GenerationRecord &r) { generationBuilder.build(i, r); },
            [&](const GenerationRecord &r) { return generationWriter.write(r); }, advance);
        !s)
        return s;

    ComplaintBuilder complaintBuilder(ctx, plan, deadlines);
    ComplaintWriter complaintWriter;
    if (Status s = complaintWriter.prepare(db); !s)
        return s;
    reported = 0;
    if (Status s = Pipeline<ComplaintRecord>::run(
            ctx.complaints, [&](qint64 j, ComplaintRecord &r) { complaintBuilder.build(j, r); },
            [&](const ComplaintRecord &r) { return complaintWriter.write(r); }, advance);
        !s)
        return s;
    if (Status s = DemoCases::write(ctx, plan); !s)
        return s;
    progress.advance(cases);
    if (Status s = deferred.restore(db); !s)
        return s;

    const Status logged = AuditTrail::append(
        db, {workspace.actor(), QStringLiteral("demo.generated"), QStringLiteral("workspace"),
             workspace.settings().name, QJsonValue::Null,
             QJsonObject{{QStringLiteral("scale"), ctx.generations},
                         {QStringLiteral("seed"), QString::number(options.seed)},
                         {QStringLiteral("today"), ctx.timeline.today().toString(Qt::ISODate)},
                         {QStringLiteral("complaints"), ctx.complaints},
                         {QStringLiteral("cases"), cases}}});
    progress.advance(indexWork);
    return logged;
}

} // namespace

Status DemoGenerator::populate(Workspace &workspace, const DemoOptions &options,
                               const std::function<void(int)> &progress)
{
    Database &db = workspace.db();
    if (options.generations < 1 || options.generations > 100'000'000)
        return Error{QCoreApplication::translate(
                         "DemoGenerator", "the demo scale must be from 1 to 100000000 generations"),
                     db.path(), 0, QStringLiteral("scale")};
    if (Status s = checkEmpty(db); !s)
        return s;
    if (Status s = checkTaxonomy(db); !s)
        return s;
    // Only the built-in calendars: a user's calendar folder must not change
    // the demo's content.
    auto calendar = HolidayCalendar::load(QStringLiteral("CN"));
    if (!calendar)
        return calendar.error();
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    demo::DemoContext ctx(db, options.seed, options.generations, today,
                          workspace.settings().timeZone(), std::move(*calendar));
    const BulkLoadSession session(db);
    return db.transaction([&]() -> Status {
        // A million rows: one recount of the dashboard tallies at the end
        // instead of their triggers' work per row.
        auto triggers = DashboardTallies::suspend(db);
        if (!triggers)
            return triggers.error();
        if (Status s = fill(ctx, workspace, options, progress); !s)
            return s;
        return DashboardTallies::resume(db, *triggers, workspace.settings().timeZone());
    });
}

} // namespace ab
