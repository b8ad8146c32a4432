#pragma once

#include <QAnyStringView>
#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace sockscope {

// Where something is in a text file, as an editor shows it: 1-based line and column
// (columns count characters, not bytes).
struct TextPosition
{
    int line = 1;
    int column = 1;
};

struct JsonMember;

// A JSON value that remembers where it was written. QJsonDocument forgets positions, and a
// teacher's scenario file needs errors that point at the offending value.
struct JsonValue
{
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };

    Type type = Type::Null;
    TextPosition position;
    bool boolean = false;
    double number = 0;
    bool integral = false;   // written without fraction or exponent
    bool outOfRange = false; // beyond a double (1e309: number is +inf; 1e-400: 0); the text
                             // as written is in `string`
    QString string;
    std::vector<JsonValue> items;    // Array
    std::vector<JsonMember> members; // Object, in file order (duplicates kept)

    bool isNull() const { return type == Type::Null; }
    bool isBool() const { return type == Type::Bool; }
    bool isNumber() const { return type == Type::Number; }
    bool isString() const { return type == Type::String; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }

    const JsonValue *member(QAnyStringView key) const; // the first member with that key
};

struct JsonMember
{
    QString key;
    TextPosition keyPosition;
    JsonValue value;
};

// "a string", "an object", ... for messages.
QString jsonTypeDescription(JsonValue::Type type);
// What the file actually had, for "expected X, got Y": `a string "abc"`, `the number -5`.
QString describeJsonValue(const JsonValue &value);

struct JsonSyntaxError
{
    TextPosition position;
    QString message;
};

// Parses strict JSON (RFC 8259) from UTF-8. Returns nullopt and fills `error` on the first
// syntax error. Nesting deeper than 128 levels is refused so a hostile file cannot exhaust
// the stack.
std::optional<JsonValue> parseJsonWithPositions(const QByteArray &utf8, JsonSyntaxError *error);

} // namespace sockscope
