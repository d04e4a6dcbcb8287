#pragma once

#include "intake/importjob.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace ab::ui {

class ImportSummaryDialog;

// File › Import: the import's options, then its progress with counts and a
// Cancel button (which rolls everything back), then a summary. The import
// runs on a worker thread with a connection of its own; when it has
// committed, imported() tells the window to show the new records.
//
//     auto *dialog = new ImportDialog(ws->path(), ws->actor(), files, this);
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     connect(dialog, &ImportDialog::imported, this, &MainWindow::reloadWorkspace);
//     dialog->open();
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(QString workspacePath, QString actor, QStringList files,
                 QWidget *parent = nullptr);
    ~ImportDialog() override; // cancels a running import and waits for its rollback

    // The Import button; tests may set the options' widgets first.
    void start();
    bool isRunning() const { return m_watcher.isRunning(); }
    ImportSummaryDialog *summary() const { return m_summary; }

    void reject() override; // Cancel and Escape: cancel a running import, else close

Q_SIGNALS:
    void imported();

private:
    struct Outcome
    {
        std::optional<intake::ImportReport> report;
        Error error; // when the import could not run
    };
    QWidget *buildOptionsPage();
    QWidget *buildProgressPage();
    void showProgress(const intake::ImportProgress &progress);
    void onFinished();

    QString m_workspacePath;
    QString m_actor;
    QStringList m_files;
    QWidget *m_optionsPage = nullptr;
    QWidget *m_progressPage = nullptr;
    QListWidget *m_fileList = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QCheckBox *m_update = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QPushButton *m_cancel = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelRequested =
        std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<Outcome> m_watcher;
    ImportSummaryDialog *m_summary = nullptr;
};

} // namespace ab::ui
