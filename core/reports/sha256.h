#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <array>

namespace ab {

// SHA-256 on the processor's SHA instructions where it has them (x86-64),
// through QCryptographicHash elsewhere. An export of 100,000 rows hashes
// some 50 MB (its content and its file), which Qt's portable code takes
// several times as long for as the instructions do.
class Sha256
{
public:
    Sha256();
    void addData(QByteArrayView bytes);
    QByteArray result(); // the digest; call once, at the end

    // Whether this processor runs the SHA instructions.
    static bool accelerated();

private:
    void addBlocks(const uchar *data, qsizetype count);

    bool m_accelerated;
    QCryptographicHash m_portable{QCryptographicHash::Sha256};
    std::array<quint32, 8> m_state;
    std::array<uchar, 64> m_block;
    qsizetype m_inBlock = 0;
    quint64 m_length = 0;
};

} // namespace ab
