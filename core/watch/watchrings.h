#pragma once

#include <QByteArrayView>

#include <functional>

struct SockscopeWatchRings;

namespace sockscope {

// The watcher's end of the shared-memory rings the preload library writes its records into
// (watch/watchrecord.h): a memfd, mapped here and by every process of the watched program.
class WatchRings
{
public:
    WatchRings() = default;
    ~WatchRings();
    WatchRings(const WatchRings &) = delete;
    WatchRings &operator=(const WatchRings &) = delete;

    // Makes and maps the rings; false when the system cannot (the records then all go
    // through the socket).
    bool create();
    bool isOpen() const { return m_rings != nullptr; }
    // The descriptor for the program (close-on-exec: the caller passes a copy on).
    int fd() const { return m_fd; }

    // Hands every whole record written since the last read to `take`, ring by ring; returns
    // how many. A ring whose bytes do not make a record (a writer gone mad) is emptied and
    // counted in dropped().
    int read(const std::function<void(QByteArrayView)> &take);
    // The rings of an ended process are free for others (read them first).
    void releaseProcess(int pid);
    long dropped() const { return m_dropped; }

private:
    SockscopeWatchRings *m_rings = nullptr;
    int m_fd = -1;
    long m_dropped = 0;
};

} // namespace sockscope
