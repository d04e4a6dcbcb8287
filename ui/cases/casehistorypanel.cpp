#include "casehistorypanel.h"

#include "cases/caseworkflow.h"
#include "util/timeutil.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace ab::ui {

namespace {

QString joinItems(const QJsonValue &items)
{
    QStringList out;
    const QJsonArray array = items.toArray();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out.join(QStringLiteral(", "));
}

QString statusLabel(const QJsonValue &token)
{
    const auto status = CaseWorkflow::fromToken(token.toString());
    return status ? CaseWorkflow::label(*status) : token.toString();
}

} // namespace

CaseHistoryPanel::CaseHistoryPanel(QWidget *parent)
    : QWidget(parent), m_zone(time::defaultZone()), m_timeline(new QListWidget(this)),
      m_notes(new QListWidget(this)), m_noteEdit(new QPlainTextEdit(this)),
      m_addNote(new QPushButton(tr("Add note"), this))
{
    m_timeline->setObjectName(QStringLiteral("caseTimelineList"));
    m_notes->setObjectName(QStringLiteral("caseNotesList"));
    m_noteEdit->setObjectName(QStringLiteral("caseNoteEdit"));
    m_addNote->setObjectName(QStringLiteral("caseAddNoteButton"));
    m_timeline->setWordWrap(true);
    m_notes->setWordWrap(true);
    m_noteEdit->setPlaceholderText(tr("Write a note…"));
    m_noteEdit->setMaximumHeight(m_noteEdit->fontMetrics().lineSpacing() * 4 + 12);

    auto *notesBox = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(new QLabel(tr("Notes"), notesBox));
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addWidget(m_noteEdit);
    notesLayout->addWidget(m_addNote, 0, Qt::AlignRight);
    auto *timelineBox = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(new QLabel(tr("Timeline"), timelineBox));
    timelineLayout->addWidget(m_timeline, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(timelineBox);
    split->addWidget(notesBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(m_addNote, &QPushButton::clicked, this, &CaseHistoryPanel::addNoteRequested);
}

QString CaseHistoryPanel::when(const QString &storedUtc) const
{
    const auto t = time::fromStored(storedUtc);
    return t ? QLocale().toString(t->toTimeZone(m_zone), QStringLiteral("yyyy-MM-dd HH:mm"))
             : storedUtc;
}

QString CaseHistoryPanel::describe(const CaseEvent &e) const
{
    const QJsonObject &d = e.detail;
    // Events written by other tools (an import, the demo) may name the kinds
    // "case.created", "case.status", …: read them the same way.
    QString kind = e.kind.startsWith(QLatin1String("case.")) ? e.kind.mid(5) : e.kind;
    if (kind == QLatin1String("created"))
        kind = QStringLiteral("opened");
    QString what;
    if (kind == QLatin1String("assigned")) {
        what = tr("Assigned to %1").arg(d.value(QStringLiteral("assignee")).toString());
    } else if (kind == QLatin1String("items_added") && d.contains(QStringLiteral("count"))) {
        what = tr("Added %n item(s)", nullptr, d.value(QStringLiteral("count")).toInt());
    } else if (kind == QLatin1String("opened")) {
        what = tr("Opened the case");
    } else if (kind == QLatin1String("updated")) {
        what = tr("Changed %1").arg(d.keys().join(QStringLiteral(", ")));
    } else if (kind == QLatin1String("status")) {
        what = tr("Status %1 → %2")
                   .arg(statusLabel(d.value(QStringLiteral("from"))),
                        statusLabel(d.value(QStringLiteral("to"))));
        if (d.contains(QStringLiteral("reason")))
            what += tr(" — reason: %1").arg(d.value(QStringLiteral("reason")).toString());
        if (d.contains(QStringLiteral("exception")))
            what += tr(" — closed with an exception: %1")
                        .arg(d.value(QStringLiteral("exception")).toString());
    } else if (kind == QLatin1String("items_added")) {
        what = tr("Added %1").arg(joinItems(d.value(QStringLiteral("items"))));
    } else if (kind == QLatin1String("items_removed")) {
        what = tr("Removed %1 — reason: %2")
                   .arg(joinItems(d.value(QStringLiteral("items"))),
                        d.value(QStringLiteral("reason")).toString());
    } else if (kind == QLatin1String("note")) {
        what =
            tr("Note: %1").arg(d.value(QStringLiteral("body")).toString().simplified().left(120));
    } else if (kind == QLatin1String("evidence")) {
        what = tr("Attached %1").arg(d.value(QStringLiteral("file_name")).toString());
    } else if (kind == QLatin1String("item_history")) {
        what = tr("%1: %2").arg(d.value(QStringLiteral("item")).toString(),
                                d.value(QStringLiteral("action")).toString());
    } else {
        what = e.kind;
    }
    return tr("%1  %2  %3").arg(when(e.at), e.actor, what);
}

void CaseHistoryPanel::setHistory(const QVector<CaseEvent> &events, const QVector<CaseNote> &notes,
                                  bool writable)
{
    m_timeline->clear();
    for (const CaseEvent &e : events)
        m_timeline->addItem(describe(e));
    m_timeline->scrollToBottom();
    m_notes->clear();
    for (const CaseNote &n : notes)
        m_notes->addItem(tr("%1  %2\n%3").arg(when(n.at), n.author, n.body));
    m_notes->scrollToBottom();
    m_noteEdit->setEnabled(writable);
    m_addNote->setEnabled(writable);
}

QString CaseHistoryPanel::noteText() const
{
    return m_noteEdit->toPlainText();
}

void CaseHistoryPanel::clearNote()
{
    m_noteEdit->clear();
}

} // namespace ab::ui
