#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

struct evp_md_ctx_st;

namespace ab {

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA
// instructions where it has them. An export of 100,000 rows hashes some
// 50 MB (its content and its file), an import of a million generations
// some 400 MB of file and 150 MB of texts, which Qt's portable code takes
// several times as long for.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    QByteArray result(); // the digest; call once, at the end
    void reset();        // for the next digest

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    void flush();

    std::unique_ptr<evp_md_ctx_st, Free> m_context;
    // Small pieces (a report hashes each field) are gathered first: a call
    // into libcrypto costs more than hashing a few bytes.
    QByteArray m_pending;
};

} // namespace ab
