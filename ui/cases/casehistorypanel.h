#pragma once

#include "cases/casetypes.h"

#include <QTimeZone>
#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ab::ui {

// The timeline of a case (its events and its items' audit entries, in commit
// order) and its notes with the box to add one.
class CaseHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseHistoryPanel(QWidget *parent = nullptr);

    void setZone(const QTimeZone &zone) { m_zone = zone; }
    void setHistory(const QVector<CaseEvent> &events, const QVector<CaseNote> &notes,
                    bool writable);
    QString noteText() const;
    void clearNote();

    // One line of the timeline, translated.
    QString describe(const CaseEvent &event) const;

signals:
    void addNoteRequested();

private:
    QString when(const QString &storedUtc) const;

    QTimeZone m_zone;
    QListWidget *m_timeline;
    QListWidget *m_notes;
    QPlainTextEdit *m_noteEdit;
    QPushButton *m_addNote;
};

} // namespace ab::ui
