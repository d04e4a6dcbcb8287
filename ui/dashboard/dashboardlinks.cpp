// DashboardPage: what a click on a chart or a figure opens, and saving images.
#include "chartfactory.h"
#include "common/messages.h"
#include "dashboardpage.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QSvgGenerator>
#include <QXYSeries>
#include <cmath>

namespace ab::ui {

void DashboardPage::connectChart(const QString &chartName, QChart *chart)
{
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            for (QPieSlice *slice : pie->slices())
                connect(slice, &QPieSlice::clicked, this,
                        [this, slice] { emitDeadlines(slice->property("state").toString()); });
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const QStringList codes = bars->property("codes").toStringList();
            for (QBarSet *set : bars->barSets()) {
                connect(set, &QBarSet::clicked, this, [this, chartName, set, codes](int index) {
                    if (chartName == QLatin1String("dueWeeksChart"))
                        emitWeekDue(set->objectName(), index); // the set is a status
                    else if (chartName == QLatin1String("overdueAgesChart"))
                        emitOverdueAge(index);
                    else if (chartName == QLatin1String("riskChart") && index < codes.size())
                        emitGenerations(codes.at(index));
                });
            }
        } else if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            if (chartName == QLatin1String("complaintsChart")) {
                const bool resolved = xy->objectName() == QLatin1String("resolved");
                connect(xy, &QXYSeries::clicked, this, [this, resolved](const QPointF &at) {
                    emitComplaints(nearestWeek(at.x()), resolved);
                });
            } else {
                // The burn-down: a point counts the items triggered by its day
                // that were still open then; the list shows those triggered by
                // that day, open ones first.
                connect(xy, &QXYSeries::clicked, this,
                        [this](const QPointF &at) { emitTriggeredBy(nearestBurnDownDay(at.x())); });
            }
        }
    }
}

QDate DashboardPage::nearestWeek(double position) const
{
    QDate best;
    double distance = 0;
    if (m_data) {
        for (const ComplaintWeek &week : m_data->complaintWeeks) {
            const double d = std::abs(ChartFactory::dayPosition(week.weekStart) - position);
            if (!best.isValid() || d < distance) {
                best = week.weekStart;
                distance = d;
            }
        }
    }
    return best;
}

QDate DashboardPage::nearestBurnDownDay(double position) const
{
    QDate best;
    double distance = 0;
    if (m_data) {
        for (const BurnDownPoint &point : m_data->burnDown) {
            const double d = std::abs(ChartFactory::dayPosition(point.day) - position);
            if (!best.isValid() || d < distance) {
                best = point.day;
                distance = d;
            }
        }
    }
    return best;
}

void DashboardPage::emitWeekDue(const QString &stateToken, int week)
{
    if (!m_data || week < 0 || week >= m_data->dueWeeks.size())
        return emitDeadlines(stateToken);
    const QDate start = m_data->dueWeeks.at(week).weekStart;
    emitDeadlines(stateToken, start, start.addDays(6));
}

void DashboardPage::emitOverdueAge(int bucket)
{
    const QString overdue = DeadlineStatus::token(DeadlineState::Overdue);
    if (!m_data || bucket < 0 || bucket >= m_data->overdueAges.size())
        return emitDeadlines(overdue);
    // Overdue by minDays..maxDays days as of the dashboard's day: due that many days before.
    const OverdueBucket &b = m_data->overdueAges.at(bucket);
    const QDate asOf = m_data->filter.asOf;
    emitDeadlines(overdue, b.maxDays > 0 ? asOf.addDays(-b.maxDays) : QDate(),
                  asOf.addDays(-b.minDays));
}

void DashboardPage::emitTriggeredBy(const QDate &day)
{
    DashboardLink link = deadlinesLink(QString());
    if (day.isValid() && (!link.days.triggerTo.isValid() || day < link.days.triggerTo))
        link.days.triggerTo = day;
    emit linkActivated(link);
}

DashboardLink DashboardPage::deadlinesLink(const QString &stateToken) const
{
    DashboardLink link;
    link.target = DashboardLink::Target::Deadlines;
    link.deadlineState = stateToken;
    if (m_data) {
        link.providerId = m_data->filter.providerId;
        link.policyId = m_data->filter.policyId;
        link.days.triggerFrom = m_data->filter.from;
        link.days.triggerTo = m_data->filter.to;
    }
    return link;
}

