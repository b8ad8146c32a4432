#include "watchrings.h"

#include "watchrecord.h"

#include <algorithm>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

namespace sockscope {

namespace {

// `size` bytes of `ring` from position `at`, across its end.
void copyOut(const SockscopeWatchRing &ring, std::uint64_t at, char *out, std::size_t size)
{
    const auto offset = std::size_t(at % SOCKSCOPE_WATCH_RING_BYTES);
    const std::size_t first = std::min(size, std::size_t(SOCKSCOPE_WATCH_RING_BYTES) - offset);
    std::memcpy(out, ring.data + offset, first);
    std::memcpy(out + first, ring.data, size - first);
}

} // namespace

WatchRings::~WatchRings()
{
    if (m_rings)
        ::munmap(m_rings, sizeof(SockscopeWatchRings));
    if (m_fd >= 0)
        ::close(m_fd);
}

bool WatchRings::create()
{
    m_fd = ::memfd_create("sockscope-watch-rings", MFD_CLOEXEC);
    if (m_fd < 0)
        return false;
    if (::ftruncate(m_fd, off_t(sizeof(SockscopeWatchRings))) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    void *p =
        ::mmap(nullptr, sizeof(SockscopeWatchRings), PROT_READ | PROT_WRITE, MAP_SHARED, m_fd, 0);
    if (p == MAP_FAILED) {
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    m_rings = static_cast<SockscopeWatchRings *>(p);
    m_rings->count = SOCKSCOPE_WATCH_RINGS;
    __atomic_store_n(&m_rings->magic, SOCKSCOPE_WATCH_RING_MAGIC, __ATOMIC_RELEASE);
    return true;
}

int WatchRings::read(const std::function<void(QByteArrayView)> &take)
{
    if (!m_rings)
        return 0;
    int records = 0;
    char buffer[SOCKSCOPE_WATCH_MAX_RECORD];
    for (SockscopeWatchRing &ring : m_rings->ring) {
        const std::uint64_t head = __atomic_load_n(&ring.head, __ATOMIC_ACQUIRE);
        std::uint64_t tail = __atomic_load_n(&ring.tail, __ATOMIC_RELAXED);
        while (tail < head) {
            SockscopeWatchRecord r{};
            std::size_t size = 0;
            if (head - tail >= sizeof r) {
                copyOut(ring, tail, reinterpret_cast<char *>(&r), sizeof r);
                size = r.size;
            }
            if (r.magic != SOCKSCOPE_WATCH_MAGIC || size < sizeof r ||
                size > SOCKSCOPE_WATCH_MAX_RECORD || head - tail < size) {
                ++m_dropped; // not a record: what is left of this ring cannot be trusted
                tail = head;
                break;
            }
            copyOut(ring, tail, buffer, size);
            tail += size;
            take(QByteArrayView(buffer, qsizetype(size)));
            ++records;
        }
        __atomic_store_n(&ring.tail, tail, __ATOMIC_RELEASE);
    }
    return records;
}

void WatchRings::releaseProcess(int pid)
{
    if (!m_rings || pid <= 0)
        return;
    for (SockscopeWatchRing &ring : m_rings->ring) {
        if (__atomic_load_n(&ring.owner, __ATOMIC_ACQUIRE) != 0 &&
            __atomic_load_n(&ring.pid, __ATOMIC_RELAXED) == pid)
            __atomic_store_n(&ring.owner, 0u, __ATOMIC_RELEASE);
    }
}

} // namespace sockscope
