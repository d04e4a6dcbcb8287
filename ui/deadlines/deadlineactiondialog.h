#pragma once

#include <QDate>
#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QDateEdit;
class QDateTimeEdit;
class QLineEdit;

namespace ab::ui {

// The small form behind each action of the Deadlines detail panel. It only
// collects input; DeadlineService checks it and says what is wrong.
class DeadlineActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Containment, // when, what was done
        Remediation, // when, what model change
        Retest,      // when, model version, reproduced, evidence
        Extension    // new due date, reason, approving supervisor
    };
    DeadlineActionDialog(Kind kind, const QDate &currentDue, const QTimeZone &zone,
                         QWidget *parent = nullptr);

    QDateTime at() const; // UTC
    QString text() const; // action, note, evidence or reason
    QString modelVersion() const;
    bool reproduced() const;
    QDate newDue() const;
    QString approver() const;

private:
    QTimeZone m_zone;
    QDateTimeEdit *m_at = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_model = nullptr;
    QCheckBox *m_reproduced = nullptr;
    QDateEdit *m_newDue = nullptr;
    QLineEdit *m_approver = nullptr;
};

} // namespace ab::ui
