#include "i18n/translations.h"
#include "reportfixture.h"
#include "reports/exportreportdialog.h"
#include "testsupport.h"
#include "waitfor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <cmath>

using namespace ab;
using namespace ab::test;

TEST_CASE("export report dialog writes a report off the UI thread", "[reportsui]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("ws.auditbench"));
    {
        ReportFixture fx(db);
    }
    ui::ExportReportDialog dialog(db, QStringLiteral("tester"));
    dialog.findChild<QDateEdit *>(QStringLiteral("reportFrom"))->setDate(kFrom);
    dialog.findChild<QDateEdit *>(QStringLiteral("reportTo"))->setDate(kTo);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("reportFormat"));
    format->setCurrentIndex(format->findData(QStringLiteral("json")));
    const QString out = dir.path(QStringLiteral("dialog.json"));
    dialog.findChild<QLineEdit *>(QStringLiteral("reportOutput"))->setText(out);
    dialog.findChild<QPushButton *>(QStringLiteral("reportExport"))->click();
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("reportStatus"));
    REQUIRE(waitFor([&] { return QFileInfo::exists(out); }, 30000));
    REQUIRE(waitFor([&] { return status->text().contains(QLatin1String("RPT-")); }, 30000));
    CHECK(readFile(out).contains("138****8000"));

    // A case report without a case number names the field.
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("reportKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("case")));
    CHECK_FALSE(dialog.findChild<QDateEdit *>(QStringLiteral("reportFrom"))->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("reportOutput"))
        ->setText(dir.path(QStringLiteral("case.json")));
    dialog.findChild<QPushButton *>(QStringLiteral("reportExport"))->click();
    REQUIRE(waitFor([&] { return status->text().contains(QLatin1String("case")); }, 30000));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("case.json"))));

    // Screenshots for a human look (not asserted).
    if (const QByteArray shots = qgetenv("AUDITBENCH_SHOTS"); !shots.isEmpty()) {
        QFont font = QApplication::font();
        font.setFamilies({QStringLiteral("Noto Sans CJK SC")});
        QApplication::setFont(font);
        dialog.resize(dialog.sizeHint());
        dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/dialog.png"));
        i18n::install(QStringLiteral("zh_CN"));
        ui::ExportReportDialog chinese(db, QStringLiteral("tester"));
        chinese.resize(chinese.sizeHint());
        chinese.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/dialog-zh.png"));
        i18n::install(QStringLiteral("en"));
    }
}

TEST_CASE("the export dialog previews the report's first pages and writes nothing", "[reportsui]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("ws.auditbench"));
    const auto auditEntries = [&db] {
        auto ws = Workspace::open(db, QStringLiteral("tester"));
        AB_REQUIRE_OK(ws);
        QSqlQuery q((*ws)->db().sql());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    {
        ReportFixture fx(db);
    }
    const qint64 auditBefore = auditEntries();
    ui::ExportReportDialog dialog(db, QStringLiteral("tester"));
    dialog.findChild<QDateEdit *>(QStringLiteral("reportFrom"))->setDate(kFrom);
    dialog.findChild<QDateEdit *>(QStringLiteral("reportTo"))->setDate(kTo);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("reportLanguage"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    // Even with "unmasked" ticked, the preview is masked: it is not audited.
    dialog.findChild<QCheckBox *>(QStringLiteral("reportUnmasked"))->setChecked(true);
    dialog.findChild<QPushButton *>(QStringLiteral("reportPreviewButton"))->click();
    auto *preview = dialog.findChild<QTextBrowser *>(QStringLiteral("reportPreview"));
    REQUIRE(preview != nullptr);
    const QUrl firstPage(QStringLiteral("preview://page/1"));
    REQUIRE(waitFor(
        [&] {
            return preview->document()->resource(QTextDocument::ImageResource, firstPage).isValid();
        },
        30000));
    // A4 landscape images with ink on them, at most kPreviewPages of them.
    const QImage page =
        preview->document()->resource(QTextDocument::ImageResource, firstPage).value<QImage>();
    CHECK(page.width() > page.height());
    CHECK(std::abs(double(page.width()) / page.height() - 297.0 / 210.0) < 0.01);
    const int pages = int(preview->toHtml().count(QLatin1String("<img")));
    CHECK(pages >= 1);
    CHECK(pages <= ui::ExportReportDialog::kPreviewPages);
    CHECK(preview->document()
              ->resource(QTextDocument::ImageResource,
                         QUrl(QStringLiteral("preview://page/%1").arg(pages)))
              .isValid());
    qint64 dark = 0;
    for (int y = 0; y < page.height(); y += 2)
        for (int x = 0; x < page.width(); x += 2)
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    CHECK(dark > 500);
    if (const QByteArray shots = qgetenv("AUDITBENCH_SHOTS"); !shots.isEmpty()) {
        dialog.resize(1100, 900);
        dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/preview.png"));
        page.save(QString::fromLocal8Bit(shots) + QStringLiteral("/preview-page1.png"));
    }
    // Nothing written next to the workspace, nothing audited.
    QStringList files = QDir(dir.path(QString())).entryList(QDir::Files);
    files.removeIf([](const QString &f) { return f.startsWith(QLatin1String("ws.auditbench")); });
    CHECK(files.isEmpty());
    CHECK(auditEntries() == auditBefore);
}

TEST_CASE("the export dialog offers the workspace's providers by name", "[reportsui]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("ws.auditbench"));
    {
        ReportFixture fx(db);
    }
    ui::ExportReportDialog dialog(db, QStringLiteral("tester"));
    dialog.setProviders({{QStringLiteral("P1"), QStringLiteral("Star AI")}});
    auto *provider = dialog.findChild<QComboBox *>(QStringLiteral("reportProvider"));
    REQUIRE(provider->count() == 2); // all providers, then P1
    CHECK(provider->itemData(0).toString().isEmpty());
    provider->setCurrentIndex(provider->findData(QStringLiteral("P1")));
    CHECK(provider->currentText() == QLatin1String("Star AI"));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("reportKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("provider")));
    dialog.findChild<QDateEdit *>(QStringLiteral("reportFrom"))->setDate(QDate(2026, 3, 1));
    dialog.findChild<QDateEdit *>(QStringLiteral("reportTo"))->setDate(kTo);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("reportFormat"));
    format->setCurrentIndex(format->findData(QStringLiteral("json")));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("reportLanguage"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    const QString out = dir.path(QStringLiteral("provider.json"));
    dialog.findChild<QLineEdit *>(QStringLiteral("reportOutput"))->setText(out);
    dialog.findChild<QPushButton *>(QStringLiteral("reportExport"))->click();
    REQUIRE(waitFor([&] { return QFileInfo::exists(out); }, 30000));
    CHECK(readFile(out).contains("Provider Star AI, 2026-03-01 to 2026-06-30"));
    // Choosing again keeps the choice.
    dialog.setProviders({{QStringLiteral("P0"), QStringLiteral("Another")},
                         {QStringLiteral("P1"), QStringLiteral("Star AI")}});
    CHECK(provider->currentData().toString() == QLatin1String("P1"));
}
