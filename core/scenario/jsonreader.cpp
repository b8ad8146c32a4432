#include "jsonreader.h"

#include <QCoreApplication>

#include <limits>

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

    // Bytes in the well-formed UTF-8 sequence at the cursor (RFC 3629: no overlong forms, no
    // surrogates, nothing above U+10FFFF); 0 if it is not one.
    int utf8SequenceLength() const
    {
        const auto at = [&](qsizetype i) {
            return m_pos + i < m_text.size() ? static_cast<unsigned char>(m_text[m_pos + i]) : 0;
        };
        const unsigned char b = at(0);
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (at(1) < low || at(1) > high)
            return 0;
        for (int i = 2; i < length; ++i) {
            if (at(i) < 0x80 || at(i) > 0xBF)
                return 0;
        }
        return length;
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
            if (static_cast<unsigned char>(c) >= 0x80) {
                // Checked here, not left to QString::fromUtf8, which would silently turn a
                // bad byte into U+FFFD and send that instead of what the file said.
                const int length = utf8SequenceLength();
                if (length == 0)
                    return fail(tr("invalid UTF-8 (the byte 0x%1) inside a string: save the file "
                                   "as UTF-8; to send bytes that are not text, write them in "
                                   "hexadecimal with \"data_hex\"")
                                    .arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0')));
                for (int i = 0; i < length; ++i) {
                    raw.append(peek());
                    advance();
                }
                continue;
            }
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
                const TextPosition escape{m_line, m_column - 1}; // at the backslash
                advance();
                char16_t units[2];
                if (!parseHex4(&units[0]))
                    return false;
                int count = 1;
                // A surrogate alone is no character: QString would make it '?' in UTF-8.
                const auto lone = [&](char16_t unit) {
                    return failAt(escape,
                                  tr("\\u%1 is half of a UTF-16 surrogate pair and stands for no "
                                     "character alone (a pair is written \\ud83d\\ude00); to "
                                     "send bytes that are not text, use \"data_hex\"")
                                      .arg(unsigned(unit), 4, 16, QLatin1Char('0')));
                };
                if (QChar::isLowSurrogate(units[0]))
                    return lone(units[0]);
                if (QChar::isHighSurrogate(units[0])) {
                    if (peek() != '\\')
                        return lone(units[0]);
                    advance();
                    if (peek() != 'u')
                        return fail(tr("a \\u high surrogate must be followed by \\u"));
                    advance();
                    if (!parseHex4(&units[1]))
                        return false;
                    if (!QChar::isLowSurrogate(units[1]))
                        return lone(units[0]);
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
        const QByteArray text = m_text.mid(begin, m_pos - begin);
        value.number = text.toDouble(&ok);
        value.integral = integral;
        if (!ok) {
            // Out of a double's range. Not a syntax error: the validator names the field and
            // says what it takes, and describeJsonValue() shows the number as written.
            value.outOfRange = true;
            value.string = QString::fromLatin1(text);
            const qsizetype e = text.indexOf('e') >= 0 ? text.indexOf('e') : text.indexOf('E');
            const bool negative = text.startsWith('-');
            const QByteArray whole =
                text.mid(negative ? 1 : 0).split('.').first().split('e').first();
            const bool tiny = e >= 0 ? text.mid(e + 1).startsWith('-') : whole == "0";
            value.number = tiny ? 0.0
                                : (negative ? -std::numeric_limits<double>::infinity()
                                            : std::numeric_limits<double>::infinity());
            value.integral = false;
        }
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
        if (value.outOfRange)
            return tr("the number %1, which is out of the range a number can hold here")
                .arg(value.string.left(40));
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
