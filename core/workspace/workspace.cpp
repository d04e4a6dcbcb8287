#include "workspace.h"

#include "audit/audittrail.h"
#include "dashboard/dashboardtallies.h"
#include "storage/serverpasswords.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>

namespace ab {

QTimeZone WorkspaceSettings::timeZone() const
{
    QTimeZone tz(zone.toUtf8());
    return tz.isValid() ? tz : time::defaultZone();
}

QString Workspace::osUserName()
{
    for (const char *var : {"AUDITBENCH_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(var).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("analyst");
}

Workspace::Workspace(std::unique_ptr<Database> db, QString actor)
    : m_db(std::move(db)), m_actor(std::move(actor))
{}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path, const QString &actor,
                                                     const QString &supervisor)
{
    auto db = Database::create(path);
    if (!db)
        return db.error();
    std::unique_ptr<Workspace> ws(new Workspace(std::move(*db), actor));
    const QString now = time::toStored(QDateTime::currentDateTimeUtc());
    const QString boss =
        supervisor.isEmpty() || supervisor == actor ? QStringLiteral("supervisor") : supervisor;
    WorkspaceSettings defaults;
    defaults.name = QFileInfo(path).completeBaseName();

    Status s = ws->db().transaction([&]() -> Status {
        QSqlQuery q(ws->db().sql());
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        const QList<std::pair<QString, QString>> meta{
            {QStringLiteral("application"), QStringLiteral("AuditBench")},
            {QStringLiteral("created_at"), now},
            {QStringLiteral("created_by"), actor},
            {QStringLiteral("name"), defaults.name},
            {QStringLiteral("zone"), defaults.zone},
            {QStringLiteral("default_policy"), defaults.defaultPolicy},
            {QStringLiteral("due_soon_days"), QString::number(defaults.dueSoonDays)}};
        for (const auto &[key, value] : meta) {
            q.addBindValue(key);
            q.addBindValue(value);
            if (!q.exec())
                return ws->db().sqlError(QStringLiteral("meta"), q);
        }
        q.prepare(QStringLiteral(
            "INSERT INTO users (name, display_name, role, created_at) VALUES (?, ?, ?, ?)"));
        for (const auto &[name, role] : QList<std::pair<QString, QString>>{
                 {actor, QStringLiteral("analyst")}, {boss, QStringLiteral("supervisor")}}) {
            q.addBindValue(name);
            q.addBindValue(name);
            q.addBindValue(role);
            q.addBindValue(now);
            if (!q.exec())
                return ws->db().sqlError(QStringLiteral("users"), q);
        }
        return AuditTrail::appendAt(
            ws->db(),
            {actor, QStringLiteral("workspace.created"), QStringLiteral("workspace"), defaults.name,
             QJsonValue::Null,
             QJsonObject{{QStringLiteral("schema"), ws->db().schemaVersion()},
                         {QStringLiteral("analyst"), actor},
                         {QStringLiteral("supervisor"), boss}}},
            now);
    });
    if (!s) {
        ws.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return s.error();
    }
    if (Status loaded = ws->loadSettings(); !loaded)
        return loaded.error();
    // Tallies counted in another zone (or by an older version) are recounted.
    if (Status counted = DashboardTallies::ensure(ws->db(), ws->settings().timeZone()); !counted)
        return counted.error();
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &location, const QString &actor)
{
    if (ServerAddress::looksLikeServer(location)) {
        auto address = ServerAddress::parse(location);
        if (!address)
            return address.error();
        return openServer(*address, ServerPasswords::find(*address));
    }
    auto db = Database::open(location);
    if (!db)
        return db.error();
    return attach(std::move(*db), actor);
}

Result<std::unique_ptr<Workspace>> Workspace::openServer(const ServerAddress &address,
                                                         const QString &password)
{
    auto db = Database::openServer(address, password);
    if (!db)
        return db.error();
    QSqlQuery q((*db)->sql());
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next())
        return (*db)->sqlError(QStringLiteral("session_user"), q);
    const QString login = q.value(0).toString();
    q.finish();
    auto ws = attach(std::move(*db), login);
    if (ws)
        // Worker threads open further connections by the address alone.
        ServerPasswords::remember(address, password);
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::attach(std::unique_ptr<Database> db,
                                                     const QString &actor)
{
    std::unique_ptr<Workspace> ws(new Workspace(std::move(db), actor));
    if (Status loaded = ws->loadSettings(); !loaded)
        return loaded.error();
    if (ws->db().isServer()) {
        // On a server the tallies are the server's: its triggers keep them
        // in the zone offsets stored with them, the same for every client,
        // whatever a client's own time-zone data says. A client does not
        // recount them (the recount is SQLite's SQL, and auditors may not
        // write). A workspace gets them counted before it is copied there.
        auto counted = DashboardTallies::countedZone(ws->db());
        if (!counted)
            return counted.error();
        if (counted->isEmpty())
            return Error{QCoreApplication::translate(
                             "Workspace", "the team workspace's dashboard tallies were never "
                                          "counted; open the workspace file once and copy it "
                                          "to the server again"),
                         ws->path(),
                         0,
                         {}};
        return ws;
    }
    // Tallies counted in another zone (or by an older version) are recounted.
    if (Status counted = DashboardTallies::ensure(ws->db(), ws->settings().timeZone()); !counted)
        return counted.error();
    return ws;
}

Status Workspace::upgrade(const QString &path)
{
    auto ws = open(path, QString());
    if (!ws)
        return ws.error();
    return {};
}

Status Workspace::loadSettings()
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return m_db->sqlError(QStringLiteral("meta"), q);
    m_settings.name = QFileInfo(m_db->path()).completeBaseName();
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("name"))
            m_settings.name = value;
        else if (key == QLatin1String("zone"))
            m_settings.zone = value;
        else if (key == QLatin1String("default_policy"))
            m_settings.defaultPolicy = value;
        else if (key == QLatin1String("due_soon_days"))
            m_settings.dueSoonDays = value.toInt();
    }
    return {};
}

} // namespace ab
