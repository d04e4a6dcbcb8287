#include "util/sha256.h"

#include <openssl/evp.h>

namespace ab {

namespace {

constexpr qsizetype kGather = 64 * 1024;

// The algorithm, fetched once: with EVP_sha256() OpenSSL 3 looks it up again
// at every EVP_DigestInit_ex, which an import's million content hashes feel
// (OpenSSL's documentation advises fetching explicitly).
const EVP_MD *algorithm()
{
    static const std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> fetched(
        EVP_MD_fetch(nullptr, "SHA256", nullptr), &EVP_MD_free);
    return fetched ? fetched.get() : EVP_sha256();
}

} // namespace

void Sha256::Free::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    m_pending.reserve(kGather);
    // Fails only when out of memory; addData() and result() then hash nothing
    // and the digest is empty, which no check accepts.
    if (m_context && EVP_DigestInit_ex(m_context.get(), algorithm(), nullptr) != 1)
        m_context.reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    m_pending.resize(0);
    if (m_context && EVP_DigestInit_ex(m_context.get(), algorithm(), nullptr) != 1)
        m_context.reset();
}

void Sha256::addData(QByteArrayView bytes)
{
    if (!m_context || bytes.isEmpty())
        return;
    if (m_pending.size() + bytes.size() <= kGather) {
        m_pending.append(bytes);
        return;
    }
    flush();
    if (bytes.size() < kGather)
        m_pending.append(bytes);
    else
        EVP_DigestUpdate(m_context.get(), bytes.data(), size_t(bytes.size()));
}

void Sha256::flush()
{
    if (!m_pending.isEmpty())
        EVP_DigestUpdate(m_context.get(), m_pending.constData(), size_t(m_pending.size()));
    m_pending.resize(0); // keeps the capacity
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (m_context)
        flush();
    if (!m_context ||
        EVP_DigestFinal_ex(m_context.get(), reinterpret_cast<unsigned char *>(digest.data()),
                           &length) != 1)
        return {};
    digest.resize(qsizetype(length));
    return digest;
}

} // namespace ab
