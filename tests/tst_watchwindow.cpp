// ctest-label: ui
// File › Watch a program… in the window (offscreen): tests/watch's Python sequential server,
// watched with three-clients' clients, fills the same lanes as a model run, its output reaches
// the console dock, its stdin can be typed into, the code pane marks the line of the student's
// own file, Stop ends the program, and the dialog says in one sentence what cannot be watched.

#include "codepane.h"
#include "lessonpanels.h"
#include "mainwindow.h"
#include "modelchooser.h"

#include "programconsoledock.h"
#include "trace/trace.h"
#include "tracedocument.h"
#include "watch/programcheck.h"
#include "watchcontroller.h"
#include "watchdialog.h"
#include <QComboBox>

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sockscope;

namespace {
constexpr int kBoundMs = 30000; // only keeps a broken program from hanging the test

QString pythonServer(const QString &name)
{
    return QStringLiteral(SOCKSCOPE_SOURCE_DIR "/tests/watch/") + name;
}

// A port nobody listens on now (the kernel's choice for port 0, given back).
quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

int count(const Trace &t, EventKind kind, std::uint32_t actor)
{
    int n = 0;
    for (const Event &e : t.events())
        n += e.kind == kind && e.actor == actor ? 1 : 0;
    return n;
}

const Actor *mainOf(const Trace &t)
{
    for (const Actor &a : t.actors()) {
        if (a.kind != ActorKind::Client && a.kind != ActorKind::Kernel && a.parent == 0)
            return &a;
    }
    return nullptr;
}

MainWindow::Options testOptions()
{
    MainWindow::Options o;
    o.restoreSettings = false;
    return o;
}
} // namespace

class TestWatchWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The preload library is built next to sockscope-cli.
        const QString cli = qEnvironmentVariable("SOCKSCOPE_CLI");
        const QString preload =
            QFileInfo(cli).dir().filePath(QStringLiteral("libsockscope_preload.so"));
        QVERIFY2(QFile::exists(preload), qPrintable(preload));
        qputenv("SOCKSCOPE_PRELOAD", QFile::encodeName(preload));
    }

    void watchesSequentialServerWithScenarioClients()
    {
        MainWindow window(testOptions());
        window.show();
        const quint16 port = freePort();
        QVERIFY(port != 0);
        WatchRequest request;
        request.program = {QStringLiteral("python3"), pythonServer(QStringLiteral("sequential.py")),
                           QString::number(port), QStringLiteral("3")};
        request.scenario = QStringLiteral("three-clients");
        request.port = port;
        QString error;
        QVERIFY2(window.watchController()->watch(request, &error), qPrintable(error));
        QVERIFY(window.isRunning());
        QVERIFY(window.document()->isLive());
        QCOMPARE(window.document()->trace().model, QStringLiteral("watched"));

        // Live: the program's line reaches the console, lanes appear for it and the clients.
        ProgramConsoleDock *console = window.watchController()->console();
        QTRY_VERIFY_WITH_TIMEOUT(
            console->output()->toPlainText().contains(QStringLiteral("listening %1").arg(port)),
            kBoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(window.document()->trace().actors().size() >= 4, kBoundMs);
        // The scenario's clients end the watch as they end a run.
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), kBoundMs);
        QVERIFY(!window.document()->isLive());

        const Trace &trace = window.document()->trace();
        const Actor *main = mainOf(trace);
        QVERIFY(main);
        int clients = 0;
        for (const Actor &a : trace.actors())
            clients += a.kind == ActorKind::Client ? 1 : 0;
        QCOMPARE(clients, 3);
        QCOMPARE(count(trace, EventKind::AcceptEnd, main->id), 3);
        QVERIFY(count(trace, EventKind::RecvEnd, main->id) >= 3);
        QVERIFY(!trace.sources.empty());

        // Stepped afterwards: on main's first recv the code pane marks the student's recv line.
        qsizetype recv = -1;
        for (qsizetype i = 0; i < trace.size() && recv < 0; ++i) {
            if (trace.at(i).kind == EventKind::RecvBegin && trace.at(i).actor == main->id)
                recv = i;
        }
        QVERIFY(recv >= 0);
        QVERIFY(trace.sourceOf(trace.at(recv)).contains(QStringLiteral("sequential.py:")));
        window.document()->setCursor(recv);
        CodePane *code = window.lessons()->codePane();
        QTRY_VERIFY_WITH_TIMEOUT(code->markedLine(main->id) >= 0, kBoundMs);
        QVERIFY2(code->markedLineText(main->id).contains(QStringLiteral("tag: recv")),
                 qPrintable(code->markedLineText(main->id)));
        // The console says how it ended.
        QVERIFY(console->output()->toPlainText().contains(QStringLiteral("[sockscope]")));
        // The tool bar does not claim a model for lanes that are the student's program.
        auto *chooser = window.findChild<ModelChooser *>();
        QVERIFY(chooser);
        QVERIFY(chooser->isShowingWatchedProgram());
        QVERIFY(!chooser->combo()->isVisibleTo(chooser));
    }

    void typesIntoStdinAndStops()
    {
        MainWindow window(testOptions());
        window.show();
        WatchRequest request;
        // Reads a line, says it back, then waits in accept() until stopped.
        request.program = {QStringLiteral("python3"), QStringLiteral("-c"),
                           QStringLiteral("import socket, sys\n"
                                          "line = sys.stdin.readline()\n"
                                          "print('got', line.strip().upper(), flush=True)\n"
                                          "s = socket.socket()\n"
                                          "s.bind(('127.0.0.1', 0))\n"
                                          "s.listen()\n"
                                          "print('waiting', flush=True)\n"
                                          "s.accept()\n")};
        QString error;
        QVERIFY2(window.watchController()->watch(request, &error), qPrintable(error));
        const int pid = window.watchController()->session()->pid();
        QVERIFY(pid > 0);
        ProgramConsoleDock *console = window.watchController()->console();
        QVERIFY(console->input()->isEnabled());
        console->input()->setText(QStringLiteral("hello"));
        QTest::keyClick(console->input(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            console->output()->toPlainText().contains(QStringLiteral("got HELLO")), kBoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            console->output()->toPlainText().contains(QStringLiteral("waiting")), kBoundMs);
        // Its accept() is on the timeline while it waits.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const Event &e : window.document()->trace().events()) {
                    if (e.kind == EventKind::AcceptBegin)
                        return true;
                }
                return false;
            }(),
            kBoundMs);
        window.stopRun();
        QVERIFY(!window.isRunning());
        QVERIFY(!console->input()->isEnabled());
        // Stopped and collected: no such process any more.
        QCOMPARE(::kill(pid, 0), -1);
        QCOMPARE(errno, ESRCH);
    }

    void dialogSaysWhatCannotBeWatched()
    {
        WatchDialog dialog;
        WatchRequest request;
        request.program = {QStringLiteral("python3"), QStringLiteral("server.py"),
                           QStringLiteral("a b")};
        dialog.setRequest(request);
        QVERIFY2(dialog.canWatch(), qPrintable(dialog.verdict()));
        // SOCKSCOPE_SCREENSHOT_DIR set: the dialog as the user sees it, to look at.
        if (const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.resize(dialog.sizeHint());
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("watch-dialog.png")));
        }
        // The arguments come back as a vector: the quoted one stays one argument.
        QCOMPARE(dialog.request().program, request.program);
        dialog.programEdit()->setText(QStringLiteral("/no/such/program"));
        QVERIFY(!dialog.canWatch());
        QCOMPARE(dialog.verdict(), checkProgram(QStringLiteral("/no/such/program")).problem);
        // A scenario without a port.
        request.scenario = QStringLiteral("three-clients");
        request.port = 0;
        dialog.setRequest(request);
        QVERIFY(!dialog.canWatch());
    }
};

QTEST_MAIN(TestWatchWindow)
#include "tst_watchwindow.moc"
