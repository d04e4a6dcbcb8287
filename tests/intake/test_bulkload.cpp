// A large import loads in bulk (ImportOptions::bulkFrom): indexes and insert
// triggers set aside, their work done once at the end. The same imports run
// row by row and in bulk must leave the same workspace behind: tallies,
// deadlines, schema and search results.
#include "browse/searchindex.h"
#include "intakefixture.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <limits>

using namespace ab;
using namespace ab::intake;
using namespace ab::test;

namespace {

const char *const kCategories[] = {"A.1.a", "A.2.b", "A.3.c", "A.4.f", "A.5.a"};

QString generation(int i, const QString &category, const QString &output = {})
{
    const QString n = QString::number(i);
    const QString day = QStringLiteral("2024-0%1-1%2").arg(1 + i % 5).arg(i % 10);
    return QStringLiteral(R"({"type":"generation","id":"G-)") + n +
           QStringLiteral(R"(","model":")") +
           (i % 2 ? QStringLiteral("M-a") : QStringLiteral("M-b")) +
           QStringLiteral(R"(","created_at":")") + day +
           QStringLiteral(R"(T09:00:00Z","prompt":"第 )") + n +
           QStringLiteral(R"( 号提示 prompt number )") + n + QStringLiteral(R"(","output":")") +
           (output.isEmpty() ? QStringLiteral("输出内容 output ") + n : output) +
           QStringLiteral(R"(","modality":"text","flag_source":"filter","category":")") + category +
           QStringLiteral(R"(","severity":"high","flagged_at":")") + day +
           QStringLiteral(R"(T12:00:00Z"})");
}

QString complaint(int i, const QStringList &generations)
{
    return QStringLiteral(
               R"({"type":"complaint","id":"C-%1","received_at":"2024-05-0%2T10:00:00+08:00","channel":"app","kind":"illegal_content","text":"投诉 %1","generations":["%3"]})")
        .arg(i)
        .arg(1 + i % 9)
        .arg(generations.join(QStringLiteral("\",\"")));
}

QString retest(int generation, bool reproduced)
{
    return QStringLiteral(
               R"({"type":"retest","generation":"G-%1","tested_at":"2024-07-01T10:00:00Z","model":"%2","reproduced":%3})")
        .arg(generation)
        .arg(generation % 2 ? QStringLiteral("M-a") : QStringLiteral("M-b"))
        .arg(reproduced ? QStringLiteral("true") : QStringLiteral("false"));
}

// What the workspace was before the bulk import: two providers and models,
// 30 generations, complaints, a re-test.
QStringList seedLines()
{
    QStringList lines{
        QStringLiteral(R"({"type":"provider","id":"P-a","name":"甲科技有限公司"})"),
        QStringLiteral(R"({"type":"provider","id":"P-b","name":"乙科技有限公司"})"),
        QStringLiteral(
            R"({"type":"model","id":"M-a","provider":"P-a","name":"A","version":"1","released":"2023-12-01"})"),
        QStringLiteral(
            R"({"type":"model","id":"M-b","provider":"P-b","name":"B","version":"1","released":"2023-12-01"})"),
    };
    for (int i = 0; i < 30; ++i)
        lines << generation(i, QLatin1String(kCategories[i % 5]));
    for (int i = 0; i < 6; ++i)
        lines << complaint(i, {QStringLiteral("G-%1").arg(2 * i)});
    lines << retest(1, true);
    return lines;
}

// The large import: new generations, complaints naming old and new ones,
// re-tests of both, and two old generations replaced (--update) with another
// category and text.
QStringList bulkLines()
{
    QStringList lines;
    for (int i = 30; i < 90; ++i)
        lines << generation(i, QLatin1String(kCategories[(i / 3) % 5]));
    for (int i = 6; i < 12; ++i)
        lines << complaint(i, {QStringLiteral("G-%1").arg(7 * i), QStringLiteral("G-%1").arg(i)});
    lines << retest(4, true) << retest(35, true) << retest(36, false);
    lines << generation(3, QStringLiteral("A.2.a"), QStringLiteral("改写后的输出 rewritten"))
          << generation(7, QStringLiteral("A.3.a"));
    return lines;
}

// Every row of a query as one text, for comparing two workspaces.
QString rows(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.db().sql());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next()) {
        QStringList row;
        for (int c = 0; c < q.record().count(); ++c)
            row << q.value(c).toString();
        out << row.join(QLatin1Char('|'));
    }
    return out.join(QLatin1Char('\n'));
}

