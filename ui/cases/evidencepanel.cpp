#include "evidencepanel.h"

#include "backgroundquery.h"
#include "cases/attachmentstore.h"
#include "cases/caseservice.h"
#include "common/messages.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ab::ui {

namespace {

constexpr qsizetype kTextPreview = 64 * 1024;

bool isText(const QString &mime)
{
    return mime.startsWith(QLatin1String("text/")) || mime == QLatin1String("application/json") ||
           mime == QLatin1String("application/xml") || mime.endsWith(QLatin1String("+xml")) ||
           mime == QLatin1String("application/x-yaml");
}

} // namespace

EvidencePanel::EvidencePanel(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_preview(new QStackedWidget(this)),
      m_image(new QLabel(this)), m_text(new QPlainTextEdit(this)), m_none(new QLabel(this)),
      m_info(new QLabel(this)), m_attach(new QPushButton(tr("Attach file…"), this)),
      m_loader(new BackgroundQuery(this))
{
    m_list->setObjectName(QStringLiteral("caseEvidenceList"));
    m_preview->setObjectName(QStringLiteral("caseEvidencePreview"));
    m_attach->setObjectName(QStringLiteral("caseAddEvidenceButton"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(120, 90);
    m_text->setReadOnly(true);
    m_none->setAlignment(Qt::AlignCenter);
    m_none->setWordWrap(true);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->addWidget(m_none);
    m_preview->addWidget(m_image);
    m_preview->addWidget(m_text);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    leftLayout->addWidget(m_attach, 0, Qt::AlignLeft);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_info);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentRowChanged, this, &EvidencePanel::onSelection);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialogs::openFile(this, tr("Attach evidence"), tr("All files (*)"));
        if (!path.isEmpty())
            attach(path);
    });
    setEvidence(0, {}, false);
}

void EvidencePanel::setEvidence(qint64 caseId, const QVector<CaseEvidence> &evidence, bool writable)
{
    m_caseId = caseId;
    m_evidence = evidence;
    m_attach->setEnabled(writable && caseId != 0);
    m_list->clear();
    for (const CaseEvidence &e : evidence)
        m_list->addItem(
            tr("%1  ·  %2  ·  %3").arg(e.fileName, QLocale().formattedDataSize(e.size), e.mime));
    m_none->setText(evidence.isEmpty() ? tr("No evidence attached yet.")
                                       : tr("Select a file to preview it."));
    m_preview->setCurrentWidget(m_none);
    m_info->clear();
    if (!evidence.isEmpty())
        m_list->setCurrentRow(0);
}

bool EvidencePanel::attach(const QString &path)
{
    if (!m_workspace || m_caseId == 0)
        return false;
    auto added = CaseService(*m_workspace).addEvidence(m_caseId, path);
    if (!added) {
        emit failed(added.error().toString());
        return false;
    }
    emit changed();
    return true;
}

QString EvidencePanel::previewKind() const
{
    if (m_preview->currentWidget() == m_image)
        return QStringLiteral("image");
    if (m_preview->currentWidget() == m_text)
        return QStringLiteral("text");
    return m_evidence.isEmpty() ? QStringLiteral("empty") : QStringLiteral("none");
}

void EvidencePanel::onSelection()
{
    const int row = m_list->currentRow();
    if (!m_workspace || row < 0 || row >= m_evidence.size())
        return;
    const CaseEvidence e = m_evidence.at(row);
    m_info->setText(tr("%1 — %2 (%3 bytes), added by %4\nSHA-256 %5")
                        .arg(e.fileName, e.mime)
                        .arg(e.size)
                        .arg(e.addedBy, e.sha256));
    const bool previewable = e.mime.startsWith(QLatin1String("image/")) || isText(e.mime);
    if (!previewable) {
        m_none->setText(tr("No preview for files of type %1.").arg(e.mime));
        m_preview->setCurrentWidget(m_none);
        return;
    }
    m_none->setText(tr("Loading…"));
    m_preview->setCurrentWidget(m_none);
    const QString sha = e.sha256;
    m_loader->run<QByteArray>(
        m_workspace->path(), [sha](Database &db) { return AttachmentStore::content(db, sha); },
        [this, e](Result<QByteArray> bytes) {
            if (!bytes) {
                m_none->setText(bytes.error().message);
                return;
            }
            showPreview(e, *bytes);
        });
}

void EvidencePanel::showPreview(const CaseEvidence &e, const QByteArray &bytes)
{
    if (e.mime.startsWith(QLatin1String("image/"))) {
        QImage image;
        if (image.loadFromData(bytes)) {
            const QSize box =
                m_preview->size().boundedTo(QSize(900, 700)).expandedTo(QSize(160, 120));
            m_image->setPixmap(QPixmap::fromImage(
                image.size().width() > box.width() || image.size().height() > box.height()
                    ? image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                    : image));
            m_preview->setCurrentWidget(m_image);
            return;
        }
        m_none->setText(tr("The image cannot be read."));
        return;
    }
    QString text = QString::fromUtf8(bytes.left(kTextPreview));
    if (bytes.size() > kTextPreview)
        text += tr("\n… (the first %1 shown)").arg(QLocale().formattedDataSize(kTextPreview));
    m_text->setPlainText(text);
    m_preview->setCurrentWidget(m_text);
}

} // namespace ab::ui
