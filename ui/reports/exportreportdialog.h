#pragma once

#include "reports/reportexporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <QVector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace ab::ui {

// File › Export report…: kind, scope, period, format, language and masking,
// with a preview of the report's first pages as the PDF draws them (always
// masked, tables cut to their first rows); the preview and the export run on
// a worker thread with its own workspace connection.
class ExportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportReportDialog(const QString &workspacePath, const QString &actor,
                       QWidget *parent = nullptr);

    struct Outcome
    {
        bool ok = false;
        QString message;       // translated: the files written, or what went wrong
        QVector<QImage> pages; // the preview's first pages
    };
    // Rows of each table the preview shows; the report itself has them all.
    static constexpr int kPreviewRows = 30;
    // Pages the preview shows, painted by the PDF writer's own code.
    static constexpr int kPreviewPages = 2;

    // The providers to choose from (id, name), besides "All providers".
    void setProviders(const QVector<QPair<QString, QString>> &providers);

signals:
    void exported(const QString &reportId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onKindChanged();
    void onBrowse();
    void onExport();
    void onFinished();
    void onPreview();
    void onPreviewed();
    void showPages(const QVector<QImage> &pages);
    ExportRequest request() const;
    QString suggestedSuffix() const;

    QString m_path;
    QString m_actor;
    QComboBox *m_kind;
    QLineEdit *m_case;
    QComboBox *m_provider;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_format;
    QComboBox *m_language;
    QCheckBox *m_unmasked;
    QLineEdit *m_output;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_exportButton;
    QPushButton *m_previewButton;
    QTextBrowser *m_preview;
    QFutureWatcher<Outcome> m_watcher;
    QFutureWatcher<Outcome> m_previewWatcher; // pages: the preview
    QVector<QImage> m_previewPages;           // shown, kept to fit a new width
};

} // namespace ab::ui
