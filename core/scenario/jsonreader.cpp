#include "jsonreader.h"

#include <QCoreApplication>

namespace sockscope {

namespace {

constexpr int kMaxDepth = 128;

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonReader", text);
}

class Parser
{
public:
    explicit Parser(const QByteArray &text) : m_text(text)
    {
        // A UTF-8 byte order mark is not JSON, but editors on some systems write one.
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    std::optional<JsonValue> parseDocument(JsonSyntaxError *error)
    {
        JsonValue root;
        skipWhitespace();
        if (atEnd()) {
            fail(tr("the file is empty; expected a JSON object { ... }"));
        } else if (parseValue(root, 0)) {
            skipWhitespace();
            if (!atEnd())
                fail(tr("unexpected text after the end of the JSON document"));
        }
        if (m_failed) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return root;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    TextPosition here() const { return {m_line, m_column}; }

    void advance()
    {
        if (atEnd())
            return;
        const auto byte = static_cast<unsigned char>(m_text[m_pos++]);
        if (byte == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((byte & 0xC0) != 0x80) { // continuation bytes belong to the same character
            ++m_column;
        }
    }

    bool fail(const QString &message) { return failAt(here(), message); }
    bool failAt(TextPosition where, const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = {where, message};
        }
        return false;
    }

    QString describeHere() const
    {
        if (atEnd())
            return tr("the end of the file");
        const char c = peek();
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            return tr("a byte 0x%1").arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'));
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                advance();
            else
                break;
        }
    }

    bool expectLiteral(const char *word)
    {
        const TextPosition start = here();
        for (const char *p = word; *p; ++p) {
            if (peek() != *p)
                return failAt(start, tr("unknown word; expected a value (a string in double "
                                        "quotes, a number, true, false, null, [ or {)"));
            advance();
        }
        return true;
    }

    bool parseValue(JsonValue &value, int depth)
    {
        if (depth > kMaxDepth)
            return fail(tr("nested more than %1 levels deep").arg(kMaxDepth));
        value.position = here();
        switch (peek()) {
        case '{':
            return parseObject(value, depth);
        case '[':
            return parseArray(value, depth);
        case '"':
            value.type = JsonValue::Type::String;
            return parseString(value.string);
        case 't':
            value.type = JsonValue::Type::Bool;
            value.boolean = true;
            return expectLiteral("true");
        case 'f':
            value.type = JsonValue::Type::Bool;
            return expectLiteral("false");
        case 'n':
            value.type = JsonValue::Type::Null;
            return expectLiteral("null");
        case '\'':
            return fail(tr("strings need double quotes \"...\", not single quotes"));
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return parseNumber(value);
            if (atEnd())
                return fail(tr("the file ends where a value was expected"));
            return fail(tr("expected a value (a string in double quotes, a number, true, false, "
                           "null, [ or {), found %1")
                            .arg(describeHere()));
        }
    }

    bool parseObject(JsonValue &value, int depth)
    {
        value.type = JsonValue::Type::Object;
        advance(); // {
        skipWhitespace();
        if (peek() == '}') {
            advance();
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (peek() == '}')
                return fail(tr("a trailing comma before '}' is not allowed in JSON"));
            if (peek() != '"')
                return fail(tr("expected a key in double quotes, found %1").arg(describeHere()));
            JsonMember member;
            member.keyPosition = here();
            if (!parseString(member.key))
                return false;
            skipWhitespace();
            if (peek() != ':')
                return fail(tr("expected ':' after the key \"%1\", found %2")
                                .arg(member.key, describeHere()));
            advance();
            skipWhitespace();
            if (!parseValue(member.value, depth + 1))
                return false;
            value.members.push_back(std::move(member));
            skipWhitespace();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == '}') {
                advance();
                return true;
            }
            return fail(tr("expected ',' or '}' after a member, found %1 (is a comma missing?)")
                            .arg(describeHere()));
        }
    }

    bool parseArray(JsonValue &value, int depth)
    {
        value.type = JsonValue::Type::Array;
        advance(); // [
        skipWhitespace();
        if (peek() == ']') {
            advance();
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (peek() == ']')
                return fail(tr("a trailing comma before ']' is not allowed in JSON"));
            JsonValue item;
            if (!parseValue(item, depth + 1))
                return false;
            value.items.push_back(std::move(item));
            skipWhitespace();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == ']') {
                advance();
                return true;
            }
            return fail(tr("expected ',' or ']' in a list, found %1 (is a comma missing?)")
                            .arg(describeHere()));
        }
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseHex4(char16_t *unit)
    {
        int result = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexDigit(peek());
            if (digit < 0)
                return fail(tr("\\u needs four hexadecimal digits"));
            result = result * 16 + digit;
            advance();
        }
        *unit = char16_t(result);
        return true;
    }

