#include "records.h"

#include <QCryptographicHash>

namespace ab {

QString Generation::hashOf(const QString &prompt, const QString &output)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prompt.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(output.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

} // namespace ab
