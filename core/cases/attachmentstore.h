#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace ab {

class Database;

struct AttachmentInfo
{
    QString sha256; // hex, the address of the content
    qint64 size = 0;
    QString mime;
    bool newlyStored = false; // false when the same bytes were already there
};

// Evidence files kept inside the workspace, addressed by the SHA-256 of their
// bytes: the same content is stored once however often it is attached, and
// the address proves the bytes are the ones attached.
class AttachmentStore
{
public:
    // Larger files are refused: they are kept as one BLOB in the workspace.
    static constexpr qint64 kMaxSize = 256LL * 1024 * 1024;

    static QString sha256(const QByteArray &content);
    // The MIME type from the name and the first bytes.
    static QString mimeType(const QString &fileName, const QByteArray &content);

    // Stores the bytes unless already present; call inside a transaction.
    static Result<AttachmentInfo> put(Database &db, const QString &fileName,
                                      const QByteArray &content);
    static Result<QByteArray> content(Database &db, const QString &sha256);
    static Result<AttachmentInfo> info(Database &db, const QString &sha256);
};

} // namespace ab
