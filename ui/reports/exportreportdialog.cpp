#include "exportreportdialog.h"

#include "common/messages.h"
#include "reportchartpainter.h"
#include "reports/pdfreportwriter.h"
#include "reports/reportexporter.h"
#include "reports/reporttext.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ab::ui {

namespace {

// Runs on a worker thread: a QSqlDatabase connection belongs to the thread
// that opened it, so the worker opens the workspace itself.
ExportReportDialog::Outcome runExport(const QString &path, const QString &actor,
                                      const ExportRequest &request)
{
    auto ws = Workspace::open(path, actor);
    if (!ws)
        return {false, ws.error().toString(), {}};
    ReportExporter exporter(**ws);
    ReportChartPainter charts;
    exporter.setChartRenderer(&charts);
    const Result<ExportResult> done = exporter.exportReport(request);
    if (!done)
        return {false, done.error().toString(), {}};
    return {true,
            QCoreApplication::translate("ExportReportDialog", "Report %1 written: %2")
                .arg(done->reportId, done->files.join(QStringLiteral(", "))),
            {}};
}

// The report's first pages as the PDF would show them, masked, with each
// table cut to its first rows. Nothing is written or audited.
ExportReportDialog::Outcome runPreview(const QString &path, const QString &actor,
                                       ReportOptions options)
{
    auto ws = Workspace::open(path, actor);
    if (!ws)
        return {false, ws.error().toString(), {}};
    options.masked = true;
    ReportExporter exporter(**ws);
    ReportChartPainter charts;
    exporter.setChartRenderer(&charts);
    // Only the rows shown are held: a period may have a great many.
    Result<Report> report = exporter.build(options, ExportReportDialog::kPreviewRows);
    if (!report)
        return {false, report.error().toString(), {}};
    for (ReportTable &t : report->tables) {
        if (t.rowsInAll < 0)
            continue;
        t.title += QStringLiteral(" — ") +
                   QCoreApplication::translate("ExportReportDialog", "first %1 of %2 rows")
                       .arg(ExportReportDialog::kPreviewRows)
                       .arg(t.rowsInAll);
    }
    // The pages as the PDF writer paints them (A4 landscape at screen size).
    Result<QVector<QImage>> pages = PdfReportWriter::renderPages(
        *report, QString(), ReportText(options.language), ExportReportDialog::kPreviewPages, 96.0);
    if (!pages)
        return {false, pages.error().toString(), {}};
    return {true, QString(), pages.value()};
}

} // namespace

