// sockscope: the GUI (see README, "Command line").
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SockScope"));
    QApplication::setOrganizationName(QStringLiteral("SockScope"));
    QApplication::setApplicationVersion(QStringLiteral(SOCKSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Watch real servers block, wake, fork and select."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    sockscope::MainWindow window;
    window.show();
    return app.exec();
}
