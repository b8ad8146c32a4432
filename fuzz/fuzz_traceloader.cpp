// libFuzzer target: any bytes given to the trace loader give a trace or an error message,
// never a crash, a hang or a half-filled trace; its two readers (simdjson a batch of events at
// a time, Qt's whole document) agree. The same bytes go through the GUI's "trace or
// scenario?" scan (isTraceJson), which must agree with a full parse whenever the bytes are
// valid JSON: the top-level "format" decides, wherever it is (issue 19: sorted keys).
#include "trace/filekind.h"
#include "trace/tracefile.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto trace = sockscope::traceFromJson(json, &error);
    if (!trace && error.isEmpty())
        std::abort(); // a refusal must say why
    // The fast reader (simdjson, a batch of events at a time) takes what Qt's whole document
    // takes, and reads the same trace from it.
    QString documentError;
    const auto viaDocument = sockscope::traceFromJsonDocument(json, &documentError);
    if (bool(trace) != bool(viaDocument) ||
        (trace && sockscope::traceToJson(*trace) != sockscope::traceToJson(*viaDocument)))
        std::abort();
    if (trace) {
        // What loads must save and load again to the same number of events.
        const auto again = sockscope::traceFromJson(sockscope::traceToJson(*trace), &error);
        if (!again || again->size() != trace->size())
            std::abort();
        // And is recognised as a trace, also with sorted keys and indentation.
        if (!sockscope::isTraceJson(json) ||
            !sockscope::isTraceJson(QJsonDocument::fromJson(json).toJson()))
            std::abort();
    }
    const bool scanned = sockscope::isTraceJson(json);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        const bool parsed = doc.isObject() && doc.object().value(QLatin1String("format")) ==
                                                  QLatin1String("sockscope-trace");
        if (scanned != parsed)
            std::abort();
    }
    return 0;
}
