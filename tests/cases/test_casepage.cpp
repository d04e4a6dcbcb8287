// The Cases section driven as a user would: filter the list, open a case,
// edit and save it (and meet a conflict), move it along, add a note and
// evidence with previews, open a case from a selection; an auditor sees it
// read-only.
#include "casefixture.h"
#include "cases/backgroundquery.h"
#include "cases/caselistmodel.h"
#include "cases/casequery.h"
#include "cases/caseservice.h"
#include "cases/casespage.h"
#include "cases/caseview.h"
#include "cases/evidencepanel.h"
#include "cases/opencasedialog.h"
#include "common/appsettings.h"
#include "common/messages.h"
#include "identity/switchuserdialog.h"
#include "mainwindow/mainwindow.h"
#include "screenshot.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

struct PageFixture : CaseFixture
{
    PageFixture()
    {
        screenshotLanguage();
        AppSettings::useFile(dir.path(QStringLiteral("settings.ini")));
        addComplaint(QStringLiteral("C1"), QStringLiteral("模型输出了我的手机号，请删除"),
                     QStringLiteral("2026-03-02T08:00:00Z"), {QStringLiteral("H00001")},
                     QStringLiteral("personal_info"), QStringLiteral("high"));
        addDeadline(gen(QStringLiteral("G00001")), QDate(2026, 5, 1));
        addDeadline(gen(QStringLiteral("G00002")), QDate(2099, 5, 1));
        CaseService service(workspace());
        OpenCaseRequest a;
        a.fields.title = QStringLiteral("虚假信息：疫苗问答");
        a.fields.priority = QStringLiteral("high");
        a.items = {gen(QStringLiteral("G00001")), complaint(QStringLiteral("C1"))};
        overdueCase = *service.open(a);
        OpenCaseRequest b;
        b.fields.title = QStringLiteral("Later case");
        b.items = {gen(QStringLiteral("G00002"))};
        laterCase = *service.open(b);
    }
    ~PageFixture() { AppSettings::useFile({}); }

    qint64 overdueCase = 0;
    qint64 laterCase = 0;
};

QByteArray pngBytes()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(30, 120, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

void waitIdle(BackgroundQuery *query)
{
    REQUIRE(waitFor([&] { return !query->busy(); }, 10000));
}

} // namespace

TEST_CASE("the cases list loads, filters and opens the selected case")
{
    PageFixture f;
    CasesPage page;
    page.resize(1200, 860);
    page.setWorkspace(&f.workspace());
    page.show();
    CaseListModel *model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(waitFor([&] { return (model->rowCount()) == (2); }));
    CHECK(model->index(0, CaseListModel::Title).data().toString() == QStringLiteral("Later case"));

    auto *overdue = child<QCheckBox>(page, "casesOverdueFilter");
    overdue->setChecked(true);
    REQUIRE(waitFor([&] { return (model->rowCount()) == (1); }));
    CHECK(model->index(0, CaseListModel::Title).data().toString() ==
          QStringLiteral("虚假信息：疫苗问答"));
    CHECK(model->index(0, CaseListModel::Deadline)
              .data()
              .toString()
              .contains(QStringLiteral("2026-05-01")));

    auto *table = child<QTableView>(page, "casesTable");
    table->selectRow(0);
    CaseView *view = page.caseView();
    CHECK(view->caseId() == f.overdueCase);
    CHECK(child<QLabel>(page, "caseNumberLabel")->text().startsWith(QStringLiteral("CASE-")));
    CHECK(child<QLabel>(page, "caseDeadlineLabel")->text().contains(QStringLiteral("overdue")));
    CHECK(child<QLabel>(page, "caseCategoriesLabel")->text().contains(QStringLiteral("A.4.f")));
    CHECK(child<QTableWidget>(page, "caseItemsTable")->rowCount() == 2);
    screenshot(&page, QStringLiteral("cases-page"));

    overdue->setChecked(false);
    auto *status = child<QComboBox>(page, "casesStatusFilter");
    status->setCurrentIndex(status->findData(QStringLiteral("closed")));
    emit status->activated(status->currentIndex());
    REQUIRE(waitFor([&] { return (model->rowCount()) == (0); }));
}

