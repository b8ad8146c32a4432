#include "jsonfields.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace sockscope::json {

namespace {

// Open addressing over the names' hashes: a key is found with one hash and one comparison.
constexpr int kSlots = 256;

std::uint32_t hashOf(std::string_view name)
{
    std::uint32_t h = 2166136261u;
    for (const char c : name)
        h = (h ^ std::uint8_t(c)) * 16777619u;
    return h;
}

struct Table
{
    std::array<std::int8_t, kSlots> slots{};
    Table()
    {
        slots.fill(-1);
        for (int i = 0; i < kFieldCount; ++i) {
            std::uint32_t s = hashOf(kFieldNames[i]) % kSlots;
            while (slots[s] >= 0)
                s = (s + 1) % kSlots;
            slots[s] = std::int8_t(i);
        }
    }
};

const Table &table()
{
    static const Table t;
    return t;
}

} // namespace

int fieldIndex(std::string_view name)
{
    const Table &t = table();
    for (std::uint32_t s = hashOf(name) % kSlots;; s = (s + 1) % kSlots) {
        const int i = t.slots[s];
        if (i < 0)
            return -1;
        // Compared here: a call to memcmp for a few bytes costs more than the comparison.
        const std::string_view known = kFieldNames[i];
        if (known.size() != name.size())
            continue;
        std::size_t k = 0;
        while (k < name.size() && known[k] == name[k])
            ++k;
        if (k == name.size())
            return i;
    }
}

void Fields::setFrom(const QJsonObject &object)
{
    clear();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        const int i = fieldIndex(std::string_view(key.constData(), std::size_t(key.size())));
        if (i < 0)
            continue;
        const QJsonValue v = it.value();
        Value &out = set(i);
        switch (v.type()) {
        case QJsonValue::Null:
            out.type = Value::Null;
            break;
        case QJsonValue::Bool:
            out.type = Value::Bool;
            out.boolean = v.toBool();
            break;
        case QJsonValue::Double:
            out.type = Value::Number;
            out.number = v.toDouble();
            break;
        case QJsonValue::String:
            out.type = Value::String;
            m_storage.append(v.toString().toUtf8());
            out.text = m_storage.back();
            break;
        case QJsonValue::Array: {
            out.type = Value::Array;
            const QJsonArray array = v.toArray();
            out.itemsBegin = items.size();
            out.itemsCount = array.size();
            for (const QJsonValue item : array)
                items.append(item.isDouble() ? item.toDouble()
                                             : std::numeric_limits<double>::quiet_NaN());
            break;
        }
        case QJsonValue::Object:
            out.type = Value::Object;
            break;
        default:
            break;
        }
    }
}

} // namespace sockscope::json
