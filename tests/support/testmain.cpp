// Catch2 main for AuditBench tests: a Qt application object exists for the
// whole run, on the offscreen platform so no display is needed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef AUDITBENCH_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#elif defined(AUDITBENCH_TEST_RENDER)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("AUDITBENCH_USER"))
        qputenv("AUDITBENCH_USER", "tester");
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("auditbench-tests"));
    return Catch::Session().run(argc, argv);
}
