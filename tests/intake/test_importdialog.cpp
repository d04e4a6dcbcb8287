// File › Import driven as a user would: choose files, start, watch the
// progress, read the summary; the window's pages then show the new records.
#include "common/appsettings.h"
#include "common/messages.h"
#include "i18n/translations.h"
#include "intake/importdialog.h"
#include "intake/importsummarydialog.h"
#include "intakefixture.h"
#include "mainwindow/mainwindow.h"
#include "storage/contentdigest.h"
#include "waitfor.h"

#include <QAction>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

struct WindowFixture
{
    IntakeFixture f;
    QString path = f.path;
    WindowFixture()
    {
        f.ws.reset(); // the window opens it
        AppSettings::useFile(f.dir.path(QStringLiteral("settings.ini")));
        Messages::setNextAnswer(QMessageBox::Ok);
    }
    ~WindowFixture()
    {
        Messages::clearNextAnswer();
        AppSettings::useFile({});
    }
};

// What the open window itself writes (its search indexer builds the
// full-text index in the background; meta keeps settings).
const QStringList kOwnedByTheWindow{QStringLiteral("search_index"), QStringLiteral("meta")};

// Set AUDITBENCH_SCREENSHOTS to a folder to look at the dialogs (not a test).
void screenshot(QWidget *w, const QString &name)
{
    const QString folder = qEnvironmentVariable("AUDITBENCH_SCREENSHOTS");
    if (!folder.isEmpty())
        w->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

ImportDialog *startImport(MainWindow &window, const QStringList &files)
{
    FileDialogs::setNextFiles(files);
    auto *action = window.findChild<QAction *>(QStringLiteral("actionImport"));
    REQUIRE(action != nullptr);
    action->trigger();
    auto *dialog = window.findChild<ImportDialog *>(QStringLiteral("importDialog"));
    REQUIRE(dialog != nullptr);
    return dialog;
}

ImportSummaryDialog *waitForSummary(MainWindow &window)
{
    ImportSummaryDialog *summary = nullptr;
    for (int waited = 0; !summary && waited < 60000; waited += 50) {
        QTest::qWait(50);
        summary = window.findChild<ImportSummaryDialog *>(QStringLiteral("importSummary"));
    }
    REQUIRE(summary != nullptr);
    return summary;
}

} // namespace

TEST_CASE("File › Import imports on a worker, sums up, and the pages show the new records")
{
    WindowFixture w;
    if (qEnvironmentVariable("AUDITBENCH_SCREENSHOTS_LANG") == QLatin1String("zh_CN")) {
        i18n::install(QStringLiteral("zh_CN"));
        QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    }
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(w.path));
    window.showSection(Section::Generations);
    auto *table = window.findChild<QTableView *>(QStringLiteral("generationsTable"));
    REQUIRE(table != nullptr);
    REQUIRE(waitFor([&] { return (table->model()->rowCount()) == (0); }, 5000));

    ImportDialog *dialog =
        startImport(window, {w.f.fixture(QStringLiteral("valid.jsonl")),
                             w.f.fixture(QStringLiteral("generations_bom_crlf.csv"))});
    auto *files = dialog->findChild<QListWidget *>(QStringLiteral("importFiles"));
    REQUIRE(files != nullptr);
    CHECK(files->count() == 2);
    CHECK(files->item(0)->text() == QStringLiteral("valid.jsonl"));
    screenshot(dialog, QStringLiteral("import-options"));
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("importStart"));
    REQUIRE(start != nullptr);
    QTest::mouseClick(start, Qt::LeftButton);

    ImportSummaryDialog *summary = waitForSummary(window);
    screenshot(summary, QStringLiteral("import-summary"));
    CHECK(summary->report().committed);
    CHECK(summary->report().totals().added == 13);
    auto *counts = summary->findChild<QTableWidget *>(QStringLiteral("importSummaryCounts"));
    REQUIRE(counts != nullptr);
    REQUIRE(counts->rowCount() == 3); // two files and the total
    CHECK(counts->item(2, 2)->text() == QStringLiteral("13"));
    CHECK(summary->findChild<QLabel *>(QStringLiteral("importSummaryDeadlines"))
              ->text()
              .contains(QStringLiteral("5")));
    CHECK_FALSE(summary->findChild<QPushButton *>(QStringLiteral("importSaveErrors"))->isEnabled());
    // The window read the workspace again: the list shows the new generations.
    REQUIRE(waitFor([&] { return (table->model()->rowCount()) == (4); }, 5000));
    summary->close();
}

