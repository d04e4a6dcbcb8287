#pragma once

#include "deadlines/deadlinequery.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QStackedWidget;

namespace ab {
class Workspace;
}

namespace ab::ui {

class BackgroundQuery;

// "Open case from selection": puts the selected generations and complaints
// into a new review case or an existing one. Any list can offer it:
//
//     auto *dialog = new OpenCaseDialog(workspace,
//         OpenCaseDialog::itemsFrom(generationIds, complaintIds), this);
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     connect(dialog, &OpenCaseDialog::caseReady, this, [](qint64 caseId) { … });
//     dialog->open();
//
// Errors (an auditor, a closed case, …) show in the dialog; it closes only
// once the case holds the items.
class OpenCaseDialog : public QDialog
{
    Q_OBJECT
public:
    OpenCaseDialog(Workspace *workspace, const QVector<ItemRef> &items, QWidget *parent = nullptr);

    static QVector<ItemRef> itemsFrom(const QStringList &generationIds,
                                      const QStringList &complaintIds);

    // Tests and keyboard users: choose the mode and the existing case.
    void setAddToExisting(bool existing);
    void setSearchText(const QString &text);
    bool chooseCase(qint64 caseId); // false when it is not among the results shown
    BackgroundQuery *search() const { return m_search; }
    qint64 resultCaseId() const { return m_resultCase; }

    void accept() override;

signals:
    void caseReady(qint64 caseId);

private:
    void runSearch();
    void showError(const QString &message);

    Workspace *m_workspace;
    QVector<ItemRef> m_items;
    qint64 m_resultCase = 0;
    QRadioButton *m_newCase;
    QRadioButton *m_existing;
    QStackedWidget *m_pages;
    QLineEdit *m_title;
    QComboBox *m_priority;
    QComboBox *m_assignee;
    QPlainTextEdit *m_description;
    QLineEdit *m_searchEdit;
    QListWidget *m_results;
    QLabel *m_error;
    BackgroundQuery *m_search;
};

} // namespace ab::ui
