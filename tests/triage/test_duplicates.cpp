// Duplicate detection: near-identical texts in Chinese (no spaces) and in
// English score at or above the threshold, different complaints below it;
// complaints about the same generation are suggested whatever their text.
#include "casefixture.h"
#include "triage/duplicatefinder.h"
#include "triage/textsimilarity.h"

using namespace ab;
using namespace ab::test;

namespace {

struct Pair
{
    const char *a;
    const char *b;
};

// Reworded, re-punctuated or re-cased copies of the same complaint.
const Pair kSame[] = {
    {"模型生成的回答里有暴力描述，请尽快删除。", "模型生成的回答里有暴力描述,请尽快删除!!"},
    {"你们的AI把我的手机号13800138000泄露给了别人",
     "你们的 AI 把我的手机号 13800138000 泄露给了别人。"},
    {"智能助手说某地人都是骗子，这是地域歧视", "智能助手说某地的人都是骗子，这是地域歧视！"},
    {"ＡＩ回答的疫苗信息是错误的，请更正",
     "AI回答的疫苗信息是错误的，请更正"}, // full-width letters
    {"The chatbot said my neighbour is a criminal. Please remove it.",
     "the chatbot said my neighbor is a criminal, please remove it"},
    {"Your assistant gave dangerous medical advice about insulin doses!",
     "Your assistant gave dangerous medical advice about insulin doses"},
    {"The model keeps generating fake news about the election",
     "The model keeps generating fake news about the elections!!!"},
};

// Different complaints, some about the same topic.
const Pair kDifferent[] = {
    {"模型生成的回答里有暴力描述，请尽快删除。", "模型把我的名字和住址写进了回答里"},
    {"你们的AI把我的手机号泄露给了别人", "回答中关于历史事件的描述不准确"},
    {"智能助手说某地人都是骗子，这是地域歧视", "智能助手拒绝回答任何关于健康的问题"},
    {"The chatbot said my neighbour is a criminal. Please remove it.",
     "The chatbot copied a whole chapter of my novel without permission."},
    {"Your assistant gave dangerous medical advice about insulin doses!",
     "Your assistant refuses to answer questions about insulin pricing."},
    {"The model keeps generating fake news about the election", "模型一直在生成关于选举的假新闻"},
};

} // namespace

TEST_CASE("normalised text keeps only letters and digits, case folded")
{
    CHECK(TextSimilarity::normalize(QStringLiteral("Ａb, C！ 中文。 1２3")) ==
          QStringLiteral("abc中文123"));
    CHECK(TextSimilarity::shingleSize(TextSimilarity::normalize(QStringLiteral("中文投诉text"))) ==
          2);
    CHECK(TextSimilarity::shingleSize(QStringLiteral("englishonly")) == 4);
    // "abcd" in 2-shingles: ab, bc, cd; "abce": ab, bc, ce -> 2 of 4.
    CHECK(TextSimilarity::jaccard(TextSimilarity::shingles(QStringLiteral("abcd"), 2),
                                  TextSimilarity::shingles(QStringLiteral("abce"), 2)) ==
          Approx(0.5));
    CHECK(TextSimilarity::similarity(QStringLiteral("同一条"), QStringLiteral("同一条")) == 1.0);
    CHECK(TextSimilarity::similarity(QString(), QString()) == 0.0);
}

TEST_CASE("near-identical pairs pass the threshold, different ones do not")
{
    for (const Pair &p : kSame) {
        const double s = TextSimilarity::similarity(QString::fromUtf8(p.a), QString::fromUtf8(p.b));
        INFO(p.a << " | " << p.b << " = " << s);
        CHECK(s >= TextSimilarity::kDefaultThreshold);
    }
    for (const Pair &p : kDifferent) {
        const double s = TextSimilarity::similarity(QString::fromUtf8(p.a), QString::fromUtf8(p.b));
        INFO(p.a << " | " << p.b << " = " << s);
        CHECK(s < TextSimilarity::kDefaultThreshold);
    }
}

TEST_CASE("the finder suggests same-generation and near-identical complaints")
{
    CaseFixture f;
    f.addComplaint(QStringLiteral("C1"), QStringLiteral("模型生成的回答里有暴力描述，请尽快删除。"),
                   QStringLiteral("2026-03-01T08:00:00Z"));
    f.addComplaint(QStringLiteral("C2"), QStringLiteral("模型生成的回答里有暴力描述,请尽快删除!!"),
                   QStringLiteral("2026-03-03T08:00:00Z"));
    f.addComplaint(QStringLiteral("C3"), QStringLiteral("完全不同的一条投诉：版权问题"),
                   QStringLiteral("2026-03-02T08:00:00Z"), {QStringLiteral("G00001")});
    f.addComplaint(QStringLiteral("C4"), QStringLiteral("Another text entirely"),
                   QStringLiteral("2026-03-02T09:00:00Z"), {QStringLiteral("G00001")});
    // The same text, but long before the window.
    f.addComplaint(QStringLiteral("C5"), QStringLiteral("模型生成的回答里有暴力描述，请尽快删除。"),
                   QStringLiteral("2025-01-01T08:00:00Z"));

    auto forC2 = DuplicateFinder::suggest(f.db(), QStringLiteral("C2"));
    AB_REQUIRE_OK(forC2);
    REQUIRE(forC2->size() == 1);
    CHECK(forC2->first().complaintId == QStringLiteral("C1"));
    CHECK(forC2->first().similarity >= TextSimilarity::kDefaultThreshold);
    CHECK_FALSE(forC2->first().sameGeneration);

    auto forC4 = DuplicateFinder::suggest(f.db(), QStringLiteral("C4"));
    AB_REQUIRE_OK(forC4);
    REQUIRE(forC4->size() == 1);
    CHECK(forC4->first().complaintId == QStringLiteral("C3"));
    CHECK(forC4->first().sameGeneration);

    DuplicateOptions wide;
    wide.windowDays = 1000;
    auto farBack = DuplicateFinder::suggest(f.db(), QStringLiteral("C1"), wide);
    QStringList ids;
    for (const auto &s : *farBack)
        ids << s.complaintId;
    ids.sort();
    CHECK(ids == QStringList{QStringLiteral("C2"), QStringLiteral("C5")});
    CHECK_FALSE(DuplicateFinder::suggest(f.db(), QStringLiteral("C404")).ok());
}
