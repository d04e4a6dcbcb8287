#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << '"' << s.toStdString() << '"';
}

namespace ab::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString &name) const
{
    return QDir(m_dir.path()).filePath(name);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QString fileHash(const QString &path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex());
}

} // namespace ab::test
