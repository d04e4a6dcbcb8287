#include "attachmentstore.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeDatabase>
#include <QSqlQuery>

namespace ab {

namespace {} // namespace

QString AttachmentStore::sha256(const QByteArray &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString AttachmentStore::mimeType(const QString &fileName, const QByteArray &content)
{
    return QMimeDatabase().mimeTypeForFileNameAndData(fileName, content).name();
}

Result<AttachmentInfo> AttachmentStore::put(Database &db, const QString &fileName,
                                            const QByteArray &content)
{
    if (content.size() > kMaxSize)
        return Error{
            QCoreApplication::translate("AttachmentStore",
                                        "the file is %1 MB; evidence files may be at most %2 MB")
                .arg(content.size() / (1024 * 1024))
                .arg(kMaxSize / (1024 * 1024)),
            fileName,
            0,
            {}};
    AttachmentInfo info{sha256(content), content.size(), mimeType(fileName, content), false};
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO attachments (sha256, size, mime, content) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (sha256) DO NOTHING"));
    q.addBindValue(info.sha256);
    q.addBindValue(info.size);
    q.addBindValue(info.mime);
    q.addBindValue(content);
    if (!q.exec())
        return db.sqlError(QStringLiteral("attachments"), q);
    info.newlyStored = q.numRowsAffected() == 1;
    if (!info.newlyStored) {
        // The stored copy's type wins, so that one address has one type.
        auto stored = AttachmentStore::info(db, info.sha256);
        if (!stored)
            return stored.error();
        info.mime = stored->mime;
    }
    return info;
}

Result<QByteArray> AttachmentStore::content(Database &db, const QString &hash)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT content FROM attachments WHERE sha256 = ?"));
    q.addBindValue(hash);
    if (!q.exec())
        return db.sqlError(QStringLiteral("attachments"), q);
    if (!q.next())
        return Error{
            QCoreApplication::translate("AttachmentStore", "there is no attachment %1").arg(hash),
            {},
            0,
            QStringLiteral("sha256")};
    return q.value(0).toByteArray();
}

Result<AttachmentInfo> AttachmentStore::info(Database &db, const QString &hash)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT size, mime FROM attachments WHERE sha256 = ?"));
    q.addBindValue(hash);
    if (!q.exec())
        return db.sqlError(QStringLiteral("attachments"), q);
    if (!q.next())
        return Error{
            QCoreApplication::translate("AttachmentStore", "there is no attachment %1").arg(hash),
            {},
            0,
            QStringLiteral("sha256")};
    return AttachmentInfo{hash, q.value(0).toLongLong(), q.value(1).toString(), false};
}

} // namespace ab
