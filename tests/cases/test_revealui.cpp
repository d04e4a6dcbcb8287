// The Complaints section shows personal information masked in the list and
// the detail pane; Reveal shows one item's original text to an analyst after
// recording it, and is not offered to an auditor.
#include "browse/pagedlistmodel.h"
#include "casefixture.h"
#include "common/messages.h"
#include "complaints/complaintsmodel.h"
#include "complaints/complaintspage.h"
#include "waitfor.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QTableView>
#include <QTextEdit>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

const QString kMobile = QStringLiteral("13812345678");
const QString kMasked = QStringLiteral("138****5678");

struct Page
{
    ComplaintsPage page;
    explicit Page(Workspace &ws)
    {
        page.resize(1200, 700);
        page.show();
        page.setWorkspace(&ws);
        REQUIRE(waitFor([&] { return !page.model()->busy() && page.model()->rowCount() == 1; }));
        page.selectRow(0);
        REQUIRE(waitFor([&] { return page.currentId() == QStringLiteral("C1"); }));
    }
    template <typename T> T *find(const char *name)
    {
        auto *w = page.findChild<T *>(QLatin1String(name));
        REQUIRE(w != nullptr);
        return w;
    }
};

} // namespace

TEST_CASE("the complaints list and detail show personal information masked until revealed")
{
    CaseFixture f;
    f.addComplaint(QStringLiteral("C1"), QStringLiteral("请删除我的手机号") + kMobile,
                   QStringLiteral("2026-05-01T02:00:00Z"));
    Page p(f.workspace());
    auto *text = p.find<QTextEdit>("detailText");
    auto *reveal = p.find<QPushButton>("revealPersonalInfo");
    const QModelIndex cell = p.page.model()->index(0, ComplaintsModel::Text);
    CHECK(cell.data().toString().contains(kMasked));
    CHECK_FALSE(cell.data().toString().contains(kMobile));
    CHECK(text->toPlainText().contains(kMasked));
    CHECK_FALSE(text->toPlainText().contains(kMobile));

    // Copy as JSON copies what is shown.
    p.find<QPushButton>("copyJson")->click();
    CHECK_FALSE(QApplication::clipboard()->text().contains(kMobile));

    REQUIRE(reveal->isVisible());
    REQUIRE(reveal->isEnabled());
    const qint64 before = f.auditCount();
    reveal->click();
    CHECK(text->toPlainText().contains(kMobile));
    CHECK(f.auditCount() == before + 1);
    CHECK_FALSE(reveal->isEnabled());
}

TEST_CASE("an auditor is not offered Reveal")
{
    CaseFixture f;
    f.addComplaint(QStringLiteral("C1"), QStringLiteral("My number is ") + kMobile,
                   QStringLiteral("2026-05-01T02:00:00Z"));
    f.actAs(CaseFixture::kAuditor);
    Page p(f.workspace());
    CHECK_FALSE(p.find<QPushButton>("revealPersonalInfo")->isVisible());
    CHECK(p.find<QTextEdit>("detailText")->toPlainText().contains(kMasked));
}
