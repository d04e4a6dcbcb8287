#pragma once

#include "reports/report.h"
#include "reports/reportoptions.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <memory>

namespace ab::test {

// A small workspace whose deadline compliance report is known by hand. As of
// 2026-06-15 in Asia/Shanghai, for June 2026:
//   G1 due 06-05, remediated 06-04 local              -> met
//   G2 due 06-10, remediated 06-10T16:30Z = 06-11 00:30 local -> late
//   G3 due 06-12, not remediated                      -> missed (overdue)
//   C1 due 06-20, not remediated                      -> open (due soon)
//   C2 due 06-30, remediated 06-14 local              -> met
//   G4 due 07-05 and G5 due 05-31 lie outside the period.
// The texts carry personal information (kPersonalValues).
class ReportFixture
{
public:
    explicit ReportFixture(const QString &path);
    Workspace &ws() { return *m_ws; }
    std::unique_ptr<Workspace> openAs(const QString &user);
    void exec(const QString &sql);

private:
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
};

inline const QDate kAsOf(2026, 6, 15);
inline const QDate kFrom(2026, 6, 1);
inline const QDate kTo(2026, 6, 30);

// A deadline compliance report of the June period, as of kAsOf.
ReportOptions juneOptions(const QString &language = QStringLiteral("en"));
// A streamed table of three rows whose source then fails ("disk gone").
ReportTable failingTable();

// Every personal value the fixture's texts hold, as written there.
QStringList personalValues();

// pdftotext of a file (UTF-8), empty when the tool failed.
QString pdfText(const QString &pdfPath);
// pdffonts output of a file.
QString pdfFonts(const QString &pdfPath);

} // namespace ab::test

namespace ab::test {

// Adds case CASE-0001 to the fixture: items G1 and C1, two events, one piece
// of evidence and two re-tests of G1; its title and findings hold personal data.
void addCase(ReportFixture &fx);

} // namespace ab::test