TEST_CASE("the case page saves, refuses a stale save, moves status and takes notes")
{
    PageFixture f;
    CasesPage page;
    page.resize(1200, 860);
    page.setWorkspace(&f.workspace());
    page.show();
    page.showCase(f.laterCase);
    CaseView *view = page.caseView();
    REQUIRE(view->caseId() == f.laterCase);

    auto *title = child<QLineEdit>(page, "caseTitleEdit");
    title->setText(QStringLiteral("Later case, renamed"));
    child<QPlainTextEdit>(page, "caseFindingsEdit")->setPlainText(QStringLiteral("发现：可复现"));
    QTest::mouseClick(child<QPushButton>(page, "caseSaveButton"), Qt::LeftButton);
    auto saved = CaseQuery::find(f.db(), f.laterCase);
    CHECK(saved->fields.title == QStringLiteral("Later case, renamed"));
    CHECK(saved->fields.findings == QStringLiteral("发现：可复现"));
    CHECK(saved->rowVersion == 2);
    REQUIRE(waitFor([&] {
        return page.model()->index(0, CaseListModel::Title).data().toString() ==
               QStringLiteral("Later case, renamed");
    }));

    // Someone else saves meanwhile: this page's save is refused, not merged.
    {
        auto other = Workspace::open(f.path, CaseFixture::kSupervisor);
        AB_REQUIRE_OK(other);
        CaseFields theirs = saved->fields;
        theirs.description = QStringLiteral("theirs");
        AB_REQUIRE_OK(CaseService(**other).update(f.laterCase, theirs, 2));
    }
    title->setText(QStringLiteral("mine"));
    CHECK_FALSE(view->save());
    auto *banner = child<QWidget>(page, "caseErrorBanner");
    CHECK(banner->isVisible());
    CHECK(child<QLabel>(page, "caseErrorText")->text().contains(CaseFixture::kSupervisor));
    CHECK(child<QPushButton>(page, "caseReloadButton")->isVisible());
    screenshot(&page, QStringLiteral("case-conflict"));
    QTest::mouseClick(child<QPushButton>(page, "caseReloadButton"), Qt::LeftButton);
    CHECK_FALSE(banner->isVisible());
    CHECK(title->text() == QStringLiteral("Later case, renamed"));
    CHECK(child<QPlainTextEdit>(page, "caseDescriptionEdit")->toPlainText() ==
          QStringLiteral("theirs"));

    auto *transition = child<QComboBox>(page, "caseTransitionCombo");
    QStringList offered;
    for (int i = 0; i < transition->count(); ++i)
        offered << transition->itemData(i).toString();
    CHECK(offered == QStringList{QStringLiteral("triage"), QStringLiteral("dismissed")});
    transition->setCurrentIndex(1); // dismissed, without a reason
    CHECK(child<QLineEdit>(page, "caseReasonEdit")->isEnabled());
    CHECK_FALSE(view->applyTransition());
    CHECK(banner->isVisible());
    transition->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(page, "caseTransitionButton"), Qt::LeftButton);
    CHECK(view->record()->status == CaseStatus::Triage);
    CHECK(child<QLabel>(page, "caseStatusLabel")->text().contains(QStringLiteral("Triage")));

    child<QPlainTextEdit>(page, "caseNoteEdit")->setPlainText(QStringLiteral("电话联系了提供者"));
    QTest::mouseClick(child<QPushButton>(page, "caseAddNoteButton"), Qt::LeftButton);
    auto *notes = child<QListWidget>(page, "caseNotesList");
    REQUIRE(notes->count() == 1);
    CHECK(notes->item(0)->text().contains(QStringLiteral("电话联系了提供者")));
    auto *timeline = child<QListWidget>(page, "caseTimelineList");
    QStringList lines;
    for (int i = 0; i < timeline->count(); ++i)
        lines << timeline->item(i)->text();
    CHECK(lines.filter(QStringLiteral("Triage")).size() == 1);
    CHECK(lines.filter(QStringLiteral("电话联系了提供者")).size() == 1);
}

