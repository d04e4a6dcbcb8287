// Evidence attachments: stored once per content, addressed by its SHA-256,
// with size and type; the bytes read back are the bytes attached.
#include "casefixture.h"
#include "cases/attachmentstore.h"
#include "cases/casequery.h"
#include "cases/caseservice.h"

using namespace ab;
using namespace ab::test;

namespace {

qint64 openCase(CaseFixture &f, const QString &title)
{
    OpenCaseRequest r;
    r.fields.title = title;
    auto id = CaseService(f.workspace()).open(r);
    AB_REQUIRE_OK(id);
    return *id;
}

// The first bytes of a PNG file, enough for a type sniffer.
const QByteArray kPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000"
                        "001f15c4890000000d4944415478da63f8cfc0f01f0005000201"
                        "a5f12b6d0000000049454e44ae426082");

} // namespace

TEST_CASE("the address of an attachment is the SHA-256 of its bytes")
{
    // FIPS 180-2 test vector.
    CHECK(AttachmentStore::sha256(QByteArray("abc")) ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(AttachmentStore::mimeType(QStringLiteral("a.png"), kPng) == QStringLiteral("image/png"));
    CHECK(AttachmentStore::mimeType(QStringLiteral("notes.txt"), QByteArray("plain words\n")) ==
          QStringLiteral("text/plain"));
}

TEST_CASE("the same content is stored once however often it is attached")
{
    CaseFixture f;
    CaseService service(f.workspace());
    const qint64 a = openCase(f, QStringLiteral("A"));
    const qint64 b = openCase(f, QStringLiteral("B"));
    const QByteArray bytes = QStringLiteral("截图说明：模型输出了手机号\n").toUtf8();

    auto first = service.addEvidence(a, QStringLiteral("说明.txt"), bytes);
    AB_REQUIRE_OK(first);
    CHECK(first->sha256 == AttachmentStore::sha256(bytes));
    CHECK(first->size == bytes.size());
    CHECK(first->mime == QStringLiteral("text/plain"));
    auto again = service.addEvidence(a, QStringLiteral("copy.txt"), bytes);
    auto elsewhere = service.addEvidence(b, QStringLiteral("说明.txt"), bytes);
    AB_REQUIRE_OK(again);
    AB_REQUIRE_OK(elsewhere);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM attachments")) == QStringLiteral("1"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM case_evidence")) == QStringLiteral("3"));
    // The audit trail says which attachment stored new bytes.
    CHECK(f.scalar(QStringLiteral("SELECT group_concat(json_extract(after_json, '$.stored_new')) "
                                  "FROM audit_log WHERE action = 'case.evidence'")) ==
          QStringLiteral("1,0,0"));

    // The same name and content on the same case is one attachment.
    auto twice = service.addEvidence(a, QStringLiteral("说明.txt"), bytes);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().file == QStringLiteral("说明.txt"));

    auto stored = AttachmentStore::content(f.db(), first->sha256);
    AB_REQUIRE_OK(stored);
    CHECK(*stored == bytes);
    auto listed = CaseQuery::evidence(f.db(), a);
    AB_REQUIRE_OK(listed);
    REQUIRE(listed->size() == 2);
    CHECK(listed->first().sha256 == first->sha256);
    CHECK(listed->at(1).sha256 == first->sha256);
}

TEST_CASE("evidence from a file keeps its name, size and type")
{
    CaseFixture f;
    CaseService service(f.workspace());
    const qint64 id = openCase(f, QStringLiteral("files"));
    const QString png = f.dir.path(QStringLiteral("screen.png"));
    writeFile(png, kPng);
    auto e = service.addEvidence(id, png);
    AB_REQUIRE_OK(e);
    CHECK(e->fileName == QStringLiteral("screen.png"));
    CHECK(e->mime == QStringLiteral("image/png"));
    CHECK(e->size == kPng.size());
    CHECK(e->sha256 == fileHash(png));
    CHECK(e->addedBy == CaseFixture::kAnalyst);

    const QString missing = f.dir.path(QStringLiteral("missing.pdf"));
    const qint64 before = f.auditCount();
    auto none = service.addEvidence(id, missing);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().file == missing);
    CHECK(f.auditCount() == before);
    auto unknown = service.addEvidence(9999, QStringLiteral("a.txt"), QByteArray("x"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM attachments")) == QStringLiteral("1"));
}
