#include "filekind.h"

#include <QString>

namespace sockscope {

namespace {

// One pass over the top-level object; nested values are skipped with a depth count.
class TopLevelScanner
{
public:
    explicit TopLevelScanner(QByteArrayView json) : m_json(json) {}

    // The top-level "format" string (the last one, as QJsonDocument keeps), or nullopt.
    bool formatIsTrace()
    {
        skipSpace();
        if (!take('{'))
            return false;
        bool trace = false;
        skipSpace();
        if (take('}'))
            return false;
        for (;;) {
            skipSpace();
            QString key;
            if (!readString(&key))
                return trace;
            skipSpace();
            if (!take(':'))
                return trace;
            skipSpace();
            if (key == QLatin1String("format")) {
                QString value;
                if (peek() == '"') {
                    if (!readString(&value))
                        return trace;
                    trace = value == QLatin1String("sockscope-trace");
                } else {
                    trace = false;
                    if (!skipValue())
                        return trace;
                }
            } else if (!skipValue()) {
                return trace;
            }
            skipSpace();
            if (take(','))
                continue;
            return trace; // '}' or an error: what was read decides
        }
    }

private:
    char peek() const { return m_pos < m_json.size() ? m_json[m_pos] : '\0'; }
    bool take(char c)
    {
        if (peek() != c || m_pos >= m_json.size())
            return false;
        ++m_pos;
        return true;
    }
    void skipSpace()
    {
        while (m_pos < m_json.size()) {
            const char c = m_json[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // A string with its escapes decoded ("form\u0061t" is "format"); into `out` when given.
    bool readString(QString *out)
    {
        if (!take('"'))
            return false;
        const qsizetype start = m_pos;
        bool escaped = false;
        while (m_pos < m_json.size()) {
            const char c = m_json[m_pos];
            if (c == '"') {
                if (out)
                    *out = decode(m_json.sliced(start, m_pos - start), escaped);
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                escaped = true;
                m_pos += 2;
                continue;
            }
            ++m_pos;
        }
        return false;
    }

    static QString decode(QByteArrayView raw, bool escaped)
    {
        if (!escaped)
            return QString::fromUtf8(raw);
        QByteArray utf8;
        QString text;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\\' || i + 1 >= raw.size()) {
                utf8 += raw[i];
                continue;
            }
            const char e = raw[++i];
            switch (e) {
            case 'b':
                utf8 += '\b';
                break;
            case 'f':
                utf8 += '\f';
                break;
            case 'n':
                utf8 += '\n';
                break;
            case 'r':
                utf8 += '\r';
                break;
            case 't':
                utf8 += '\t';
                break;
            case 'u': {
                char16_t unit = 0;
                for (int k = 1; k <= 4; ++k) {
                    const int v = i + k < raw.size() ? hexValue(raw[i + k]) : -1;
                    if (v < 0)
                        return QString(); // malformed: no key or value matches
                    unit = char16_t(unit * 16 + v);
                }
                i += 4;
                text += QString::fromUtf8(utf8);
                utf8.clear();
                text += QChar(unit);
                break;
            }
            default:
                utf8 += e; // \" \\ \/
            }
        }
        return text + QString::fromUtf8(utf8);
    }

    // Any value: a string, or everything up to the matching bracket, or a scalar.
    bool skipValue()
    {
        const char c = peek();
        if (c == '"')
            return readString(nullptr);
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_pos < m_json.size()) {
                const char d = m_json[m_pos];
                if (d == '"') {
                    if (!readString(nullptr))
                        return false;
                    continue;
                }
                ++m_pos;
                if (d == '{' || d == '[') {
                    ++depth;
                } else if (d == '}' || d == ']') {
                    if (--depth == 0)
                        return true;
                }
            }
            return false;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_json.size()) {
            const char d = m_json[m_pos];
            if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\t' || d == '\n' || d == '\r')
                break;
            ++m_pos;
        }
        return m_pos > start;
    }

    QByteArrayView m_json;
    qsizetype m_pos = 0;
};

} // namespace

bool isTraceJson(QByteArrayView json)
{
    return TopLevelScanner(json).formatIsTrace();
}

} // namespace sockscope
