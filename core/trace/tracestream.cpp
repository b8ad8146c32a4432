#include "tracestream.h"

#include "jsonwriting.h"
#include "tracefile.h"

#include <algorithm>

namespace sockscope {

namespace {
// Bytes gathered before each write() (a few thousand events).
constexpr qsizetype kWriteChunk = 1 << 20;
} // namespace

bool TraceStream::open(const QString &path, const Trace &trace)
{
    m_next = 0;
    m_written = 0;
    m_error.clear();
    m_open = m_file.open(path) && m_file.write(traceHeaderJson(trace));
    if (!m_open)
        m_error = m_file.errorString();
    return m_open;
}

bool TraceStream::writeUpTo(Trace &trace, qsizetype end)
{
    if (!m_open)
        return false;
    end = std::min(end, trace.size());
    m_buffer.resize(0); // keeps its room
    json::Sink out(m_buffer);
    for (qsizetype i = m_next; i < end; ++i) {
        appendEventJson(out, trace, trace.at(i), m_written == 0);
        ++m_written;
        if (out.size() >= kWriteChunk) {
            if (!m_file.write(out.finish()))
                break;
            m_buffer.resize(0);
            out.resume();
        }
    }
    out.finish();
    if (m_file.errorString().isEmpty() && !m_buffer.isEmpty())
        m_file.write(m_buffer);
    if (!m_file.errorString().isEmpty()) {
        m_error = m_file.errorString();
        cancel();
        return false;
    }
    if (end > m_next) {
        // Written in time order: nothing earlier than the last one may come now.
        trace.setFloor(trace.at(end - 1).tNs);
        m_next = end;
        m_file.startWriteback();
    }
    return true;
}

bool TraceStream::writeSettled(Trace &trace, std::int64_t nowNs, bool forget)
{
    if (!m_open)
        return false;
    if (trace.isEmpty())
        return true;
    const std::size_t budget = m_budget > 0 ? m_budget : trace.keepLimit();
    const bool tight = budget > 0 && trace.keptBytes() > budget / 4;
    const qsizetype end = tight ? trace.size() : trace.upperBound(nowNs - kSettleNs);
    if (!writeUpTo(trace, end))
        return false;
    // Forgotten once the written part is at least half: each event is moved at most once.
    if (forget && m_next > 0 && m_next >= trace.size() - m_next) {
        trace.forgetFront(m_next);
        m_next = 0;
    }
    return true;
}

bool TraceStream::finish(Trace &trace)
{
    if (!writeUpTo(trace, trace.size()))
        return false;
    if (!m_file.write(traceFooterJson(trace)) || !m_file.commit()) {
        m_error = m_file.errorString();
        cancel();
        return false;
    }
    m_open = false;
    return true;
}

void TraceStream::cancel()
{
    m_file.cancel();
    m_open = false;
}

} // namespace sockscope
