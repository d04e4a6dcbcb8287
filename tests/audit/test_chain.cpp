// The verifier's fast path builds exactly the bytes that were hashed, or
// declines and leaves the row to the parsing path; either way every entry
// written through AuditTrail verifies.
#include "audit/auditquery.h"
#include "audit/audittrail.h"
#include "casefixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

TEST_CASE("the fast canonical form is the hashed form, or nothing")
{
    CaseFixture f(1);
    const QJsonValue values[] = {
        QJsonObject{{QStringLiteral("状态"), QStringLiteral("已关闭")},
                    {QStringLiteral("n"), 42},
                    {QStringLiteral("x"), 0.1},
                    {QStringLiteral("big"), 1e300},
                    {QStringLiteral("neg"), -7},
                    {QStringLiteral("ok"), true},
                    {QStringLiteral("none"), QJsonValue::Null},
                    {QStringLiteral("list"), QJsonArray{1, QStringLiteral("二"), QJsonObject{}}},
                    {QStringLiteral("quote"), QStringLiteral("say \"hi\"\n\ttab \\ 😀")}},
        QJsonObject{},
        QJsonValue(QStringLiteral("a scalar")),
        QJsonValue(3),
        QJsonArray{1, 2, 3},
        QJsonValue::Null,
    };
    const QString actors[] = {QStringLiteral("tester"), QStringLiteral("张三"),
                              QStringLiteral("quote\"d"), QStringLiteral("line\nbreak")};
    int fastRows = 0;
    int slowRows = 0;
    AB_REQUIRE_OK(f.db().transaction([&]() -> Status {
        for (const QString &actor : actors)
            for (const QJsonValue &v : values)
                if (Status s = AuditTrail::append(f.db(), {actor, QStringLiteral("test.value"),
                                                           QStringLiteral("thing"),
                                                           QStringLiteral("编号-1"), v, v});
                    !s)
                    return s;
        return {};
    }));
    auto rows = AuditQuery::page(f.db(), {}, 0, 1000);
    AB_REQUIRE_OK(rows);
    for (const AuditRow &r : *rows) {
        const auto fast = AuditTrail::canonicalFromStored(
            r.seq, r.at, r.actor, r.action, r.entityKind, r.entityId, r.beforeJson, r.afterJson);
        if (!fast) {
            ++slowRows;
            continue;
        }
        ++fastRows;
        INFO(fast->toStdString());
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(QByteArray(r.prevHash.toLatin1() + *fast),
                                                         QCryptographicHash::Sha256)
                                    .toHex());
        CHECK(hash == r.hash);
    }
    CHECK(fastRows >= 6);  // objects and nulls by plain actors
    CHECK(slowRows >= 10); // scalars, arrays, escaped actors
    auto chain = AuditTrail::verify(f.db());
    AB_REQUIRE_OK(chain);
    CHECK(chain->intact);
}
