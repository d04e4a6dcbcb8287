#include "serverpasswords.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace ab {

namespace {

// Worker threads look passwords up while the GUI thread may remember one.
QMutex &lock()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byAddress;
    return byAddress;
}

} // namespace

void ServerPasswords::remember(const ServerAddress &address, const QString &password)
{
    QMutexLocker locker(&lock());
    if (password.isEmpty())
        passwords().remove(address.toString());
    else
        passwords().insert(address.toString(), password);
}

QString ServerPasswords::find(const ServerAddress &address)
{
    QMutexLocker locker(&lock());
    return passwords().value(address.toString());
}

void ServerPasswords::forget(const ServerAddress &address)
{
    remember(address, {});
}

} // namespace ab
