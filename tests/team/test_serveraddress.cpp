// Reading team server addresses: what is accepted, and which part a bad
// address gets wrong.
#include "storage/serveraddress.h"
#include "testsupport.h"

using namespace ab;
using namespace ab::test;

TEST_CASE("a server address names user, host, port and database")
{
    auto a =
        ServerAddress::parse(QStringLiteral("postgresql://alice@db.example.org:6543/inspection"));
    AB_REQUIRE_OK(a);
    CHECK(a->user == QStringLiteral("alice"));
    CHECK(a->host == QStringLiteral("db.example.org"));
    CHECK(a->port == 6543);
    CHECK(a->database == QStringLiteral("inspection"));
    CHECK(a->toString() == QStringLiteral("postgresql://alice@db.example.org:6543/inspection"));
    CHECK(*ServerAddress::parse(a->toString()) == *a);

    auto plain = ServerAddress::parse(QStringLiteral("postgres://bob@10.0.0.5/audit"));
    AB_REQUIRE_OK(plain);
    CHECK(plain->port == ServerAddress::kDefaultPort);
    CHECK(plain->host == QStringLiteral("10.0.0.5"));

    auto v6 = ServerAddress::parse(QStringLiteral("postgresql://carol@[::1]:5433/audit"));
    AB_REQUIRE_OK(v6);
    CHECK(v6->host == QStringLiteral("::1"));
    CHECK(v6->port == 5433);
    CHECK(*ServerAddress::parse(v6->toString()) == *v6);

    CHECK(ServerAddress::looksLikeServer(QStringLiteral("PostgreSQL://x@y/z")));
    CHECK_FALSE(ServerAddress::looksLikeServer(QStringLiteral("/home/a/postgresql.db")));
}

TEST_CASE("a bad server address is refused naming the part that is wrong")
{
    const QList<std::pair<QString, QString>> cases{
        {QStringLiteral("mysql://a@h/d"), QStringLiteral("scheme")},
        {QStringLiteral("postgresql://h/d"), QStringLiteral("user")},
        {QStringLiteral("postgresql://a@:5432/d"), QStringLiteral("host")},
        {QStringLiteral("postgresql://a@h:port/d"), QStringLiteral("port")},
        {QStringLiteral("postgresql://a@h:70000/d"), QStringLiteral("port")},
        {QStringLiteral("postgresql://a@h:0/d"), QStringLiteral("port")},
        {QStringLiteral("postgresql://a@h"), QStringLiteral("database")},
        {QStringLiteral("postgresql://a@h/"), QStringLiteral("database")},
        {QStringLiteral("postgresql://a@h/d/e"), QStringLiteral("database")},
        {QStringLiteral("postgresql://a:secret@h/d"), QStringLiteral("password")},
        {QStringLiteral("postgresql://a:secret@h:70000/d"), QStringLiteral("password")},
        {QStringLiteral("postgresql://a:secret@h d/x"), QStringLiteral("password")},
        {QStringLiteral("postgresql://a:sec/ret@h/d"), QStringLiteral("password")},
        {QStringLiteral("postgresql://a:sec@ret@h/d"), QStringLiteral("password")},
        {QStringLiteral("postgresql://a@h/d?sslmode=disable"), QStringLiteral("address")},
    };
    for (const auto &[text, field] : cases) {
        INFO(text.toStdString());
        auto a = ServerAddress::parse(text);
        REQUIRE_FALSE(a.ok());
        CHECK(a.error().field == field);
        // The error shows the address, never a password typed into it.
        if (text.contains(QLatin1String(":sec"))) {
            CHECK(a.error().file.startsWith(QStringLiteral("postgresql://a@h")));
            CHECK_FALSE(a.error().toString().contains(QStringLiteral("sec")));
            CHECK_FALSE(a.error().toString().contains(QStringLiteral("ret")));
        } else {
            CHECK(a.error().file == text);
        }
        CHECK_FALSE(a.error().message.isEmpty());
    }
}
