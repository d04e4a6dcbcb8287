#include "importsummarydialog.h"

#include "common/messages.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ab::ui {

ImportSummaryDialog::ImportSummaryDialog(intake::ImportReport report, QWidget *parent)
    : QDialog(parent), m_report(std::move(report))
{
    const intake::ImportCounts t = m_report.totals();
    const QLocale locale;
    QString headline;
    if (m_report.cancelled)
        headline = tr("The import was cancelled. The workspace is as it was before.");
    else if (!m_report.committed)
        headline = tr("Nothing was imported: %1 problems were found. Fix the records, or import "
                      "again choosing to write only the valid ones.")
                       .arg(locale.toString(m_report.errorCount));
    else if (t.rejected > 0)
        headline = tr("Imported %1 records (%2 added, %3 updated, %4 unchanged); %5 invalid "
                      "records were left out.")
                       .arg(locale.toString(t.added + t.updated + t.unchanged),
                            locale.toString(t.added), locale.toString(t.updated),
                            locale.toString(t.unchanged), locale.toString(t.rejected));
    else
        headline = tr("Imported %1 records: %2 added, %3 updated, %4 unchanged.")
                       .arg(locale.toString(t.records), locale.toString(t.added),
                            locale.toString(t.updated), locale.toString(t.unchanged));
    build(headline);
}

ImportSummaryDialog::ImportSummaryDialog(const Error &error, QWidget *parent) : QDialog(parent)
{
    m_report.errors = {error};
    m_report.errorCount = 1;
    build(tr("The import could not run. The workspace is as it was before."));
}

void ImportSummaryDialog::build(const QString &headline)
{
    setObjectName(QStringLiteral("importSummary"));
    setWindowTitle(tr("Import summary"));
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(headline, this);
    m_headline->setObjectName(QStringLiteral("importSummaryHeadline"));
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);

    if (!m_report.files.isEmpty()) {
        m_counts = new QTableWidget(this);
        m_counts->setObjectName(QStringLiteral("importSummaryCounts"));
        fillCounts();
        layout->addWidget(m_counts);
    }
    if (m_report.committed) {
        auto *deadlines = new QLabel(tr("Remediation deadlines assigned: %1")
                                         .arg(QLocale().toString(m_report.deadlinesAssigned)),
                                     this);
        deadlines->setObjectName(QStringLiteral("importSummaryDeadlines"));
        layout->addWidget(deadlines);
        for (const intake::FileReport &f : std::as_const(m_report.files)) {
            if (f.rejectsPath.isEmpty())
                continue;
            auto *rejects = new QLabel(
                tr("Invalid records of %1, with their reasons: %2")
                    .arg(QFileInfo(f.path).fileName(), QDir::toNativeSeparators(f.rejectsPath)),
                this);
            rejects->setWordWrap(true);
            rejects->setTextInteractionFlags(Qt::TextSelectableByMouse);
            layout->addWidget(rejects);
        }
    }
    if (m_report.errorCount > 0) {
        layout->addWidget(new QLabel(tr("Problems (file:line: field: reason):"), this));
        m_errors = new QPlainTextEdit(this);
        m_errors->setObjectName(QStringLiteral("importSummaryErrors"));
        m_errors->setReadOnly(true);
        m_errors->setLineWrapMode(QPlainTextEdit::NoWrap);
        QStringList lines;
        // The file's name is enough on screen; the saved list has the paths.
        for (int i = 0; i < m_report.errors.size() && i < kShownErrors; ++i) {
            Error shown = m_report.errors[i];
            shown.file = QFileInfo(shown.file).fileName();
            lines << shown.toString();
        }
        if (m_report.errorCount > lines.size())
            lines << tr("… and %1 more: save the full list to see them all.")
                         .arg(QLocale().toString(m_report.errorCount - lines.size()));
        m_errors->setPlainText(lines.join(QLatin1Char('\n')));
        layout->addWidget(m_errors, 1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save full list…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("importSaveErrors"));
    m_save->setEnabled(m_report.errorCount > 0);
    connect(m_save, &QPushButton::clicked, this, &ImportSummaryDialog::onSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, m_errors ? 520 : sizeHint().height());
}

void ImportSummaryDialog::fillCounts()
{
    // An import that was not committed wrote nothing: only what was valid.
    const bool committed = m_report.committed;
    const QStringList headers =
        committed ? QStringList{tr("File"),    tr("Records"),   tr("Added"),
                                tr("Updated"), tr("Unchanged"), tr("Rejected")}
                  : QStringList{tr("File"), tr("Records"), tr("Valid"), tr("Invalid")};
    m_counts->setColumnCount(int(headers.size()));
    m_counts->setHorizontalHeaderLabels(headers);
    const bool total = m_report.files.size() > 1;
    m_counts->setRowCount(int(m_report.files.size()) + (total ? 1 : 0));
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionMode(QAbstractItemView::NoSelection);
    m_counts->setFocusPolicy(Qt::NoFocus);
    const QLocale locale;
    auto setRow = [&](int row, const QString &name, const intake::ImportCounts &c, bool bold) {
        QVector<qint64> values{c.records};
        if (committed)
            values << c.added << c.updated << c.unchanged << c.rejected;
        else
            values << c.records - c.rejected << c.rejected;
        QFont font = m_counts->font();
        font.setBold(bold);
        auto *first = new QTableWidgetItem(name);
        first->setFont(font);
        m_counts->setItem(row, 0, first);
        for (int col = 0; col < values.size(); ++col) {
            auto *item = new QTableWidgetItem(locale.toString(values[col]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setFont(font);
            m_counts->setItem(row, col + 1, item);
        }
    };
    int row = 0;
    for (const intake::FileReport &f : std::as_const(m_report.files))
        setRow(row++, QFileInfo(f.path).fileName(), f.counts, false);
    if (total)
        setRow(row, tr("All files"), m_report.totals(), true);
    m_counts->resizeColumnsToContents();
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const int height = m_counts->horizontalHeader()->sizeHint().height() +
                       m_counts->rowCount() * m_counts->verticalHeader()->defaultSectionSize() +
                       2 * m_counts->frameWidth();
    m_counts->setFixedHeight(height);
}

QString ImportSummaryDialog::errorText() const
{
    QString text;
    for (const Error &e : m_report.errors)
        text += e.toString() + QLatin1Char('\n');
    if (m_report.errorCount > m_report.errors.size())
        text += tr("… and %1 more errors that were not kept")
                    .arg(m_report.errorCount - m_report.errors.size()) +
                QLatin1Char('\n');
    return text;
}

bool ImportSummaryDialog::saveErrors(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(errorText().toUtf8());
    return file.commit();
}

void ImportSummaryDialog::onSave()
{
    const QString path =
        FileDialogs::saveFile(this, tr("Save the list of problems"), tr("Text files (*.txt)"),
                              QStringLiteral("import-problems.txt"));
    if (path.isEmpty())
        return;
    if (!saveErrors(path))
        Messages::critical(this, tr("Cannot save"),
                           tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
}

} // namespace ab::ui