TEST_CASE("an invalid file: nothing is imported, the problems are listed and can be saved")
{
    WindowFixture w;
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(w.path));
    ImportDialog *dialog = startImport(window, {w.f.fixture(QStringLiteral("invalid.jsonl"))});
    dialog->start();
    ImportSummaryDialog *summary = waitForSummary(window);
    screenshot(summary, QStringLiteral("import-invalid"));
    CHECK_FALSE(summary->report().committed);
    CHECK(summary->findChild<QLabel *>(QStringLiteral("importSummaryHeadline"))
              ->text()
              .contains(QStringLiteral("Nothing was imported")));
    auto *counts = summary->findChild<QTableWidget *>(QStringLiteral("importSummaryCounts"));
    REQUIRE(counts != nullptr);
    REQUIRE(counts->columnCount() == 4); // file, records, valid, invalid: nothing was added
    CHECK(counts->item(0, 1)->text() == QStringLiteral("19"));
    CHECK(counts->item(0, 3)->text() == QStringLiteral("16"));
    auto *errors = summary->findChild<QPlainTextEdit *>(QStringLiteral("importSummaryErrors"));
    REQUIRE(errors != nullptr);
    CHECK(errors->toPlainText().contains(QStringLiteral(
        "invalid.jsonl:8: released: \"01/02/2024\" is not a date in the form YYYY-MM-DD")));
    const QString saved = w.f.dir.path(QStringLiteral("problems.txt"));
    FileDialogs::setNextFile(saved);
    auto *save = summary->findChild<QPushButton *>(QStringLiteral("importSaveErrors"));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    const QList<QByteArray> lines = readFile(saved).trimmed().split('\n');
    CHECK(lines.size() == 18);
    CHECK(lines[0].contains("invalid.jsonl:3: type: unknown record type \"gadget\""));
    summary->close();
}

TEST_CASE("Cancel during an import rolls it back")
{
    WindowFixture w;
    // Enough records that the import is still running when Cancel is pressed.
    QStringList lines{
        QStringLiteral(R"({"type":"provider","id":"P","name":"p"})"),
        QStringLiteral(
            R"({"type":"model","id":"M","provider":"P","name":"m","version":"1","released":"2024-01-01"})")};
    for (int i = 0; i < 150000; ++i)
        lines
            << QStringLiteral(
                   R"({"type":"generation","id":"G%1","model":"M","created_at":"2024-05-01T00:00:00Z","prompt":"p %1","output":"o","modality":"text","flag_source":"filter","category":"A.1.g","severity":"low","flagged_at":"2024-05-01T00:00:00Z"})")
                   .arg(i);
    const QString big = w.f.writeLines(QStringLiteral("big.jsonl"), lines);
    QString before;
    {
        auto ws = Workspace::open(w.path, QStringLiteral("tester"));
        AB_REQUIRE_OK(ws);
        before = ContentDigest::compute((*ws)->db(), kOwnedByTheWindow)->sha256;
    }
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(w.path));
    ImportDialog *dialog = startImport(window, {big});
    dialog->start();
    auto *counts = dialog->findChild<QLabel *>(QStringLiteral("importCounts"));
    REQUIRE(
        waitFor([&] { return !counts->text().contains(QStringLiteral("Records: 0 ")); }, 20000));
    CHECK(dialog->isRunning());
    screenshot(dialog, QStringLiteral("import-progress"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importCancel")),
                      Qt::LeftButton);
    ImportSummaryDialog *summary = waitForSummary(window);
    CHECK(summary->report().cancelled);
    CHECK_FALSE(summary->report().committed);
    summary->close();
    auto ws = Workspace::open(w.path, QStringLiteral("tester"));
    AB_REQUIRE_OK(ws);
    CHECK(ContentDigest::compute((*ws)->db(), kOwnedByTheWindow)->sha256 == before);
}
