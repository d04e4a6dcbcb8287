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
    // Personal information shows masked; an analyst or supervisor may reveal
    // one item's (the page records that first), an auditor never.
    void setRevealAllowed(bool allowed);
    void showRevealed();
    bool revealed() const { return m_revealed; }

signals:
    void traceRequested(const QString &generationId);
    void revealRequested(const QString &generationId);

private:
    QString metadataHtml(const GenerationDetail &d) const;
    void render();

    QLabel *m_title;
    QPushButton *m_trace;
    QPushButton *m_copy;
    QPushButton *m_reveal;
    QTextEdit *m_prompt;
    QTextEdit *m_output;
    QTextBrowser *m_meta;
    std::optional<GenerationDetail> m_detail;
    QStringList m_words;
    QTimeZone m_zone;
    int m_highlighted = 0;
    bool m_revealAllowed = false;
    bool m_revealed = false;
};

} // namespace ab::ui
