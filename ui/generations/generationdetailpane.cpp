#include "generationdetailpane.h"

#include "browse/detailtext.h"
#include "deadlines/deadlinestatus.h"
#include "domain/vocabulary.h"
#include "generationsmodel.h"

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

namespace {

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label =
        new QLabel(QStringLiteral("<b>") + title.toHtmlEscaped() + QStringLiteral("</b>"), box);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

GenerationDetailPane::GenerationDetailPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)),
      m_trace(new QPushButton(tr("Trace lineage"), this)),
      m_copy(new QPushButton(tr("Copy as JSON"), this)),
      m_reveal(new QPushButton(tr("Reveal personal information"), this)),
      m_prompt(longTextBox(QStringLiteral("detailPrompt"), this)),
      m_output(longTextBox(QStringLiteral("detailOutput"), this)), m_meta(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("generationDetail"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trace->setObjectName(QStringLiteral("traceLineage"));
    m_copy->setObjectName(QStringLiteral("copyJson"));
    m_reveal->setObjectName(QStringLiteral("revealPersonalInfo"));
    m_reveal->setToolTip(tr("Show this item's text unmasked; the workspace records who saw it."));
    m_meta->setObjectName(QStringLiteral("detailMeta"));
    m_meta->setOpenLinks(false);
    connect(m_trace, &QPushButton::clicked, this, [this] {
        if (m_detail)
            emit traceRequested(m_detail->generation.id);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_detail)
            return;
        // What is copied is what is shown: masked unless revealed.
        const GenerationDetail shown = m_revealed ? *m_detail : m_detail->masked();
        QApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(shown.toJson()).toJson(QJsonDocument::Indented)));
    });
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (m_detail)
            emit revealRequested(m_detail->generation.id);
    });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_trace);
    header->addWidget(m_reveal);
    header->addWidget(m_copy);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(titled(tr("Prompt"), m_prompt, split));
    split->addWidget(titled(tr("Output"), m_output, split));
    split->addWidget(titled(tr("Details"), m_meta, split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    showDetail(std::nullopt, {});
}

void GenerationDetailPane::showMessage(const QString &message)
{
    showDetail(std::nullopt, {});
    m_title->setText(message);
}

void GenerationDetailPane::showDetail(const std::optional<GenerationDetail> &detail,
                                      const QStringList &words)
{
    m_detail = detail;
    m_words = words;
    m_revealed = false; // each item is revealed on its own
    render();
}

void GenerationDetailPane::setRevealAllowed(bool allowed)
{
    m_revealAllowed = allowed;
    render();
}

void GenerationDetailPane::showRevealed()
{
    m_revealed = true;
    render();
}

void GenerationDetailPane::render()
{
    m_trace->setEnabled(m_detail.has_value());
    m_copy->setEnabled(m_detail.has_value());
    m_reveal->setVisible(m_revealAllowed);
    m_reveal->setEnabled(m_detail && !m_revealed && m_detail->holdsPersonalInfo());
    if (!m_detail) {
        m_title->setText(tr("Select a generation to see it here."));
        m_prompt->clear();
        m_output->clear();
        m_meta->clear();
        m_highlighted = 0;
        return;
    }
    const GenerationDetail d = m_revealed ? *m_detail : m_detail->masked();
    m_title->setText(
        QStringLiteral("<b>%1</b> · %2 · %3")
            .arg(d.generation.id.toHtmlEscaped(),
                 (chineseUi() || d.providerNameEn.isEmpty() ? d.providerName : d.providerNameEn)
                     .toHtmlEscaped(),
                 QString(d.modelName + QLatin1Char(' ') + d.modelVersion).toHtmlEscaped()));
    m_prompt->setPlainText(d.generation.prompt);
    m_output->setPlainText(d.generation.output);
    m_meta->setHtml(metadataHtml(d));
    m_highlighted = highlightTerms(m_prompt, m_words) + highlightTerms(m_output, m_words);
}

QString GenerationDetailPane::metadataHtml(const GenerationDetail &d) const
{
    const Generation &g = d.generation;
    QString h = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    h += htmlRow(tr("Risk category"), g.riskCategory);
    h += htmlRow(tr("TC260 name"), d.categoryNameZh);
    if (!chineseUi())
        h += htmlRow(QString(), d.categoryNameEn);
    h += htmlRow(tr("Severity"), Vocab::label(Vocabulary::Severity, g.severity));
    h += htmlRow(tr("Flag source"), Vocab::label(Vocabulary::FlagSource, g.flagSource));
    h += htmlRow(tr("Modality"), Vocab::label(Vocabulary::Modality, g.modality));
    h += htmlRow(tr("Created at"), localTime(g.createdAt, m_zone));
    h += htmlRow(tr("Flagged at"), localTime(g.flaggedAt, m_zone));
    h += htmlRow(tr("Model version"), d.modelName + QLatin1Char(' ') + d.modelVersion);
    h += htmlRow(tr("Released"), d.modelReleased);
    if (!d.modelFilingNo.isEmpty())
        h += htmlRow(tr("Filing number"), d.modelFilingNo);
    h += htmlRow(tr("Content hash"), g.contentHash.left(16) + QStringLiteral("…"));
    h += htmlSection(tr("Deadline"));
    if (d.deadline) {
        const auto state = DeadlineStatus::fromToken(d.deadline->state);
        h += htmlRow(tr("Due"), dueText(*d.deadline));
        h += htmlRow(tr("Status"), state ? DeadlineStatus::label(*state) : d.deadline->state);
        h += htmlRow(tr("Policy"), policyText(d.deadline->policyId));
        h += htmlRow(tr("Period"), d.deadline->period);
        if (!d.deadline->remediatedAt.isEmpty())
            h += htmlRow(tr("Remediated at"), localTime(d.deadline->remediatedAt, m_zone));
    } else {
        h += htmlRow(QString(), tr("No deadline recorded"));
    }
    h += htmlSection(tr("Complaints (%1)").arg(d.complaints.size()));
    for (const LinkedItem &c : d.complaints)
        h += htmlRow(c.id, localTime(c.at, m_zone) + QStringLiteral(" · ") +
                               Vocab::label(Vocabulary::ComplaintKind, c.label) +
                               QStringLiteral(" · ") +
                               Vocab::label(Vocabulary::ComplaintStatus, c.status));
    h += htmlSection(tr("Cases (%1)").arg(d.cases.size()));
    for (const CaseRef &c : d.cases)
        h += htmlRow(c.number, c.title);
    return h + QStringLiteral("</table>");
}

} // namespace ab::ui