    bool parseString(QString &out)
    {
        const TextPosition start = here();
        advance();      // opening quote
        QByteArray raw; // UTF-8, decoded once at the end
        for (;;) {
            if (atEnd())
                return failAt(start, tr("this string has no closing double quote"));
            const char c = peek();
            if (c == '"') {
                advance();
                break;
            }
            if (c == '\n')
                return failAt(start, tr("this string has no closing double quote on its line "
                                        "(write a line break as \\n)"));
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(tr("control character 0x%1 inside a string; escape it (\\t, \\n, "
                               "\\u00XX)")
                                .arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0')));
            if (c != '\\') {
                raw.append(c);
                advance();
                continue;
            }
            advance(); // backslash
            const char e = peek();
            switch (e) {
            case '"':
                raw.append('"');
                break;
            case '\\':
                raw.append('\\');
                break;
            case '/':
                raw.append('/');
                break;
            case 'b':
                raw.append('\b');
                break;
            case 'f':
                raw.append('\f');
                break;
            case 'n':
                raw.append('\n');
                break;
            case 'r':
                raw.append('\r');
                break;
            case 't':
                raw.append('\t');
                break;
            case 'u': {
                advance();
                char16_t units[2];
                if (!parseHex4(&units[0]))
                    return false;
                int count = 1;
                if (QChar::isHighSurrogate(units[0]) && peek() == '\\') {
                    advance();
                    if (peek() != 'u')
                        return fail(tr("a \\u high surrogate must be followed by \\u"));
                    advance();
                    if (!parseHex4(&units[1]))
                        return false;
                    count = 2;
                }
                raw.append(QString(reinterpret_cast<const QChar *>(units), count).toUtf8());
                continue; // already advanced past the digits
            }
            default:
                return fail(tr("unknown escape \\%1 in a string (known: \\\" \\\\ \\/ \\b \\f "
                               "\\n \\r \\t \\uXXXX)")
                                .arg(atEnd() ? QString() : QString(QLatin1Char(e))));
            }
            advance();
        }
        out = QString::fromUtf8(raw);
        return true;
    }

    bool parseNumber(JsonValue &value)
    {
        value.type = JsonValue::Type::Number;
        const qsizetype begin = m_pos;
        bool integral = true;
        if (peek() == '-')
            advance();
        if (peek() == '0') {
            advance();
            if (peek() >= '0' && peek() <= '9')
                return failAt(value.position, tr("numbers may not start with 0 (write 7, not 07)"));
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9')
                advance();
        } else {
            return failAt(value.position, tr("expected digits after '-'"));
        }
        if (peek() == '.') {
            integral = false;
            advance();
            if (!(peek() >= '0' && peek() <= '9'))
                return fail(tr("expected digits after the decimal point"));
            while (peek() >= '0' && peek() <= '9')
                advance();
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            advance();
            if (peek() == '+' || peek() == '-')
                advance();
            if (!(peek() >= '0' && peek() <= '9'))
                return fail(tr("expected digits in the exponent"));
            while (peek() >= '0' && peek() <= '9')
                advance();
        }
        bool ok = false;
        value.number = m_text.mid(begin, m_pos - begin).toDouble(&ok);
        if (!ok)
            return failAt(value.position, tr("this number is too large"));
        value.integral = integral;
        return true;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    bool m_failed = false;
    JsonSyntaxError m_error;
};

} // namespace

const JsonValue *JsonValue::member(QAnyStringView key) const
{
    for (const auto &m : members) {
        if (QAnyStringView::equal(m.key, key))
            return &m.value;
    }
    return nullptr;
}

QString jsonTypeDescription(JsonValue::Type type)
{
    switch (type) {
    case JsonValue::Type::Null:
        return tr("null");
    case JsonValue::Type::Bool:
        return tr("true or false");
    case JsonValue::Type::Number:
        return tr("a number");
    case JsonValue::Type::String:
        return tr("a string");
    case JsonValue::Type::Array:
        return tr("a list [ ... ]");
    case JsonValue::Type::Object:
        return tr("an object { ... }");
    }
    return {};
}

QString describeJsonValue(const JsonValue &value)
{
    switch (value.type) {
    case JsonValue::Type::Null:
        return tr("null");
    case JsonValue::Type::Bool:
        return value.boolean ? tr("true") : tr("false");
    case JsonValue::Type::Number:
        return tr("the number %1").arg(QString::number(value.number, 'g', 15));
    case JsonValue::Type::String: {
        QString shown = value.string;
        if (shown.size() > 40)
            shown = shown.left(40) + QStringLiteral("...");
        return tr("the string \"%1\"").arg(shown);
    }
    case JsonValue::Type::Array:
        return tr("a list");
    case JsonValue::Type::Object:
        return tr("an object");
    }
    return {};
}

std::optional<JsonValue> parseJsonWithPositions(const QByteArray &utf8, JsonSyntaxError *error)
{
    return Parser(utf8).parseDocument(error);
}

} // namespace sockscope
