// New generations reach the table in batches (RowBatch): the rows, their
// order and their outcomes must be those of writing them one by one —
// a generation named twice while its batch waits, references to generations
// still waiting, long texts that close a batch early.
#include "domain/records.h"
#include "intakefixture.h"

using namespace ab;
using namespace ab::intake;
using namespace ab::test;

namespace {

QString generation(int i, const QString &prompt, const QString &output)
{
    return QStringLiteral(
               R"({"type":"generation","id":"G-%1","model":"M-1","created_at":"2024-03-01T09:00:00Z","prompt":"%2","output":"%3","modality":"text","flag_source":"filter","category":"A.1.a","severity":"low","flagged_at":"2024-03-01T10:00:00Z"})")
        .arg(i)
        .arg(prompt, output);
}

QString prompt(int i)
{
    // Five prompts of 1 MB: a batch of 64 rows closes at 4 MB of text.
    return i >= 100 && i < 105 ? QString(1 << 20, QLatin1Char('p'))
                               : QStringLiteral("prompt %1").arg(i);
}

} // namespace

TEST_CASE("generations written in batches keep their order, outcomes and references")
{
    IntakeFixture f;
    QStringList lines{
        QStringLiteral(R"({"type":"provider","id":"P-1","name":"甲"})"),
        QStringLiteral(
            R"({"type":"model","id":"M-1","provider":"P-1","name":"A","version":"1","released":"2023-12-01"})"),
    };
    QStringList order;
    for (int i = 0; i < 150; ++i) {
        lines << generation(i, prompt(i), QStringLiteral("output %1").arg(i));
        order << QStringLiteral("G-%1").arg(i);
        if (i == 10) // the same again while its batch waits: unchanged
            lines << generation(3, prompt(3), QStringLiteral("output 3"));
        if (i == 20) // another text under a waiting id: a duplicate
            lines << generation(5, prompt(5), QStringLiteral("other output"));
        if (i == 30) {
            lines << QStringLiteral(
                R"({"type":"complaint","id":"C-1","received_at":"2024-05-01T10:00:00Z","channel":"app","kind":"other","text":"投诉","generations":["G-7","G-149"]})");
            lines << QStringLiteral(
                R"({"type":"retest","generation":"G-8","tested_at":"2024-06-01T10:00:00Z","model":"M-1","reproduced":true})");
        }
    }
    const int duplicateLine = 2 + 21 + 1 + 1; // after G-0…G-20 and the G-3 repeat
    const ImportReport report =
        f.import({f.writeLines(QStringLiteral("batches.jsonl"), lines)}, /*skipInvalid=*/true);
    INFO(errorLines(report).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.committed);
    CHECK(report.totals().added == 2 + 150 + 2);
    CHECK(report.totals().unchanged == 1);
    CHECK(report.totals().rejected == 1);
    CHECK(hasError(report, duplicateLine, QStringLiteral("id"), QStringLiteral("G-5")));

    CHECK(f.value(QStringLiteral("SELECT group_concat(id) FROM "
                                 "(SELECT id FROM generations ORDER BY rowid)")) ==
          order.join(QLatin1Char(',')));
    CHECK(f.value(QStringLiteral("SELECT output FROM generations WHERE id = 'G-5'")) ==
          QStringLiteral("output 5"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM generations WHERE length(prompt) = %1")
                      .arg(1 << 20)) == 5);
    CHECK(f.value(QStringLiteral("SELECT content_hash FROM generations WHERE id = 'G-103'")) ==
          Generation::hashOf(prompt(103), QStringLiteral("output 103")));
    CHECK(f.value(QStringLiteral("SELECT content_hash FROM generations WHERE id = 'G-149'")) ==
          Generation::hashOf(prompt(149), QStringLiteral("output 149")));
    CHECK(f.value(QStringLiteral("SELECT group_concat(generation_id) FROM (SELECT generation_id "
                                 "FROM complaint_generations ORDER BY 1)")) ==
          QStringLiteral("G-149,G-7"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM retests WHERE generation_id = 'G-8'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines")) == 151);
}
