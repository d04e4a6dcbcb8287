#include "complaintdetailpane.h"

#include "browse/detailtext.h"
#include "deadlines/deadlinestatus.h"
#include "domain/vocabulary.h"
#include "generations/generationsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextEdit>
#include <QVBoxLayout>

namespace ab::ui {

ComplaintDetailPane::ComplaintDetailPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)),
      m_trace(new QPushButton(tr("Trace lineage"), this)),
      m_copy(new QPushButton(tr("Copy as JSON"), this)),
      m_reveal(new QPushButton(tr("Reveal personal information"), this)),
      m_text(longTextBox(QStringLiteral("detailText"), this)), m_meta(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("complaintDetail"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_trace->setObjectName(QStringLiteral("traceLineage"));
    m_copy->setObjectName(QStringLiteral("copyJson"));
    m_reveal->setObjectName(QStringLiteral("revealPersonalInfo"));
    m_reveal->setToolTip(tr("Show this item's text unmasked; the workspace records who saw it."));
    m_meta->setObjectName(QStringLiteral("detailMeta"));
    connect(m_trace, &QPushButton::clicked, this, [this] {
        if (m_detail)
            emit traceRequested(m_detail->complaint.id);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_detail)
            return;
        // What is copied is what is shown: masked unless revealed.
        const ComplaintDetail shown = m_revealed ? *m_detail : m_detail->masked();
        QApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(shown.toJson()).toJson(QJsonDocument::Indented)));
    });
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (m_detail)
            emit revealRequested(m_detail->complaint.id);
    });
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_trace);
    header->addWidget(m_reveal);
    header->addWidget(m_copy);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_text);
    split->addWidget(m_meta);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    showDetail(std::nullopt, {});
}

void ComplaintDetailPane::showMessage(const QString &message)
{
    showDetail(std::nullopt, {});
    m_title->setText(message);
}

void ComplaintDetailPane::showDetail(const std::optional<ComplaintDetail> &detail,
                                     const QStringList &words)
{
    m_detail = detail;
    m_words = words;
    m_revealed = false; // each item is revealed on its own
    render();
}

void ComplaintDetailPane::setRevealAllowed(bool allowed)
{
    m_revealAllowed = allowed;
    render();
}

void ComplaintDetailPane::showRevealed()
{
    m_revealed = true;
    render();
}

void ComplaintDetailPane::render()
{
    m_trace->setEnabled(m_detail && !m_detail->generations.isEmpty());
    m_copy->setEnabled(m_detail.has_value());
    m_reveal->setVisible(m_revealAllowed);
    m_reveal->setEnabled(m_detail && !m_revealed && m_detail->holdsPersonalInfo());
    if (!m_detail) {
        m_title->setText(tr("Select a complaint to see it here."));
        m_text->clear();
        m_meta->clear();
        m_highlighted = 0;
        return;
    }
    const ComplaintDetail d = m_revealed ? *m_detail : m_detail->masked();
    const Complaint &c = d.complaint;
    m_title->setText(QStringLiteral("<b>%1</b> · %2 · %3")
                         .arg(c.id.toHtmlEscaped(),
                              Vocab::label(Vocabulary::ComplaintKind, c.kind).toHtmlEscaped(),
                              Vocab::label(Vocabulary::ComplaintStatus, c.status).toHtmlEscaped()));
    m_text->setPlainText(c.text);
    m_meta->setHtml(metadataHtml(d));
    m_highlighted = highlightTerms(m_text, m_words);
}

QString ComplaintDetailPane::metadataHtml(const ComplaintDetail &d) const
{
    const Complaint &c = d.complaint;
    QString h = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    h += htmlRow(tr("Received at"), localTime(c.receivedAt, m_zone));
    h += htmlRow(tr("Channel"), Vocab::label(Vocabulary::ComplaintChannel, c.channel));
    h += htmlRow(tr("Kind"), Vocab::label(Vocabulary::ComplaintKind, c.kind));
    h += htmlRow(tr("Triage status"), Vocab::label(Vocabulary::ComplaintStatus, c.status));
    if (!d.severity.isEmpty())
        h += htmlRow(tr("Severity"), Vocab::label(Vocabulary::Severity, d.severity));
    if (!c.request.isEmpty())
        h += htmlRow(tr("PI request"), Vocab::label(Vocabulary::PersonalInfoRequest, c.request));
    if (!c.contact.isEmpty())
        h += htmlRow(tr("Contact"), c.contact);
    if (!d.responseDue.isEmpty())
        h += htmlRow(tr("Response due"), d.responseDue);
    if (!d.respondedAt.isEmpty())
        h += htmlRow(tr("Responded at"), localTime(d.respondedAt, m_zone));
    if (!d.resolution.isEmpty())
        h += htmlRow(tr("Resolution"), d.resolution);
    if (!d.duplicateOf.isEmpty())
        h += htmlRow(tr("Duplicate of"), d.duplicateOf);
    h += htmlSection(tr("Deadline"));
    if (d.deadline) {
        const auto state = DeadlineStatus::fromToken(d.deadline->state);
        h += htmlRow(tr("Due"), dueText(*d.deadline));
        h += htmlRow(tr("Status"), state ? DeadlineStatus::label(*state) : d.deadline->state);
        h += htmlRow(tr("Policy"), policyText(d.deadline->policyId));
    } else {
        h += htmlRow(QString(), tr("No deadline recorded"));
    }
    h += htmlSection(tr("Generations (%1)").arg(d.generations.size()));
    for (const LinkedItem &g : d.generations)
        h += htmlRow(g.id, g.label + QStringLiteral(" · ") + g.excerpt.left(60));
    h += htmlSection(tr("Cases (%1)").arg(d.cases.size()));
    for (const CaseRef &cr : d.cases)
        h += htmlRow(cr.number, cr.title);
    return h + QStringLiteral("</table>");
}

} // namespace ab::ui
