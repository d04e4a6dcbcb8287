#include "deadlines/policycatalog.h"
#include "testsupport.h"

using namespace ab;

TEST_CASE("The built-in policy profiles load with their periods", "[deadlines][policies]")
{
    auto catalog = PolicyCatalog::load();
    AB_REQUIRE_OK(catalog);
    struct Case
    {
        const char *ref;
        const char *period;
        const char *trigger;
        const char *calendar;
    };
    const Case cases[] = {
        {"cac-2023-draft", "3M", "discovery_or_report", "CN"},
        {"cac-2023-interim", "15D", "discovery_or_report", "CN"},
        {"complaint-feedback", "15WD", "complaint_received", "CN"},
        {"containment", "1WD", "discovery_or_report", "CN"},
        {"eu-ai-act-73", "15D", "awareness", "EU"},
        {"eu-ai-act-73:death", "10D", "awareness", "EU"},
        {"eu-ai-act-73:widespread", "2D", "awareness", "EU"},
    };
    for (const Case &c : cases) {
        INFO(c.ref);
        const auto p = catalog->find(QString::fromLatin1(c.ref));
        REQUIRE(p.has_value());
        CHECK(p->ref() == QString::fromLatin1(c.ref));
        CHECK(p->period.toString() == QString::fromLatin1(c.period));
        CHECK(p->trigger == QString::fromLatin1(c.trigger));
        CHECK(p->calendar == QString::fromLatin1(c.calendar));
        CHECK_FALSE(p->nameZh.isEmpty());
        CHECK_FALSE(p->nameEn.isEmpty());
        CHECK_FALSE(p->descriptionZh.isEmpty());
        CHECK_FALSE(p->descriptionEn.isEmpty());
        CHECK_FALSE(p->sourceZh.isEmpty());
        CHECK_FALSE(p->sourceEn.isEmpty());
    }
    CHECK(catalog->policies().size() == 5);
    CHECK(catalog->find(PolicyCatalog::kDefaultPolicy).has_value());
    CHECK(catalog->find(PolicyCatalog::kContainmentPolicy)->clock == QStringLiteral("containment"));
    CHECK_FALSE(catalog->find(QStringLiteral("nope")).has_value());
    CHECK_FALSE(catalog->find(QStringLiteral("eu-ai-act-73:nope")).has_value());
    CHECK_FALSE(catalog->find(QStringLiteral("cac-2023-draft:death")).has_value());
    CHECK(catalog->find(QStringLiteral("eu-ai-act-73:death"))
              ->name(false)
              .contains(QStringLiteral("Death")));
    CHECK(catalog->calendars() == QStringList{QStringLiteral("CN"), QStringLiteral("EU")});
}

namespace {

QByteArray policyJson(const QByteArray &id, const QByteArray &period, const QByteArray &extra = {})
{
    return "{\"format\": \"auditbench-policy/1\", \"id\": \"" + id +
           "\", \"name_zh\": \"处置\", \"name_en\": \"Containment\", \"clock\": \"containment\", "
           "\"trigger\": \"discovery_or_report\", \"period\": \"" +
           period +
           "\", \"calendar\": \"CN\", \"description_zh\": \"说明\", \"description_en\": "
           "\"Text\", \"source_zh\": \"来源\", \"source_en\": \"Source\"" +
           extra + "}";
}

} // namespace

TEST_CASE("A user policy file overrides a built-in target or adds a policy",
          "[deadlines][policies]")
{
    test::TempDir dir;
    test::writeFile(dir.path(QStringLiteral("containment.json")), policyJson("containment", "2WD"));
    test::writeFile(dir.path(QStringLiteral("house-rule.json")), policyJson("house-rule", "30D"));
    auto catalog = PolicyCatalog::load(dir.path(QString()));
    AB_REQUIRE_OK(catalog);
    CHECK(catalog->find(QStringLiteral("containment"))->period.toString() == QStringLiteral("2WD"));
    CHECK(catalog->find(QStringLiteral("house-rule"))->period.toString() == QStringLiteral("30D"));
    CHECK(catalog->find(QStringLiteral("cac-2023-draft"))->period.toString() ==
          QStringLiteral("3M"));
    CHECK(catalog->policies().size() == 6);
}

TEST_CASE("A bad policy file is refused naming the file and the field", "[deadlines][policies]")
{
    struct Case
    {
        const char *what;
        const char *fileName;
        QByteArray content;
        const char *field;
    };
    const Case cases[] = {
        {"bad period", "house.json", policyJson("house", "3X"), "period"},
        {"id is not the file name", "house.json", policyJson("other", "3M"), "id"},
        {"unknown trigger", "house.json",
         policyJson("house", "3M").replace("discovery_or_report", "whenever"), "trigger"},
        {"unknown clock", "house.json",
         policyJson("house", "3M").replace("\"containment\"", "\"x\""), "clock"},
        {"missing source", "house.json", policyJson("house", "3M").replace("source_en", "src"),
         "source_en"},
        {"bad calendar", "house.json", policyJson("house", "3M").replace("\"CN\"", "\"china\""),
         "calendar"},
        {"bad variant period", "house.json",
         policyJson("house", "3M",
                    R"(, "variants": [{"id": "v", "name_zh": "a", "name_en": "b",
                       "description_zh": "c", "description_en": "d", "period": "soon"}])"),
         "variants[0].period"},
        {"wrong format", "house.json", policyJson("house", "3M").replace("policy/1", "policy/2"),
         "format"},
        {"not JSON", "house.json", "{", ""},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        test::TempDir dir;
        const QString file = dir.path(QString::fromLatin1(c.fileName));
        test::writeFile(file, c.content);
        auto catalog = PolicyCatalog::load(dir.path(QString()));
        REQUIRE_FALSE(catalog.ok());
        INFO(catalog.error().toString().toStdString());
        CHECK(catalog.error().file == file);
        CHECK(catalog.error().field == QString::fromLatin1(c.field));
    }
}
