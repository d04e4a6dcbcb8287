// The export dialog on a team workspace: its worker threads open the
// workspace by its address, export the report its workspace file gives and
// draw the preview from the server.

#include "demotestsupport.h"
#include "reports/exportreportdialog.h"
#include "reports/reportexporter.h"
#include "reports/reportwriters.h"
#include "serverdemo.h"
#include "waitfor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

using namespace ab;
using namespace ab::test;

TEST_CASE("the export dialog writes and previews a team workspace's report", "[reportsui][server]")
{
    ServerDemo demo(200, 3);
    const QDate from = kDemoToday.addDays(-120), to = kDemoToday.addDays(60);
    ui::ExportReportDialog dialog(demo.team->path(), demo.team->actor());
    dialog.findChild<QDateEdit *>(QStringLiteral("reportFrom"))->setDate(from);
    dialog.findChild<QDateEdit *>(QStringLiteral("reportTo"))->setDate(to);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("reportFormat"));
    format->setCurrentIndex(format->findData(QStringLiteral("json")));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("reportLanguage"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    const QString out = demo.dir.path(QStringLiteral("team.json"));
    dialog.findChild<QLineEdit *>(QStringLiteral("reportOutput"))->setText(out);
    dialog.findChild<QPushButton *>(QStringLiteral("reportExport"))->click();
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("reportStatus"));
    REQUIRE(waitFor([&] { return status->text().contains(QLatin1String("RPT-")); }, 60000));
    REQUIRE(QFileInfo::exists(out));

    // The facts and tables of the workspace file's report (the stamp is the
    // export's own).
    ReportOptions options;
    options.from = from;
    options.to = to;
    options.language = QStringLiteral("zh_CN");
    Result<Report> fileReport = ReportExporter(*demo.file).build(options);
    AB_REQUIRE_OK(fileReport);
    const QJsonObject expected = ReportWriters::toJsonObject(fileReport.value());
    REQUIRE(expected.value(QStringLiteral("tables"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("rows"))
                .toArray()
                .size() > 0);
    const QJsonObject written = QJsonDocument::fromJson(readFile(out)).object();
    CHECK(written.value(QStringLiteral("facts")) == expected.value(QStringLiteral("facts")));
    CHECK(written.value(QStringLiteral("tables")) == expected.value(QStringLiteral("tables")));

    dialog.findChild<QPushButton *>(QStringLiteral("reportPreviewButton"))->click();
    auto *preview = dialog.findChild<QTextBrowser *>(QStringLiteral("reportPreview"));
    REQUIRE(preview != nullptr);
    CHECK(waitFor(
        [&] {
            return preview->document()
                ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("preview://page/1")))
                .isValid();
        },
        60000));
}
