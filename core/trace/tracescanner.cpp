#include "tracescanner.h"

#include "tracereader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__x86_64__)
#include <emmintrin.h>
#endif

namespace sockscope {

namespace {

qsizetype countNewlines(const char *data, qsizetype size)
{
    qsizetype count = 0;
    qsizetype i = 0;
#if defined(__x86_64__)
    const __m128i newline = _mm_set1_epi8('\n');
    while (size - i >= 16) {
        // Each byte lane counts to at most 255 before the lanes are summed.
        __m128i lanes = _mm_setzero_si128();
        const qsizetype blocks = std::min<qsizetype>((size - i) / 16, 255);
        for (qsizetype b = 0; b < blocks; ++b, i += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(bytes, newline));
        }
        const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        count += _mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
    }
#endif
    for (; i < size; ++i)
        count += data[i] == '\n';
    return count;
}

} // namespace

bool TraceScanner::capture(QByteArray *value, qint64 *startOffset)
{
    const int first = peek();
    if (first < 0)
        return syntax(QStringLiteral("a value was expected"));
    compact();
    const qsizetype start = m_pos;
    *startOffset = m_base + start;
    qsizetype i = start;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const bool scalar = first != '{' && first != '[' && first != '"';
    for (;;) {
        if (i >= m_buffer.size()) {
            if (i - start > kMaxValueBytes) {
                m_pos = start;
                return fail(QStringLiteral("a value of more than %1 bytes; a trace holds "
                                           "none so large")
                                .arg(kMaxValueBytes));
            }
            if (!fill(false)) { // the window keeps the value's start where it is
                if (scalar)
                    break;
                m_pos = i;
                return syntax(QStringLiteral("the file ends inside a value"), true);
            }
            continue;
        }
        const char c = m_buffer[i];
        if (scalar) {
            if (isSpace(c) || c == ',' || c == ']' || c == '}')
                break;
            ++i;
            continue;
        }
        ++i;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            if (!inString && depth == 0)
                break;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            break;
    }
    *value = m_buffer.mid(start, i - start);
    m_pos = i;
    return true;
}

bool TraceScanner::parse(const QByteArray &text, qint64 startOffset, QJsonValue *value)
{
    QJsonParseError parseError{};
    // Wrapped: QJsonDocument takes only objects and arrays at its top.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qint64 inside = std::clamp<qint64>(parseError.offset - 1, 0, text.size());
        return syntaxAt(startOffset + inside, parseError.errorString());
    }
    *value = doc.array().at(0);
    return true;
}

bool TraceScanner::key(QString *name)
{
    QByteArray text;
    qint64 start = 0;
    if (peek() != '"')
        return syntax(QStringLiteral("a key in quotes was expected"));
    if (!capture(&text, &start))
        return false;
    QJsonValue v;
    if (!parse(text, start, &v))
        return false;
    *name = v.toString();
    return expect(':', "':' after a key was expected");
}

qint64 TraceScanner::sizeHint() const
{
    struct stat st
    {
    };
    if (m_fd < 0)
        return m_buffer.size();
    return ::fstat(m_fd, &st) == 0 && S_ISREG(st.st_mode) ? qint64(st.st_size) : 0;
}

bool TraceScanner::syntaxAt(qint64 offset, const QString &what, bool atEnd)
{
    // Line and column: the lines before the window were counted as it moved on.
    const qsizetype inWindow = qsizetype(std::clamp<qint64>(offset - m_base, 0, m_buffer.size()));
    qint64 line = m_linesBefore + 1;
    qint64 lineStart = m_lineStartBefore;
    for (qsizetype i = 0; i < inWindow; ++i) {
        if (m_buffer[i] == '\n') {
            ++line;
            lineStart = m_base + i + 1;
        }
    }
    return fail(QStringLiteral("byte offset %1 (line %2, column %3): %4 (the file is not "
                               "valid JSON%5)")
                    .arg(offset)
                    .arg(line)
                    .arg(offset - lineStart + 1)
                    .arg(what, atEnd ? QStringLiteral("; truncated?") : QString()));
}

void TraceScanner::compact()
{
    if (m_pos < kScannerReadChunk || m_fd < 0)
        return;
    // Counted sixteen bytes at a time (a call to memchr for each line cost 3% of a load), the
    // last line's start found from the end.
    const char *data = m_buffer.constData();
    m_linesBefore += countNewlines(data, m_pos);
    if (const void *p = memrchr(data, '\n', std::size_t(m_pos)))
        m_lineStartBefore = m_base + (static_cast<const char *>(p) - data) + 1;
    // Moved to the front of the same block: QByteArray::remove() would leave the room at
    // the front, and each fill after it would take a new block (and the heap keeps the
    // old ones: 60 MB of them for a 100 MB file).
    const qsizetype rest = m_buffer.size() - m_pos;
    std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, std::size_t(rest));
    m_buffer.truncate(rest);
    m_base += m_pos;
    m_pos = 0;
}

bool TraceScanner::fill(bool mayCompact)
{
    if (m_eof || m_fd < 0)
        return false;
    if (mayCompact)
        compact();
    if (bytesRead() > kMaxStreamedTraceFileBytes) {
        m_eof = true;
        return fail(QCoreApplication::translate("sockscope::InputFile",
                                                "it holds more than %1 bytes, the most %2 "
                                                "may hold; nothing was loaded")
                        .arg(kMaxStreamedTraceFileBytes)
                        .arg(QCoreApplication::translate("sockscope::TraceFile", "a trace file")));
    }
    const qsizetype used = m_buffer.size();
    m_buffer.resize(used + kScannerReadChunk);
    ssize_t n;
    do {
        n = ::read(m_fd, m_buffer.data() + used, std::size_t(kScannerReadChunk));
    } while (n < 0 && errno == EINTR);
    m_buffer.resize(used + std::max<ssize_t>(n, 0));
    if (n < 0) {
        m_eof = true;
        return fail(
            QStringLiteral("cannot read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (n == 0)
        m_eof = true;
    return n > 0;
}

} // namespace sockscope
