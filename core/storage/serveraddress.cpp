#include "serveraddress.h"

#include <QCoreApplication>
#include <QUrl>

namespace ab {

namespace {

// The address as an error shows it: never with a password someone typed in.
// Cut by hand from the colon after the user name to the last '@' (a
// password may hold '/' or '@', and QUrl cannot read every address).
QString shown(const QString &text)
{
    const qsizetype start = text.indexOf(QLatin1String("//"));
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (start < 0 || at < 0)
        return text;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), start + 2);
    if (colon < 0 || colon > at)
        return text;
    return text.left(colon) + text.mid(at);
}

Result<ServerAddress> wrong(const QString &text, const char *field, const QString &message)
{
    return Error{message, shown(text), 0, QString::fromLatin1(field)};
}

} // namespace

bool ServerAddress::looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    if (!looksLikeServer(text))
        return wrong(text, "scheme",
                     QCoreApplication::translate("ServerAddress",
                                                 "a server address starts with postgresql:// "
                                                 "(postgresql://user@host:port/database)"));
    // By hand, before QUrl, which refuses an '@' or '/' in a password as
    // a malformed address: a colon in the user part means one was given.
    const qsizetype userEnd = text.lastIndexOf(QLatin1Char('@'));
    if (const qsizetype colon = text.indexOf(QLatin1Char(':'), text.indexOf(QLatin1String("//")));
        userEnd > 0 && colon >= 0 && colon < userEnd)
        return wrong(text, "password",
                     QCoreApplication::translate("ServerAddress",
                                                 "the address must not hold a password: libpq "
                                                 "takes it from PGPASSWORD or ~/.pgpass"));
    // The port is checked by hand so that a bad one is named as such; QUrl
    // only says the whole address is invalid.
    const qsizetype authorityStart = text.indexOf(QLatin1String("//")) + 2;
    qsizetype authorityEnd = text.indexOf(QLatin1Char('/'), authorityStart);
    if (authorityEnd < 0)
        authorityEnd = text.size();
    const QString hostPort =
        text.mid(authorityStart, authorityEnd - authorityStart).section(QLatin1Char('@'), -1);
    if (const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        colon > hostPort.lastIndexOf(QLatin1Char(']'))) {
        bool ok = false;
        const int port = hostPort.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return wrong(text, "port",
                         QCoreApplication::translate("ServerAddress",
                                                     "the port must be a number from 1 to 65535"));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return wrong(text, "address",
                     QCoreApplication::translate("ServerAddress", "not a valid address"));
    if (url.hasQuery() || url.hasFragment())
        return wrong(text, "address",
                     QCoreApplication::translate("ServerAddress",
                                                 "options after '?' or '#' are not supported"));

    ServerAddress a;
    a.user = url.userName();
    a.host = url.host();
    if (a.user.isEmpty())
        return wrong(
            text, "user",
            QCoreApplication::translate("ServerAddress",
                                        "name the database user: postgresql://user@host/database"));
    if (a.host.isEmpty())
        return wrong(text, "host",
                     QCoreApplication::translate(
                         "ServerAddress", "name the server: postgresql://user@host/database"));
    if (url.port() > 0)
        a.port = url.port();
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty() || path.contains(QLatin1Char('/')))
        return wrong(text, "database",
                     QCoreApplication::translate(
                         "ServerAddress",
                         "name one database after the host: postgresql://user@host/database"));
    a.database = path;
    return a;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace ab
