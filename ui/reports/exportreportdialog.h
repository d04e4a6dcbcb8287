#pragma once

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ab::ui {

// File › Export report…: kind, scope, period, format, language and masking;
// the export runs on a worker thread with its own workspace connection.
class ExportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportReportDialog(const QString &workspacePath, const QString &actor,
                       QWidget *parent = nullptr);

    struct Outcome
    {
        bool ok = false;
        QString message; // translated: the files written, or what went wrong
    };

signals:
    void exported(const QString &reportId);

private:
    void onKindChanged();
    void onBrowse();
    void onExport();
    void onFinished();
    QString suggestedSuffix() const;

    QString m_path;
    QString m_actor;
    QComboBox *m_kind;
    QLineEdit *m_case;
    QLineEdit *m_provider;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_format;
    QComboBox *m_language;
    QCheckBox *m_unmasked;
    QLineEdit *m_output;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_exportButton;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace ab::ui
