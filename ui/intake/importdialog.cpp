#include "importdialog.h"

#include "importsummarydialog.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ab::ui {

namespace {

// Progress is posted to the window at most this often (milliseconds).
constexpr qint64 kProgressInterval = 80;

} // namespace

ImportDialog::ImportDialog(QString workspacePath, QString actor, QStringList files, QWidget *parent)
    : QDialog(parent), m_workspacePath(std::move(workspacePath)), m_actor(std::move(actor)),
      m_files(std::move(files))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import records"));
    // Two pages, one shown at a time; a hidden page takes no room, so the
    // dialog shrinks to the progress page when the import starts.
    m_optionsPage = buildOptionsPage();
    m_progressPage = buildProgressPage();
    m_progressPage->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_optionsPage);
    layout->addWidget(m_progressPage);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportDialog::onFinished);
    resize(560, sizeHint().height());
}

ImportDialog::~ImportDialog()
{
    m_cancelRequested->store(true);
    m_watcher.waitForFinished();
}

QWidget *ImportDialog::buildOptionsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("importOptionsPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        new QLabel(tr("Files to import (JSON Lines or CSV, in one transaction):"), page));
    m_fileList = new QListWidget(page);
    m_fileList->setObjectName(QStringLiteral("importFiles"));
    for (const QString &file : std::as_const(m_files)) {
        auto *item = new QListWidgetItem(QFileInfo(file).fileName(), m_fileList);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    m_fileList->setMaximumHeight(m_fileList->sizeHintForRow(0) * 5 + 8);
    layout->addWidget(m_fileList);

    m_skipInvalid = new QCheckBox(
        tr("Import the valid records and write the invalid ones to FILE.rejects"), page);
    m_skipInvalid->setObjectName(QStringLiteral("importSkipInvalid"));
    m_update =
        new QCheckBox(tr("Replace records that exist in the workspace with other content"), page);
    m_update->setObjectName(QStringLiteral("importUpdate"));
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_update);
    auto *hint = new QLabel(tr("Without the first option nothing is written unless every record "
                               "is valid."),
                            page);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    layout->addWidget(hint);

    auto *form = new QFormLayout;
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Detect (UTF-8 or GB18030)"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(QStringLiteral("GB18030 / GBK"), QStringLiteral("GB18030"));
    form->addRow(tr("CSV encoding:"), m_encoding);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(page);
    QPushButton *start = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("importStart"));
    start->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    return page;
}

QWidget *ImportDialog::buildProgressPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("importProgressPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_phase = new QLabel(page);
    m_phase->setObjectName(QStringLiteral("importPhase"));
    m_phase->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_counts = new QLabel(page);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::reject);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_cancel);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addLayout(row);
    return page;
}

void ImportDialog::start()
{
    if (isRunning() || m_summary)
        return;
    intake::ImportOptions options;
    options.files = m_files;
    options.skipInvalid = m_skipInvalid->isChecked();
    options.update = m_update->isChecked();
    options.encoding = m_encoding->currentData().toString();
    options.maxErrors = 10000;
    m_optionsPage->hide();
    m_progressPage->show();
    QTimer::singleShot(0, this, [this] { resize(width(), sizeHint().height()); });
    m_phase->setText(tr("Starting…"));
    showProgress({});

    // The worker opens the workspace itself: a connection belongs to the
    // thread that made it. The dialog outlives the worker (its destructor
    // waits), so posting to `this` is safe.
    const auto cancel = m_cancelRequested;
    m_watcher.setFuture(QtConcurrent::run(
        [this, path = m_workspacePath, actor = m_actor, options, cancel]() -> Outcome {
            auto ws = Workspace::open(path, actor);
            if (!ws)
                return {std::nullopt, ws.error()};
            QElapsedTimer sincePost;
            sincePost.start();
            intake::ImportProgress::Phase lastPhase = intake::ImportProgress::Phase::Reading;
            auto progress = [&](const intake::ImportProgress &p) {
                if (p.phase != lastPhase || sincePost.elapsed() >= kProgressInterval) {
                    lastPhase = p.phase;
                    sincePost.restart();
                    QMetaObject::invokeMethod(
                        this, [this, p] { showProgress(p); }, Qt::QueuedConnection);
                }
                return !cancel->load();
            };
            auto report = intake::ImportJob::run(**ws, options, progress);
            if (!report)
                return {std::nullopt, report.error()};
            return {std::move(*report), {}};
        }));
}

void ImportDialog::showProgress(const intake::ImportProgress &p)
{
    using Phase = intake::ImportProgress::Phase;
    const QLocale locale;
    QString phase;
    switch (p.phase) {
    case Phase::Reading:
        phase = p.fileCount > 1 ? tr("Reading %1 (file %2 of %3)…")
                                      .arg(QFileInfo(p.file).fileName())
                                      .arg(p.fileIndex + 1)
                                      .arg(p.fileCount)
                                : tr("Reading %1…").arg(QFileInfo(p.file).fileName());
        break;
    case Phase::Checking:
        phase = tr("Checking references across all records…");
        break;
    case Phase::Deadlines:
        phase = tr("Assigning remediation deadlines…");
        break;
    case Phase::Indexing:
        phase = tr("Building indexes…");
        break;
    case Phase::Committing:
        phase = tr("Saving…");
        break;
    }
    if (p.pass > 1)
        phase = tr("Second pass, leaving out the records found invalid: %1").arg(phase);
    if (!p.file.isEmpty() || p.phase != Phase::Reading)
        m_phase->setText(phase);
    if (p.phase == Phase::Reading && p.bytesTotal > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(p.bytesDone * 1000 / p.bytesTotal));
    } else if (p.phase != Phase::Reading) {
        m_progress->setRange(0, 0); // busy: no measure of the remaining work
    }
    m_counts->setText(tr("Records: %1 · added %2 · updated %3 · unchanged %4 · rejected %5")
                          .arg(locale.toString(p.counts.records), locale.toString(p.counts.added),
                               locale.toString(p.counts.updated),
                               locale.toString(p.counts.unchanged),
                               locale.toString(p.counts.rejected)));
}

void ImportDialog::reject()
{
    if (isRunning()) {
        // Rolled back by the worker; the summary says so when it ends.
        m_cancelRequested->store(true);
        m_cancel->setEnabled(false);
        m_phase->setText(tr("Cancelling: undoing everything this import wrote…"));
        return;
    }
    QDialog::reject();
}

void ImportDialog::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.report && outcome.report->committed)
        Q_EMIT imported();
    m_summary = outcome.report ? new ImportSummaryDialog(*outcome.report, parentWidget())
                               : new ImportSummaryDialog(outcome.error, parentWidget());
    m_summary->setAttribute(Qt::WA_DeleteOnClose);
    m_summary->open();
    accept();
}

} // namespace ab::ui
