#pragma once

#include "intake/importjob.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ab::ui {

// What an import did: added / updated / unchanged / rejected per file, the
// deadlines it assigned, the first errors as FILE:LINE: field: reason, and
// "Save full list…" for all of them.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    // Errors shown in the dialog; the saved list has all the report kept.
    static constexpr int kShownErrors = 100;

    ImportSummaryDialog(intake::ImportReport report, QWidget *parent = nullptr);
    // The import could not run at all.
    ImportSummaryDialog(const Error &error, QWidget *parent = nullptr);

    const intake::ImportReport &report() const { return m_report; }
    // The error list as saved: one "FILE:LINE: field: reason" per line.
    QString errorText() const;
    bool saveErrors(const QString &path) const;

private:
    void build(const QString &headline);
    void fillCounts();
    void onSave();

    intake::ImportReport m_report;
    QLabel *m_headline = nullptr;
    QTableWidget *m_counts = nullptr;
    QPlainTextEdit *m_errors = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace ab::ui
