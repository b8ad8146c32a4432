#include "eventtext.h"

#include "blockedspans.h"
#include "lanes.h"
#include "sampletext.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace sockscope::eventtext {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EventText", text);
}
QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("EventText", text, disambiguation, n);
}

bool movesBytes(EventKind k)
{
    switch (k) {
    case EventKind::RecvEnd:
    case EventKind::Send:
    case EventKind::SendBegin:
    case EventKind::SendEnd:
    case EventKind::RecvfromEnd:
    case EventKind::Sendto:
        return true;
    default:
        return false;
    }
}
} // namespace

QString time(std::int64_t tNs)
{
    return tr("%1 ms").arg(double(tNs) / 1e6, 0, 'f', 3);
}

QString call(const Event &e)
{
    const QString name = QString::fromLatin1(eventKindName(e.kind));
    switch (e.kind) {
    case EventKind::WaitBegin:
    case EventKind::WaitEnd:
        return QStringLiteral("%1 (%2)").arg(
            name, QLatin1String(waitMechanismName(WaitMechanism(e.call))));
    case EventKind::WouldBlock:
    case EventKind::Error:
        if (e.call < kEventKindCount)
            return QStringLiteral("%1 (%2)").arg(name,
                                                 QLatin1String(eventKindName(EventKind(e.call))));
        return name;
    case EventKind::EpollCtl:
        return QStringLiteral("%1 (%2)").arg(name, QLatin1String(epollOpName(EpollOp(e.call))));
    case EventKind::TaskSuspend:
    case EventKind::TaskResume:
        return QStringLiteral("%1 (%2)").arg(name, QLatin1String(taskWaitName(TaskWait(e.call))));
    case EventKind::TaskDone:
        return QStringLiteral("%1 (%2)").arg(name, QLatin1String(taskEndName(TaskEnd(e.call))));
    case EventKind::TcpState:
        return QStringLiteral("%1 (%2)").arg(name, QLatin1String(tcpStateName(TcpState(e.call))));
    default:
        return name;
    }
}

QString fd(const Event &e)
{
    if (e.kind == EventKind::AcceptEnd && e.newFd >= 0)
        return QStringLiteral("%1 → %2").arg(e.fd).arg(e.newFd);
    if (e.fd < 0)
        return {};
    return QString::number(e.fd);
}

// The system's description of an errno, in the UI language for the errors a socket lesson
// shows (the English wording is glibc's), the C library's own text for any other.
QString errnoDescription(int err)
{
    switch (err) {
    case EAGAIN:
        return tr("Resource temporarily unavailable");
    case EADDRINUSE:
        return tr("Address already in use");
    case EADDRNOTAVAIL:
        return tr("Cannot assign requested address");
    case ECONNREFUSED:
        return tr("Connection refused");
    case ECONNRESET:
        return tr("Connection reset by peer");
    case ECONNABORTED:
        return tr("Software caused connection abort");
    case EINPROGRESS:
        return tr("Operation now in progress");
    case EPIPE:
        return tr("Broken pipe");
    case EMFILE:
        return tr("Too many open files");
    case ENFILE:
        return tr("Too many open files in system");
    case ETIMEDOUT:
        return tr("Connection timed out");
    case EACCES:
        return tr("Permission denied");
    case EINVAL:
        return tr("Invalid argument");
    case EBADF:
        return tr("Bad file descriptor");
    case EINTR:
        return tr("Interrupted system call");
    case ENOTCONN:
        return tr("Transport endpoint is not connected");
    case ECHILD:
        return tr("No child processes");
    case ENOTSOCK:
        return tr("Socket operation on non-socket");
    case EHOSTUNREACH:
        return tr("No route to host");
    case ENETUNREACH:
        return tr("Network is unreachable");
    case ENOBUFS:
        return tr("No buffer space available");
    case ENOMEM:
        return tr("Cannot allocate memory");
    default:
        return QString::fromLocal8Bit(std::strerror(err));
    }
}

QString errnoText(int err)
{
    const char *name = strerrorname_np(err);
    const QString description = errnoDescription(err);
    if (!name)
        return tr("errno %1 (%2)").arg(err).arg(description);
    return QStringLiteral("%1 (%2)").arg(QLatin1String(name), description);
}

QString actor(const Trace &trace, std::uint32_t id)
{
    const Actor *a = trace.actor(id);
    if (!a)
        return tr("actor %1").arg(id);
    const QString ids = laneIdText(*a);
    return ids.isEmpty() ? laneTitle(*a) : QStringLiteral("%1 (%2)").arg(laneTitle(*a), ids);
}

