#include "textdecoder.h"

#include "utf8.h"

namespace ab::intake {

namespace {

bool isUtf8Spelling(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return n.isEmpty() || n == QLatin1String("utf8");
}

} // namespace

TextDecoder::TextDecoder(const QString &encoding)
    : m_utf8(isUtf8Spelling(encoding)), m_name(encoding.trimmed())
{
    if (!m_utf8)
        m_decoder = QStringDecoder(m_name.toLatin1().constData(), QStringDecoder::Flag::Stateless);
}

QString TextDecoder::name() const
{
    return m_utf8                ? QStringLiteral("UTF-8")
           : m_decoder.isValid() ? QString::fromLatin1(m_decoder.name())
                                 : m_name;
}

bool TextDecoder::toUtf8(QByteArrayView in, QByteArray &out)
{
    if (m_utf8) {
        if (!utf8::isValid(in.data(), in.size()))
            return false;
        out.append(in.data(), in.size());
        return true;
    }
    // Stateless: every field is decoded on its own, a sequence cut at its end
    // is an error rather than something held for the next call.
    const QString text = m_decoder.decode(in);
    if (m_decoder.hasError()) {
        // Qt 6.4's ICU converter keeps the error flag across resetState();
        // a fresh decoder is needed for the next field.
        m_decoder = QStringDecoder(m_name.toLatin1().constData(), QStringDecoder::Flag::Stateless);
        return false;
    }
    out.append(text.toUtf8());
    return true;
}

} // namespace ab::intake
