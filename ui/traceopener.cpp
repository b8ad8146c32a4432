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
    auto trace = std::make_shared<Trace>();
    auto message = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    // The thread owns nothing of the opener: what it reads goes into the shared results, which
    // the opener takes (if it still exists and still wants them) when the thread has finished.
    QThread *thread = QThread::create([path, trace, message, ok] {
        auto loaded = loadTraceFile(path, message.get());
        if (loaded) {
            *trace = std::move(*loaded);
            *ok = true;
        }
    });
    thread->setObjectName(QStringLiteral("trace opener"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, request, path, trace, message, ok] {
        if (request != m_busyWith)
            return; // a later request replaced it
        m_busyWith = 0;
        m_pendingPath.clear();
        if (*ok)
            Q_EMIT opened(path, trace);
        else
            Q_EMIT failed(path, *message);
    });
    thread->start();
}

} // namespace sockscope
