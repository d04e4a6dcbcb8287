#pragma once

#include "browse/itemdetail.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTextEdit;

namespace ab::ui {

// The selected complaint: its text (long texts scroll), triage fields, the
// complainant's contact, linked generations, deadline and cases, with
// "Trace lineage" and "Copy as JSON" (which leaves the contact out). Personal
// information is masked unless revealed.
class ComplaintDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintDetailPane(QWidget *parent = nullptr);

    void showDetail(const std::optional<ComplaintDetail> &detail, const QStringList &words);
    void showMessage(const QString &message);
    const std::optional<ComplaintDetail> &detail() const { return m_detail; }
    int highlighted() const { return m_highlighted; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // Personal information shows masked; an analyst or supervisor may reveal
    // one item's (the page records that first), an auditor never.
    void setRevealAllowed(bool allowed);
    void showRevealed();
    bool revealed() const { return m_revealed; }

signals:
    void traceRequested(const QString &complaintId);
    void revealRequested(const QString &complaintId);

private:
    QString metadataHtml(const ComplaintDetail &d) const;
    void render();

    QLabel *m_title;
    QPushButton *m_trace;
    QPushButton *m_copy;
    QPushButton *m_reveal;
    QTextEdit *m_text;
    QTextBrowser *m_meta;
    std::optional<ComplaintDetail> m_detail;
    QStringList m_words;
    QTimeZone m_zone;
    int m_highlighted = 0;
    bool m_revealAllowed = false;
    bool m_revealed = false;
};

} // namespace ab::ui