const QString kSchema =
    QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
const QString kTallies[] = {
    QStringLiteral("SELECT * FROM deadline_tallies ORDER BY 1, 2, 3, 4, 5, 6"),
    QStringLiteral("SELECT * FROM risk_tallies ORDER BY 1, 2, 3, 4"),
    QStringLiteral("SELECT * FROM complaint_tallies ORDER BY 1, 2, 3, 4"),
};

ImportReport importWith(IntakeFixture &f, const QStringList &files, qint64 bulkFrom)
{
    ImportOptions o = f.options(files);
    o.update = true;
    o.bulkFrom = bulkFrom;
    // Only a bulk load builds indexes at the end: proof of the path taken.
    bool indexing = false;
    auto report = ImportJob::run(*f.ws, o, [&indexing](const ImportProgress &p) {
        indexing = indexing || p.phase == ImportProgress::Phase::Indexing;
        return true;
    });
    AB_REQUIRE_OK(report);
    INFO(errorLines(*report).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report->committed);
    CHECK(indexing == (bulkFrom == 0));
    return *report;
}

} // namespace

TEST_CASE("an import loaded in bulk leaves the same tallies, deadlines, schema and search results "
          "as row by row")
{
    constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    IntakeFixture rowByRow, bulk;
    for (IntakeFixture *f : {&rowByRow, &bulk}) {
        importWith(*f, {f->writeLines(QStringLiteral("seed.jsonl"), seedLines())}, kNever);
        AB_REQUIRE_OK(SearchIndex::buildAll(f->ws->db(), ListKind::Generations));
        // The tallies are counted, so the insert triggers act.
        REQUIRE(f->count(QStringLiteral("SELECT count(*) FROM zone_offsets")) > 0);
    }
    const QString schemaBefore = rows(*bulk.ws, kSchema);

    const ImportReport one = importWith(
        rowByRow, {rowByRow.writeLines(QStringLiteral("more.jsonl"), bulkLines())}, kNever);
    const ImportReport two =
        importWith(bulk, {bulk.writeLines(QStringLiteral("more.jsonl"), bulkLines())}, 0);
    CHECK(one.totals().added == 69);
    CHECK(one.totals().updated == 2);
    CHECK(two.totals().added == one.totals().added);
    CHECK(two.totals().updated == one.totals().updated);

    // The triggers and indexes set aside are back, word for word.
    CHECK(rows(*bulk.ws, kSchema) == schemaBefore);
    CHECK(rows(*bulk.ws, kSchema) == rows(*rowByRow.ws, kSchema));

    for (const QString &sql : kTallies) {
        INFO(sql.toStdString());
        CHECK(rows(*bulk.ws, sql) == rows(*rowByRow.ws, sql));
    }
    CHECK(bulk.count(QStringLiteral("SELECT sum(n) FROM deadline_tallies")) ==
          bulk.count(QStringLiteral("SELECT count(*) FROM deadlines")));
    CHECK(bulk.count(QStringLiteral("SELECT sum(n) FROM risk_tallies")) == 90);
    const QString deadlines =
        QStringLiteral("SELECT item_kind, item_id, provider_id, trigger_date, due, verification "
                       "FROM deadlines ORDER BY id");
    CHECK(rows(*bulk.ws, deadlines) == rows(*rowByRow.ws, deadlines));
    CHECK(bulk.value(QStringLiteral("SELECT verification FROM deadlines WHERE item_id = 'G-35'")) ==
          QStringLiteral("failed"));

    // The search index stops before the added rows, to be built afterwards;
    // the replaced generation's text is already current in it.
    CHECK(bulk.count(QStringLiteral("SELECT indexed_to FROM search_index "
                                    "WHERE name = 'generations'")) == 30);
    const QString rewritten = QStringLiteral(
        "SELECT g.id FROM generations_fts JOIN generations g ON g.rowid = generations_fts.rowid "
        "WHERE generations_fts MATCH '\"改写后\"'");
    CHECK(bulk.value(rewritten) == QStringLiteral("G-3"));
    AB_REQUIRE_OK(SearchIndex::buildAll(bulk.ws->db(), ListKind::Generations));
    for (const char *term : {"号提示", "output 4", "rewritten", "number 88"}) {
        const QString sql = QStringLiteral("SELECT g.id FROM generations_fts JOIN generations g "
                                           "ON g.rowid = generations_fts.rowid WHERE "
                                           "generations_fts MATCH '\"%1\"' ORDER BY g.id")
                                .arg(QString::fromUtf8(term));
        INFO(sql.toStdString());
        CHECK_FALSE(rows(*bulk.ws, sql).isEmpty());
        CHECK(rows(*bulk.ws, sql) == rows(*rowByRow.ws, sql));
    }
}

