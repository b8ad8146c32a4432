// libFuzzer target: any bytes given to the trace loader give a trace or an error message,
// never a crash, a hang or a half-filled trace.
#include "trace/tracefile.h"

#include <QByteArray>

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
    if (trace) {
        // What loads must save and load again to the same number of events.
        const auto again = sockscope::traceFromJson(sockscope::traceToJson(*trace), &error);
        if (!again || again->size() != trace->size())
            std::abort();
    }
    return 0;
}
