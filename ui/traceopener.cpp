#include "traceopener.h"

#include "trace/tracefile.h"

#include <QThread>

namespace sockscope {

TraceOpener::TraceOpener(QObject *parent) : QObject(parent) {}

void TraceOpener::open(const QString &path)
{
    const quint64 request = ++m_requests;
    m_busyWith = request;
    m_pendingPath = path;
    auto prepared = std::make_shared<std::shared_ptr<PreparedAnalysis>>();
    auto message = std::make_shared<QString>();
    // The thread owns nothing of the opener: what it reads goes into the shared results, which
    // the opener takes (if it still exists and still wants them) when the thread has finished.
    const auto read = [path, prepared, message] {
        if (auto loaded = loadTraceFile(path, message.get()))
            *prepared = PreparedAnalysis::prepare(std::move(*loaded));
    };
    const auto deliver = [this, request, path, prepared, message] {
        if (request != m_busyWith)
            return; // a later request replaced it
        m_busyWith = 0;
        m_pendingPath.clear();
        if (*prepared)
            Q_EMIT opened(path, *prepared);
        else
            Q_EMIT failed(path, *message);
    };
    QThread *thread = QThread::create(read);
    thread->setObjectName(QStringLiteral("trace opener"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, deliver);
    thread->start();
    // Refused a thread (a limit on threads or memory): read here, the window waiting meanwhile,
    // and said a moment later, as when the thread has finished.
    if (!thread->isRunning() && !thread->isFinished()) {
        delete thread;
        Q_EMIT readingWithoutAThread(path);
        read();
        QMetaObject::invokeMethod(this, deliver, Qt::QueuedConnection);
    }
}

} // namespace sockscope