QString result(const Trace &trace, const Event &e)
{
    if (e.interruptedByStop())
        return e.err != 0 ? tr("stopped by the run (the kernel said %1)").arg(errnoText(e.err))
                          : tr("stopped by the run");
    if (e.err != 0)
        return errnoText(e.err);
    switch (e.kind) {
    case EventKind::Bind:
        return e.peer().toString();
    case EventKind::Listen:
        return tr("backlog %1").arg(e.bytes);
    case EventKind::AcceptEnd:
        return tr("fd %1 from %2").arg(e.newFd).arg(e.peer().toString());
    case EventKind::ConnectBegin:
        return tr("to %1").arg(e.peer().toString());
    case EventKind::ConnectEnd: {
        const Endpoint local = trace.local(e);
        return local.isNull() ? tr("connected") : tr("connected as %1").arg(local.toString());
    }
    case EventKind::RecvEnd:
        return e.bytes == 0 ? tr("peer closed") : tr("%n byte(s)", nullptr, e.bytes);
    case EventKind::RecvfromEnd:
        return tr("%n byte(s) from %1", nullptr, e.bytes).arg(e.peer().toString());
    case EventKind::Sendto:
        return tr("to %1").arg(e.peer().toString());
    case EventKind::WaitBegin: {
        const WaitSets sets = trace.waitSets(e);
        return sets.timeoutMs < 0
                   ? tr("watch %1").arg(fdSetText(sets.readSet))
                   : tr("watch %1, timeout %2 ms").arg(fdSetText(sets.readSet)).arg(sets.timeoutMs);
    }
    case EventKind::WaitEnd: {
        const WaitSets sets = trace.waitSets(e);
        if (sets.readyRead.isEmpty() && sets.readyWrite.isEmpty())
            return tr("nothing ready (timeout)");
        QString text = tr("ready %1").arg(fdSetText(sets.readyRead));
        if (!sets.readyWrite.isEmpty())
            text += tr(", writable %1").arg(fdSetText(sets.readyWrite));
        return text;
    }
    case EventKind::ThreadSpawn:
    case EventKind::Fork: {
        const QString child = actor(trace, e.childActor);
        return e.kind == EventKind::Fork ? tr("child pid %1: %2").arg(e.childPid).arg(child)
                                         : tr("new thread: %1").arg(child);
    }
    case EventKind::ProcessExit:
        return e.status < 0 ? tr("killed by signal %1").arg(-e.status)
                            : tr("exit status %1").arg(e.status);
    case EventKind::TaskCreate:
        return tr("new task: %1").arg(actor(trace, e.childActor));
    case EventKind::TaskSuspend:
        switch (TaskWait(e.call)) {
        case TaskWait::Read:
            return tr("awaits data on fd %1").arg(e.fd);
        case TaskWait::Write:
            return tr("awaits room to write on fd %1").arg(e.fd);
        case TaskWait::Timer:
            return tr("sleeps %1 ms (a timer of the loop)").arg(e.bytes);
        case TaskWait::None:
            break;
        }
        return tr("suspended");
    case EventKind::TaskResume:
        switch (TaskWait(e.call)) {
        case TaskWait::Read:
            return tr("resumed: fd %1 has data").arg(e.fd);
        case TaskWait::Write:
            return tr("resumed: fd %1 has room").arg(e.fd);
        case TaskWait::Timer:
            return tr("resumed: its sleep is over");
        case TaskWait::None:
            break;
        }
        return tr("resumed");
    case EventKind::TaskDone:
        switch (TaskEnd(e.call)) {
        case TaskEnd::PeerClosed:
            return tr("returned: the client closed");
        case TaskEnd::Quit:
            return tr("returned: the client quit");
        case TaskEnd::Failed:
            return tr("returned: the connection failed");
        case TaskEnd::Cancelled:
            return tr("cancelled");
        }
        return {};
    case EventKind::TcpState:
    case EventKind::Queues:
        return sampleResult(trace, e);
    case EventKind::Reap:
        return ReapPolicy(e.call) == ReapPolicy::AtStop
                   ? tr("collected pid %1 (as the run stopped)").arg(e.childPid)
                   : tr("collected pid %1 (%2)")
                         .arg(e.childPid)
                         .arg(QLatin1String(reapPolicyName(ReapPolicy(e.call))));
    default:
        return {};
    }
}

QString bytes(const Event &e)
{
    if (!movesBytes(e.kind) || e.bytes < 0)
        return {};
    return QString::number(e.bytes);
}

QString data(const Trace &trace, const Event &e)
{
    return escapeBytes(trace.preview(e));
}

QString describe(const Trace &trace, qsizetype index)
{
    if (index < 0 || index >= trace.size())
        return {};
    const Event &e = trace.at(index);
    QStringList lines;
    lines << QStringLiteral("%1  ·  %2").arg(time(e.tNs), actor(trace, e.actor));
    QString head = call(e);
    const QString fds = fd(e);
    if (!fds.isEmpty())
        head += tr("  fd %1").arg(fds);
    lines << head;
    const QString res = result(trace, e);
    if (!res.isEmpty())
        lines << res;
    if (!bytes(e).isEmpty())
        lines << tr("%n byte(s)", nullptr, e.bytes);
    const QString preview = data(trace, e);
    if (!preview.isEmpty())
        lines << tr("data: \"%1\"").arg(preview);
    return lines.join(QLatin1Char('\n'));
}

} // namespace sockscope::eventtext
