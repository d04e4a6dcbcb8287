// The Audit log section: pages of entries newest first, filters, the entry's
// before and after, and Verify on a worker thread, intact and tampered.
#include "audit/audittrail.h"
#include "auditlog/auditlogmodel.h"
#include "auditlog/auditlogpage.h"
#include "casefixture.h"
#include "cases/backgroundquery.h"
#include "common/appsettings.h"
#include "screenshot.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

struct LogFixture : CaseFixture
{
    LogFixture()
    {
        screenshotLanguage();
        AppSettings::useFile(dir.path(QStringLiteral("settings.ini")));
        AB_REQUIRE_OK(db().transaction([&]() -> Status {
            for (int i = 0; i < 450; ++i) {
                const QString actor = i % 3 == 0 ? QStringLiteral("alice") : QStringLiteral("bob");
                if (Status s = AuditTrail::append(
                        db(),
                        {actor,
                         i % 2 ? QStringLiteral("case.note") : QStringLiteral("complaint.triaged"),
                         i % 2 ? QStringLiteral("case") : QStringLiteral("complaint"),
                         QStringLiteral("X%1").arg(i), QJsonValue::Null,
                         QJsonObject{{QStringLiteral("n"), i},
                                     {QStringLiteral("备注"), QStringLiteral("第%1条").arg(i)}}});
                    !s)
                    return s;
            }
            return {};
        }));
    }
    ~LogFixture() { AppSettings::useFile({}); }
};

void waitLoaded(AuditLogModel *model)
{
    REQUIRE(waitFor([&] { return !model->isLoading() && !model->loader()->busy(); }, 10000));
}

} // namespace

TEST_CASE("the audit log pages, filters and shows an entry")
{
    LogFixture f;
    const qint64 total = f.auditCount();
    AuditLogPage page;
    page.resize(1200, 700);
    page.setWorkspace(&f.workspace());
    page.show();
    AuditLogModel *model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    waitLoaded(model);
    REQUIRE(model->rowCount() >= AuditLogModel::kPageSize);
    // The view asks for pages as it needs them; asking until the end reads
    // every entry once, newest first.
    while (model->canFetchMore({})) {
        model->fetchMore({});
        waitLoaded(model);
    }
    REQUIRE(model->rowCount() == total);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->data(model->index(row, AuditLogModel::Seq), AuditLogModel::SeqRole)
                  .toLongLong() == total - row);

    auto *table = page.findChild<QTableView *>(QStringLiteral("auditLogTable"));
    table->selectRow(0);
    const QString detail =
        page.findChild<QPlainTextEdit *>(QStringLiteral("auditLogDetail"))->toPlainText();
    CHECK(detail.contains(QStringLiteral("第449条")));
    CHECK(detail.contains(QStringLiteral("Hash:")));
    screenshot(&page, QStringLiteral("audit-log"));

    auto *actor = page.findChild<QComboBox *>(QStringLiteral("auditActorFilter"));
    actor->setEditText(QStringLiteral("alice"));
    auto *entityId = page.findChild<QLineEdit *>(QStringLiteral("auditEntityIdFilter"));
    entityId->setText(QStringLiteral("X3"));
    page.applyFilter();
    waitLoaded(model);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, AuditLogModel::Actor).data().toString() == QStringLiteral("alice"));
    entityId->clear();
    auto *action = page.findChild<QComboBox *>(QStringLiteral("auditActionFilter"));
    action->setEditText(QStringLiteral("case."));
    page.applyFilter();
    waitLoaded(model);
    // alice has every third entry (i % 3 == 0); case.note the odd ones: i % 6 == 3, 75 of them.
    CHECK(model->rowCount() == 75);
}

TEST_CASE("Verify runs off the UI thread and reports a break")
{
    LogFixture f;
    AuditLogPage page;
    page.setWorkspace(&f.workspace());
    page.show();
    QSignalSpy finished(&page, &AuditLogPage::verifyFinished);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("auditVerifyButton")),
                      Qt::LeftButton);
    CHECK(page.isVerifying());
    REQUIRE(waitFor([&] { return (finished.size()) == (1); }, 20000));
    CHECK(finished.first().first().toBool());
    CHECK(page.verifyResult().contains(QStringLiteral("Intact")));

    QSqlQuery q(f.db().sql());
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 100")));
    page.startVerify();
    REQUIRE(waitFor([&] { return (finished.size()) == (2); }, 20000));
    CHECK_FALSE(finished.last().first().toBool());
    CHECK(page.verifyResult().contains(QStringLiteral("entry 100")));
    CHECK(page.verifyResult().contains(QStringLiteral("guards")));
    screenshot(&page, QStringLiteral("audit-verify-broken"));
}
