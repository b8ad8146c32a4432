#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace sockscope {

// How much the scanner reads at a time, and the largest single value it holds: an event, or
// the actor list of a large run (a million actors of about 100 bytes each).
constexpr qsizetype kScannerReadChunk = 1 << 20;
constexpr qsizetype kMaxValueBytes = qsizetype(256) << 20;

// The file's bytes through a window: what is consumed is let go; a value being captured is
// kept whole in the window. Says where it is as line, column and byte offset.
class TraceScanner
{
public:
    explicit TraceScanner(int fd) : m_fd(fd) {}
    // Bytes already in memory: read where they are, never copied.
    explicit TraceScanner(const QByteArray &bytes) : m_fd(-1), m_buffer(bytes), m_eof(true) {}

    QString error; // set once: the first problem

    // The next byte that is not whitespace, not consumed; -1 at the end of the file.
    int peek()
    {
        for (;;) {
            while (m_pos < m_buffer.size() && isSpace(m_buffer[m_pos]))
                ++m_pos;
            if (m_pos < m_buffer.size())
                return static_cast<unsigned char>(m_buffer[m_pos]);
            if (!fill())
                return -1;
        }
    }
    void take() { ++m_pos; }
    bool expect(char c, const char *what)
    {
        if (peek() == c) {
            take();
            return true;
        }
        return syntax(QString::fromLatin1(what));
    }

    // The next value's text (object, array, string, number, literal), consumed.
    bool capture(QByteArray *value, qint64 *startOffset);

    // Parses a captured value (alone) as JSON; a syntax error is placed in the file.
    bool parse(const QByteArray &text, qint64 startOffset, QJsonValue *value);

    // A key string (short), consumed with its colon.
    bool key(QString *name);

    bool fail(const QString &what)
    {
        if (error.isEmpty())
            error = what;
        return false;
    }
    bool syntax(const QString &what, bool atEnd = false)
    {
        return syntaxAt(m_base + m_pos, what, atEnd || m_pos >= m_buffer.size());
    }

    qint64 bytesRead() const { return m_base + m_buffer.size(); }
    // The file offset of the next byte not consumed.
    qint64 offset() const { return m_base + m_pos; }
    // The file's size when it has one (a regular file, bytes in memory); 0 when not known.
    qint64 sizeHint() const;

    // What is in the window and not consumed yet; more of the file into it (false at the end).
    QByteArrayView rest() const { return QByteArrayView(m_buffer).sliced(m_pos); }
    qsizetype pending() const { return m_buffer.size() - m_pos; }
    void skip(qsizetype n) { m_pos += n; }
    bool more() { return fill(); }
    bool atEof() const { return m_eof; }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    bool syntaxAt(qint64 offset, const QString &what, bool atEnd = false);

    // Lets go of what was consumed.
    void compact();

    bool fill(bool mayCompact = true);

    int m_fd;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_base = 0; // file offset of m_buffer[0]
    qint64 m_linesBefore = 0;
    qint64 m_lineStartBefore = 0;
    bool m_eof = false;
};

} // namespace sockscope