BrowseFilter DashboardPage::baseBrowseFilter() const
{
    BrowseFilter f;
    if (!m_data)
        return f;
    if (!m_data->filter.providerId.isEmpty())
        f.providers = QStringList{m_data->filter.providerId};
    if (!m_data->filter.policyId.isEmpty())
        f.policies = QStringList{m_data->filter.policyId};
    f.from = m_data->filter.from;
    f.to = m_data->filter.to;
    return f;
}

void DashboardPage::emitDeadlines(const QString &stateToken, const QDate &dueFrom,
                                  const QDate &dueTo)
{
    DashboardLink link = deadlinesLink(stateToken);
    link.days.dueFrom = dueFrom;
    link.days.dueTo = dueTo;
    emit linkActivated(link);
}

void DashboardPage::emitGenerations(const QString &category)
{
    DashboardLink link;
    link.target = DashboardLink::Target::Generations;
    link.filter = baseBrowseFilter();
    link.filter.categories = QStringList{category};
    emit linkActivated(link);
}

void DashboardPage::emitComplaints(const QDate &weekStart, bool resolved)
{
    DashboardLink link;
    link.target = DashboardLink::Target::Complaints;
    link.filter = baseBrowseFilter();
    if (resolved) {
        // Resolved in that week: answered then (received within the period).
        link.filter.statuses = QStringList{QStringLiteral("resolved")};
        if (weekStart.isValid()) {
            link.filter.answeredFrom = weekStart;
            link.filter.answeredTo = weekStart.addDays(6);
        }
    } else if (weekStart.isValid()) {
        const QDate end = weekStart.addDays(6);
        link.filter.from =
            link.filter.from.isValid() ? std::max(link.filter.from, weekStart) : weekStart;
        link.filter.to = link.filter.to.isValid() ? std::min(link.filter.to, end) : end;
    }
    emit linkActivated(link);
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease && m_figureLinks.contains(watched)) {
        const QString key = m_figureLinks.value(watched);
        if (key == QLatin1String("overdue"))
            emitDeadlines(DeadlineStatus::token(DeadlineState::Overdue));
        else if (key == QLatin1String("dueSoon"))
            emitDeadlines(DeadlineStatus::token(DeadlineState::DueSoon));
        else if (key == QLatin1String("remediatedThisMonth") || key == QLatin1String("medianDays"))
            emitDeadlines(DeadlineStatus::token(DeadlineState::Remediated));
        else if (key == QLatin1String("complaintsInTime"))
            emitComplaints(QDate(), false);
        else if (key == QLatin1String("open"))
            emitDeadlines(QString());
        return true;
    }
    return SectionPage::eventFilter(watched, event);
}

namespace {

bool isSvg(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
}

QString imageFilter()
{
    return QCoreApplication::translate("DashboardPage", "PNG image (*.png);;SVG image (*.svg)");
}

} // namespace

bool DashboardPage::saveImage(const QString &path)
{
    if (!isSvg(path))
        return m_content->grab().save(path, "PNG");
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_content->size());
    svg.setViewBox(m_content->rect());
    svg.setTitle(tr("AuditBench dashboard"));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    m_content->render(&painter);
    return painter.end();
}

bool DashboardPage::saveChart(const QString &chartName, const QString &path)
{
    QChartView *view = m_charts.value(chartName);
    if (!view)
        return false;
    // A fresh chart from the same data: the one on screen stays in its view.
    std::unique_ptr<QChart> chart(buildChart(chartName));
    const QSize size = view->size().expandedTo(QSize(640, 400));
    if (isSvg(path))
        return ChartFactory::saveSvg(chart.get(), size, path, chart->title());
    return ChartFactory::renderImage(chart.get(), size).save(path, "PNG");
}

void DashboardPage::onSave()
{
    const QString path =
        FileDialogs::saveFile(this, tr("Save dashboard"), imageFilter(), tr("dashboard.png"));
    if (path.isEmpty())
        return;
    if (!saveImage(path))
        Messages::critical(this, tr("Cannot save"),
                           tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
}

void DashboardPage::onSaveChart(const QString &chartName)
{
    const QString path = FileDialogs::saveFile(this, tr("Save chart"), imageFilter(),
                                               chartName + QStringLiteral(".png"));
    if (path.isEmpty())
        return;
    if (!saveChart(chartName, path))
        Messages::critical(this, tr("Cannot save"),
                           tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
}

} // namespace ab::ui
