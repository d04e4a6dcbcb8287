#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

namespace ab::intake {

// Turns the bytes of one field (or line) in a file's encoding into UTF-8,
// refusing malformed input instead of substituting U+FFFD: a replaced
// character would silently change what the provider filed.
class TextDecoder
{
public:
    // An empty or UTF-8 name (any spelling) gives the UTF-8 fast path; other
    // names go to QStringDecoder, which covers GB18030 and GBK through ICU.
    explicit TextDecoder(const QString &encoding = {});
    bool isValid() const { return m_utf8 || m_decoder.isValid(); }
    bool isUtf8() const { return m_utf8; }
    QString name() const;

    // Appends the UTF-8 form of `in` to `out`; false when `in` is not valid
    // in the encoding.
    bool toUtf8(QByteArrayView in, QByteArray &out);

private:
    bool m_utf8 = true;
    QString m_name;
    QStringDecoder m_decoder;
};

} // namespace ab::intake
