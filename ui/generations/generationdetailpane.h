#pragma once

#include "browse/itemdetail.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTextEdit;

namespace ab::ui {

// The selected generation: prompt and output side by side (long texts
// scroll), its metadata, TC260 risk, deadline, linked complaints and cases,
// with "Trace lineage" and "Copy as JSON". Search words are highlighted.
class GenerationDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit GenerationDetailPane(QWidget *parent = nullptr);

    void showDetail(const std::optional<GenerationDetail> &detail, const QStringList &words);
    void showMessage(const QString &message);
    const std::optional<GenerationDetail> &detail() const { return m_detail; }
    int highlighted() const { return m_highlighted; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

signals:
    void traceRequested(const QString &generationId);

private:
    QString metadataHtml(const GenerationDetail &d) const;

    QLabel *m_title;
    QPushButton *m_trace;
    QPushButton *m_copy;
    QTextEdit *m_prompt;
    QTextEdit *m_output;
    QTextBrowser *m_meta;
    std::optional<GenerationDetail> m_detail;
    QTimeZone m_zone;
    int m_highlighted = 0;
};

} // namespace ab::ui