TEST_CASE("evidence is attached once and previewed")
{
    PageFixture f;
    CasesPage page;
    page.resize(1200, 860);
    page.setWorkspace(&f.workspace());
    page.show();
    page.showCase(f.overdueCase);
    EvidencePanel *panel = page.caseView()->evidencePanel();
    const QString png = f.dir.path(QStringLiteral("截图.png"));
    const QString txt = f.dir.path(QStringLiteral("chat-log.txt"));
    writeFile(png, pngBytes());
    writeFile(txt, QStringLiteral("用户：请介绍一下\n模型：……\n").toUtf8());
    REQUIRE(panel->attach(png));
    REQUIRE(panel->attach(txt));
    CHECK_FALSE(panel->attach(png)); // the same file twice
    auto *list = child<QListWidget>(page, "caseEvidenceList");
    REQUIRE(list->count() == 2);
    auto rowOf = [&](const QString &name) {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().startsWith(name))
                return i;
        return -1;
    };
    list->setCurrentRow(rowOf(QStringLiteral("截图.png")));
    waitIdle(panel->loader());
    CHECK(panel->previewKind() == QStringLiteral("image"));
    child<QTabWidget>(page, "caseTabs")->setCurrentIndex(2);
    screenshot(&page, QStringLiteral("case-evidence"));
    list->setCurrentRow(rowOf(QStringLiteral("chat-log.txt")));
    waitIdle(panel->loader());
    CHECK(panel->previewKind() == QStringLiteral("text"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM attachments")) == QStringLiteral("2"));
}

TEST_CASE("an auditor sees the case page read-only")
{
    PageFixture f;
    f.actAs(CaseFixture::kAuditor);
    CasesPage page;
    page.setWorkspace(&f.workspace());
    page.show();
    page.showCase(f.laterCase);
    CHECK(page.caseView()->caseId() == f.laterCase);
    CHECK_FALSE(child<QPushButton>(page, "caseSaveButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "caseTransitionButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "caseAddNoteButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "caseAddEvidenceButton")->isEnabled());
    CHECK(child<QPlainTextEdit>(page, "caseDescriptionEdit")->isReadOnly());
    // The button is only a convenience: the service refuses anyway.
    CHECK_FALSE(page.caseView()->save());
}

TEST_CASE("open case from a selection: new, or into an existing case")
{
    PageFixture f;
    OpenCaseDialog create(
        &f.workspace(),
        OpenCaseDialog::itemsFrom({QStringLiteral("G00003"), QStringLiteral("G00004")}, {}));
    QSignalSpy ready(&create, &OpenCaseDialog::caseReady);
    create.show();
    create.accept(); // no title yet
    CHECK(ready.isEmpty());
    CHECK(child<QLabel>(create, "openCaseError")->isVisible());
    child<QLineEdit>(create, "openCaseTitleEdit")->setText(QStringLiteral("From the list"));
    screenshot(&create, QStringLiteral("open-case-dialog"));
    create.accept();
    REQUIRE(ready.size() == 1);
    const qint64 id = ready.first().first().toLongLong();
    CHECK(CaseQuery::find(f.db(), id)->fields.providerId == QStringLiteral("P1"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM case_items WHERE case_id = %1").arg(id)) ==
          QStringLiteral("2"));

    OpenCaseDialog add(&f.workspace(), OpenCaseDialog::itemsFrom({QStringLiteral("G00005")}, {}));
    QSignalSpy added(&add, &OpenCaseDialog::caseReady);
    add.show();
    add.setAddToExisting(true);
    add.setSearchText(QStringLiteral("from the LIST"));
    waitIdle(add.search());
    REQUIRE(add.chooseCase(id));
    add.accept();
    REQUIRE(added.size() == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM case_items WHERE case_id = %1").arg(id)) ==
          QStringLiteral("3"));
}

TEST_CASE("File › Switch user changes who acts, and the pages follow")
{
    PageFixture f;
    const QString path = f.path;
    f.ws.reset();
    Messages::setNextAnswer(QMessageBox::Ok);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(path));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionSwitchUser"));
    REQUIRE(action != nullptr);
    action->trigger();
    auto *dialog = window.findChild<SwitchUserDialog *>(QStringLiteral("switchUserDialog"));
    REQUIRE(dialog != nullptr);
    // The OS user of this run is not a user of this workspace: a supervisor
    // can add one, an analyst cannot.
    CHECK_FALSE(
        dialog->findChild<QPushButton *>(QStringLiteral("switchUserAddButton"))->isEnabled());
    REQUIRE(dialog->selectUser(CaseFixture::kAuditor));
    screenshot(dialog, QStringLiteral("switch-user"));
    dialog->accept();
    CHECK(window.workspace()->actor() == CaseFixture::kAuditor);

    window.showSection(Section::Cases);
    auto *cases = window.findChild<CasesPage *>(QStringLiteral("casesPage"));
    REQUIRE(cases != nullptr);
    cases->showCase(f.laterCase);
    CHECK_FALSE(window.findChild<QPushButton *>(QStringLiteral("caseSaveButton"))->isEnabled());
    Messages::clearNextAnswer();
}
