// The workbench's command line: --server URL names a team workspace by its
// canonical address, a wrong address is refused by its part, and only one
// workspace may be named.
#include "startupoptions.h"
#include "testsupport.h"

#include <QCommandLineParser>

using namespace ab;
using namespace ab::test;

namespace {

Result<QString> named(const QStringList &arguments)
{
    QCommandLineParser parser;
    app::addStartupOptions(parser);
    QStringList all{QStringLiteral("auditbench")};
    all << arguments;
    INFO(parser.errorText().toStdString());
    REQUIRE(parser.parse(all));
    return app::workspaceToOpen(parser);
}

} // namespace

TEST_CASE("auditbench --server opens a team workspace by its address")
{
    auto server = named(
        {QStringLiteral("--server"), QStringLiteral("postgres://alice@db.example.org/inspection")});
    AB_REQUIRE_OK(server);
    CHECK(server.value() == QStringLiteral("postgresql://alice@db.example.org:5432/inspection"));

    auto file = named({QStringLiteral("--db"), QStringLiteral("/data/a.auditbench")});
    AB_REQUIRE_OK(file);
    CHECK(file.value() == QStringLiteral("/data/a.auditbench"));
    auto positional = named({QStringLiteral("b.auditbench")});
    AB_REQUIRE_OK(positional);
    CHECK(positional.value() == QStringLiteral("b.auditbench"));
    auto none = named({});
    AB_REQUIRE_OK(none);
    CHECK(none.value().isEmpty());
}

TEST_CASE("auditbench --server refuses a wrong address by its part, and two workspaces")
{
    auto port = named({QStringLiteral("--server"),
                       QStringLiteral("postgresql://alice@db.example.org:0/inspection")});
    REQUIRE_FALSE(port.ok());
    CHECK(port.error().field == QStringLiteral("port"));
    auto database =
        named({QStringLiteral("--server"), QStringLiteral("postgresql://alice@db.example.org")});
    REQUIRE_FALSE(database.ok());
    CHECK(database.error().field == QStringLiteral("database"));
    auto scheme = named({QStringLiteral("--server"), QStringLiteral("db.example.org")});
    REQUIRE_FALSE(scheme.ok());
    CHECK(scheme.error().field == QStringLiteral("scheme"));

    auto two = named({QStringLiteral("--server"), QStringLiteral("postgresql://a@h/d"),
                      QStringLiteral("file.auditbench")});
    REQUIRE_FALSE(two.ok());
    CHECK(two.error().message.contains(QStringLiteral("name one workspace")));
}
