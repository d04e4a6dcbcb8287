// The Deadlines section's actions, driven through their dialogs as a user
// would: what the dialog takes is recorded on the selected item, a cancelled
// dialog changes nothing, and a refusal by the core service is shown to the
// user with the workspace left as it was.
#include "deadlines/deadlineactiondialog.h"
#include "deadlines/deadlinesmodel.h"
#include "deadlines/deadlinespage.h"
#include "deadlinesuifixture.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sections.h"
#include "waitfor.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTimer>
#include <functional>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

// Answers the next action dialog: `fill` sets its fields, then it is
// accepted, or rejected when `accept` is false. Polls, as the dialog only
// exists once the button's handler runs exec().
void answerNextDialog(const std::function<void(DeadlineActionDialog &)> &fill, bool accept)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, fill, accept] {
        auto *dialog = qobject_cast<DeadlineActionDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        fill(*dialog);
        if (accept)
            dialog->accept();
        else
            dialog->reject();
    });
    timer->start();
}

void setText(DeadlineActionDialog &dialog, const char *name, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
    REQUIRE(edit != nullptr);
    edit->setText(text);
}

QVariantList row(const QString &path, const QString &sql, qint64 id)
{
    auto ws = Workspace::open(path, QStringLiteral("tester"));
    AB_REQUIRE_OK(ws);
    QSqlQuery q((*ws)->db().sql());
    REQUIRE(q.prepare(sql));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    QVariantList out;
    for (int i = 0; i < q.record().count(); ++i)
        out.push_back(q.value(i));
    return out;
}

qint64 auditEntries(const QString &path)
{
    auto ws = Workspace::open(path, QStringLiteral("tester"));
    AB_REQUIRE_OK(ws);
    QSqlQuery q((*ws)->db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

struct DeadlinesSection
{
    MainWindow window;
    DeadlinesPage *page = nullptr;
    DeadlinesModel *model = nullptr;
    QTableView *view = nullptr;

    explicit DeadlinesSection(const QString &path)
    {
        window.resize(1280, 800);
        window.show();
        REQUIRE(window.openWorkspace(path));
        window.showSection(ab::ui::Section::Deadlines);
        page = window.findChild<DeadlinesPage *>(QStringLiteral("deadlinesPage"));
        REQUIRE(page != nullptr);
        page->setAsOf(DemoWorkspace::kToday);
        view = page->findChild<QTableView *>(QStringLiteral("deadlinesView"));
        REQUIRE(view != nullptr);
        model = qobject_cast<DeadlinesModel *>(view->model());
        REQUIRE(model != nullptr);
        // The open, overdue items: none has a remediation yet.
        auto *status = page->findChild<QComboBox *>(QStringLiteral("deadlineStatusFilter"));
        REQUIRE(status != nullptr);
        status->setCurrentIndex(status->findData(QStringLiteral("overdue")));
        REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() > 0; }));
        view->selectRow(0);
        REQUIRE(page->currentDeadline() != 0);
    }
    QPushButton *button(const char *name) const
    {
        auto *b = page->findChild<QPushButton *>(QLatin1String(name));
        REQUIRE(b != nullptr);
        return b;
    }
};

const QString kRemediation = QStringLiteral("SELECT remediated_at IS NOT NULL, remediation_note, "
                                            "remediated_by FROM deadlines WHERE id = ?");

} // namespace

TEST_CASE("recording a remediation through its dialog changes the selected item and is audited")
{
    DemoWorkspace demo;
    demo.ws.reset(); // the window opens the file itself
    DeadlinesSection s(demo.path);
    const qint64 id = s.page->currentDeadline();
    REQUIRE(row(demo.path, kRemediation, id)[0].toBool() == false);
    const qint64 entries = auditEntries(demo.path);

    SECTION("cancelled: nothing changes")
    {
        answerNextDialog([](DeadlineActionDialog &) {}, false);
        s.button("actionRemediation")->click();
        CHECK(row(demo.path, kRemediation, id)[0].toBool() == false);
        CHECK(auditEntries(demo.path) == entries);
    }
    SECTION("accepted: the remediation is on the item, by the acting user")
    {
        answerNextDialog(
            [](DeadlineActionDialog &d) {
                setText(d, "actionText", QStringLiteral("Retrained without the reported source"));
            },
            true);
        s.button("actionRemediation")->click();
        const QVariantList r = row(demo.path, kRemediation, id);
        CHECK(r[0].toBool());
        CHECK(r[1].toString() == QStringLiteral("Retrained without the reported source"));
        CHECK(r[2].toString() == QStringLiteral("tester"));
        CHECK(auditEntries(demo.path) == entries + 1);
        // The panel still shows the item, now with its remediation.
        CHECK(s.page->currentDeadline() == id);
    }
}

TEST_CASE("an extension approved by someone who is not a supervisor is refused and shown")
{
    DemoWorkspace demo;
    demo.ws.reset();
    DeadlinesSection s(demo.path);
    const qint64 id = s.page->currentDeadline();
    const QString kDue = QStringLiteral("SELECT due FROM deadlines WHERE id = ?");
    const QString due = row(demo.path, kDue, id)[0].toString();
    const qint64 entries = auditEntries(demo.path);

    answerNextDialog(
        [](DeadlineActionDialog &d) {
            setText(d, "actionApprover", QStringLiteral("nobody-here"));
            setText(d, "actionText", QStringLiteral("Waiting for a vendor patch"));
        },
        true);
    s.button("actionExtension")->click();
    auto *error = s.page->findChild<QLabel *>(QStringLiteral("deadlineError"));
    REQUIRE(error != nullptr);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("nobody-here")));
    CHECK(row(demo.path, kDue, id)[0].toString() == due);
    CHECK(auditEntries(demo.path) == entries);
}