ExportReportDialog::ExportReportDialog(const QString &workspacePath, const QString &actor,
                                       QWidget *parent)
    : QDialog(parent), m_path(workspacePath), m_actor(actor)
{
    setObjectName(QStringLiteral("exportReportDialog"));
    setWindowTitle(tr("Export report"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Deadline compliance"), QStringLiteral("deadlines"));
    m_kind->addItem(tr("Case"), QStringLiteral("case"));
    m_kind->addItem(tr("Provider inspection"), QStringLiteral("provider"));
    m_kind->addItem(tr("Complaint handling"), QStringLiteral("complaints"));
    m_case = new QLineEdit(this);
    m_case->setObjectName(QStringLiteral("reportCase"));
    m_case->setPlaceholderText(tr("Case number"));
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("reportProvider"));
    setProviders({});
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new QDateEdit(QDate(today.year(), today.month(), today.daysInMonth()), this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_to);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML"), QStringLiteral("html"));
    m_format->addItem(tr("CSV (one file per table)"), QStringLiteral("csv"));
    m_format->addItem(tr("JSON"), QStringLiteral("json"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_unmasked = new QCheckBox(tr("Include personal information unmasked (supervisors only; "
                                  "recorded in the audit trail)"),
                               this);
    m_unmasked->setObjectName(QStringLiteral("reportUnmasked"));
    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("reportOutput"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("reportBrowse"));
    auto *output = new QHBoxLayout;
    output->addWidget(m_output, 1);
    output->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Report:"), m_kind);
    form->addRow(tr("Case:"), m_case);
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Period:"), period);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), m_unmasked);
    form->addRow(tr("Save as:"), output);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 0); // busy: the export reports no steps
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setPlaceholderText(tr("Preview shows the report's first pages, masked."));
    m_preview->setMinimumHeight(fontMetrics().height() * 14);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("Preview"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("reportPreviewButton"));
    m_exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("reportExport"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // Wide enough for a report table's columns in the preview.
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 40);
    connect(m_previewButton, &QPushButton::clicked, this, &ExportReportDialog::onPreview);
    connect(&m_previewWatcher, &QFutureWatcher<Outcome>::finished, this,
            &ExportReportDialog::onPreviewed);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportReportDialog::onKindChanged);
    connect(browse, &QPushButton::clicked, this, &ExportReportDialog::onBrowse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportReportDialog::onExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportReportDialog::onFinished);
    onKindChanged();
}

void ExportReportDialog::onKindChanged()
{
    const QString kind = m_kind->currentData().toString();
    m_case->setEnabled(kind == QLatin1String("case"));
    m_provider->setEnabled(kind != QLatin1String("case"));
    m_from->setEnabled(kind != QLatin1String("case"));
    m_to->setEnabled(kind != QLatin1String("case"));
}

QString ExportReportDialog::suggestedSuffix() const
{
    return QLatin1Char('.') + m_format->currentData().toString();
}

void ExportReportDialog::onBrowse()
{
    const QString path = FileDialogs::saveFile(
        this, tr("Save report"), tr("Report (*%1)").arg(suggestedSuffix()),
        m_kind->currentData().toString() + QStringLiteral("-report") + suggestedSuffix());
    if (!path.isEmpty())
        m_output->setText(path);
}

ExportRequest ExportReportDialog::request() const
{
    ExportRequest request;
    reportKindFromToken(m_kind->currentData().toString(), &request.options.kind);
    request.options.caseNumber = m_case->text().trimmed();
    if (request.options.kind != ReportKind::Case) // a case report covers its case alone
        request.options.providerId = m_provider->currentData().toString();
    request.options.from = m_from->date();
    request.options.to = m_to->date();
    request.options.language = m_language->currentData().toString();
    request.options.masked = !m_unmasked->isChecked();
    request.format =
        reportFormatFromToken(m_format->currentData().toString()).value_or(ReportFormat::Pdf);
    request.outputPath = m_output->text().trimmed();
    return request;
}

void ExportReportDialog::onPreview()
{
    if (m_previewWatcher.isRunning())
        return;
    m_previewButton->setEnabled(false);
    m_progress->setVisible(true);
    m_status->setText(tr("Preparing the preview…"));
    m_previewWatcher.setFuture(QtConcurrent::run(runPreview, m_path, m_actor, request().options));
}

void ExportReportDialog::onPreviewed()
{
    const Outcome outcome = m_previewWatcher.result();
    m_previewButton->setEnabled(true);
    m_progress->setVisible(m_watcher.isRunning());
    if (outcome.ok) {
        showPages(outcome.pages);
        m_status->clear();
    } else {
        m_previewPages.clear();
        m_preview->clear();
        m_status->setText(outcome.message);
    }
}

void ExportReportDialog::setProviders(const QVector<QPair<QString, QString>> &providers)
{
    const QString current = m_provider->currentData().toString();
    m_provider->clear();
    m_provider->addItem(tr("All providers"), QString());
    for (const auto &[id, name] : providers)
        m_provider->addItem(name, id);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(current)));
}

void ExportReportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (!m_previewPages.isEmpty())
        showPages(m_previewPages);
}

void ExportReportDialog::showPages(const QVector<QImage> &pages)
{
    m_previewPages = pages;
    // The images go in as resources of the browser's document, one below
    // the other, scaled to the pane's width.
    QTextDocument *doc = m_preview->document();
    doc->clear();
    const int width = qMax(480, m_preview->viewport()->width() - 24);
    QString html;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QUrl url(QStringLiteral("preview://page/%1").arg(i + 1));
        doc->addResource(QTextDocument::ImageResource, url, pages.at(i));
        html +=
            QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>").arg(url.toString()).arg(width);
    }
    doc->setHtml(html);
}

void ExportReportDialog::onExport()
{
    if (m_watcher.isRunning())
        return;
    const ExportRequest request = this->request();
    if (request.outputPath.isEmpty()) {
        m_status->setText(tr("Choose where to save the report."));
        return;
    }
    m_exportButton->setEnabled(false);
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting…"));
    m_watcher.setFuture(QtConcurrent::run(runExport, m_path, m_actor, request));
}

void ExportReportDialog::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_progress->setVisible(m_previewWatcher.isRunning());
    m_exportButton->setEnabled(true);
    m_status->setText(outcome.message);
    if (outcome.ok)
        emit exported(outcome.message);
}

} // namespace ab::ui
