#include "workspacefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace ab {

namespace {

Error refuse(const QString &path, const QString &why)
{
    return Error{why, path, 0, {}};
}

quint32 be32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

Result<WorkspaceHeader> WorkspaceFile::inspect(const QString &path, int maxSchemaVersion)
{
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(path,
                      QCoreApplication::translate("WorkspaceFile", "the file does not exist"));
    if (!info.isFile())
        return refuse(path, QCoreApplication::translate("WorkspaceFile", "this is not a file"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(path,
                      QCoreApplication::translate("WorkspaceFile", "the file cannot be read: %1")
                          .arg(file.errorString()));
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    if (size == 0)
        return refuse(path, QCoreApplication::translate(
                                "WorkspaceFile", "the file is empty, not an AuditBench workspace"));
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return refuse(path, QCoreApplication::translate(
                                "WorkspaceFile",
                                "this is not an AuditBench workspace (not an SQLite database)"));

    // Page size: 2 bytes at offset 16, where the value 1 means 65536.
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return refuse(path, QCoreApplication::translate("WorkspaceFile",
                                                        "the file is damaged (invalid page size)"));

    // The in-header page count is valid when the change counter (offset 24)
    // equals the version-valid-for number (offset 92). A file shorter than its
    // pages is truncated.
    const quint32 pages = be32(header, 28);
    const bool pagesValid = be32(header, 24) == be32(header, 92) && pages > 0;
    if (size % pageSize != 0 || (pagesValid && size < qint64(pages) * pageSize))
        return refuse(
            path, QCoreApplication::translate("WorkspaceFile", "the file is truncated or damaged"));

    WorkspaceHeader result;
    result.applicationId = be32(header, 68);
    result.userVersion = qint32(be32(header, 60));
    if (result.applicationId != kApplicationId)
        return refuse(path,
                      QCoreApplication::translate(
                          "WorkspaceFile", "this SQLite database is not an AuditBench workspace"));
    if (result.userVersion > maxSchemaVersion)
        return refuse(path, QCoreApplication::translate(
                                "WorkspaceFile",
                                "the workspace was made by a newer AuditBench (schema %1; this "
                                "version reads up to %2)")
                                .arg(result.userVersion)
                                .arg(maxSchemaVersion));
    if (result.userVersion < 1)
        return refuse(
            path, QCoreApplication::translate(
                      "WorkspaceFile", "the workspace has no schema (it was never initialised)"));
    return result;
}

} // namespace ab