TEST_CASE("a bulk import with an invalid record leaves the workspace, its schema included, as it "
          "was")
{
    IntakeFixture f;
    importWith(f, {f.writeLines(QStringLiteral("seed.jsonl"), seedLines())},
               std::numeric_limits<qint64>::max());
    AB_REQUIRE_OK(SearchIndex::buildAll(f.ws->db(), ListKind::Generations));
    const QString schema = rows(*f.ws, kSchema);
    const QString digest = f.digest();

    QStringList lines = bulkLines();
    lines.insert(20, generation(500, QStringLiteral("A.9.z")));
    ImportOptions o = f.options({f.writeLines(QStringLiteral("bad.jsonl"), lines)});
    o.bulkFrom = 0;
    auto report = ImportJob::run(*f.ws, o);
    AB_REQUIRE_OK(report);
    CHECK_FALSE(report->committed);
    CHECK(hasError(*report, 21, QStringLiteral("category"), QString()));
    CHECK(rows(*f.ws, kSchema) == schema);
    CHECK(f.digest() == digest);
}

TEST_CASE("a bulk import cancelled while it assigns deadlines or builds indexes leaves everything "
          "as it was")
{
    for (const auto phase : {ImportProgress::Phase::Deadlines, ImportProgress::Phase::Indexing,
                             ImportProgress::Phase::Committing}) {
        IntakeFixture f;
        importWith(f, {f.writeLines(QStringLiteral("seed.jsonl"), seedLines())},
                   std::numeric_limits<qint64>::max());
        AB_REQUIRE_OK(SearchIndex::buildAll(f.ws->db(), ListKind::Generations));
        const QString schema = rows(*f.ws, kSchema);
        const QString index = rows(*f.ws, QStringLiteral("SELECT * FROM search_index"));
        const QString digest = f.digest();

        ImportOptions o = f.options({f.writeLines(QStringLiteral("more.jsonl"), bulkLines())});
        o.update = true;
        o.bulkFrom = 0;
        bool reached = false;
        auto report = ImportJob::run(*f.ws, o, [&](const ImportProgress &p) {
            reached = reached || p.phase == phase;
            return p.phase != phase;
        });
        AB_REQUIRE_OK(report);
        INFO(int(phase));
        CHECK(reached);
        CHECK(report->committed == (phase == ImportProgress::Phase::Committing));
        if (report->committed)
            continue; // past the point of no return: Committing cannot cancel
        CHECK(report->cancelled);
        CHECK(rows(*f.ws, kSchema) == schema);
        CHECK(rows(*f.ws, QStringLiteral("SELECT * FROM search_index")) == index);
        CHECK(f.digest() == digest);
    }
}

TEST_CASE("a bulk import that adds no generation leaves a complete search index complete")
{
    IntakeFixture f;
    importWith(f, {f.writeLines(QStringLiteral("seed.jsonl"), seedLines())},
               std::numeric_limits<qint64>::max());
    AB_REQUIRE_OK(SearchIndex::buildAll(f.ws->db(), ListKind::Generations));
    QStringList complaints;
    for (int i = 20; i < 40; ++i)
        complaints << complaint(i, {QStringLiteral("G-%1").arg(i % 30)});
    // The seed again (all unchanged) and new complaints.
    importWith(f, {f.writeLines(QStringLiteral("again.jsonl"), seedLines() + complaints)}, 0);
    auto state = SearchIndex::state(f.ws->db(), ListKind::Generations);
    AB_REQUIRE_OK(state);
    CHECK(state->complete());
}

TEST_CASE("a bulk import into a workspace whose tallies are not counted leaves them uncounted")
{
    IntakeFixture f;
    for (const char *table :
         {"zone_offsets", "deadline_tallies", "risk_tallies", "complaint_tallies"})
        REQUIRE(QSqlQuery(f.ws->db().sql()).exec(QStringLiteral("DELETE FROM ") + table));
    // Without the two replacements, which would be duplicates in one file.
    importWith(
        f, {f.writeLines(QStringLiteral("seed.jsonl"), seedLines() + bulkLines().mid(0, 69))}, 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines")) > 0);
    for (const QString &sql : kTallies) {
        INFO(sql.toStdString());
        CHECK(rows(*f.ws, sql).isEmpty());
    }
}
