#pragma once

#include "analysis/preparedanalysis.h"

#include <QObject>
#include <QString>

#include <memory>

namespace sockscope {

// Reads a trace file on a worker thread, and analyses it there for the views
// (PreparedAnalysis), so that the window answers input while a large one loads. Only the newest
// request counts: an earlier one still loading is let finish and its result dropped. The signals
// arrive on the opener's thread.
class TraceOpener : public QObject
{
    Q_OBJECT
public:
    explicit TraceOpener(QObject *parent = nullptr);

    void open(const QString &path);
    bool isBusy() const { return m_busyWith != 0; }
    // The file being read, empty when none.
    QString pendingPath() const { return m_pendingPath; }

Q_SIGNALS:
    void opened(const QString &path, std::shared_ptr<sockscope::PreparedAnalysis> prepared);
    void failed(const QString &path, const QString &message);
    // No thread could be started for `path` (a limit on threads or memory): it is read on the
    // opener's thread now, which answers nothing until it is done. Emitted before the read.
    void readingWithoutAThread(const QString &path);

private:
    quint64 m_requests = 0;
    quint64 m_busyWith = 0; // the request whose result is awaited, 0 none
    QString m_pendingPath;
};

} // namespace sockscope
