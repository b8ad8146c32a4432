#include "childrecord.h"

#include "stampcounter.h"

#include <cerrno>
#include <ctime>
#include <unistd.h>

namespace sockscope {

std::int64_t childStamp(ChildRecord::Clock clock)
{
    if (clock == ChildRecord::Counter)
        return stampcounter::now();
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void fillChildRecord(ChildRecord &record, const char *data, int dataSize)
{
    if (record.stamp == 0)
        record.stamp = childStamp(record.clock);
    if (record.pid == 0)
        record.pid = getpid(); // a system call every time (glibc keeps no copy): callers that
                               // report often fill it in once themselves
    const int n = dataSize < ChildRecord::kPreviewBytes ? dataSize : ChildRecord::kPreviewBytes;
    for (int i = 0; i < n; ++i)
        record.preview[i] = data[i];
    record.previewSize = std::uint16_t(n > 0 ? n : 0);
}

bool writeChildRecord(int pipeFd, const ChildRecord &record)
{
    for (;;) {
        const ssize_t written = write(pipeFd, &record, sizeof record);
        if (written == ssize_t(sizeof record))
            return true;
        if (written < 0 && errno == EINTR)
            continue;
        return false;
    }
}

} // namespace sockscope
