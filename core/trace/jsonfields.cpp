#include "jsonfields.h"

#include "nametable.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace sockscope::json {

namespace {
constexpr NameTable kTable(std::to_array(kFieldNames));
} // namespace

int fieldIndex(std::string_view name)
{
    return kTable.find(name);
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
