#include "serverdatabase.h"

#include "storage/serverroles.h"
#include "testsupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ab::test {

namespace {

ServerAddress clusterAddress()
{
    const QString file = qEnvironmentVariable("AUDITBENCH_TEST_SERVER_FILE",
                                              QStringLiteral(AUDITBENCH_TEST_SERVER_FILE));
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
        FAIL("no test PostgreSQL server: run this test through ctest, whose pgserver fixture "
             "starts one (AUDITBENCH_TEST_SERVER_FILE='"
             << file.toStdString() << "')");
    auto address = ServerAddress::parse(QString::fromUtf8(f.readAll()).trimmed());
    AB_REQUIRE_OK(address);
    return *address;
}

// Runs `statements` on a short-lived superuser connection to `where`. With
// `mustSucceed` a failure fails the test; without (cleaning up, in a
// destructor) every statement is tried whatever happens.
void execOn(const ServerAddress &where, const QStringList &statements, bool mustSucceed = true)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setDatabaseName(where.database);
        db.setUserName(where.user);
        const bool opened = db.open();
        if (mustSucceed) {
            INFO(db.lastError().text().toStdString());
            REQUIRE(opened);
        }
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            const bool done = q.exec(statement);
            if (mustSucceed) {
                INFO(statement.toStdString() << ": " << q.lastError().text().toStdString());
                REQUIRE(done);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

ServerDatabase::ServerDatabase() : m_admin(clusterAddress())
{
    static QAtomicInteger<int> counter;
    m_address = m_admin;
    m_address.database = QStringLiteral("ab_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    execOn(m_admin, {QStringLiteral("CREATE DATABASE %1").arg(m_address.database)});
}

ServerDatabase::~ServerDatabase()
{
    // FORCE: a connection a failed test left open must not keep it alive.
    // The workspace's group roles (ServerRoles) outlive the database.
    execOn(m_admin,
           {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_address.database),
            QStringLiteral("DROP ROLE IF EXISTS \"%1\", \"%2\"")
                .arg(ServerRoles::groupName(m_address.database, QStringLiteral("writers")),
                     ServerRoles::groupName(m_address.database, QStringLiteral("readers")))},
           false);
}

ServerAddress ServerDatabase::as(const QString &login) const
{
    ServerAddress a = m_address;
    a.user = login;
    return a;
}

void ServerDatabase::ensureLogin(const QString &login) const
{
    // Two test processes creating the same login at once meet a
    // unique_violation rather than duplicate_object.
    execOn(m_admin, {QStringLiteral("DO $$ BEGIN CREATE ROLE \"%1\" LOGIN; EXCEPTION WHEN "
                                    "duplicate_object OR unique_violation THEN NULL; END $$")
                         .arg(login)});
}

void ServerDatabase::exec(const QString &statement) const
{
    execOn(m_address, {statement});
}

} // namespace ab::test
