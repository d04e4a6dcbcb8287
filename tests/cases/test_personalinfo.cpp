// Personal information in the workbench: detail data masked by core, and
// seeing one item's original text is for analysts and supervisors only and
// is recorded in the audit log.
#include "browse/itemdetail.h"
#include "casefixture.h"
#include "privacy/personalinfoaccess.h"

using namespace ab;
using namespace ab::test;

namespace {

const QString kMobile = QStringLiteral("13812345678");
const QString kMaskedMobile = QStringLiteral("138****5678");

} // namespace

TEST_CASE("seeing an item's personal information is recorded, and refused to auditors")
{
    CaseFixture f;
    f.addComplaint(QStringLiteral("C1"), QStringLiteral("请删除我的手机号") + kMobile,
                   QStringLiteral("2026-05-01T02:00:00Z"));
    const qint64 before = f.auditCount();

    SECTION("an analyst may, and the log says who saw which item")
    {
        AB_REQUIRE_OK(PersonalInfoAccess::reveal(f.workspace(), QStringLiteral("complaint"),
                                                 QStringLiteral("C1")));
        CHECK(f.auditCount() == before + 1);
        CHECK(f.scalar(QStringLiteral("SELECT action || '|' || entity_kind || '|' || entity_id || "
                                      "'|' || actor FROM audit_log ORDER BY seq DESC LIMIT 1")) ==
              QStringLiteral("personal_info.revealed|complaint|C1|") + CaseFixture::kAnalyst);
    }
    SECTION("a supervisor may")
    {
        f.actAs(CaseFixture::kSupervisor);
        AB_REQUIRE_OK(PersonalInfoAccess::reveal(f.workspace(), QStringLiteral("complaint"),
                                                 QStringLiteral("C1")));
        CHECK(f.auditCount() == before + 1);
    }
    SECTION("an auditor may not, and nothing is written")
    {
        f.actAs(CaseFixture::kAuditor);
        const Status s = PersonalInfoAccess::reveal(f.workspace(), QStringLiteral("complaint"),
                                                    QStringLiteral("C1"));
        REQUIRE_FALSE(s);
        CHECK(s.error().message.contains(CaseFixture::kAuditor));
        CHECK(f.auditCount() == before);
    }
    SECTION("an item that does not exist, or of no known kind, is refused")
    {
        CHECK_FALSE(PersonalInfoAccess::reveal(f.workspace(), QStringLiteral("complaint"),
                                               QStringLiteral("C404")));
        CHECK_FALSE(PersonalInfoAccess::reveal(f.workspace(), QStringLiteral("case"),
                                               QStringLiteral("C1")));
        CHECK(f.auditCount() == before);
    }
}

TEST_CASE("detail data comes masked from core; the original stays for a reveal")
{
    CaseFixture f;
    f.addComplaint(QStringLiteral("C1"), QStringLiteral("我的手机号") + kMobile,
                   QStringLiteral("2026-05-01T02:00:00Z"), {QStringLiteral("G00001")});
    f.addComplaint(QStringLiteral("C2"), QStringLiteral("The answer was wrong."),
                   QStringLiteral("2026-05-02T02:00:00Z"));
    const BrowseContext context = BrowseContext::forWorkspace(f.workspace().settings());

    auto c1 = ItemDetails::complaint(f.db(), QStringLiteral("C1"), context);
    AB_REQUIRE_OK(c1);
    REQUIRE(c1->has_value());
    const ComplaintDetail masked = (*c1)->masked();
    CHECK(masked.complaint.text == QStringLiteral("我的手机号") + kMaskedMobile);
    CHECK((*c1)->complaint.text.contains(kMobile));
    CHECK((*c1)->holdsPersonalInfo());

    // The generation's linked complaint excerpt is masked with it.
    auto g1 = ItemDetails::generation(f.db(), QStringLiteral("G00001"), context);
    AB_REQUIRE_OK(g1);
    REQUIRE(g1->has_value());
    REQUIRE((*g1)->complaints.size() == 1);
    CHECK((*g1)->masked().complaints.first().excerpt.contains(kMaskedMobile));
    CHECK_FALSE((*g1)->masked().complaints.first().excerpt.contains(kMobile));

    auto c2 = ItemDetails::complaint(f.db(), QStringLiteral("C2"), context);
    AB_REQUIRE_OK(c2);
    REQUIRE(c2->has_value());
    CHECK_FALSE((*c2)->holdsPersonalInfo());
    CHECK((*c2)->masked().complaint.text == (*c2)->complaint.text);
}
