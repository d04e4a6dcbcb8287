#pragma once

#include <QString>
#include <QStringList>

class QTextEdit;
class QWidget;

namespace ab {
struct DeadlineSummary;
class PolicyCatalog;
} // namespace ab

namespace ab::ui {

// Marks every occurrence of the search words in `edit` (case-insensitive, as
// the search matched them) and returns how many were marked.
int highlightTerms(QTextEdit *edit, const QStringList &words);

// A read-only text box for long prompts and outputs: wraps and scrolls,
// never truncates.
QTextEdit *longTextBox(const QString &objectName, QWidget *parent);

// HTML helpers for the metadata column of a detail pane.
QString htmlRow(const QString &label, const QString &value); // value is escaped
QString htmlSection(const QString &title);

// A detail pane's due date: marked, with the reason, when it was counted
// across a year with no holiday calendar.
QString dueText(const DeadlineSummary &deadline);
// The policy catalog every view names and offers policies from, read once
// (built-in profiles and the user's folder); null when it cannot be read.
const PolicyCatalog *viewPolicyCatalog();
// A policy's name in the UI language; the id when the policy is not (or no
// longer) in the catalog.
QString policyName(const QString &policyRef);
// The same with the id after the name.
QString policyText(const QString &policyRef);

} // namespace ab::ui
