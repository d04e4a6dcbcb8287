#pragma once

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QLocale>
#include <QTranslator>
#include <QWidget>

namespace ab::test {

// For looking at the views in another language: when AUDITBENCH_SHOTS_QM
// names a .qm file, it is installed (with Simplified Chinese fonts asked for
// by name, as fontconfig otherwise picks the Japanese face) before the
// widgets of a test are made. Does nothing otherwise.
inline void screenshotLanguage()
{
    static bool done = false;
    const QString qm = qEnvironmentVariable("AUDITBENCH_SHOTS_QM");
    if (done || qm.isEmpty())
        return;
    done = true;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(qm))
        QCoreApplication::installTranslator(translator);
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
    QApplication::setFont(font);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

// Saves a rendering of `widget` as <AUDITBENCH_SHOTS>/<name>.png when that
// variable names a folder, so that a developer can look at a view after a
// test has filled it; does nothing otherwise (the suite never writes them).
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("AUDITBENCH_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    // Let pending layout requests run, as the event loop would before a paint.
    QCoreApplication::processEvents();
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace ab::test
