#include "cli_output.h"

#include "trace/outputfile.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sockscope::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString usageText()
{
    QFile file(QStringLiteral(":/help/sockscope-cli.txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

int usageError(const QString &message)
{
    err() << "sockscope-cli: " << message << "\n(try sockscope-cli --help)\n";
    err().flush();
    return 2;
}

int failure(const QString &message)
{
    err() << "sockscope-cli: " << message << '\n';
    err().flush();
    return 1;
}

int checkOutputs(const QStringList &paths, bool stdoutTaken)
{
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        if (path == QLatin1String("-")) {
            if (stdoutTaken) {
                err() << "sockscope-cli: only one output can go to standard output ('-')\n";
                err().flush();
                return 2;
            }
            stdoutTaken = true;
        }
        const QString problem = checkOutputPath(path);
        if (!problem.isEmpty()) {
            err() << "sockscope-cli: " << problem << "\nnothing was run\n";
            err().flush();
            return 2;
        }
    }
    return 0;
}

int checkStdout(int status)
{
    out().flush();
    if (out().status() == QTextStream::Ok && std::fflush(stdout) == 0 && !std::ferror(stdout))
        return status;
    const QString why = out().device() ? out().device()->errorString() : QString();
    err() << "sockscope-cli: standard output: cannot write: "
          << (why.isEmpty() ? QString::fromLocal8Bit(std::strerror(errno)) : why) << '\n';
    err().flush();
    return status == 0 ? 1 : status;
}

} // namespace sockscope::cli
