// Running SockScope's own programs from a test: bounded, with exit status and both outputs.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace processtest {

// Only keeps a broken binary from hanging the test (handouts take the longest).
constexpr int kBoundMs = 90000;

// "a b c" as {"a", "b", "c"} (test data without QT_NO_CAST_FROM_ASCII's noise).
inline QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

struct Result
{
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;
};

inline Result run(const QString &program, const QStringList &args,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Result r;
    if (!p.waitForFinished(kBoundMs)) {
        // The child this test started: SIGTERM first, so that a `watch` stops the program it
        // runs (a SIGKILL would leave that program running), then SIGKILL.
        p.terminate();
        if (!p.waitForFinished(5000)) {
            p.kill();
            p.waitForFinished();
        }
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline QString cli()
{
    return qEnvironmentVariable("SOCKSCOPE_CLI");
}

inline QString gui()
{
    return qEnvironmentVariable("SOCKSCOPE_GUI");
}

} // namespace processtest
